package dev.postmortem.core.internal.language;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The language rules compiled over one vocabulary: the built-in rule files and word classes plus a
 * team's additions. For each mode, every pattern is indexed by a trigger: the features of the
 * least common token it requires. A sentence visits only the patterns whose trigger it holds, keeps
 * those it holds every required token of, and tries each of them where it can start. Immutable and
 * thread-safe.
 */
public final class RuleEngine {
    private static final String ROOT = "/dev/postmortem/core/language/";

    /**
     * Words so common that a pattern is better triggered by another of its tokens: an engine
     * setting kept as data ({@code common-words.txt}), not a word class.
     */
    private static final List<String> COMMON_WORDS = Vocabulary.readLines(ROOT + "common-words.txt");

    /**
     * By feature name, in how many sentences of 10,000 of real postmortems a feature stands
     * ({@code trigger-frequencies.txt}, written by {@code TriggerFrequenciesTest} from a folder of
     * them): a pattern waits on its rarest token and tests its rarest first. Speed depends on it,
     * never a finding.
     */
    private static final Map<String, Integer> SENTENCE_SHARES = shares(ROOT + "trigger-frequencies.txt");

    /**
     * Reads a file of sentence shares: lines {@code name<TAB>share}, {@code #} comments.
     *
     * @param resource the resource
     * @return the shares by feature name
     * @throws IllegalStateException if a line is not of that form
     */
    static Map<String, Integer> shares(String resource) {
        return sharesOf(Vocabulary.readResource(resource), resource);
    }

    /**
     * Parses a file of sentence shares (see {@link #shares}).
     *
     * @param text the file's text
     * @param source its name, for messages
     * @return the shares by feature name
     * @throws IllegalStateException if a line is not of the form {@code name<TAB>share}
     */
    static Map<String, Integer> sharesOf(String text, String source) {
        Map<String, Integer> out = new HashMap<>();
        for (String line : Vocabulary.lines(text)) {
            String[] f = line.split("\t");
            int share;
            try {
                share = f.length == 2 ? Integer.parseInt(f[1].strip()) : -1;
            } catch (NumberFormatException e) {
                share = -1;
            }
            if (share < 0 || share > 10_000 || f[0].isBlank()) {
                throw new IllegalStateException(
                        source + ": expected 'feature<TAB>sentences in 10,000', got '" + line + "'");
            }
            out.put(f[0].strip(), share);
        }
        return Map.copyOf(out);
    }

    /**
     * A rule's match.
     *
     * @param rule the rule
     * @param start the offset of the reported span
     * @param end the offset after it
     * @param pattern the pattern that matched, as written
     */
    public record Hit(LanguageRuleFile rule, int start, int end, String pattern) {}

    /**
     * A rule compiled.
     *
     * @param near its {@link LanguageRuleFile#nearVetoes()}, each cancelling only a match it overlaps
     */
    @SuppressWarnings("ArrayRecordComponent") // an array for the walk's speed; never compared or hashed
    private record Compiled(
            LanguageRuleFile rule, int index, List<Pattern> vetoes, List<Pattern> requirements, Pattern[] near) {}

    /** Where a pattern is tried: at a sentence's first token, at every token, or at its anchor's. */
    private static final int AT_START = 0;

    private static final int ANYWHERE = 1;
    private static final int ANCHORED = 2;

    /**
     * A pattern of a rule.
     *
     * @param rule the rule
     * @param pattern the pattern
     * @param id its number, in rule-file order
     * @param kind {@link #AT_START}, {@link #ANYWHERE} or {@link #ANCHORED}
     */
    private record Entry(Compiled rule, Pattern pattern, int id, int kind) {}

    /**
     * The patterns of the rules that apply in one mode, by trigger feature.
     *
     * <p>A list of patterns is laid out flat for {@code Pass.considerAll}, so that ruling a pattern out
     * reads on in one array instead of following an entry to its pattern to its tests: per pattern
     * its entry id, the length of its required tests and the tests as {@link Pattern#possible} reads
     * them.
     *
     * @param byTrigger by feature id, the patterns it triggers, laid out flat, or null
     * @param always the patterns that require no token, tried in every sentence, laid out flat
     * @param contextTriggers the context features that trigger a pattern, as bits
     * @param wordTriggers the other features that trigger a pattern, as bits by feature id
     */
    @SuppressWarnings("ArrayRecordComponent") // arrays for lookup speed; never compared or hashed
    private record ModeIndex(long[][] byTrigger, long[] always, long contextTriggers, long[] wordTriggers) {

        static long[] flat(List<Entry> entries) {
            int size = 0;
            for (Entry e : entries) {
                size += 2 + e.pattern.requiredLayout().length;
            }
            long[] out = new long[size];
            int at = 0;
            for (Entry e : entries) {
                long[] r = e.pattern.requiredLayout();
                out[at++] = e.id;
                out[at++] = r.length;
                System.arraycopy(r, 0, out, at, r.length);
                at += r.length;
            }
            return out;
        }
    }

    private final Vocabulary vocabulary;
    private final List<Compiled> rules;
    private final ModeIndex[] byMode;

    private final Entry[] entries;
    private final Vetoes vetoes;

    private RuleEngine(
            Vocabulary vocabulary, List<Compiled> rules, ModeIndex[] byMode, Entry[] entries, Vetoes vetoes) {
        this.vocabulary = vocabulary;
        this.rules = rules;
        this.byMode = byMode;
        this.entries = entries;
        this.vetoes = vetoes;
    }

    /**
     * The vetoes of all rules, numbered across rules, and for each rule its own indexed by trigger
     * like the patterns: a rule that matched looks up which of its vetoes the sentence may hold,
     * instead of trying each of them (a rule may have hundreds), and never reads another rule's.
     *
     * <p>A veto several rules share (the lines of an {@code unless-set}) has one number.
     *
     * @param byRule by rule index, its vetoes by trigger, as entries whose id is the veto's number
     * @param nearByRule by rule index, its near vetoes the same way, or null where it has none
     * @param patterns by number, the veto or near veto
     * @param requirements by rule index, its requirements
     */
    @SuppressWarnings("ArrayRecordComponent") // arrays for lookup speed; never compared or hashed
    private record Vetoes(ModeIndex[] byRule, ModeIndex[] nearByRule, Pattern[] patterns, Pattern[][] requirements) {}

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
        return compile(rules, additions, SENTENCE_SHARES);
    }

    /**
     * Compiles rules with the sentence shares that choose each pattern's trigger.
     *
     * @param rules the rule files
     * @param additions words to add, by class name
     * @param shares by feature name, in how many sentences of 10,000 it stands; a feature without
     *     one is weighed by how many words carry it
     * @return the engine
     */
    static RuleEngine compile(
            List<LanguageRuleFile> rules,
            Map<String, ? extends Iterable<String>> additions,
            Map<String, Integer> shares) {
        Vocabulary.Builder vb = Vocabulary.builtIn();
        additions.forEach((cls, words) -> words.forEach(w -> vb.add(cls, w)));
        // the rules' literal words numbered before the rules are read, the most common in real
        // sentences first: a word's bits then end early in its array, and a sentence's union of
        // them, which every sentence builds, stays short (words never seen come last, as met)
        shares.entrySet().stream()
                .filter(e -> !e.getKey().startsWith("<"))
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> vb.literal(e.getKey()));
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
            List<Pattern> near = new ArrayList<>();
            for (String v : r.nearVetoes()) {
                near.add(compileIn(r, v, vb));
            }
            Compiled c = new Compiled(
                    r, compiled.size(), List.copyOf(vetoes), List.copyOf(requirements), near.toArray(new Pattern[0]));
            compiled.add(c);
            for (String p : r.patterns()) {
                Pattern pattern = compileIn(r, p, vb);
                int kind = pattern.anchor() != null ? ANCHORED : pattern.anchoredAtStart() ? AT_START : ANYWHERE;
                entries.add(new Entry(c, pattern, entries.size(), kind));
            }
        }
        Vocabulary vocabulary = vb.build();
        Set<Integer> common = new HashSet<>();
        for (String w : COMMON_WORDS) {
            common.add(vocabulary.literalOrNone(w));
        }
        long[] share = new long[vocabulary.size()];
        java.util.Arrays.fill(share, -1);
        shares.forEach((name, n) -> {
            int f = vocabulary.featureNamed(name);
            if (f >= 0) {
                share[f] = n;
            }
        });
        Weights weights = new Weights(common, share);
        java.util.function.ToLongFunction<int[]> cost = features -> {
            long sum = 0;
            for (int f : features) {
                sum += weights.of(f, vocabulary);
            }
            return sum;
        };
        for (Entry e : entries) {
            e.pattern.orderRequired(cost, trigger(e.pattern, vocabulary, weights) != null);
        }
        for (Compiled c : compiled) {
            c.vetoes().forEach(v -> v.orderRequired(cost, trigger(v, vocabulary, weights) != null));
            c.requirements().forEach(q -> q.orderRequired(cost, false));
            for (Pattern v : c.near()) {
                v.orderRequired(cost, trigger(v, vocabulary, weights) != null);
            }
        }
        LanguageRuleFile.Mode[] modes = LanguageRuleFile.Mode.values();
        ModeIndex[] byMode = new ModeIndex[modes.length];
        for (LanguageRuleFile.Mode mode : modes) {
            List<Entry> inMode = new ArrayList<>();
            for (Entry e : entries) {
                if (e.rule.rule().modes().contains(mode)) {
                    inMode.add(e);
                }
            }
            byMode[mode.ordinal()] = index(inMode, vocabulary, weights);
        }
        List<Entry> vetoEntries = new ArrayList<>();
        Pattern[][] requirements = new Pattern[compiled.size()][];
        for (Compiled c : compiled) {
            requirements[c.index()] = c.requirements().toArray(new Pattern[0]);
        }
        ModeIndex[] vetoesByRule = indexVetoes(compiled, Compiled::vetoes, vetoEntries, vocabulary, weights);
        // near vetoes are numbered after the others, so that one round of marks serves both
        ModeIndex[] nearByRule = indexVetoes(compiled, c -> List.of(c.near()), vetoEntries, vocabulary, weights);
        Vetoes vetoes = new Vetoes(
                vetoesByRule,
                nearByRule,
                vetoEntries.stream().map(Entry::pattern).toArray(Pattern[]::new),
                requirements);
        return new RuleEngine(vocabulary, List.copyOf(compiled), byMode, entries.toArray(new Entry[0]), vetoes);
    }

    /**
     * Numbers a kind of veto across rules, one number for each distinct source (a line several
     * rules share has one), and indexes each rule's own by trigger.
     *
     * @param compiled the rules
     * @param kind a rule's vetoes of the kind
     * @param numbered the vetoes numbered so far, to which new ones are added
     * @return by rule index, its vetoes of the kind by trigger, or null where it has none
     */
    private static ModeIndex[] indexVetoes(
            List<Compiled> compiled,
            java.util.function.Function<Compiled, List<Pattern>> kind,
            List<Entry> numbered,
            Vocabulary vocabulary,
            Weights weights) {
        Map<String, Entry> bySource = new HashMap<>();
        ModeIndex[] byRule = new ModeIndex[compiled.size()];
        for (Compiled c : compiled) {
            List<Entry> own = new ArrayList<>();
            for (Pattern v : kind.apply(c)) {
                Entry e = bySource.get(v.toString());
                if (e == null) {
                    e = new Entry(c, v, numbered.size(), ANYWHERE);
                    bySource.put(v.toString(), e);
                    numbered.add(e);
                }
                if (!own.contains(e)) {
                    own.add(e);
                }
            }
            byRule[c.index()] = own.isEmpty() ? null : index(own, vocabulary, weights);
        }
        return byRule;
    }

    /** Indexes patterns by trigger. */
    private static ModeIndex index(List<Entry> entries, Vocabulary vocabulary, Weights weights) {
        Map<Integer, List<Entry>> byTrigger = new HashMap<>();
        List<Entry> always = new ArrayList<>();
        for (Entry e : entries) {
            int[] trigger = trigger(e.pattern, vocabulary, weights);
            if (trigger == null) {
                always.add(e);
                continue;
            }
            for (int f : trigger) {
                List<Entry> list = byTrigger.computeIfAbsent(f, k -> new ArrayList<>());
                if (!list.contains(e)) {
                    list.add(e);
                }
            }
        }
        long[][] index = new long[vocabulary.size()][];
        byTrigger.forEach((f, list) -> index[f] = ModeIndex.flat(list));
        long contextTriggers = 0;
        long[] wordTriggers = new long[vocabulary.width()];
        for (int f : byTrigger.keySet()) {
            if (f < Vocabulary.CONTEXT_FEATURES) {
                contextTriggers |= 1L << f;
            } else {
                wordTriggers[f >>> 6] |= 1L << f;
            }
        }
        return new ModeIndex(index, ModeIndex.flat(always), contextTriggers, wordTriggers);
    }

    /**
     * The features of the required token least likely to be in a sentence, judged by how many words
     * carry them; null if the pattern requires no token.
     */
    private static int[] trigger(Pattern p, Vocabulary v, Weights weights) {
        int[] best = null;
        long bestCost = Long.MAX_VALUE;
        for (int[] features : p.requiredFeatures()) {
            long cost = 0;
            for (int f : features) {
                cost += weights.of(f, v);
            }
            if (cost < bestCost) {
                best = features;
                bestCost = cost;
            }
        }
        return best;
    }

    /**
     * How likely a sentence holds a feature, for choosing triggers: from its measured sentence
     * share where there is one, else from its kind and how many words carry it.
     *
     * @param common the ids of {@code common-words.txt}
     * @param share by feature id, its sentences in 10,000, or -1
     */
    @SuppressWarnings("ArrayRecordComponent") // an array for lookup speed; never compared or hashed
    private record Weights(Set<Integer> common, long[] share) {
        long of(int f, Vocabulary v) {
            if (share[f] >= 0) {
                // a feature in every sentence weighs as START did, 1,000,000; one never seen, 10
                return 10 + 100 * share[f] + (common.contains(f) ? 100_000 : 0);
            }
            return weight(f, v, common);
        }
    }

    private static long weight(int f, Vocabulary v, Set<Integer> common) {
        switch (f) {
            case Vocabulary.START:
                return 1_000_000; // in every sentence
            case Vocabulary.CAP:
            case Vocabulary.PAST:
            case Vocabulary.BREAK:
                return 100_000;
            default:
                if (f < Vocabulary.CONTEXT_FEATURES) {
                    return 10_000;
                }
                return common.contains(f) ? 100_000 : 10 + 10L * v.carriers(f);
        }
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
     * The compiled rule files, in order.
     *
     * @return the rule files
     */
    public List<LanguageRuleFile> ruleFiles() {
        return rules.stream().map(c -> c.rule).toList();
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
        SharedAnalyses thread = SharedAnalyses.thread();
        return thread.isOpen() ? thread.analysis(this, text, roster) : Analysis.of(text, vocabulary, roster, thread);
    }

    /**
     * Reads the texts of one document together for the names they show as things: a capitalised
     * name that one text shows as a product, host or tool (followed by a system noun or a number,
     * or written in lower case as a command, path or address) is no organisation in any of them.
     * Call it before any rule runs over these analyses; hits kept for one of them are forgotten.
     *
     * @param analyses the document's analyses, made by this engine
     */
    public void readTogether(List<Analysis> analyses) {
        SharedAnalyses thread = SharedAnalyses.thread();
        for (Analysis a : ThingNames.clear(analyses, vocabulary)) {
            if (thread.isOpen()) {
                thread.forgetHits(a);
            }
        }
    }

    /**
     * Runs every rule that applies in a mode over an analysis. A rule reports a sentence at most
     * once, at its first match, and not at all when one of its vetoes is found in the sentence
     * or one of its requirements is not. The first match is the one a walk over the sentence's
     * tokens meets first, where at each token the patterns anchored at the sentence's start come
     * first, then those that may start anywhere, then those whose first token carries a feature of
     * the token, by feature, each group in rule-file order; hits with the same span keep that order.
     *
     * @param a the analysis
     * @param mode where the text stands
     * @return the hits in text order, unmodifiable; within {@link SharedAnalyses#during} the same
     *     list for the same analysis and mode
     */
    public List<Hit> run(Analysis a, LanguageRuleFile.Mode mode) {
        a.readThings(vocabulary);
        SharedAnalyses thread = SharedAnalyses.thread();
        if (!thread.isOpen()) {
            return runOnce(a, mode, thread);
        }
        List<Hit> hits = thread.hits(this, a, mode);
        if (hits == null) {
            hits = runOnce(a, mode, thread);
            thread.keep(this, a, mode, hits);
        }
        return hits;
    }

    /**
     * The thread's scratch state for runs of this engine: a run over a short text is common (one per
     * field of a postmortem), and its arrays cost more to make than to use. Runs do not nest, so the
     * thread keeps one, made again when another engine ran last.
     */
    private Pass pass(SharedAnalyses thread) {
        Pass p = thread.pass();
        if (p != null && p.entries == entries) {
            return p;
        }
        p = new Pass(entries, vetoes, rules.size(), vocabulary.width(), vocabulary.compact());
        thread.pass(p);
        return p;
    }

    /**
     * {@link #run} with a fresh pass that builds each sentence's union from every long of every
     * token's bits, as it must for a vocabulary that is not {@link Vocabulary#compact()}: a test
     * compares it with the fast way.
     *
     * @param a the analysis, with its things read
     * @param mode where the text stands
     * @return the hits
     */
    List<Hit> runReadingEveryLong(Analysis a, LanguageRuleFile.Mode mode) {
        return runWith(new Pass(entries, vetoes, rules.size(), vocabulary.width(), false), a, mode);
    }

    private List<Hit> runOnce(Analysis a, LanguageRuleFile.Mode mode, SharedAnalyses thread) {
        return runWith(pass(thread), a, mode);
    }

    private List<Hit> runWith(Pass reused, Analysis a, LanguageRuleFile.Mode mode) {
        Pass pass = reused.start(a, byMode[mode.ordinal()]);
        ScannedText s = a.scanned();
        int sentences = s.sentencesWithTokens();
        List<Hit> hits;
        try {
            for (int i = 0; i < sentences; i++) {
                pass.sentence(s.sentenceFrom(i), s.sentenceFrom(i + 1));
            }
        } finally {
            hits = pass.finish();
        }
        if (hits == null) {
            return List.of();
        }
        if (hits.size() > 1) {
            hits.sort(BY_SPAN);
        }
        return Collections.unmodifiableList(hits);
    }

    private static final Comparator<Hit> BY_SPAN =
            (x, y) -> x.start != y.start ? Integer.compare(x.start, y.start) : Integer.compare(x.end, y.end);

    /**
     * The state of one run over one analysis: the current sentence and what each rule found in it.
     * A run over a short text is common (one per field of a postmortem), so the state is a few
     * arrays, not one per kind of fact.
     */
    static final class Pass implements Pattern.SpanFilter {
        // per rule, at RULE * r: the stamp of the sentence it matched in, and its first match there
        private static final int MATCHED = 0;
        private static final int K = 1;
        private static final int KIND = 2;
        private static final int FEATURE = 3;
        private static final int ID = 4;
        private static final int FROM = 5;
        private static final int TO = 6;
        private static final int RULE = 7;

        private Analysis a;
        private ModeIndex index;
        private final Entry[] entries;
        private final Vetoes vetoes;
        /** The vetoes of a rule that matched that the sentence may hold, by number. */
        private int[] vetoCandidates = new int[16];

        /** Per veto by number, the {@link #vetoRound} in which it was last looked at. */
        private final int[] vetoSeen;
        /** Counts the rules whose vetoes were looked at, so that no array is cleared for each. */
        private int vetoRound;

        private final int[] span = new int[4];
        /** Scratch for {@link #rejects}, which must leave {@link #span} as it found it. */
        private final int[] nearSpan = new int[4];
        /** The near vetoes of the rule being matched that the sentence may hold, the first {@link #nearCount}. */
        private Pattern[] near = new Pattern[4];

        private int nearCount;
        /** The near vetoes of the rule being matched, by trigger, or null if it has none. */
        private ModeIndex nearIndex;
        /** The rules' state, then the rules found in the sentence. */
        private final int[] state;

        private final int foundAt;
        /** The union of the sentence's word bits, then a bit per pattern considered in it. */
        private final long[] bits;

        private final int width;
        /** Whether the vocabulary's bit sets are {@link Vocabulary#compact()}. */
        private final boolean compact;

        /** Which words of the union the sentence's tokens set, in the order first set; the rest are 0. */
        private final int[] touched;
        /** How many of {@link #touched} hold a word. */
        private int used;

        private Entry[] candidates = new Entry[16];
        private List<Hit> hits;
        private long contextUnion;
        private int stamp;
        private int from;
        private int end;

        Pass(Entry[] entries, Vetoes vetoes, int rules, int width, boolean compact) {
            this.compact = compact;
            this.entries = entries;
            this.vetoes = vetoes;
            this.vetoSeen = new int[vetoes.patterns().length];
            this.state = new int[rules * (RULE + 1)];
            this.foundAt = rules * RULE;
            this.width = width;
            this.bits = new long[width + (entries.length + 63) / 64];
            this.touched = new int[width];
        }

        /** Starts a run over an analysis in a mode. */
        Pass start(Analysis a, ModeIndex index) {
            this.a = a;
            this.index = index;
            this.hits = null;
            if (stamp > Integer.MAX_VALUE - 1_000_000) { // stamps go on across runs; start over long before they wrap
                java.util.Arrays.fill(state, 0);
                stamp = 0;
            }
            return this;
        }

        /** Ends a run: hands over its hits and keeps nothing of it. */
        List<Hit> finish() {
            List<Hit> out = hits;
            a = null;
            hits = null;
            return out;
        }

        void sentence(int from, int end) {
            this.from = from;
            this.end = end;
            stamp++;
            long[] union = bits;
            // only the words the last sentence set are cleared: a token's bits reach as far as its
            // highest feature, most not far
            int[] set = touched;
            for (int i = 0; i < used; i++) {
                union[set[i]] = 0L;
            }
            java.util.Arrays.fill(union, width, union.length, 0L);
            int used = 0;
            long context = 0;
            if (compact) {
                // every token's bits are 0 between their first long and their last (Vocabulary.compact())
                for (int k = from; k < end; k++) {
                    context |= a.context(k);
                    long[] w = a.words(k);
                    int len = w.length;
                    if (len == 0) {
                        continue;
                    }
                    long x = w[0];
                    if (x != 0) {
                        if (union[0] == 0) {
                            set[used++] = 0;
                        }
                        union[0] |= x;
                    }
                    int i = len - 1;
                    x = w[i];
                    if (i > 0 && x != 0) {
                        if (union[i] == 0) {
                            set[used++] = i;
                        }
                        union[i] |= x;
                    }
                }
            } else {
                for (int k = from; k < end; k++) {
                    context |= a.context(k);
                    long[] w = a.words(k);
                    int len = w.length;
                    for (int i = 0; i < len; i++) {
                        long x = w[i];
                        if (x != 0) {
                            // most of a token's words are 0: its bits are one class word and one literal
                            if (union[i] == 0) {
                                set[used++] = i;
                            }
                            union[i] |= x;
                        }
                    }
                }
            }
            this.used = used;
            contextUnion = context;
            int n = visit(index, false, 0);
            if (n == 0) {
                return;
            }
            int rulesFound = 0;
            for (int i = 0; i < n; i++) {
                rulesFound = firstMatch(candidates[i], rulesFound);
            }
            report(rulesFound);
        }

        /**
         * Adds each pattern of a list laid out flat (see {@link ModeIndex}) to the sentence's
         * candidates once, if the sentence can hold a match.
         */
        private int considerAll(long[] list, int n) {
            long[] considered = bits;
            int p = 0;
            while (p < list.length) {
                int id = (int) list[p];
                int from = p + 2;
                p = from + (int) list[p + 1];
                int slot = width + (id >>> 6);
                long bit = 1L << id;
                if ((considered[slot] & bit) != 0) {
                    continue;
                }
                considered[slot] |= bit;
                if (Pattern.possible(list, from, p, contextUnion, considered)) {
                    if (n == candidates.length) {
                        candidates = java.util.Arrays.copyOf(candidates, n * 2);
                    }
                    candidates[n++] = entries[id];
                }
            }
            return n;
        }

        /** Finds where a pattern first matches and keeps it if it comes before its rule's first match. */
        private int firstMatch(Entry e, int rulesFound) {
            int r = e.rule.index() * RULE;
            int[] st = state;
            boolean known = st[r + MATCHED] == stamp;
            int last = known ? st[r + K] : end - 1; // a match after the rule's first cannot come first
            Pattern p = e.pattern;
            nearIndex = vetoes.nearByRule()[e.rule.index()];
            nearCount = -1;
            for (int k = from; k <= last; k++) {
                if (e.kind == AT_START && k > from) {
                    break;
                }
                if (e.kind == ANCHORED && !p.anchoredAt(a, k)) {
                    continue;
                }
                // "silly programs": a match a near veto overlaps judges a thing, and the search goes on
                // for one that may judge a person
                if (!p.matchAt(a, k, from, end, span, nearIndex != null ? this : null)) {
                    continue;
                }
                if (e.rule.rule().skipsQuoted() && (a.context(span[0]) & (1L << Vocabulary.QUOTED)) != 0) {
                    continue; // "remind staff" quoted to be rejected
                }
                int feature = e.kind == ANCHORED ? p.firstAnchorAt(a, k) : 0;
                if (known && !before(k, e.kind, feature, e.id, r)) {
                    return rulesFound;
                }
                if (!known) {
                    st[r + MATCHED] = stamp;
                    st[foundAt + rulesFound++] = r;
                }
                st[r + K] = k;
                st[r + KIND] = e.kind;
                st[r + FEATURE] = feature;
                st[r + ID] = e.id;
                st[r + FROM] = a.start(span[0]);
                st[r + TO] = a.end(span[1]);
                return rulesFound;
            }
            return rulesFound;
        }

        /** Whether one of the near vetoes of the rule being matched overlaps a match's span. */
        @Override
        public boolean rejects(int lo, int hi) {
            if (nearCount < 0) {
                // the near vetoes the sentence may hold are looked up once, at the first end of a
                // match, through their triggers: a rule may have dozens, and most sentences hold none
                nextVetoRound();
                int n = visit(nearIndex, true, 0);
                if (n > near.length) {
                    near = new Pattern[n];
                }
                Pattern[] all = vetoes.patterns();
                for (int i = 0; i < n; i++) {
                    near[i] = all[vetoCandidates[i]];
                }
                nearCount = n;
            }
            Pattern[] live = near;
            for (int i = 0; i < nearCount; i++) {
                if (live[i].overlaps(a, from, end, lo, hi, nearSpan)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether a try comes before the first match found so far of a rule, in the walk's order.
         *
         * @param r the rule's offset in {@link #state}
         */
        private boolean before(int k, int kind, int feature, int id, int r) {
            int[] st = state;
            if (k != st[r + K]) {
                return k < st[r + K];
            }
            if (kind != st[r + KIND]) {
                return kind < st[r + KIND];
            }
            if (feature != st[r + FEATURE]) {
                return feature < st[r + FEATURE];
            }
            return id < st[r + ID];
        }

        /** Adds the hit of every rule that matched and is not vetoed, in the order of their matches. */
        private void report(int rulesFound) {
            int[] st = state;
            // insertion sort: a sentence rarely has more than two rules matching
            for (int i = 1; i < rulesFound; i++) {
                int r = st[foundAt + i];
                int j = i - 1;
                while (j >= 0 && before(st[r + K], st[r + KIND], st[r + FEATURE], st[r + ID], st[foundAt + j])) {
                    st[foundAt + j + 1] = st[foundAt + j];
                    j--;
                }
                st[foundAt + j + 1] = r;
            }
            for (int i = 0; i < rulesFound; i++) {
                int r = st[foundAt + i];
                Entry e = entries[st[r + ID]];
                if (clear(e.rule.index())) {
                    if (hits == null) {
                        hits = new ArrayList<>();
                    }
                    hits.add(new Hit(e.rule.rule(), st[r + FROM], st[r + TO], e.pattern.toString()));
                }
            }
        }

        private boolean possible(Pattern p) {
            return p.possible(contextUnion, bits);
        }

        /** Starts a round of {@link #considerVetoes}: no veto is marked as looked at in it yet. */
        private void nextVetoRound() {
            if (++vetoRound == Integer.MAX_VALUE) { // rounds go on across runs; start over before they wrap
                java.util.Arrays.fill(vetoSeen, 0);
                vetoRound = 1;
            }
        }

        /** Whether no veto of a rule is found in the sentence and every requirement is. */
        private boolean clear(int rule) {
            ModeIndex own = vetoes.byRule()[rule];
            if (own != null) {
                nextVetoRound();
                int count = visit(own, true, 0);
                Pattern[] patterns = vetoes.patterns();
                for (int i = 0; i < count; i++) {
                    if (patterns[vetoCandidates[i]].findIn(a, from, end)) {
                        return false;
                    }
                }
            }
            for (Pattern q : vetoes.requirements()[rule]) {
                if (!possible(q) || !q.findIn(a, from, end)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Offers each list of patterns, or of vetoes, whose trigger the sentence holds: those that
         * require no token, then those of its context features, then those of its word features.
         *
         * @return the number of candidates after the offers
         */
        private int visit(ModeIndex index, boolean ofVetoes, int n) {
            n = offer(index.always(), ofVetoes, n);
            long[][] byTrigger = index.byTrigger();
            long context = contextUnion & index.contextTriggers();
            while (context != 0) {
                int f = Long.numberOfTrailingZeros(context);
                context &= context - 1;
                n = offer(byTrigger[f], ofVetoes, n);
            }
            long[] triggers = index.wordTriggers();
            int[] set = touched;
            for (int t = 0; t < used; t++) {
                int i = set[t];
                long b = bits[i] & triggers[i];
                while (b != 0) {
                    int f = (i << 6) + Long.numberOfTrailingZeros(b);
                    b &= b - 1;
                    n = offer(byTrigger[f], ofVetoes, n);
                }
            }
            return n;
        }

        private int offer(long[] list, boolean ofVetoes, int n) {
            if (list == null) {
                return n;
            }
            return ofVetoes ? considerVetoes(list, n) : considerAll(list, n);
        }

        /** Adds each veto of a list laid out flat to the sentence's candidates once, if it may be there. */
        private int considerVetoes(long[] list, int n) {
            int p = 0;
            while (p < list.length) {
                int id = (int) list[p];
                int from = p + 2;
                p = from + (int) list[p + 1];
                if (vetoSeen[id] == vetoRound) {
                    continue;
                }
                vetoSeen[id] = vetoRound;
                if (Pattern.possible(list, from, p, contextUnion, bits)) {
                    if (n == vetoCandidates.length) {
                        vetoCandidates = java.util.Arrays.copyOf(vetoCandidates, n * 2);
                    }
                    vetoCandidates[n++] = id;
                }
            }
            return n;
        }
    }
}
