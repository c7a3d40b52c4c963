package dev.postmortem.core.report;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
 * <p>Readers build it while they read; nothing is searched or re-serialised afterwards. Parts that
 * differ only in their last list index ({@code /timeline/0}, {@code /timeline/1}, ...) are stored
 * together in arrays, so a document of a million timeline lines costs a few dozen bytes per line.
 * Immutable and thread-safe; build one with {@link #builder()}.
 */
public final class SourceMap {
    private static final SourceMap EMPTY = new SourceMap(Map.of());

    /** The parts, by pointer with its last list index written {@code #}. */
    private volatile Map<String, Family> families;

    private java.util.function.Supplier<SourceMap> pending;

    private SourceMap(Map<String, Family> families) {
        this.families = families;
    }

    private SourceMap(java.util.function.Supplier<SourceMap> pending) {
        this.pending = pending;
    }

    /**
     * A map built the first time it is asked, so that a reader's caller who never asks where parts
     * came from does not pay for it. Thread-safe: built once, by the first caller.
     *
     * @param build what builds the map; called at most once, and let go after
     * @return the map
     */
    public static SourceMap deferred(java.util.function.Supplier<SourceMap> build) {
        return new SourceMap(Objects.requireNonNull(build, "build"));
    }

    private Map<String, Family> families() {
        Map<String, Family> f = families;
        if (f == null) {
            synchronized (this) {
                f = families;
                if (f == null) {
                    SourceMap built = Objects.requireNonNull(pending.get(), "the deferred source map");
                    f = built.families();
                    families = f;
                    pending = null;
                }
            }
        }
        return f;
    }

    /** A pointer split at its last list index: {@code /timeline/#/description} and 3. */
    private record Key(String family, int index) {
        static Key of(String pointer) {
            int end = pointer.length();
            while (end > 0) {
                int start = pointer.lastIndexOf('/', end - 1);
                if (start < 0) {
                    break;
                }
                int digits = end - start - 1;
                if (digits > 0 && digits <= 9 && allDigits(pointer, start + 1, end)) {
                    int index = Integer.parseInt(pointer, start + 1, end, 10);
                    return new Key(pointer.substring(0, start + 1) + "#" + pointer.substring(end), index);
                }
                end = start;
            }
            return new Key(pointer, 0);
        }

        private static boolean allDigits(String s, int from, int to) {
            if (to - from > 1 && s.charAt(from) == '0') {
                return false; // "/01" is a name, not an index
            }
            for (int i = from; i < to; i++) {
                if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                    return false;
                }
            }
            return true;
        }

        String pointer() {
            int hash = family.lastIndexOf('#');
            return hash < 0 ? family : family.substring(0, hash) + index + family.substring(hash + 1);
        }
    }

    /**
     * The parts of one family, by index: each range's start and end (-1 when the index is not
     * placed), and each index's text runs, triples of (text offset, source offset, length) in
     * {@code runs} from {@code runFrom[i]} to {@code runFrom[i + 1]}.
     */
    private static final class Family {
        final int[] starts;
        final int[] ends;
        final int[] runFrom;
        final int[] runs;

        Family(int[] starts, int[] ends, int[] runFrom, int[] runs) {
            this.starts = starts;
            this.ends = ends;
            this.runFrom = runFrom;
            this.runs = runs;
        }

        boolean placed(int i) {
            return i >= 0 && i < starts.length && starts[i] >= 0;
        }
    }

    /**
     * The family and index that hold a pointer: its list family, or, for an index far beyond the
     * family's other indexes (a JSON object whose keys are numbers), the pointer on its own.
     */
    private Family familyOf(Key k, String pointer) {
        Family f = families().get(k.family());
        if (f != null && f.placed(k.index())) {
            return f;
        }
        return k.index() == 0 ? null : families().get(SINGLE + pointer);
    }

    private static int indexIn(Family f, Key k) {
        return f != null && f.placed(k.index()) ? k.index() : 0;
    }

    /** The prefix of a family that holds one pointer alone. */
    private static final String SINGLE = "\u0000";

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
        Key k = Key.of(Objects.requireNonNull(pointer, "pointer"));
        Family f = familyOf(k, pointer);
        int i = indexIn(families().get(k.family()), k);
        if (f == null || !f.placed(i)) {
            return Optional.empty();
        }
        return Optional.of(SourceRange.of(f.starts[i], f.ends[i]));
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
            if (range(p).isPresent()) {
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
        Key k = Key.of(Objects.requireNonNull(pointer, "pointer"));
        Family f = familyOf(k, pointer);
        int i = indexIn(families().get(k.family()), k);
        if (f == null || textOffset < 0 || !f.placed(i) || f.runFrom[i] == f.runFrom[i + 1]) {
            return OptionalInt.empty();
        }
        int[] t = f.runs;
        // the last run that starts at or before the offset: a binary search over the triples
        int lo = f.runFrom[i] / 3;
        int hi = f.runFrom[i + 1] / 3 - 1;
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
        Key k = Key.of(Objects.requireNonNull(pointer, "pointer"));
        Family f = familyOf(k, pointer);
        int i = indexIn(families().get(k.family()), k);
        return f != null && f.placed(i) && f.runFrom[i] < f.runFrom[i + 1];
    }

    /**
     * Every placed part.
     *
     * @return the pointers, in no particular order; built on each call, so not for a hot loop
     */
    public Set<String> pointers() {
        Set<String> out = new LinkedHashSet<>();
        families().forEach((name, f) -> {
            for (int i = 0; i < f.starts.length; i++) {
                if (f.starts[i] >= 0) {
                    out.add(name.startsWith(SINGLE) ? name.substring(1) : new Key(name, i).pointer());
                }
            }
        });
        return Collections.unmodifiableSet(out);
    }

    /**
     * The number of placed parts.
     *
     * @return the count
     */
    public int size() {
        int n = 0;
        for (Family f : families().values()) {
            for (int s : f.starts) {
                n += s >= 0 ? 1 : 0;
            }
        }
        return n;
    }

    @Override
    public String toString() {
        return "SourceMap[" + size() + " parts]";
    }

    /** Builds a {@link SourceMap}; not thread-safe. */
    public static final class Builder {
        private final Map<String, Growing> families = new HashMap<>();
        private final Map<String, String> itemFamilies = new HashMap<>();

        /** One family while it is built: ranges by index and the runs in the order given. */
        private static final class Growing {
            int[] starts = new int[0];
            int[] ends = new int[0];
            int[] lastText = new int[0];
            int[] runs = new int[0]; // quadruples: index, text offset, source offset, length
            int runSize;

            void ensure(int i) {
                if (i >= starts.length) {
                    int n = Math.max(i + 1, starts.length * 2);
                    int old = starts.length;
                    starts = Arrays.copyOf(starts, n);
                    ends = Arrays.copyOf(ends, n);
                    lastText = Arrays.copyOf(lastText, n);
                    Arrays.fill(starts, old, n, -1);
                    Arrays.fill(lastText, old, n, -1);
                }
            }

            void run(int i, int textOffset, int sourceOffset, int length) {
                if (runSize + 4 > runs.length) {
                    runs = Arrays.copyOf(runs, Math.max(16, runs.length * 2));
                }
                runs[runSize++] = i;
                runs[runSize++] = textOffset;
                runs[runSize++] = sourceOffset;
                runs[runSize++] = length;
            }

            Family freeze() {
                int n = starts.length;
                int[] counts = new int[n + 1];
                for (int r = 0; r < runSize; r += 4) {
                    counts[runs[r] + 1] += 3;
                }
                for (int i = 0; i < n; i++) {
                    counts[i + 1] += counts[i];
                }
                int[] flat = new int[runSize / 4 * 3];
                int[] next = Arrays.copyOf(counts, n);
                for (int r = 0; r < runSize; r += 4) {
                    int at = next[runs[r]];
                    flat[at] = runs[r + 1];
                    flat[at + 1] = runs[r + 2];
                    flat[at + 2] = runs[r + 3];
                    next[runs[r]] = at + 3;
                }
                return new Family(starts.clone(), ends.clone(), counts, flat);
            }
        }

        private Builder() {}

        /**
         * The family that holds a pointer. An index far beyond its family's others (a JSON object
         * whose keys are numbers, such as {@code "999999999"}) is held on its own, so no array grows
         * to its size.
         */
        private Key keyOf(String pointer) {
            return bounded(Key.of(pointer), pointer);
        }

        private Key bounded(Key k, String pointer) {
            Growing g = families.get(k.family());
            int length = g == null ? 0 : g.starts.length;
            return k.index() > 1024 + 4L * length ? new Key(SINGLE + pointer, 0) : k;
        }

        /** Places a part at its key; the first place given is kept. */
        private Builder placeAt(Key k, SourceRange range) {
            Growing g = family(k);
            if (g.starts[k.index()] < 0) {
                g.starts[k.index()] = range.start();
                g.ends[k.index()] = range.end();
            }
            return this;
        }

        private Growing family(Key k) {
            Growing g = families.computeIfAbsent(k.family(), x -> new Growing());
            g.ensure(k.index());
            return g;
        }

        /**
         * Places a part; the first place given for a pointer is kept.
         *
         * @param pointer the part's JSON pointer
         * @param range where it stands
         * @return this builder
         */
        public Builder place(String pointer, SourceRange range) {
            Objects.requireNonNull(range, "range");
            return placeAt(keyOf(Objects.requireNonNull(pointer, "pointer")), range);
        }

        /**
         * Places an item of a list, {@code /timeline/3} as {@code placeItem("/timeline", 3, range)}:
         * the same as {@link #place} with the pointer written out, without building it, for a
         * reader that places a million items.
         *
         * @param list the list's JSON pointer, such as {@code /timeline}
         * @param index the item's index, 0 or more
         * @param range where it stands
         * @return this builder
         * @throws IllegalArgumentException for a negative index
         */
        public Builder placeItem(String list, int index, SourceRange range) {
            Objects.requireNonNull(list, "list");
            Objects.requireNonNull(range, "range");
            if (index < 0) {
                throw new IllegalArgumentException("a list index is 0 or more, not " + index);
            }
            Key k = new Key(itemFamilies.computeIfAbsent(list, l -> l + "/#"), index);
            Growing g = families.get(k.family());
            if (g != null && index < g.starts.length) {
                return placeAt(k, range); // the common case: no pointer string is made
            }
            return placeAt(bounded(k, list + "/" + index), range);
        }

        /**
         * The place given so far for a part.
         *
         * @param pointer the part's JSON pointer
         * @return its range, or empty if it has none yet
         */
        public Optional<SourceRange> range(String pointer) {
            Key k = Key.of(Objects.requireNonNull(pointer, "pointer"));
            Growing g = families.get(k.family());
            if ((g == null || k.index() >= g.starts.length || g.starts[k.index()] < 0) && k.index() > 0) {
                k = new Key(SINGLE + pointer, 0);
                g = families.get(k.family());
            }
            if (g == null || k.index() >= g.starts.length || g.starts[k.index()] < 0) {
                return Optional.empty();
            }
            return Optional.of(SourceRange.of(g.starts[k.index()], g.ends[k.index()]));
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
            Key k = keyOf(Objects.requireNonNull(pointer, "pointer"));
            if (textOffset < 0 || sourceOffset < 0 || length < 0) {
                throw new IllegalArgumentException("text runs need offsets and length of 0 or more");
            }
            Growing g = family(k);
            int i = k.index();
            if (g.lastText[i] > textOffset) {
                throw new IllegalArgumentException("text runs of " + pointer + " must be given in text order");
            }
            g.lastText[i] = textOffset;
            g.run(i, textOffset, sourceOffset, length);
            if (g.starts[i] < 0) {
                g.starts[i] = sourceOffset;
                g.ends[i] = sourceOffset + length;
            }
            return this;
        }

        /**
         * Builds the map.
         *
         * @return an immutable map of what was given
         */
        public SourceMap build() {
            if (families.isEmpty()) {
                return EMPTY;
            }
            Map<String, Family> out = new HashMap<>();
            families.forEach((k, g) -> out.put(k, g.freeze()));
            return new SourceMap(Map.copyOf(out));
        }
    }
}
