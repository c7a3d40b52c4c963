package dev.postmortem.core.internal.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word classes of the language rules, and every literal word the rules name, as numbered
 * features: each distinct word maps to one bit set, looked up once per token.
 *
 * <p>Features 0 to {@value #CONTEXT_FEATURES}-1 are computed from a token's context by {@link
 * Analysis} ({@code <name>}, {@code <handle>}, ...); the word classes of {@code classes/index.txt}
 * and the rules' literal words follow. A class entry may be a phrase of several words; its words
 * get the class only where the whole phrase stands. A class flagged {@code mask} in the index
 * (technical terms such as "lazy loading") hides every other class of the words of its phrases.
 *
 * <p>Built once by {@link Builder}; immutable and thread-safe afterwards.
 */
public final class Vocabulary {
    /** The number of feature ids reserved for context features. */
    public static final int CONTEXT_FEATURES = 12;

    /** A capitalised first name taken as a person in its context. */
    public static final int NAME = 0;
    /** A {@code @handle} or chat mention. */
    public static final int HANDLE = 1;
    /** A masked code span or URL. */
    public static final int CODE = 2;
    /** A word that starts with a capital letter. */
    public static final int CAP = 3;
    /** The first token of a sentence. */
    public static final int START = 4;
    /** A past-tense or past-participle form: an {@code -ed} word or an irregular past. */
    public static final int PAST = 5;
    /** An {@code -ing} form. */
    public static final int ING = 6;
    /** A token preceded by a clause break (comma, colon, dash, bracket). */
    public static final int BREAK = 7;
    /** A number or a clock time. */
    public static final int NUMBER = 8;
    /**
     * A capitalised word inside a sentence that is neither a person's name nor a known product: an
     * organisation, a team or a product ("Optus", "TSB", "Singtel").
     */
    public static final int ORG = 9;
    /** A word inside double quotes. */
    public static final int QUOTED = 10;

    private static final Map<String, Integer> CONTEXT = Map.ofEntries(
            Map.entry("name", NAME),
            Map.entry("handle", HANDLE),
            Map.entry("code", CODE),
            Map.entry("cap", CAP),
            Map.entry("start", START),
            Map.entry("past", PAST),
            Map.entry("ing", ING),
            Map.entry("break", BREAK),
            Map.entry("number", NUMBER),
            Map.entry("org", ORG),
            Map.entry("quoted", QUOTED));

    private static final String ROOT = "/dev/postmortem/core/language/";

    /**
     * A phrase of two or more words that carries a class.
     *
     * @param words the words, normalised
     * @param ids the words' ids in the vocabulary's {@link WordTable} (empty in a builder)
     * @param feature the class
     * @param masking whether the phrase hides the other classes of its words
     * @param marked by word of the phrase, the class bits the word has where the phrase stands and
     *     no other phrase marked it first: its own bits with the phrase's class, or the class alone
     *     for a masking phrase; computed once, shared by every analysis and never written (analyses
     *     copy before they change a token's bits); null in a builder
     */
    @SuppressWarnings("ArrayRecordComponent") // arrays for lookup speed; never compared or hashed
    record Phrase(String[] words, int[] ids, int feature, boolean masking, long[][] marked) {}

    private static final long[] NONE = new long[0];

    private final Map<String, Integer> features;
    private final WordTable table;
    private final long[][] bits;
    /** By the id of a phrase's first word: the ids of the second words, or null if it starts none. */
    private final int[][] phraseSeconds;
    /** By the id of a phrase's first word and the index of the second word: the phrases. */
    private final Phrase[][][] phrases;

    private final int width;
    /** See {@link #compact()}. */
    private final boolean compact;
    /** By word id: {@link #PAST_WORD} and {@link #PHRASE_WORD}. */
    private final int[] wordFlags;
    /** By feature id: how many words and phrases carry it. */
    private final int[] carriers;

    private final int firstName;
    private final int ambiguousName;
    private final int notPerson;
    private final int techTerm;
    private final int productFollower;
    private final int determiner;
    private final int functionWord;
    private final int team;
    private final int person;
    private final int modal;
    private final int system;
    /** The classes of judgement words, strong and weak. */
    private final int judgement;

    private final int judgementWeak;
    private final int pastIrregular;
    /** The id of "had" in {@link #table}, or -1; see {@link #had()}. */
    private final int had;
    /** The class of the words that may stand between "'d" and the past form it makes "had". */
    private final int hadAdverb;

    private Vocabulary(Builder b) {
        this.features = Map.copyOf(b.features);
        this.width = (b.features.size() + 63) / 64;
        Set<String> all = new LinkedHashSet<>(b.entries.keySet());
        for (Phrase ph : b.phrases) {
            all.addAll(List.of(ph.words()));
        }
        this.table = new WordTable(new ArrayList<>(all));
        this.bits = new long[table.size()][];
        java.util.Arrays.fill(bits, NONE);
        b.entries.forEach((word, ids) -> {
            int last = 0;
            for (int id : ids) {
                last = Math.max(last, id >>> 6);
            }
            // only as long as its last set bit: a sentence's union or-s each token's array in full
            long[] w = new long[last + 1];
            for (int id : ids) {
                w[id >>> 6] |= 1L << id;
            }
            bits[table.find(word)] = w;
        });
        // by first word, then by second word, in the order the phrases were added
        Map<Integer, Map<Integer, List<Phrase>>> byFirst = new LinkedHashMap<>();
        for (Phrase ph : b.phrases) {
            int[] ids = new int[ph.words().length];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = table.find(ph.words()[i]);
            }
            byFirst.computeIfAbsent(ids[0], k -> new LinkedHashMap<>())
                    .computeIfAbsent(ids[1], k -> new ArrayList<>())
                    .add(new Phrase(ph.words(), ids, ph.feature(), ph.masking(), marked(ph, ids)));
        }
        this.phraseSeconds = new int[table.size()][];
        this.phrases = new Phrase[table.size()][][];
        byFirst.forEach((first, bySecond) -> {
            phraseSeconds[first] =
                    bySecond.keySet().stream().mapToInt(Integer::intValue).toArray();
            phrases[first] = bySecond.values().stream()
                    .map(l -> l.toArray(new Phrase[0]))
                    .toArray(Phrase[][]::new);
        });
        this.pastIrregular = feature("past-irregular");
        this.had = table.find("had");
        this.hadAdverb = feature("had-adverb");
        this.wordFlags = new int[table.size()];
        for (int id = 0; id < wordFlags.length; id++) {
            long[] w = bits[id];
            int past = pastIrregular >>> 6;
            wordFlags[id] = (past < w.length && (w[past] >>> pastIrregular & 1) != 0 ? PAST_WORD : 0)
                    | (phraseSeconds[id] != null ? PHRASE_WORD : 0);
        }
        this.carriers = new int[b.features.size()];
        b.entries.values().forEach(ids -> ids.forEach(id -> carriers[id]++));
        b.phrases.forEach(ph -> carriers[ph.feature()]++);
        this.firstName = feature("first-name");
        this.ambiguousName = feature("ambiguous-name");
        this.notPerson = feature("not-person");
        this.techTerm = feature("tech-term");
        this.productFollower = feature("product-follower");
        this.determiner = feature("determiner");
        this.functionWord = feature("function-word");
        this.team = feature("team");
        this.person = feature("person");
        this.modal = feature("modal");
        this.system = feature("system");
        this.judgement = feature("judgement");
        this.judgementWeak = feature("judgement-weak");
        boolean holds = true;
        for (long[] w : bits) {
            holds &= compact(w);
        }
        for (Phrase[][] bySecond : phrases) {
            if (bySecond != null) {
                for (Phrase[] list : bySecond) {
                    for (Phrase ph : list) {
                        for (long[] w : ph.marked()) {
                            holds &= compact(w);
                        }
                    }
                }
            }
        }
        this.compact = holds;
    }

    /** Whether a bit set is 0 between its first long and its last. */
    static boolean compact(long[] w) {
        for (int i = 1; i < w.length - 1; i++) {
            if (w[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** The bits each word of a phrase has where the phrase stands (see {@link Phrase}). */
    private long[][] marked(Phrase ph, int[] ids) {
        long[][] out = new long[ids.length][];
        for (int i = 0; i < ids.length; i++) {
            // no longer than the word's own bits or the phrase's feature needs: see compact()
            int len = Math.max((ph.feature() >>> 6) + 1, ph.masking() ? 0 : bits[ids[i]].length);
            long[] b = ph.masking() ? new long[len] : java.util.Arrays.copyOf(bits[ids[i]], len);
            b[ph.feature() >>> 6] |= 1L << ph.feature();
            out[i] = b;
        }
        return out;
    }

    /**
     * A builder with the built-in word classes loaded.
     *
     * @return the builder
     */
    public static Builder builtIn() {
        Builder b = new Builder();
        for (String line : readLines(ROOT + "classes/index.txt")) {
            String[] parts = line.split("\\s+");
            b.defineClass(parts[0], parts.length > 1 && parts[1].equals("mask"));
            for (String entry : readLines(ROOT + "classes/" + parts[0] + ".txt")) {
                b.add(parts[0], entry);
            }
        }
        return b;
    }

    /**
     * The feature id of a word class: one of the files' classes, not a context feature.
     *
     * @param name the class name, such as {@code person}
     * @return its id
     * @throws IllegalArgumentException if no word class has that name
     */
    public int classFeature(String name) {
        Integer id = features.get(name);
        if (id == null || id < CONTEXT_FEATURES || name.startsWith("\"")) {
            throw new IllegalArgumentException("no word class named '" + name + "'; known: "
                    + features.entrySet().stream()
                            .filter(e -> e.getValue() >= CONTEXT_FEATURES
                                    && !e.getKey().startsWith("\""))
                            .map(Map.Entry::getKey)
                            .sorted()
                            .toList());
        }
        return id;
    }

    /**
     * The feature id of a class or context feature.
     *
     * @param name the class name, such as {@code person} or {@code name}
     * @return its id
     * @throws IllegalArgumentException if there is no such class
     */
    public int feature(String name) {
        Integer id = features.get(name);
        if (id == null) {
            throw new IllegalArgumentException("no word class named '" + name + "'; known: "
                    + features.keySet().stream()
                            .filter(k -> !k.startsWith("\""))
                            .sorted()
                            .toList());
        }
        return id;
    }

    /**
     * The feature id of a literal word the rules name.
     *
     * @param word the word, lower case
     * @return its id
     */
    int literal(String word) {
        return feature('"' + word + '"');
    }

    /**
     * The bit set of a word's classes and literal features.
     *
     * @param norm the normalised word
     * @return its bits, or null if it has none
     */
    long[] bits(String norm) {
        int id = table.find(norm);
        return id < 0 || bits[id].length == 0 ? null : bits[id];
    }

    /**
     * The words the vocabulary knows, numbered: every word of a class, literal or phrase.
     *
     * @return the table
     */
    WordTable table() {
        return table;
    }

    /**
     * The bit set of a word by its id.
     *
     * @param id the id in {@link #table()}, or -1
     * @return its bits (do not modify), empty if it has none
     */
    long[] bits(int id) {
        return id < 0 ? NONE : bits[id];
    }

    /**
     * The phrases that start with a word and go on with another.
     *
     * @param first the id of the first word, or -1
     * @param second the id of the second word, or -1
     * @return the phrases in the order they were added, or null if there are none
     */
    Phrase[] phrases(int first, int second) {
        if (first < 0 || second < 0) {
            return null;
        }
        int[] seconds = phraseSeconds[first];
        if (seconds == null) {
            return null;
        }
        for (int i = 0; i < seconds.length; i++) {
            if (seconds[i] == second) {
                return phrases[first][i];
            }
        }
        return null;
    }

    /** Word flag: an irregular past form. */
    static final int PAST_WORD = 1;

    /** Word flag: the first word of a phrase. */
    static final int PHRASE_WORD = 2;

    /**
     * What the engine needs to know of a word at once: {@link #PAST_WORD}, {@link #PHRASE_WORD}.
     *
     * @param id the word's id, or -1
     * @return the flags, 0 for -1
     */
    int wordFlags(int id) {
        return id < 0 ? 0 : wordFlags[id];
    }

    /**
     * Whether a word starts a phrase.
     *
     * @param id the id of the word, or -1
     * @return true if some phrase starts with it
     */
    boolean startsPhrase(int id) {
        return id >= 0 && phraseSeconds[id] != null;
    }

    /**
     * How many words and phrases carry a feature: a rough measure of how common it is.
     *
     * @param feature the feature id
     * @return the count; 0 for a context feature
     */
    int carriers(int feature) {
        return carriers[feature];
    }

    /**
     * The feature id of a literal word, if a rule names it.
     *
     * @param word the word, lower case
     * @return its id, or -1
     */
    int literalOrNone(String word) {
        Integer id = features.get('"' + word + '"');
        return id == null ? -1 : id;
    }

    /**
     * The id of a feature as {@code trigger-frequencies.txt} names it: {@code <class>} for a class
     * or context feature, the word itself for a literal.
     *
     * @param name the name
     * @return its id, or -1 if this vocabulary has no such feature
     */
    int featureNamed(String name) {
        Integer id = name.startsWith("<") && name.endsWith(">") && name.length() > 2
                ? features.get(name.substring(1, name.length() - 1))
                : features.get('"' + name + '"');
        return id == null ? -1 : id;
    }

    /**
     * The name of a feature as {@code trigger-frequencies.txt} writes it (see {@link
     * #featureNamed}).
     *
     * @param id the feature id
     * @return its name
     */
    String featureName(int id) {
        for (Map.Entry<String, Integer> e : features.entrySet()) {
            if (e.getValue() == id) {
                String k = e.getKey();
                return k.startsWith("\"") ? k.substring(1, k.length() - 1) : "<" + k + ">";
            }
        }
        throw new IllegalArgumentException("no feature " + id);
    }

    /**
     * Whether every bit set this vocabulary gives a token (a word's, or a word's inside a phrase)
     * is 0 between its first long and its last: its classes stand in the first and its one literal
     * in the last. A sentence's union of them then reads two longs a token instead of all of them.
     * It holds while the classes and context features fit one long; an analysis keeps it, since it
     * only clears bits or sets a class's.
     *
     * @return true if it holds
     */
    boolean compact() {
        return compact;
    }

    /**
     * The number of longs in a word's bit set.
     *
     * @return the width
     */
    int width() {
        return width;
    }

    /**
     * The number of features: context features, classes and literals.
     *
     * @return the count
     */
    int size() {
        return features.size();
    }

    int firstName() {
        return firstName;
    }

    int ambiguousName() {
        return ambiguousName;
    }

    int notPerson() {
        return notPerson;
    }

    /** The class of technical terms, whose words lose every other class where the whole term stands. */
    int techTerm() {
        return techTerm;
    }

    /** The class of team nouns. */
    int team() {
        return team;
    }

    /** The class of person and role nouns. */
    int person() {
        return person;
    }

    /** The class of judgement words ("careless", "lax"). */
    int judgement() {
        return judgement;
    }

    /** The class of words that judge a person only in some frames ("lazy", "dumb"). */
    int judgementWeak() {
        return judgementWeak;
    }

    int productFollower() {
        return productFollower;
    }

    /** The class of articles, demonstratives and possessives that open a noun phrase. */
    int determiner() {
        return determiner;
    }

    /** The class of pronouns and quantifiers, which name no organisation however capitalised. */
    int functionWord() {
        return functionWord;
    }

    int modal() {
        return modal;
    }

    int pastIrregular() {
        return pastIrregular;
    }

    /**
     * The id of "had", which a contracted "'d" stands for before a past form ("they'd botched
     * it"); before any other word it stands for "would" ("they'd go").
     *
     * @return the id, or -1 if no class or rule names the word
     */
    int had() {
        return had;
    }

    /**
     * The class of the words that may stand between "'d" and a past form ("they'd never tested
     * it"), {@code classes/had-adverb.txt}.
     *
     * @return the feature id
     */
    int hadAdverb() {
        return hadAdverb;
    }

    /** The class of system nouns; a capitalised one (DNS, CDN, YAML) is a technical term, not an organisation. */
    int system() {
        return system;
    }

    /**
     * Whether a word is in a class.
     *
     * @param norm the normalised word
     * @param feature the class's feature id
     * @return true if the word carries the feature by itself (not only as part of a phrase)
     */
    public boolean is(String norm, int feature) {
        long[] b = bits(norm);
        return b != null && (feature >>> 6) < b.length && (b[feature >>> 6] >>> feature & 1) != 0;
    }

    static List<String> readLines(String resource) {
        return lines(readResource(resource));
    }

    /**
     * Reads a resource of postmortem-core as UTF-8 text.
     *
     * @param resource the absolute resource name
     * @return its text
     * @throws IllegalStateException if the jar lacks it
     */
    static String readResource(String resource) {
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " in postmortem-core");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int hash = line.indexOf(" #");
                String l = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    out.add(l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Collects classes, their words and the rules' literals, then freezes them. Not thread-safe. */
    public static final class Builder {
        private final Map<String, Integer> features = new LinkedHashMap<>();
        private final Map<String, Set<Integer>> entries = new HashMap<>();
        private final List<Phrase> phrases = new ArrayList<>();
        private final Map<String, Boolean> masking = new HashMap<>();

        private Builder() {
            CONTEXT.forEach(features::put);
            for (int i = features.size(); i < CONTEXT_FEATURES; i++) {
                features.put("#reserved" + i, i);
            }
        }

        private void defineClass(String name, boolean mask) {
            if (features.containsKey(name)) {
                throw new IllegalStateException("word class '" + name + "' is defined twice");
            }
            features.put(name, features.size());
            masking.put(name, mask);
        }

        /**
         * Adds a word or phrase to a class.
         *
         * @param cls the class name
         * @param entry the word or phrase; case is ignored
         * @return this builder
         * @throws IllegalArgumentException if the class does not exist
         */
        public Builder add(String cls, String entry) {
            Integer id = features.get(cls);
            if (id == null || id < CONTEXT_FEATURES) {
                throw new IllegalArgumentException("no word class named '" + cls + "' to add '" + entry
                        + "' to; classes: " + masking.keySet().stream().sorted().toList());
            }
            String[] parts =
                    entry.strip().toLowerCase(Locale.ROOT).replace('’', '\'').split("\\s+");
            if (parts.length == 1) {
                entries.computeIfAbsent(parts[0], k -> new java.util.HashSet<>())
                        .add(id);
            } else {
                phrases.add(new Phrase(parts, new int[0], id, masking.get(cls), null));
            }
            return this;
        }

        /**
         * The feature id of a class, for compiling rules.
         *
         * @param name the class or context feature
         * @return the id, or -1 if unknown
         */
        int classId(String name) {
            Integer id = features.get(name);
            return id == null || name.startsWith("#") || name.startsWith("\"") ? -1 : id;
        }

        /**
         * Registers a literal word a rule names.
         *
         * @param word the word, lower case
         * @return its feature id
         */
        int literal(String word) {
            String key = '"' + word + '"';
            Integer id = features.get(key);
            if (id == null) {
                id = features.size();
                features.put(key, id);
                entries.computeIfAbsent(word, k -> new java.util.HashSet<>()).add(id);
            }
            return id;
        }

        /**
         * Freezes the vocabulary.
         *
         * @return the vocabulary
         */
        public Vocabulary build() {
            return new Vocabulary(this);
        }
    }
}
