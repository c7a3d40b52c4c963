package dev.postmortem.core.internal.language;

/**
 * Takes the organisation feature back from capitalised names that the same text also shows as
 * things. An unknown capitalised word inside a sentence is read as an organisation ("Optus
 * mismanaged its network"), but most such words in a postmortem name the team's own product, host
 * or tool ("Borealis does not back anything up", "Migrix incorrectly assumed ..."). A text that
 * names a product almost always also shows it as one somewhere:
 *
 * <ul>
 *   <li>followed by a system noun or a word that follows product names ("Migrix migration",
 *       "Borealis jobs", "Migrix token");
 *   <li>followed by a number, as a version or an instance ("Migrix 1.13");
 *   <li>in lower case, as a command, path, package or address is written ({@code migrix upgrade},
 *       {@code /borealis/home}, {@code zentrabot.example}): inside code and URLs, or in the prose
 *       for a name the text also capitalises inside a sentence. A word capitalised only where a
 *       sentence starts and written in lower case elsewhere in the prose ("Quick to blame ...",
 *       "... was quick") is an ordinary word.
 * </ul>
 *
 * <p>Any one of these, anywhere in the text (or in any text of its document), makes the name a
 * thing everywhere in it. A word the vocabulary holds is compared by its id, any other by a 64-bit
 * hash of its normalised spelling. Linear in the text; work is done only when a text has a
 * candidate ({@link #candidate}). Stateless; the methods are thread-safe.
 */
final class ThingNames {
    private ThingNames() {}

    /** FNV-1a's 64-bit offset basis and prime. */
    private static final long BASIS = 0xcbf29ce484222325L;

    private static final long PRIME = 0x100000001b3L;

    /**
     * Clears {@link Vocabulary#ORG} from the tokens whose name the text also shows as a thing.
     *
     * @param s the scan
     * @param words the tokens' class bits
     * @param context the tokens' context bits, changed in place
     * @param v the vocabulary
     */
    static void clear(ScannedText s, long[][] words, long[] context, Vocabulary v, int[] tokens, int count) {
        LongSet candidates = new LongSet();
        candidates(s, words, context, v, candidates, tokens, count);
        if (candidates.size() == 0) {
            return;
        }
        LongSet things = new LongSet();
        evidence(s, words, context, v, candidates, things);
        forget(s, words, context, v, things, tokens, count);
    }

    /**
     * Clears {@link Vocabulary#ORG} across the texts of one document: a name any of them shows as a
     * thing is no organisation in any of them ("Zentrabot runs as a few services" in one section,
     * "Zentrabot went quiet" in another). Each analysis has already done this within its own text.
     *
     * @param analyses the document's analyses, each once
     * @param v the vocabulary they were made with
     * @return the analyses whose features changed
     */
    static java.util.List<Analysis> clear(java.util.List<Analysis> analyses, Vocabulary v) {
        LongSet candidates = new LongSet();
        for (Analysis a : analyses) {
            a.thingsRead();
            if (a.candidates() > 0) {
                candidates(a.scanned(), a.wordBits(), a.contexts(), v, candidates, a.candidateTokens(), a.candidates());
            }
        }
        if (candidates.size() == 0) {
            return java.util.List.of();
        }
        LongSet things = new LongSet();
        for (Analysis a : analyses) {
            evidence(a.scanned(), a.wordBits(), a.contexts(), v, candidates, things);
        }
        java.util.List<Analysis> changed = new java.util.ArrayList<>();
        if (things.size() > 0) {
            for (Analysis a : analyses) {
                if (forget(a.scanned(), a.wordBits(), a.contexts(), v, things, a.candidateTokens(), a.candidates())) {
                    changed.add(a);
                }
            }
        }
        return changed;
    }

    /**
     * Whether a token names what may be a thing: an organisation, or a capitalised word no class
     * holds, that is no name, handle, code, person or team word.
     */
    static boolean candidate(ScannedText s, long[][] words, long[] context, Vocabulary v, int k) {
        int f = s.flags(k);
        if ((f & ScannedText.CAP) == 0 || s.normCode(k) <= 0) {
            return false;
        }
        long c = context[k];
        boolean unknownCapital = (f & (ScannedText.CODE | ScannedText.HANDLE)) == 0
                && s.word(k) < 0
                && (c & (1L << Vocabulary.NAME)) == 0;
        return (unknownCapital || (c & (1L << Vocabulary.ORG)) != 0)
                && !Analysis.has(words[k], v.team())
                && !Analysis.has(words[k], v.person());
    }

    /**
     * Adds the names of the tokens that may be things: those the analysis listed ({@link
     * Analysis#candidateTokens()}), asked again, since reading the document together may have
     * changed them.
     */
    private static void candidates(
            ScannedText s, long[][] words, long[] context, Vocabulary v, LongSet candidates, int[] tokens, int count) {
        for (int i = 0; i < count; i++) {
            int k = tokens[i];
            if (candidate(s, words, context, v, k)) {
                long key = key(s, k);
                candidates.add(key);
                candidates.lengths |= 1L << Math.min(63, s.normCode(k));
                candidates.known |= s.word(k) >= 0;
                if ((s.flags(k) & ScannedText.FIRST) == 0) {
                    LongSet inside = candidates.inside();
                    inside.add(key);
                    inside.firsts |= 1L << WordTable.norm(s.text().charAt(s.start(k)));
                }
            }
        }
    }

    /** Adds the candidates a text shows as things. */
    private static void evidence(
            ScannedText s, long[][] words, long[] context, Vocabulary v, LongSet candidates, LongSet things) {
        int n = s.size();
        int system = v.system();
        int follower = v.productFollower();
        long number = 1L << Vocabulary.NUMBER;
        long lengths = candidates.lengths;
        boolean known = candidates.known;
        LongSet inside = candidates.inside;
        long firsts = inside == null ? 0 : inside.firsts;
        String t = s.text();
        for (int k = 0; k < n; k++) {
            int f = s.flags(k);
            if ((f & ScannedText.CODE) != 0) {
                code(s, k, candidates, things);
                continue;
            }
            int len = s.normCode(k);
            if (len <= 0 || (lengths >>> Math.min(63, len) & 1) == 0) {
                continue;
            }
            if ((f & ScannedText.CAP) == 0) { // written in lower case
                if ((f & ScannedText.DIGIT) != 0 || (firsts >>> WordTable.norm(t.charAt(s.start(k))) & 1) == 0) {
                    // a number or an identifier with one, never a name in prose; or a word no name
                    // capitalised inside a sentence starts like
                    continue;
                }
                // only for a name also capitalised inside a sentence: a word capitalised only where
                // a sentence starts ("Quick to blame ...") and written in lower case elsewhere in
                // the prose is an ordinary word, not a product
                int id = s.word(k);
                if (id < 0) {
                    addIfCandidate(hash(s, k), inside, things);
                } else if (known) {
                    addIfCandidate(KNOWN | id, inside, things);
                }
                continue;
            }
            boolean nextIn = k + 1 < n && (s.flags(k + 1) & ScannedText.FIRST) == 0;
            if (nextIn
                    && ((context[k + 1] & number) != 0
                            || Analysis.has(words[k + 1], system)
                            || Analysis.has(words[k + 1], follower))) {
                addIfCandidate(key(s, k), candidates, things);
            }
        }
    }

    /**
     * Makes the tokens named by a set things: no organisation, and in the system class, so that a
     * rule reads "Migrix incorrectly assumed ..." as it reads "the parser incorrectly assumed ...".
     * Returns whether a token changed.
     */
    private static boolean forget(
            ScannedText s, long[][] words, long[] context, Vocabulary v, LongSet things, int[] tokens, int count) {
        int system = v.system();
        boolean changed = false;
        // a name stands many times in a text: its tokens share one marked copy of the same bits,
        // which no one writes to afterwards; as long as the bits, so that a sentence's union of
        // word bits stays as short as its words
        java.util.IdentityHashMap<long[], long[]> marked = null;
        for (int i = 0; i < count; i++) {
            int k = tokens[i];
            // only a candidate's name can be in the set: the test is cheaper than the key
            if (candidate(s, words, context, v, k) && things.contains(key(s, k))) {
                context[k] &= ~(1L << Vocabulary.ORG);
                if (marked == null) {
                    marked = new java.util.IdentityHashMap<>();
                }
                words[k] = marked.computeIfAbsent(words[k], w -> {
                    long[] b = java.util.Arrays.copyOf(w, Math.max(w.length, (system >>> 6) + 1));
                    b[system >>> 6] |= 1L << system;
                    return b;
                });
                changed = true;
            }
        }
        return changed;
    }

    private static void addIfCandidate(long h, LongSet candidates, LongSet things) {
        if (candidates != null && candidates.contains(h)) {
            things.add(h);
        }
    }

    /**
     * Adds the candidates written inside a masked code span, fenced block or URL. A fenced block's
     * token stands for its opening fence only; its lines are read up to the closing fence.
     */
    private static void code(ScannedText s, int k, LongSet candidates, LongSet things) {
        String t = s.text();
        int i = s.start(k);
        int end = s.end(k);
        if (end - i == 3 && (t.startsWith("```", i) || t.startsWith("~~~", i))) {
            end = fenceEnd(t, end, t.charAt(i));
        }
        while (i < end) {
            char c = t.charAt(i);
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            long h = BASIS;
            while (i < end && Character.isLetterOrDigit(t.charAt(i))) {
                h = (h ^ WordTable.norm(t.charAt(i))) * PRIME;
                i++;
            }
            addIfCandidate(h, candidates, things);
        }
    }

    /** The offset of the line that closes a fenced block opened before an offset, or the text's end. */
    private static int fenceEnd(String t, int from, char fence) {
        int i = t.indexOf('\n', from);
        while (i >= 0) {
            int j = i + 1;
            while (j < t.length() && (t.charAt(j) == ' ' || t.charAt(j) == '\t')) {
                j++;
            }
            if (j + 3 <= t.length() && t.charAt(j) == fence && t.charAt(j + 1) == fence && t.charAt(j + 2) == fence) {
                return j;
            }
            i = t.indexOf('\n', j);
        }
        return t.length();
    }

    /**
     * A token's name as a key: a word the vocabulary holds by its id (case does not change it),
     * any other by the hash of its normalised spelling.
     */
    private static long key(ScannedText s, int k) {
        int id = s.word(k);
        return id >= 0 ? KNOWN | id : hash(s, k);
    }

    /** Marks a key made of a word id; a hash has this bit set with chance 1 in 2^64 per id. */
    private static final long KNOWN = 1L << 62;

    /** The hash of a token's normalised word. */
    private static long hash(ScannedText s, int k) {
        String t = s.text();
        int from = s.start(k);
        long h = BASIS;
        for (int i = from, to = from + s.normCode(k); i < to; i++) {
            h = (h ^ WordTable.norm(t.charAt(i))) * PRIME;
        }
        return h;
    }

    /** A set of longs by open addressing, at most half full; 0 is kept apart. */
    private static final class LongSet {
        private long[] slots = new long[16];
        private int size;

        /** For a set of names, bit i: some name has i characters (63 for longer ones). */
        long lengths;

        /**
         * For a set of names, bit i (of 64): some name's first character, normalised, is i modulo
         * 64. A word whose first character's bit is clear is none of them, and is not hashed.
         */
        long firsts;

        /** For a set of names, whether one is a word the vocabulary holds. */
        boolean known;

        /** For a set of names, those also seen capitalised inside a sentence; null while none is. */
        LongSet inside;

        LongSet inside() {
            if (inside == null) {
                inside = new LongSet();
            }
            return inside;
        }

        private boolean zero;

        int size() {
            return size;
        }

        private static int slot(long x, int mask) {
            return WordTable.spread((int) (x ^ (x >>> 32))) & mask;
        }

        boolean contains(long x) {
            if (x == 0) {
                return zero;
            }
            int mask = slots.length - 1;
            for (int i = slot(x, mask); ; i = (i + 1) & mask) {
                if (slots[i] == x) {
                    return true;
                }
                if (slots[i] == 0) {
                    return false;
                }
            }
        }

        void add(long x) {
            if (x == 0) {
                if (!zero) {
                    zero = true;
                    size++;
                }
                return;
            }
            if ((size + 1) * 2 > slots.length) {
                long[] old = slots;
                slots = new long[old.length * 2];
                size = zero ? 1 : 0;
                for (long o : old) {
                    if (o != 0) {
                        add(o);
                    }
                }
            }
            int mask = slots.length - 1;
            int i = slot(x, mask);
            while (slots[i] != 0) {
                if (slots[i] == x) {
                    return;
                }
                i = (i + 1) & mask;
            }
            slots[i] = x;
            size++;
        }
    }
}
