package dev.postmortem.core.report;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Where the parts of a postmortem stand in the document a reader took them from, so that a finding
 * (which names a model path and a span in that field's text) can be shown on the right line and
 * column of the file.
 *
 * <p>Parts are named by the JSON pointer of the model's JSON form ({@code /timeline/3/description};
 * {@link #pointer(String)} turns a finding's path into one). A part has a {@link SourceRange}: for
 * Markdown the block or list item it was read from, for JSON the value. A text field may also map
 * its characters: {@link #offsetOf} gives the source offset of a character of the field's text when
 * the reader could tie that character to the source (text that was unescaped, joined or rewritten
 * is not mapped, and then the part's range is the answer).
 *
 * <p>Readers build it while they read; nothing is searched or re-serialised afterwards. Immutable
 * and thread-safe; build one with {@link #builder()}.
 */
public final class SourceMap {
    private static final SourceMap EMPTY = new SourceMap(Map.of(), Map.of());

    private final Map<String, SourceRange> ranges;
    /** Per text field, triples of (text offset, source offset, length), in text order. */
    private final Map<String, int[]> texts;

    private SourceMap(Map<String, SourceRange> ranges, Map<String, int[]> texts) {
        this.ranges = ranges;
        this.texts = texts;
    }

    /**
     * A map that places nothing, for a postmortem that was not read from a document.
     *
     * @return the empty map
     */
    public static SourceMap empty() {
        return EMPTY;
    }

    /**
     * Starts a map.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The JSON pointer of a model path: {@code actionItems[2].description} is
     * {@code /actionItems/2/description}, and the empty path is the empty pointer (the whole
     * document).
     *
     * @param path a finding's model path
     * @return the pointer
     */
    public static String pointer(String path) {
        Objects.requireNonNull(path, "path");
        StringBuilder b = new StringBuilder();
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '.' || c == '[' || c == ']') {
                flush(b, name);
            } else {
                name.append(c);
            }
        }
        flush(b, name);
        return b.toString();
    }

    private static void flush(StringBuilder b, StringBuilder name) {
        if (name.length() > 0) {
            b.append('/').append(name.toString().replace("~", "~0").replace("/", "~1"));
            name.setLength(0);
        }
    }

    /**
     * The range of a part, if the reader placed it.
     *
     * @param pointer the part's JSON pointer
     * @return its range, or empty
     */
    public Optional<SourceRange> range(String pointer) {
        return Optional.ofNullable(ranges.get(pointer));
    }

    /**
     * The part itself or its closest enclosing part that the reader placed: for
     * {@code /actionItems/1/owner} in a Markdown table, the row {@code /actionItems/1}.
     *
     * @param pointer a JSON pointer
     * @return the pointer of the closest placed part, or empty if neither it nor any enclosing part
     *     is placed
     */
    public Optional<String> nearest(String pointer) {
        String p = Objects.requireNonNull(pointer, "pointer");
        while (true) {
            if (ranges.containsKey(p)) {
                return Optional.of(p);
            }
            if (p.isEmpty()) {
                return Optional.empty();
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /**
     * The source offset of a character of a text field, or of the position just after the field's
     * last mapped character.
     *
     * @param pointer the field's JSON pointer
     * @param textOffset an offset into the field's text, from 0
     * @return the offset in the source, or empty when the reader did not map that character
     */
    public OptionalInt offsetOf(String pointer, int textOffset) {
        int[] t = texts.get(pointer);
        if (t == null || textOffset < 0) {
            return OptionalInt.empty();
        }
        // the last run that starts at or before the offset: a binary search over the triples
        int lo = 0;
        int hi = t.length / 3 - 1;
        int best = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (t[mid * 3] <= textOffset) {
                best = mid * 3;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (best < 0 || textOffset > t[best] + t[best + 2]) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(t[best + 1] + textOffset - t[best]);
    }

    /**
     * Whether a field's text is mapped character by character, at least in part.
     *
     * @param pointer the field's JSON pointer
     * @return true if {@link #offsetOf} answers for some offset of it
     */
    public boolean mapsText(String pointer) {
        return texts.containsKey(pointer);
    }

    /**
     * Every placed part.
     *
     * @return the pointers, unmodifiable
     */
    public Set<String> pointers() {
        return ranges.keySet();
    }

    /**
     * The number of placed parts.
     *
     * @return the count
     */
    public int size() {
        return ranges.size();
    }

    @Override
    public String toString() {
        return "SourceMap[" + ranges.size() + " parts, " + texts.size() + " mapped texts]";
    }

    /** Builds a {@link SourceMap}; not thread-safe. */
    public static final class Builder {
        private final Map<String, SourceRange> ranges = new HashMap<>();
        private final Map<String, Runs> texts = new HashMap<>();

        /** A field's runs as they are given: a growing array of triples. */
        private static final class Runs {
            private int[] triples = new int[6];
            private int size;

            void add(int textOffset, int sourceOffset, int length) {
                if (size == triples.length) {
                    triples = Arrays.copyOf(triples, size * 2);
                }
                triples[size++] = textOffset;
                triples[size++] = sourceOffset;
                triples[size++] = length;
            }

            int lastTextOffset() {
                return size == 0 ? -1 : triples[size - 3];
            }

            int[] toArray() {
                return Arrays.copyOf(triples, size);
            }
        }

        private Builder() {}

        /**
         * Places a part; the first place given for a pointer is kept.
         *
         * @param pointer the part's JSON pointer
         * @param range where it stands
         * @return this builder
         */
        public Builder place(String pointer, SourceRange range) {
            ranges.putIfAbsent(Objects.requireNonNull(pointer, "pointer"), Objects.requireNonNull(range, "range"));
            return this;
        }

        /**
         * Maps a run of a text field's characters, which stand one for one in the source. Runs are
         * given in text order; the field is placed at its first run's start if it is not placed yet.
         *
         * @param pointer the field's JSON pointer
         * @param textOffset the offset of the run in the field's text
         * @param sourceOffset the offset of the run in the source
         * @param length the run's length in characters, 0 or more
         * @return this builder
         * @throws IllegalArgumentException if an offset or the length is negative, or the run starts
         *     before the previous run of the field
         */
        public Builder text(String pointer, int textOffset, int sourceOffset, int length) {
            Objects.requireNonNull(pointer, "pointer");
            if (textOffset < 0 || sourceOffset < 0 || length < 0) {
                throw new IllegalArgumentException("text runs need offsets and length of 0 or more");
            }
            Runs runs = texts.computeIfAbsent(pointer, k -> new Runs());
            if (runs.lastTextOffset() > textOffset) {
                throw new IllegalArgumentException("text runs of " + pointer + " must be given in text order");
            }
            runs.add(textOffset, sourceOffset, length);
            ranges.putIfAbsent(pointer, SourceRange.of(sourceOffset, sourceOffset + length));
            return this;
        }

        /**
         * Builds the map.
         *
         * @return an immutable map of what was given
         */
        public SourceMap build() {
            if (ranges.isEmpty()) {
                return EMPTY;
            }
            Map<String, int[]> t = new HashMap<>();
            texts.forEach((k, v) -> t.put(k, v.toArray()));
            return new SourceMap(Map.copyOf(ranges), Map.copyOf(t));
        }
    }
}
