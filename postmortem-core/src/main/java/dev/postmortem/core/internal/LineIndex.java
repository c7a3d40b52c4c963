package dev.postmortem.core.internal;

import dev.postmortem.core.report.Span;
import java.util.Arrays;

/**
 * The line starts of a text, computed once, so that each {@link Span} costs a binary search
 * rather than a scan from the start, and spans asked for in text order a step from the line found
 * last. Lines end at {@code \n}, {@code \r\n} or {@code \r}. Not thread-safe: it remembers that
 * line; one per text and caller.
 */
public final class LineIndex {
    private final int[] starts;
    private final int count;
    /** The index in {@link #starts} of the line found last. */
    private int last;

    /**
     * Indexes a text.
     *
     * @param text the text
     */
    public LineIndex(CharSequence text) {
        int[] s = new int[16];
        int c = 1;
        if (text instanceof String str && str.indexOf('\r') < 0) {
            // the common case, with the JDK's fast search for the line feeds
            for (int i = str.indexOf('\n'); i >= 0; i = str.indexOf('\n', i + 1)) {
                if (c == s.length) {
                    s = Arrays.copyOf(s, c * 2);
                }
                s[c++] = i + 1;
            }
            this.starts = s;
            this.count = c;
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || (ch == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (c == s.length) {
                    s = Arrays.copyOf(s, c * 2);
                }
                s[c++] = i + 1;
            }
        }
        this.starts = s;
        this.count = c;
    }

    /**
     * The 1-based line of an offset.
     *
     * @param offset the offset
     * @return the line
     */
    public int line(int offset) {
        int at = last;
        if (offset >= starts[at]) { // findings come in text order: the same line or one of the next
            for (int k = at; k < count && k <= at + 2; k++) {
                if (k + 1 == count || offset < starts[k + 1]) {
                    last = k;
                    return k + 1;
                }
            }
        }
        int i = Arrays.binarySearch(starts, 0, count, offset);
        int line = i >= 0 ? i + 1 : -i - 1;
        last = Math.max(0, line - 1);
        return line;
    }

    /**
     * The span of {@code [start, end)}.
     *
     * @param start the start offset
     * @param end the end offset
     * @return the span
     */
    public Span span(int start, int end) {
        int l1 = line(start);
        int l2 = line(end);
        return Span.of(l1, start - starts[l1 - 1] + 1, l2, end - starts[l2 - 1] + 1, start, end);
    }
}
