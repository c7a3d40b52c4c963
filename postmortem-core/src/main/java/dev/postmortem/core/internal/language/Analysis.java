package dev.postmortem.core.internal.language;

import java.util.List;
import java.util.Set;

/**
 * One pass over a text for the language rules: the scanner's tokens, each word's classes looked up
 * once, phrases marked, and the context features (names, handles, code, capitals, sentence starts,
 * past and {@code -ing} forms, clause breaks, numbers) set. Rules then test bits; nothing rescans
 * the text. Linear in its length. Not thread-safe; one per text.
 */
public final class Analysis {
    private static final long[] NONE = new long[0];

    private final ScannedText scanned;
    private final List<Token> tokens;
    private final long[][] words;
    private final long[] context;
    private final int[] sentenceEnd;

    private Analysis(ScannedText scanned, long[][] words, long[] context, int[] sentenceEnd) {
        this.scanned = scanned;
        this.tokens = scanned.tokens();
        this.words = words;
        this.context = context;
        this.sentenceEnd = sentenceEnd;
    }

    /**
     * Analyses a text.
     *
     * @param text the text
     * @param vocabulary the word classes
     * @param roster extra first names (lower case) that are always people
     * @return the analysis
     */
    public static Analysis of(String text, Vocabulary vocabulary, Set<String> roster) {
        ScannedText scanned = ScannedText.scan(text);
        List<Token> t = scanned.tokens();
        int n = t.size();
        long[][] words = new long[n][];
        long[] context = new long[n];
        int[] sentenceEnd = new int[n];
        Vocabulary.Word[] found = null;
        for (int k = 0; k < n; k++) {
            Vocabulary.Word w = vocabulary.word(t.get(k).norm());
            if (w == null) {
                words[k] = NONE;
            } else {
                words[k] = w.bits();
                if (!w.phrases().isEmpty()) {
                    if (found == null) {
                        found = new Vocabulary.Word[n];
                    }
                    found[k] = w;
                }
            }
        }
        if (found != null) {
            // words first, then phrases: a masking phrase clears the bits its words had
            for (int k = 0; k < n; k++) {
                if (found[k] == null) {
                    continue;
                }
                if (k + 1 >= n) {
                    continue;
                }
                Vocabulary.Phrase[] phrases =
                        found[k].phrases().get(t.get(k + 1).norm());
                if (phrases != null) {
                    for (Vocabulary.Phrase p : phrases) {
                        mark(t, words, k, p, vocabulary.width());
                    }
                }
            }
        }
        int end = n;
        for (int k = n - 1; k >= 0; k--) {
            if (k + 1 < n && t.get(k + 1).sentence() != t.get(k).sentence()) {
                end = k + 1;
            }
            sentenceEnd[k] = end;
        }
        for (int k = 0; k < n; k++) {
            Token tok = t.get(k);
            String w = tok.norm();
            long c = 0;
            if (tok.masked()) {
                c |= 1L << (w.equals(Token.HANDLE) ? Vocabulary.HANDLE : Vocabulary.CODE);
            }
            if (tok.capitalised()) {
                c |= 1L << Vocabulary.CAP;
            }
            if (tok.sentenceStart()) {
                c |= 1L << Vocabulary.START;
            }
            if (tok.clauseBreakBefore()) {
                c |= 1L << Vocabulary.BREAK;
            }
            if ((w.length() > 3 && w.endsWith("ed")) || has(words[k], vocabulary.pastIrregular())) {
                c |= 1L << Vocabulary.PAST;
            }
            if (w.length() > 4 && w.endsWith("ing")) {
                c |= 1L << Vocabulary.ING;
            }
            if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
                c |= 1L << Vocabulary.NUMBER;
            }
            context[k] = c;
        }
        for (int k = 0; k < n; k++) {
            Token tok = t.get(k);
            if (isName(t, words, context, k, vocabulary, roster, sentenceEnd[k])) {
                context[k] |= 1L << Vocabulary.NAME;
            } else if (tok.capitalised()
                    && !tok.sentenceStart()
                    && !tok.masked()
                    && !has(words[k], vocabulary.notPerson())
                    && (context[k] & (1L << Vocabulary.NUMBER)) == 0) {
                context[k] |= 1L << Vocabulary.ORG;
            }
        }
        markQuotes(text, t, context);
        return new Analysis(scanned, words, context, sentenceEnd);
    }

    /** Marks the words between double quotes within a sentence. */
    private static void markQuotes(String text, List<Token> t, long[] context) {
        boolean open = false;
        int sentence = -1;
        int from = 0;
        for (int k = 0; k < t.size(); k++) {
            Token tok = t.get(k);
            if (tok.sentence() != sentence) {
                sentence = tok.sentence();
                open = false;
            }
            for (int i = from; i < tok.start(); i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '“' || c == '”') {
                    open = c == '“' || (c == '"' && !open);
                }
            }
            if (open) {
                context[k] |= 1L << Vocabulary.QUOTED;
            }
            from = tok.end();
        }
    }

    private static void mark(List<Token> t, long[][] words, int k, Vocabulary.Phrase p, int width) {
        String[] ws = p.words();
        if (k + ws.length > t.size()) {
            return;
        }
        int sentence = t.get(k).sentence();
        for (int i = 1; i < ws.length; i++) {
            Token x = t.get(k + i);
            if (x.sentence() != sentence || !x.norm().equals(ws[i])) {
                return;
            }
        }
        for (int i = 0; i < ws.length; i++) {
            long[] b = p.masking() ? new long[width] : words[k + i].clone();
            if (b.length < width) {
                b = java.util.Arrays.copyOf(b, width);
            }
            b[p.feature() >>> 6] |= 1L << p.feature();
            words[k + i] = b;
        }
    }

    private static boolean isName(
            List<Token> t, long[][] words, long[] context, int k, Vocabulary v, Set<String> roster, int end) {
        Token tok = t.get(k);
        String w = tok.norm();
        if (roster.contains(w)) {
            return true;
        }
        if (!tok.capitalised() || !has(words[k], v.firstName()) || has(words[k], v.notPerson())) {
            return false;
        }
        String next = k + 1 < end ? t.get(k + 1).norm() : "";
        if (k + 1 < end && has(words[k + 1], v.productFollower())) {
            return false;
        }
        if (has(words[k], v.ambiguousName())) {
            boolean verbAfter = k + 1 < end && ((context[k + 1] >>> Vocabulary.PAST & 1) != 0 || next.equals("'s"));
            boolean capitalisedNeighbour = (k + 1 < end && t.get(k + 1).capitalised())
                    || (k > 0 && !tok.sentenceStart() && t.get(k - 1).capitalised());
            return verbAfter && !capitalisedNeighbour;
        }
        return true;
    }

    private static boolean has(long[] bits, int feature) {
        int i = feature >>> 6;
        return i < bits.length && (bits[i] >>> feature & 1) != 0;
    }

    /**
     * Whether a token has a feature.
     *
     * @param k the token index
     * @param feature the feature id
     * @return true if it has it
     */
    public boolean has(int k, int feature) {
        return feature < Vocabulary.CONTEXT_FEATURES ? (context[k] >>> feature & 1) != 0 : has(words[k], feature);
    }

    /**
     * The context bits of a token.
     *
     * @param k the token index
     * @return its context features
     */
    long context(int k) {
        return context[k];
    }

    /**
     * The class and literal bits of a token.
     *
     * @param k the token index
     * @return its bits (do not modify)
     */
    long[] words(int k) {
        return words[k];
    }

    /**
     * The index after the last token of the sentence that holds a token.
     *
     * @param k the token index
     * @return the end of its sentence
     */
    public int sentenceEnd(int k) {
        return sentenceEnd[k];
    }

    /**
     * The tokens.
     *
     * @return the tokens
     */
    public List<Token> tokens() {
        return tokens;
    }

    /**
     * The scanned text, for its suppressions.
     *
     * @return the scan
     */
    public ScannedText scanned() {
        return scanned;
    }
}
