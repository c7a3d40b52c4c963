package dev.postmortem.markdown;

import dev.postmortem.core.model.AdditionalSection;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.SeverityScale;
import dev.postmortem.markdown.internal.DocumentReader;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads Markdown postmortems into the model: the template's layout as {@link MarkdownWriter} writes
 * it, and what people write by hand (any heading level and numbering, {@code *}/{@code -}/{@code +}
 * bullets, {@code SEV1} or {@code Tier 1 (High Impact)}, times with or without {@code UTC},
 * {@code →}/{@code ->}/{@code -} between times, time-only timeline lines resolved against the
 * incident date with day rollover, both action-item forms with checkbox state, timeline and action
 * tables, and the section names of Google's SRE template and PagerDuty's).
 *
 * <p>It parses with commonmark-java (with source spans) and maps headings, lists and tables to the
 * model. It never throws on any text: what it cannot read becomes a {@link Diagnostic}, and what it
 * does not map is kept verbatim as an additional section. Deeply nested input that the parser cannot
 * handle is reported as one diagnostic with the whole text kept. Immutable and thread-safe.
 */
public final class MarkdownReader {
    /**
     * The block structure only: the reader takes every text from its source span, so inline content
     * (emphasis, links, code spans) is never parsed into nodes, which is most of commonmark's time.
     */
    private final Parser parser = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .inlineParserFactory(context -> (lines, node) -> {})
            .build();

    private final SeverityScale scale;
    private final LayoutProfile layout;

    private MarkdownReader(SeverityScale scale, LayoutProfile layout) {
        this.scale = scale;
        this.layout = layout;
    }

    /**
     * A reader for the standard severity scale.
     *
     * @return the reader
     */
    public static MarkdownReader create() {
        return new MarkdownReader(SeverityScale.standard(), LayoutProfile.standard());
    }

    /**
     * A reader for a team's severity scale.
     *
     * @param scale the scale
     * @return the reader
     */
    public static MarkdownReader of(SeverityScale scale) {
        if (scale == null) {
            throw new IllegalArgumentException("severity scale must not be null");
        }
        return new MarkdownReader(scale, LayoutProfile.standard());
    }

    /**
     * A reader for a team's severity scale and layout: its own headings for the template's sections.
     *
     * @param scale the scale
     * @param layout the layout profile
     * @return the reader
     */
    public static MarkdownReader of(SeverityScale scale, LayoutProfile layout) {
        if (scale == null || layout == null) {
            throw new IllegalArgumentException("severity scale and layout profile must not be null");
        }
        return new MarkdownReader(scale, layout);
    }

    /**
     * The layout profile this reader reads headings by.
     *
     * @return the profile
     */
    public LayoutProfile layout() {
        return layout;
    }

    /**
     * Reads a document.
     *
     * @param markdown the text; null is read as empty
     * @return the postmortem and the diagnostics
     */
    public ReadResult read(String markdown) {
        String text = markdown == null ? "" : markdown;
        try {
            return new DocumentReader(text, parser, scale, layout::kind).run();
        } catch (StackOverflowError | RuntimeException e) {
            List<Diagnostic> d = List.of(new Diagnostic(
                    1,
                    1,
                    "the document could not be read: "
                            + (e instanceof StackOverflowError
                                    ? "it is nested too deeply"
                                    : "the reader failed on it (" + e.getClass().getSimpleName()
                                            + "); please report it with the document"),
                    e instanceof StackOverflowError
                            ? "Markdown with lists and quotes nested at most a few hundred levels"
                            : "a document the reader can map; it is kept whole as the preamble meanwhile"));
            Postmortem p = text.isEmpty()
                    ? Postmortem.builder().build()
                    : Postmortem.builder()
                            .addAdditionalSections(AdditionalSection.of("", text))
                            .build();
            return new ReadResult(p, d);
        }
    }
}
