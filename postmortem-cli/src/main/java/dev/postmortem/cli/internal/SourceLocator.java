package dev.postmortem.cli.internal;

import dev.postmortem.core.report.Finding;
import dev.postmortem.core.report.SourceMap;
import dev.postmortem.core.report.SourceRange;
import dev.postmortem.core.report.Span;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Places a finding, which names a path in the postmortem model and a span in that field's text,
 * in the file the postmortem was read from, through the {@link SourceMap} the reader built while
 * reading: nothing is searched or re-serialised here.
 *
 * <p>A finding on a field whose characters the reader mapped lands on the exact characters of its
 * span (for JSON, escapes counted as written). A finding on a field the reader placed but did not
 * map (a value it normalised, such as a severity written as {@code Tier 1 (High Impact)}) lands on
 * the start of that field's place; a finding on a part the reader did not place lands on the closest
 * enclosing part that it did (the list item, the table row, the section's heading), and at worst on
 * line 1. Lines end at LF, CRLF and a lone CR alike. Immutable.
 */
public final class SourceLocator {
    private final String source;
    private final LineIndex lines;
    private final SourceMap map;

    /**
     * Creates a locator.
     *
     * @param source the document
     * @param map where the reader found each part of the postmortem in it
     */
    public SourceLocator(String source, SourceMap map) {
        this.source = source;
        this.lines = new LineIndex(source);
        this.map = map;
    }

    /**
     * Places a finding.
     *
     * @param f the finding
     * @return the finding with its line and column in the file
     */
    public Located locate(Finding f) {
        String pointer = SourceMap.pointer(f.path());
        int start = 0;
        int end = 0;
        String excerpt = "";
        Optional<String> near = map.nearest(pointer);
        if (near.isPresent()) {
            SourceRange r = map.range(near.get()).orElseThrow();
            start = Math.min(r.start(), source.length());
            end = firstLineEnd(start, Math.min(r.end(), source.length()));
            if (near.get().equals(pointer) && map.mapsText(pointer)) {
                // the field's own characters: the span's, or the first one for a finding without a span
                OptionalInt from =
                        map.offsetOf(pointer, f.span().map(Span::startOffset).orElse(0));
                if (from.isPresent()) {
                    start = from.getAsInt();
                    if (f.span().isPresent()) {
                        end = endOf(pointer, f.span().get(), start);
                        excerpt = source.substring(start, end);
                    } else {
                        end = firstLineEnd(start, Math.min(r.end(), source.length()));
                    }
                }
            }
        }
        return new Located(
                f.ruleId(),
                f.severity(),
                f.message(),
                f.suggestion(),
                lines.line(start),
                lines.column(start),
                lines.line(end),
                lines.column(end),
                f.path(),
                excerpt);
    }

    /** The source offset after a span's last character, or the end of its first line if unmapped. */
    private int endOf(String pointer, Span s, int start) {
        if (s.endOffset() <= s.startOffset()) {
            return start;
        }
        OptionalInt last = map.offsetOf(pointer, s.endOffset() - 1);
        if (last.isPresent() && last.getAsInt() >= start) {
            // after the last character as written: a JSON escape is one character of the text
            // and several of the source, and ends where the next character starts
            OptionalInt next = map.offsetOf(pointer, s.endOffset());
            int after = last.getAsInt() + 1;
            if (source.charAt(last.getAsInt()) == '\\' && next.isPresent() && next.getAsInt() > after) {
                after = next.getAsInt();
            }
            return Math.min(source.length(), after);
        }
        return firstLineEnd(start, source.length());
    }

    private int firstLineEnd(int start, int limit) {
        int i = start;
        while (i < limit && source.charAt(i) != '\n' && source.charAt(i) != '\r') {
            i++;
        }
        return i;
    }
}
