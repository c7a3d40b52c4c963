package dev.postmortem.core.report;

import java.util.Objects;

/**
 * An exact place in a text: 1-based line and column of the first character and of the position
 * just after the last (columns count UTF-16 code units), and 0-based offsets into the text
 * (end exclusive). Immutable and thread-safe.
 */
public final class Span {
    private final int line;
    private final int column;
    private final int endLine;
    private final int endColumn;
    private final int startOffset;
    private final int endOffset;

    private Span(int line, int column, int endLine, int endColumn, int startOffset, int endOffset) {
        this.line = line;
        this.column = column;
        this.endLine = endLine;
        this.endColumn = endColumn;
        this.startOffset = startOffset;
        this.endOffset = endOffset;
    }

    /**
     * Creates a span.
     *
     * @param line the first line, from 1
     * @param column the first column, from 1
     * @param endLine the last line, not before {@code line}
     * @param endColumn the column after the last character, from 1
     * @param startOffset the offset of the first character, from 0
     * @param endOffset the offset after the last character, not before {@code startOffset}
     * @return the span
     * @throws IllegalArgumentException if the positions are out of order or out of range
     */
    public static Span of(int line, int column, int endLine, int endColumn, int startOffset, int endOffset) {
        if (line < 1 || column < 1 || endLine < line || endColumn < 1 || (endLine == line && endColumn < column)) {
            throw new IllegalArgumentException("span lines and columns start at 1 and end after they start: " + line
                    + ":" + column + "-" + endLine + ":" + endColumn);
        }
        if (startOffset < 0 || endOffset < startOffset) {
            throw new IllegalArgumentException(
                    "span offsets must satisfy 0 <= start <= end: " + startOffset + ".." + endOffset);
        }
        return new Span(line, column, endLine, endColumn, startOffset, endOffset);
    }

    /**
     * Computes the span of {@code text[start, end)}, counting lines at {@code \n}, {@code \r\n} and {@code \r}.
     *
     * @param text the whole text
     * @param start the start offset
     * @param end the end offset, exclusive
     * @return the span
     * @throws IllegalArgumentException if the offsets are outside the text or out of order
     */
    public static Span inText(CharSequence text, int start, int end) {
        if (text == null || start < 0 || end < start || end > text.length()) {
            throw new IllegalArgumentException("offsets " + start + ".." + end + " are outside the text");
        }
        int line = 1;
        int lineStart = 0;
        int startLine = 1;
        int startColumn = 1;
        for (int i = 0; i <= end; i++) {
            if (i == start) {
                startLine = line;
                startColumn = i - lineStart + 1;
            }
            if (i == end) {
                break;
            }
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new Span(startLine, startColumn, line, end - lineStart + 1, start, end);
    }

    /**
     * The first line, from 1.
     *
     * @return the line
     */
    public int line() {
        return line;
    }

    /**
     * The first column, from 1.
     *
     * @return the column
     */
    public int column() {
        return column;
    }

    /**
     * The last line, from 1.
     *
     * @return the end line
     */
    public int endLine() {
        return endLine;
    }

    /**
     * The column after the last character, from 1.
     *
     * @return the end column
     */
    public int endColumn() {
        return endColumn;
    }

    /**
     * The offset of the first character, from 0.
     *
     * @return the start offset
     */
    public int startOffset() {
        return startOffset;
    }

    /**
     * The offset after the last character.
     *
     * @return the end offset, exclusive
     */
    public int endOffset() {
        return endOffset;
    }

    /**
     * The same span moved down by whole lines and along by offset, for a text embedded in a larger one
     * whose first line starts a new line.
     *
     * @param lines lines to add, 0 or more
     * @param offset offset to add, 0 or more
     * @return the moved span
     */
    public Span shift(int lines, int offset) {
        return new Span(line + lines, column, endLine + lines, endColumn, startOffset + offset, endOffset + offset);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Span s
                && line == s.line
                && column == s.column
                && endLine == s.endLine
                && endColumn == s.endColumn
                && startOffset == s.startOffset
                && endOffset == s.endOffset;
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, column, endLine, endColumn, startOffset, endOffset);
    }

    /**
     * {@code line:column-endLine:endColumn}.
     *
     * @return the span as text
     */
    @Override
    public String toString() {
        return line + ":" + column + "-" + endLine + ":" + endColumn;
    }
}
