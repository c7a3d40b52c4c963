package dev.postmortem.core.internal.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The language rules compiled over one vocabulary: the built-in rule files and word classes plus a
 * team's additions. Patterns are indexed by the features their first token needs, so a token is
 * tried only against the patterns it can start. Immutable and thread-safe.
 */
public final class RuleEngine {
    private static final String ROOT = "/dev/postmortem/core/language/";

    /**
     * A rule's match.
     *
     * @param rule the rule
     * @param start the offset of the reported span
     * @param end the offset after it
     * @param pattern the pattern that matched, as written
     */
    public record Hit(LanguageRuleFile rule, int start, int end, String pattern) {}

    private record Compiled(LanguageRuleFile rule, int index, List<Pattern> vetoes, List<Pattern> requirements) {}

    private record Entry(Compiled rule, Pattern pattern, int id) {}

    private final Vocabulary vocabulary;
    private final List<Compiled> rules;
    private final Entry[][] byFeature;
    private final Entry[] atStart;
    private final Entry[] anywhere;
    private final int patterns;

    private RuleEngine(
            Vocabulary vocabulary, List<Compiled> rules, Entry[][] byFeature, Entry[] atStart, Entry[] anywhere) {
        this.vocabulary = vocabulary;
        this.rules = rules;
        this.byFeature = byFeature;
        this.atStart = atStart;
        this.anywhere = anywhere;
        int n = atStart.length + anywhere.length;
        for (Entry[] es : byFeature) {
            for (Entry e : es == null ? new Entry[0] : es) {
                n = Math.max(n, e.id + 1);
            }
        }
        this.patterns = n;
    }

    /**
     * The built-in rule files, in the order of {@code rules/index.txt}.
     *
     * @return the parsed files
     */
    public static List<LanguageRuleFile> builtInRules() {
        List<LanguageRuleFile> out = new ArrayList<>();
        for (String name : Vocabulary.readLines(ROOT + "rules/index.txt")) {
            String path = ROOT + "rules/" + name;
            out.add(LanguageRuleFile.parse(name, Vocabulary.readResource(path)));
        }
        return out;
    }

    /**
     * Compiles rules over the built-in word classes and a team's additions.
     *
     * @param rules the rule files, built-in and added
     * @param additions words to add, by class name
     * @return the engine
     * @throws IllegalArgumentException for an unknown class or a pattern that does not compile
     */
    public static RuleEngine compile(List<LanguageRuleFile> rules, Map<String, ? extends Iterable<String>> additions) {
        Vocabulary.Builder vb = Vocabulary.builtIn();
        additions.forEach((cls, words) -> words.forEach(w -> vb.add(cls, w)));
        List<Compiled> compiled = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (LanguageRuleFile r : rules) {
            List<Pattern> vetoes = new ArrayList<>();
            for (String v : r.vetoes()) {
                vetoes.add(compileIn(r, v, vb));
            }
            List<Pattern> requirements = new ArrayList<>();
            for (String q : r.requirements()) {
                requirements.add(compileIn(r, q, vb));
            }
            Compiled c = new Compiled(r, compiled.size(), List.copyOf(vetoes), List.copyOf(requirements));
            compiled.add(c);
            for (String p : r.patterns()) {
                entries.add(new Entry(c, compileIn(r, p, vb), entries.size()));
            }
        }
        Map<Integer, List<Entry>> byFeature = new HashMap<>();
        List<Entry> atStart = new ArrayList<>();
        List<Entry> anywhere = new ArrayList<>();
        for (Entry e : entries) {
            int[] anchor = e.pattern.anchor();
            if (anchor != null) {
                for (int f : anchor) {
                    byFeature.computeIfAbsent(f, k -> new ArrayList<>()).add(e);
                }
            } else if (e.pattern.anchoredAtStart()) {
                atStart.add(e);
            } else {
                anywhere.add(e);
            }
        }
        Vocabulary vocabulary = vb.build();
        Entry[][] index = new Entry[vocabulary.size()][];
        byFeature.forEach((f, list) -> index[f] = list.toArray(new Entry[0]));
        return new RuleEngine(
                vocabulary,
                List.copyOf(compiled),
                index,
                atStart.toArray(new Entry[0]),
                anywhere.toArray(new Entry[0]));
    }

    private static Pattern compileIn(LanguageRuleFile r, String p, Vocabulary.Builder vb) {
        try {
            return Pattern.compile(p, vb);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(r.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The ids of the compiled rules.
     *
     * @return the ids, in order, without repeats
     */
    public List<String> ruleIds() {
        return rules.stream().map(c -> c.rule.id()).distinct().toList();
    }

    /**
     * The vocabulary the rules run with.
     *
     * @return the vocabulary
     */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /**
     * Analyses a text with this engine's vocabulary.
     *
     * @param text the text
     * @param roster first names that are always people (lower case)
     * @return the analysis
     */
    public Analysis analyse(String text, Set<String> roster) {
        return Analysis.of(text, vocabulary, roster);
    }

    /**
     * Runs every rule that applies in a mode over an analysis. A rule reports a sentence at most
     * once, at its first match, and not at all when one of its vetoes is found in the sentence
     * or one of its requirements is not.
     *
     * @param a the analysis
     * @param mode where the text stands
     * @return the hits in text order
     */
    public List<Hit> run(Analysis a, LanguageRuleFile.Mode mode) {
        Pass pass = new Pass(a, mode, rules.size(), patterns, vocabulary.width());
        int n = a.size();
        int from = 0;
        while (from < n) {
            pass.sentence(from, a.sentenceEnd(from));
            for (int k = from; k < pass.end; k++) {
                if (k == from) {
                    pass.tryAll(atStart, k);
                }
                pass.tryAll(anywhere, k);
                long c = a.context(k);
                while (c != 0) {
                    int f = Long.numberOfTrailingZeros(c);
                    c &= c - 1;
                    pass.tryAll(byFeature[f], k);
                }
                long[] w = a.words(k);
                for (int i = 0; i < w.length; i++) {
                    long bits = w[i];
                    while (bits != 0) {
                        int f = (i << 6) + Long.numberOfTrailingZeros(bits);
                        bits &= bits - 1;
                        pass.tryAll(byFeature[f], k);
                    }
                }
            }
            from = pass.end;
        }
        pass.hits.sort(java.util.Comparator.comparingInt(Hit::start).thenComparingInt(Hit::end));
        return pass.hits;
    }

    /** The state of one run over one analysis: the current sentence and what each rule did in it. */
    private static final class Pass {
        private final Analysis a;
        private final LanguageRuleFile.Mode mode;
        private final int[] span = new int[4];
        private final boolean[] reported;
        private final byte[] vetoed; // per sentence: 0 unknown, 1 clear, 2 vetoed
        private final byte[] possible; // per pattern and sentence: 0 unknown, 1 possible, 2 not
        private final long[] wordUnion;
        private final List<Hit> hits = new ArrayList<>();
        private long contextUnion;
        private int from;
        private int end;

        Pass(Analysis a, LanguageRuleFile.Mode mode, int rules, int patterns, int width) {
            this.a = a;
            this.mode = mode;
            this.reported = new boolean[rules];
            this.vetoed = new byte[rules];
            this.possible = new byte[patterns];
            this.wordUnion = new long[width];
        }

        void sentence(int from, int end) {
            this.from = from;
            this.end = end;
            java.util.Arrays.fill(reported, false);
            java.util.Arrays.fill(vetoed, (byte) 0);
            java.util.Arrays.fill(possible, (byte) 0);
            java.util.Arrays.fill(wordUnion, 0L);
            contextUnion = 0;
            for (int k = from; k < end; k++) {
                contextUnion |= a.context(k);
                long[] w = a.words(k);
                for (int i = 0; i < w.length && i < wordUnion.length; i++) {
                    wordUnion[i] |= w[i];
                }
            }
        }

        private boolean possible(Pattern p) {
            return p.possible(contextUnion, wordUnion);
        }

        void tryAll(Entry[] entries, int k) {
            if (entries != null) {
                for (Entry e : entries) {
                    tryAt(e, k);
                }
            }
        }

        private void tryAt(Entry e, int k) {
            Compiled c = e.rule;
            if (reported[c.index] || vetoed[c.index] == 2 || !c.rule.modes().contains(mode)) {
                return;
            }
            if (possible[e.id] == 0) {
                possible[e.id] = possible(e.pattern) ? (byte) 1 : (byte) 2;
            }
            if (possible[e.id] == 2) {
                return;
            }
            if (!e.pattern.matchAt(a, k, from, end, span)) {
                return;
            }
            if (vetoed[c.index] == 0) {
                vetoed[c.index] = clear(c) ? (byte) 1 : (byte) 2;
                if (vetoed[c.index] == 2) {
                    return;
                }
            }
            hits.add(new Hit(c.rule, a.start(span[0]), a.end(span[1]), e.pattern.toString()));
            reported[c.index] = true; // a rule reports a sentence once
        }

        /** Whether no veto is found in the sentence and every requirement is. */
        private boolean clear(Compiled c) {
            for (Pattern v : c.vetoes) {
                if (possible(v) && v.findIn(a, from, end)) {
                    return false;
                }
            }
            for (Pattern q : c.requirements) {
                if (!possible(q) || !q.findIn(a, from, end)) {
                    return false;
                }
            }
            return true;
        }
    }
}
