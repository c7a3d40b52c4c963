package dev.postmortem.markdown.internal;

import dev.postmortem.core.model.AdditionalSection;
import dev.postmortem.core.report.SourceRange;
import dev.postmortem.markdown.internal.Sections.Kind;
import java.util.List;
import org.commonmark.node.Node;

/**
 * Reads what the template has no section for, so that nothing is dropped: headings it does not know
 * and the preamble, kept as written as additional sections; prose kept with a section under
 * "TITLE (notes)"; link reference definitions; and text a section reader could not map, parked
 * under "TITLE (not understood)" with a diagnostic that says what was expected.
 */
final class AdditionalSectionsReader extends SectionReader {
    /** Where a timeline line without a time goes: the timeline's notes. */
    private final java.util.function.BiConsumer<String, Node> timelineNote;

    private static final String UNDERSTOOD = " (not understood)";
    private static final String NOTES = " (notes)";

    AdditionalSectionsReader(ReadContext ctx, java.util.function.BiConsumer<String, Node> timelineNote) {
        super(ctx);
        this.timelineNote = timelineNote;
    }

    /**
     * Whether a heading is one this reader writes for what it keeps ("Timeline (notes)", "Impact
     * (not understood)"): read back as the additional section it is, not as the section it names.
     */
    static boolean kept(String heading) {
        String h = heading.strip();
        return h.endsWith(NOTES) || h.endsWith(UNDERSTOOD);
    }

    /** Whether a section's title is one of the notes this reader keeps with a section ("Timeline (notes)"). */
    static boolean notes(String title) {
        return title.strip().endsWith(NOTES);
    }

    private final java.util.Map<String, StringBuilder> notes = new java.util.LinkedHashMap<>();
    /** The top-level block notes were last kept from, and its range in the source. */
    private Node keptFrom;

    private SourceRange keptFromRange;

    /** By notes title: the start of the first block and the end of the last they were kept from. */
    private final java.util.Map<String, int[]> notesAt = new java.util.HashMap<>();

    private final StringBuilder links = new StringBuilder();
    private final java.util.Map<String, StringBuilder> notUnderstood = new java.util.HashMap<>();
    private final java.util.Map<String, Integer> notUnderstoodAt = new java.util.HashMap<>();

    /**
     * Closes an additional section (or the preamble): its blocks kept as written under its heading.
     */
    void closeAdditional(String title, List<Node> blocks, boolean inAdditional, boolean preamble, Node heading) {
        if (!inAdditional && !(preamble && !blocks.isEmpty())) {
            return;
        }
        String body = blocks.isEmpty() ? "" : Sections.unescapeBody(raw(blocks.get(0), blocks.get(blocks.size() - 1)));
        SourceRange head = inAdditional ? rangeOf(heading) : null;
        SourceRange first = blocks.isEmpty() ? null : rangeOf(blocks.get(0));
        SourceRange last = blocks.isEmpty() ? null : rangeOf(blocks.get(blocks.size() - 1));
        SourceRange from = head != null ? head : first;
        if (from != null) {
            ctx.placed.place(
                    "/additionalSections/" + ctx.extra.size(),
                    SourceRange.of(from.start(), Math.max(from.end(), last == null ? 0 : last.end())));
        }
        ctx.extra.add(AdditionalSection.of(inAdditional ? Sections.unescapeHeading(title) : "", body));
    }

    /** Prose kept with a section: written back under "TITLE (notes)", nothing lost. */
    void keep(String title, String raw) {
        String key = Sections.unescapeHeading(title);
        if (ctx.here != keptFrom) {
            // once per block: a list of 100,000 undated lines keeps a note per line of one block
            keptFrom = ctx.here;
            keptFromRange = keptFrom == null ? null : rangeOf(keptFrom);
        }
        SourceRange r = keptFromRange;
        if (r != null) {
            // the notes stand between the first and the last block they were kept from
            notesAt.merge(key, new int[] {r.start(), r.end()}, (a, b) ->
                    new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        StringBuilder b = notes.computeIfAbsent(key, t -> new StringBuilder());
        if (b.length() > 0) {
            b.append("\n\n");
        }
        b.append(raw);
    }

    void unmapped(Node node, String sectionTitle, String expected) {
        unmapped(node, sectionTitle, expected, raw(node, node));
    }

    /** Reports and keeps text that could not be mapped: {@code raw} is what is kept. */
    void unmapped(Node node, String sectionTitle, String expected, String raw) {
        if (ctx.kind == Kind.TIMELINE) {
            // a line of the timeline with no time the reader can place ("`unknown` - ...", "[???]
            // ...", a list of links or hosts under an entry) is the timeline's note, as its prose is
            timelineNote.accept(raw, node);
            return;
        }
        diagnose(
                node,
                "not understood in section '" + sectionTitle + "': "
                        + (raw.length() > 60 ? raw.substring(0, 60) + "…" : raw).replace('\n', ' '),
                expected);
        String title = (sectionTitle.isEmpty() ? "Preamble" : sectionTitle) + UNDERSTOOD;
        StringBuilder body = notUnderstood.get(title);
        if (body == null) {
            notUnderstood.put(title, new StringBuilder(raw));
            notUnderstoodAt.put(title, ctx.extra.size());
            ctx.extra.add(AdditionalSection.of(title, "")); // filled in by finish()
        } else {
            body.append("\n\n").append(raw);
        }
    }

    /** A link reference definition ("[#4420]: https://..."), kept for all the links of the text. */
    void link(String raw) {
        links.append(links.length() == 0 ? "" : "\n").append(raw);
    }

    /** Adds the kept prose, links and parked text to the additional sections, at the end of the read. */
    void finish() {
        notes.forEach((title, body) -> {
            int[] at = notesAt.get(title);
            if (at != null) {
                // so that a finding in the notes points at their lines, not at the document's start
                ctx.placed.place("/additionalSections/" + ctx.extra.size(), SourceRange.of(at[0], at[1]));
            }
            ctx.extra.add(AdditionalSection.of(title + NOTES, body.toString()));
        });
        if (links.length() > 0) {
            ctx.extra.add(AdditionalSection.of("Links", links.toString()));
        }
        notUnderstood.forEach(
                (t, body) -> ctx.extra.set(notUnderstoodAt.get(t), AdditionalSection.of(t, body.toString())));
    }
}
