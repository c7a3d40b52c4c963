package dev.postmortem.core.internal;

import dev.postmortem.core.report.Span;
import java.util.Arrays;

/**
 * The line starts of a text, computed once, so that each {@link Span} costs a binary search
 * rather than a scan from the start. Lines end at {@code \n}, {@code \r\n} or {@code \r}.
 */
public final class LineIndex {
    private final int[] starts;
    private final int count;

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
        int i = Arrays.binarySearch(starts, 0, count, offset);
        return i >= 0 ? i + 1 : -i - 1;
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
