package dev.postmortem.core.internal.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A compiled token pattern of a rule file, matched against an {@link Analysis} within one sentence.
 * The syntax is described in {@code language/rules/README.md}: words, {@code <class>}es,
 * alternatives with {@code |}, {@code !} for "any token but", {@code ?} for optional, gaps
 * {@code [m-n]} (within a clause) and {@code [[m-n]]} (across clauses), a gap's excluded tokens
 * after {@code ^} ({@code [0-3^<system>|the]}), a token's exceptions after {@code ^}
 * ({@code <person>^he|she}), {@code ^} and {@code $} for the sentence's start and
 * end, and braces around the span to report. Immutable and thread-safe.
 */
final class Pattern {
    private static final int TOKEN = 0;
    private static final int GAP = 1;
    private static final int START = 2;
    private static final int END = 3;
    private static final int OPEN = 4;
    private static final int CLOSE = 5;

    /** One element of a pattern: a token test, a gap, an anchor or a span marker. */
    private static final class Element {
        final int kind;
        final int[] features;
        final boolean negate;
        final boolean optional;
        final int min;
        final int max;
        final boolean crossClause;
        final Test test;
        final Test excluded;

        Element(
                int kind,
                int[] features,
                boolean negate,
                boolean optional,
                int min,
                int max,
                boolean crossClause,
                int[] exclude) {
            this.kind = kind;
            this.features = features;
            this.negate = negate;
            this.optional = optional;
            this.min = min;
            this.max = max;
            this.crossClause = crossClause;
            this.test = features == null ? null : new Test(features);
            this.excluded = exclude == null ? null : new Test(exclude);
        }
    }

    /**
     * A token test compiled to bit masks: the context features in one long and the class and literal
     * features as sparse (index, mask) pairs over the token's word bits, so a test costs a few
     * ANDs however many alternatives it has.
     */
    private static final class Test {
        private final long context;
        private final int[] index;
        private final long[] mask;

        Test(int[] features) {
            long ctx = 0;
            java.util.TreeMap<Integer, Long> words = new java.util.TreeMap<>();
            for (int f : features) {
                if (f < Vocabulary.CONTEXT_FEATURES) {
                    ctx |= 1L << f;
                } else {
                    words.merge(f >>> 6, 1L << f, (x, y) -> x | y);
                }
            }
            this.context = ctx;
            this.index = words.keySet().stream().mapToInt(Integer::intValue).toArray();
            this.mask = words.values().stream().mapToLong(Long::longValue).toArray();
        }

        boolean matches(Analysis a, int k) {
            if ((a.context(k) & context) != 0) {
                return true;
            }
            long[] w = a.words(k);
            for (int i = 0; i < index.length; i++) {
                int x = index[i];
                if (x < w.length && (w[x] & mask[i]) != 0) {
                    return true;
                }
            }
            return false;
        }
    }

    private final String source;
    private final Element[] elements;
    private final int[][] requiredFeatures;
    private final Test[] requiredTests;
    // the required tests flattened for possible() into one array, so that ruling a pattern out reads
    // one or two cache lines: per test its context mask, its number of (index, mask) pairs, the pairs
    private final long[] required;
    /** The test the first token must pass, or null when the pattern starts otherwise. */
    private final Test firstTest;
    /** The features one of which the first token must carry, ascending, or null: see {@link #anchor()}. */
    private final int[] anchorSorted;
    /** The test of {@link #anchorSorted}, or null. */
    private final Test anchorTest;

    private Pattern(String source, Element[] elements) {
        this.source = source;
        this.elements = elements;
        Test first = null;
        for (Element e : elements) {
            if (e.kind == OPEN) {
                continue;
            }
            first = e.kind == TOKEN && !e.negate && !e.optional && e.excluded == null ? e.test : null;
            break;
        }
        this.firstTest = first;
        List<Test> req = new ArrayList<>();
        List<int[]> reqFeatures = new ArrayList<>();
        for (Element e : elements) {
            if (e.kind == TOKEN && !e.negate && !e.optional) {
                req.add(e.test);
                reqFeatures.add(e.features.clone());
            }
        }
        this.requiredFeatures = reqFeatures.toArray(new int[0][]);
        this.requiredTests = req.toArray(new Test[0]);
        int slots = 0;
        for (Test t : req) {
            slots += 2 + 2 * t.index.length;
        }
        this.required = new long[slots];
        int[] order = new int[req.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        flattenRequired(order);
        int[] anchor = anchor();
        this.anchorSorted =
                anchor == null ? null : java.util.Arrays.stream(anchor).sorted().toArray();
        this.anchorTest = anchor == null ? null : new Test(anchor);
    }

    /**
     * The features of each token the pattern requires (not negated, not optional): one of each
     * array must be in a sentence for the pattern to match there.
     *
     * @return the features, one array per required token (do not modify)
     */
    int[][] requiredFeatures() {
        return requiredFeatures;
    }

    /**
     * Whether a token carries one of the features of {@link #anchor()}.
     *
     * @param a the analysis
     * @param k the token index
     * @return true if the pattern is tried at the token; false too if it has no anchor
     */
    boolean anchoredAt(Analysis a, int k) {
        return anchorTest != null && anchorTest.matches(a, k);
    }

    /**
     * The smallest feature of {@link #anchor()} that a token carries.
     *
     * @param a the analysis
     * @param k the token index
     * @return the feature id, or -1 if it carries none
     */
    int firstAnchorAt(Analysis a, int k) {
        if (anchorSorted != null) {
            for (int f : anchorSorted) {
                if (a.has(k, f)) {
                    return f;
                }
            }
        }
        return -1;
    }

    /**
     * Whether the pattern could match in a sentence, judged from the union of its tokens' bits:
     * every token the pattern requires must find its class or word there. Rules out most patterns
     * for most sentences at the cost of a few ANDs.
     *
     * @param contextUnion the context bits of every token of the sentence, or-ed
     * @param wordUnion the word bits of every token of the sentence, or-ed
     * @return false if it cannot match
     */
    boolean possible(long contextUnion, long[] wordUnion) {
        return possible(required, 0, required.length, contextUnion, wordUnion);
    }

    /**
     * {@link #possible(long, long[])} over required tests laid out from {@code from} to {@code to}
     * of an array, as {@link #requiredLayout()} gives them.
     *
     * @param r the array
     * @param from where the tests start
     * @param to where they end
     * @param contextUnion the context bits of every token of the sentence, or-ed
     * @param wordUnion the word bits of every token of the sentence, or-ed
     * @return false if the pattern cannot match
     */
    static boolean possible(long[] r, int from, int to, long contextUnion, long[] wordUnion) {
        int p = from;
        while (p < to) {
            int end = p + 2 + 2 * (int) r[p + 1];
            if ((contextUnion & r[p]) == 0 && !anyOf(r, p + 2, end, wordUnion)) {
                return false;
            }
            p = end;
        }
        return true;
    }

    /**
     * The required tests as {@link #possible} reads them, in the order it reads them.
     *
     * @return a copy
     */
    long[] requiredLayout() {
        return required.clone();
    }

    /** Lays the required tests out for {@link #possible} in an order. */
    private void flattenRequired(int[] order) {
        int at = 0;
        for (int i = 0; i < order.length; i++) {
            Test t = requiredTests[order[i]];
            required[at++] = t.context;
            required[at++] = t.index.length;
            for (int k = 0; k < t.index.length; k++) {
                required[at++] = t.index[k];
                required[at++] = t.mask[k];
            }
        }
    }

    /**
     * Orders the tokens {@link #possible} looks for so that it gives up soonest: the least likely
     * in a sentence first, and the most unlikely of all last when it is the one the pattern is
     * tried for (a sentence without it never asks). Called once, while the rules are compiled.
     *
     * @param cost how likely a token with these features is in a sentence; higher is likelier
     * @param triggered whether the pattern is only tried in sentences that hold its rarest token
     */
    void orderRequired(java.util.function.ToLongFunction<int[]> cost, boolean triggered) {
        Integer[] order = new Integer[requiredTests.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingLong(i -> cost.applyAsLong(requiredFeatures[i])));
        int[] laid = new int[order.length];
        int shift = triggered && order.length > 1 ? 1 : 0;
        for (int i = 0; i < order.length; i++) {
            laid[i] = order[(i + shift) % order.length];
        }
        flattenRequired(laid);
    }

    /** Whether one of the (index, mask) pairs of {@link #required} from {@code from} to {@code to} is in the union. */
    private static boolean anyOf(long[] r, int from, int to, long[] wordUnion) {
        for (int i = from; i < to; i += 2) {
            int x = (int) r[i];
            if (x < wordUnion.length && (wordUnion[x] & r[i + 1]) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Compiles a pattern, registering its literal words with the vocabulary builder.
     *
     * @param source the pattern text
     * @param vocabulary the builder of the vocabulary the rules run with
     * @return the pattern
     * @throws IllegalArgumentException naming the faulty part, for a pattern that does not parse
     */
    static Pattern compile(String source, Vocabulary.Builder vocabulary) {
        List<Element> out = new ArrayList<>();
        boolean hasToken = false;
        for (String part : source.strip().split("\\s+")) {
            switch (part) {
                case "^" -> out.add(new Element(START, null, false, false, 0, 0, false, null));
                case "$" -> out.add(new Element(END, null, false, false, 0, 0, false, null));
                case "{" -> out.add(new Element(OPEN, null, false, false, 0, 0, false, null));
                case "}" -> out.add(new Element(CLOSE, null, false, false, 0, 0, false, null));
                default -> {
                    if (part.startsWith("[")) {
                        out.add(gap(part, source, vocabulary));
                    } else {
                        boolean negate = part.startsWith("!");
                        boolean optional = part.endsWith("?") && part.length() > 1;
                        String body = part.substring(negate ? 1 : 0, part.length() - (optional ? 1 : 0));
                        // "<person>^he|she" is a person word that is not "he" or "she"
                        int caret = body.indexOf('^');
                        int[] except = null;
                        if (caret > 0) {
                            except = alternatives(body.substring(caret + 1), source, vocabulary);
                            body = body.substring(0, caret);
                        }
                        out.add(new Element(
                                TOKEN, alternatives(body, source, vocabulary), negate, optional, 0, 0, false, except));
                        hasToken = true;
                    }
                }
            }
        }
        if (!hasToken) {
            throw new IllegalArgumentException("pattern '" + source + "' matches no token");
        }
        return new Pattern(source, out.toArray(new Element[0]));
    }

    private static Element gap(String part, String source, Vocabulary.Builder vocabulary) {
        boolean cross = part.startsWith("[[");
        String inner = part.substring(cross ? 2 : 1, part.length() - (cross ? 2 : 1));
        if (!part.endsWith(cross ? "]]" : "]")) {
            throw new IllegalArgumentException("gap '" + part + "' in pattern '" + source + "' is not closed");
        }
        int[] exclude = null;
        int caret = inner.indexOf('^');
        if (caret >= 0) {
            exclude = alternatives(inner.substring(caret + 1), source, vocabulary);
            inner = inner.substring(0, caret);
        }
        String[] range = inner.split("-");
        try {
            int min = Integer.parseInt(range[0]);
            int max = Integer.parseInt(range.length > 1 ? range[1] : range[0]);
            if (min < 0 || max < min || max > 12) {
                throw new IllegalArgumentException(
                        "gap '" + part + "' in pattern '" + source + "' must be m-n with 0 <= m <= n <= 12");
            }
            return new Element(GAP, null, false, false, min, max, cross, exclude);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "gap '" + part + "' in pattern '" + source + "' must be [m-n], [[m-n]] or [m-n^words]", e);
        }
    }

    private static int[] alternatives(String body, String source, Vocabulary.Builder vocabulary) {
        // <a|b> is short for <a>|<b>
        StringBuilder expanded = new StringBuilder();
        boolean inClass = false;
        for (int ci = 0; ci < body.length(); ci++) {
            char c = body.charAt(ci);
            if (c == '<') {
                inClass = true;
            } else if (c == '>') {
                inClass = false;
            } else if (c == '|' && inClass) {
                expanded.append(">|<");
                continue;
            }
            expanded.append(c);
        }
        String[] alts = expanded.toString().split("\\|");
        int[] ids = new int[alts.length];
        for (int i = 0; i < alts.length; i++) {
            String a = alts[i];
            if (a.isEmpty()) {
                throw new IllegalArgumentException("empty alternative in pattern '" + source + "'");
            }
            if (a.startsWith("<") && a.endsWith(">")) {
                int id = vocabulary.classId(a.substring(1, a.length() - 1));
                if (id < 0) {
                    throw new IllegalArgumentException("pattern '" + source + "' names the unknown word class " + a);
                }
                ids[i] = id;
            } else {
                ids[i] = vocabulary.literal(a.toLowerCase(Locale.ROOT).replace('’', '\''));
            }
        }
        return ids;
    }

    /**
     * Where matching can start: the feature ids one of which the first token must carry.
     *
     * @return the ids, or null if the pattern starts with a sentence anchor, a gap, an optional or a
     *     negated token
     */
    int[] anchor() {
        for (Element e : elements) {
            if (e.kind == OPEN) {
                continue;
            }
            return e.kind == TOKEN && !e.negate && !e.optional ? e.features : null;
        }
        return null;
    }

    /**
     * Whether the pattern starts at the sentence's start.
     *
     * @return true for a leading {@code ^}
     */
    boolean anchoredAtStart() {
        return elements[0].kind == START
                || (elements[0].kind == OPEN && elements.length > 1 && elements[1].kind == START);
    }

    /**
     * Matches the pattern at a token.
     *
     * @param a the analysis
     * @param k the token to start at
     * @param from the first token of the sentence
     * @param end the index after its last token
     * @param span receives the first and last token of the reported span
     * @return true on a match
     */
    boolean matchAt(Analysis a, int k, int from, int end, int[] span) {
        return matchAt(a, k, from, end, span, null);
    }

    /**
     * What a span a match would report must pass for the match to count: a pattern's search goes
     * on through its other ways to match (a longer gap, an optional word left out) while one is
     * rejected.
     */
    interface SpanFilter {
        /**
         * Whether a match that reports these tokens does not count.
         *
         * @param lo the first token of the reported span
         * @param hi its last token
         * @return true to reject it
         */
        boolean rejects(int lo, int hi);
    }

    /**
     * {@link #matchAt(Analysis, int, int, int, int[])}, counting only a match whose reported span
     * a filter lets through.
     *
     * @param a the analysis
     * @param k the token to start at
     * @param from the first token of the sentence
     * @param end the index after its last token
     * @param span receives the reported span and the match's end, as the other form
     * @param filter the filter, or null for none
     * @return true if a match the filter lets through starts at the token
     */
    boolean matchAt(Analysis a, int k, int from, int end, int[] span, SpanFilter filter) {
        span[0] = -1;
        span[1] = -1;
        span[2] = -1;
        span[3] = k;
        if (!match(a, 0, k, from, end, span, filter)) {
            return false;
        }
        if (span[0] < 0) {
            span[0] = k;
        }
        if (span[1] < 0) {
            span[1] = span[2];
        }
        return span[1] >= span[0];
    }

    /**
     * Whether the pattern matches anywhere in a sentence.
     *
     * @param a the analysis
     * @param from the first token of the sentence
     * @param end the index after its last token
     * @return true if it matches at some token
     */
    boolean findIn(Analysis a, int from, int end) {
        // every match starts at or after the sentence's first token and ends at or before its last
        return overlaps(a, from, end, from, end - 1, new int[4]);
    }

    /**
     * Whether the pattern matches in a sentence where its match overlaps a span of tokens: it starts
     * at or before the span's last token and ends at or after its first. At each start only the
     * match {@link #matchAt} finds is asked.
     *
     * @param a the analysis
     * @param from the first token of the sentence
     * @param end the index after its last token
     * @param lo the span's first token
     * @param hi the span's last token
     * @param scratch an array of four for the match, overwritten
     * @return true if such a match is found
     */
    boolean overlaps(Analysis a, int from, int end, int lo, int hi, int[] scratch) {
        int last = anchoredAtStart() ? Math.min(hi, from) : Math.min(hi, end - 1);
        Test first = firstTest;
        for (int k = from; k <= last; k++) {
            // only where the first token can match: most tokens of a sentence are skipped by an AND
            if ((first == null || first.matches(a, k)) && matchAt(a, k, from, end, scratch) && scratch[2] >= lo) {
                return true;
            }
        }
        return false;
    }

    private boolean match(Analysis a, int e, int k, int from, int end, int[] span, SpanFilter filter) {
        if (e == elements.length) {
            span[2] = k - 1;
            // a filter sees the span this path reports, and may send the search on to another path
            return filter == null || !filter.rejects(span[0] < 0 ? span[3] : span[0], span[1] < 0 ? k - 1 : span[1]);
        }
        Element el = elements[e];
        switch (el.kind) {
            case START:
                return k == from && match(a, e + 1, k, from, end, span, filter);
            case END:
                return k == end && match(a, e + 1, k, from, end, span, filter);
            case OPEN: {
                // set on the way down, so that a filter at the end sees it; put back on failure
                int was = span[0];
                span[0] = k;
                if (match(a, e + 1, k, from, end, span, filter)) {
                    return true;
                }
                span[0] = was;
                return false;
            }
            case CLOSE: {
                int was = span[1];
                span[1] = k - 1;
                if (match(a, e + 1, k, from, end, span, filter)) {
                    return true;
                }
                span[1] = was;
                return false;
            }
            case GAP:
                for (int skip = 0; skip <= el.max && k + skip <= end; skip++) {
                    // Within a clause, no token from the gap's start to the token after it may follow
                    // a clause break; an excluded word may not be skipped.
                    if (skip > 0 && el.excluded != null && el.excluded.matches(a, k + skip - 1)) {
                        return false;
                    }
                    if (!el.crossClause && k + skip < end && a.has(k + skip, Vocabulary.BREAK)) {
                        return false;
                    }
                    if (skip >= el.min && match(a, e + 1, k + skip, from, end, span, filter)) {
                        return true;
                    }
                }
                return false;
            default:
                if (el.optional && match(a, e + 1, k, from, end, span, filter)) {
                    return true;
                }
                if (el.negate && k >= end) {
                    // "not x" holds at the end of the sentence too: "{ typo } !rate" reports "a typo."
                    return match(a, e + 1, k, from, end, span, filter);
                }
                if (k >= end
                        || (el.test.matches(a, k) && (el.excluded == null || !el.excluded.matches(a, k)))
                                == el.negate) {
                    return false;
                }
                return match(a, e + 1, k + 1, from, end, span, filter);
        }
    }

    @Override
    public String toString() {
        return source;
    }
}
