package dev.postmortem.core.report;

/**
 * A range of character offsets in a source document: from {@code start} (0-based, counting UTF-16
 * code units) to {@code end}, exclusive. Written {@code start..end}. Immutable and thread-safe.
 */
public final class SourceRange {
    private final int start;
    private final int end;

    private SourceRange(int start, int end) {
        this.start = start;
        this.end = end;
    }

    /**
     * Creates a range.
     *
     * @param start the first offset, from 0
     * @param end the offset after the last character, not before {@code start}
     * @return the range
     * @throws IllegalArgumentException if {@code 0 <= start <= end} does not hold
     */
    public static SourceRange of(int start, int end) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("a source range needs 0 <= start <= end, not " + start + ".." + end);
        }
        return new SourceRange(start, end);
    }

    /**
     * Parses the form {@link #toString()} writes, {@code start..end}.
     *
     * @param text the range as text, such as {@code 120..164}
     * @return the range
     * @throws IllegalArgumentException if the text is not two offsets in order joined by {@code ..}
     */
    public static SourceRange parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a source range is written start..end, such as 120..164, not null");
        }
        int dots = text.indexOf("..");
        if (dots <= 0) {
            throw new IllegalArgumentException(
                    "a source range is written start..end, such as 120..164, not '" + text + "'");
        }
        try {
            return of(Integer.parseInt(text.substring(0, dots)), Integer.parseInt(text.substring(dots + 2)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "a source range is written start..end with whole numbers, not '" + text + "'", e);
        }
    }

    /**
     * The first offset.
     *
     * @return the start, from 0
     */
    public int start() {
        return start;
    }

    /**
     * The offset after the last character.
     *
     * @return the end, exclusive
     */
    public int end() {
        return end;
    }

    /**
     * Whether an offset lies in the range; the end offset counts, so that an empty range holds its own
     * place.
     *
     * @param offset the offset
     * @return true if {@code start <= offset <= end}
     */
    public boolean contains(int offset) {
        return offset >= start && offset <= end;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceRange r && r.start == start && r.end == end;
    }

    @Override
    public int hashCode() {
        return 31 * start + end;
    }

    /**
     * {@code start..end}, which {@link #parse} reads back.
     *
     * @return the range as text
     */
    @Override
    public String toString() {
        return start + ".." + end;
    }
}
