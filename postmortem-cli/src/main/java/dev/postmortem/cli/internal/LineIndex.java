package dev.postmortem.cli.internal;

import java.util.Arrays;

/**
 * Turns character offsets of a text into 1-based lines and columns. Lines end at {@code \n},
 * {@code \r\n} or a lone {@code \r}, as CommonMark and the language checker count them, so a
 * file saved with any line ending gives the same lines. Immutable.
 */
public final class LineIndex {
    private final int[] starts;

    /**
     * Indexes a text.
     *
     * @param text the text
     */
    public LineIndex(String text) {
        int[] s = new int[16];
        int n = 0;
        s[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (n == s.length) {
                    s = Arrays.copyOf(s, n * 2);
                }
                s[n++] = i + 1;
            }
        }
        this.starts = Arrays.copyOf(s, n);
    }

    /**
     * The 1-based line of an offset.
     *
     * @param offset the offset
     * @return the line
     */
    public int line(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /**
     * The 1-based column of an offset.
     *
     * @param offset the offset
     * @return the column
     */
    public int column(int offset) {
        return offset - starts[line(offset) - 1] + 1;
    }

    /**
     * The offset of a 1-based line and column; lines and columns out of range are clamped.
     *
     * @param line the line
     * @param column the column
     * @return the offset
     */
    public int offset(long line, long column) {
        int l = (int) Math.max(1, Math.min(line, starts.length));
        return (int) (starts[l - 1] + Math.max(0, column - 1));
    }
}
