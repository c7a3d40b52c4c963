package dev.postmortem.core.internal.language;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One pass over a text for the language rules: the scanner's tokens, each word's classes looked up
 * once (by the scanner, on the text's characters), phrases marked, and the context features
 * (names, handles, code, capitals, sentence starts, past and {@code -ing} forms, clause breaks,
 * numbers, quotes) set. Rules then test bits; nothing rescans the text. Linear in its length. Not
 * thread-safe; one per text.
 */
public final class Analysis {
    private final ScannedText scanned;
    private final long[][] words;
    private final long[] context;

    private Analysis(ScannedText scanned, long[][] words, long[] context) {
        this.scanned = scanned;
        this.words = words;
        this.context = context;
    }

    /**
     * Analyses a text: scans it with the vocabulary's words, gives each token its word classes and
     * context features, marks phrases, names and organisations.
     *
     * @param text the text
     * @param vocabulary the word classes
     * @param roster first names that are always people (lower case)
     * @param thread this thread's {@link SharedAnalyses#thread()}
     * @return the analysis
     */
    static Analysis of(String text, Vocabulary vocabulary, Set<String> roster, SharedAnalyses thread) {
        ScannedText s = ScannedText.scan(text, vocabulary.table(), thread.buffers(), thread.memo());
        int n = s.size();
        long[][] words = new long[n][];
        long[] context = new long[n];
        // the tokens where a phrase may start: scratch space of the thread's, kept between texts
        int[] phraseStarts = thread.phraseStarts();
        int phrases = 0;
        for (int k = 0; k < n; k++) {
            int id = s.word(k);
            int f = s.flags(k);
            int wf = vocabulary.wordFlags(id);
            words[k] = vocabulary.bits(id);
            context[k] = (f & ScannedText.CONTEXT)
                    | ((f & ScannedText.ED) != 0 || (wf & Vocabulary.PAST_WORD) != 0 ? 1L << Vocabulary.PAST : 0);
            if ((wf & Vocabulary.PHRASE_WORD) != 0 && k + 1 < n) {
                if (phrases == phraseStarts.length) {
                    phraseStarts = thread.phraseStarts(phraseStarts, phrases * 2);
                }
                phraseStarts[phrases++] = k;
            }
        }
        // "'d" before a past form is "had", not "would": "they'd botched it", "she'd never tested it"
        int had = vocabulary.had();
        if (had >= 0 && s.anyContractedWould()) {
            int adverb = vocabulary.hadAdverb();
            for (int k = 0; k + 1 < n; k++) {
                if (s.contractedWould(k)) {
                    int next = k + 1 < n - 1 && has(words[k + 1], adverb) ? k + 2 : k + 1;
                    if ((context[next] & 1L << Vocabulary.PAST) != 0) {
                        words[k] = vocabulary.bits(had);
                    }
                }
            }
        }
        // words first, then phrases: a masking phrase clears the bits its words had
        int past = vocabulary.pastIrregular();
        for (int i = 0; i < phrases; i++) {
            int k = phraseStarts[i];
            Vocabulary.Phrase[] found = vocabulary.phrases(s.word(k), s.word(k + 1));
            if (found != null) {
                for (Vocabulary.Phrase p : found) {
                    if (mark(s, words, k, p, vocabulary)) {
                        // a phrase's class may make its words past forms, or mask that they were
                        for (int j = k; j < k + p.ids().length; j++) {
                            boolean isPast = (s.flags(j) & ScannedText.ED) != 0 || has(words[j], past);
                            context[j] =
                                    isPast ? context[j] | 1L << Vocabulary.PAST : context[j] & ~(1L << Vocabulary.PAST);
                        }
                    }
                }
            }
        }
        boolean anyRoster = !roster.isEmpty();
        int things = 0; // names that may be things, for ThingNames
        int[] thingTokens = NO_TOKENS;
        for (int k = 0; k < n; k++) {
            int f = s.flags(k);
            if ((f & ScannedText.CAP) == 0 && !anyRoster) {
                continue; // neither a name nor an organisation
            }
            if ((f & (ScannedText.CAP | ScannedText.FIRST)) == ScannedText.CAP
                    && has(words[k], vocabulary.person())
                    && roleInProductName(s, words, k, vocabulary)) {
                words[k] = without(words[k], vocabulary.person());
            }
            if ((f & ScannedText.CAP) != 0
                    && (has(words[k], vocabulary.judgement()) || has(words[k], vocabulary.judgementWeak()))
                    && s.end(k) - s.start(k) <= 3
                    && s.allCaps(k)) {
                // a short judgement word in capitals is a code: an airport or a site ("removed LAX
                // from the Anycast mix"); longer ones in capitals are shouted ("LAZY"), and stay
                words[k] = without(without(words[k], vocabulary.judgement()), vocabulary.judgementWeak());
            }
            if (isName(s, words, context, k, vocabulary, roster)) {
                context[k] |= 1L << Vocabulary.NAME;
            } else if ((f & ScannedText.CAP) != 0
                    && (f & (ScannedText.FIRST | ScannedText.CODE | ScannedText.HANDLE)) == 0
                    && !has(words[k], vocabulary.notPerson())
                    // a word of a technical term is part of that term: "the SMB user lacked permissions"
                    && !has(words[k], vocabulary.techTerm())
                    // a first name that is also a word (April, Will, Bill) and was not read as a
                    // name is that word: "on 12 April I ran the script" names no organisation
                    && !has(words[k], vocabulary.ambiguousName())
                    && !has(words[k], vocabulary.system())
                    // a pronoun, a quantifier or an article capitalised after a dash or in a
                    // heading: "**Impact** - We restarted the node", "Both Replicas Lagged"
                    && !has(words[k], vocabulary.functionWord())
                    && !has(words[k], vocabulary.determiner())
                    && (context[k] & (1L << Vocabulary.NUMBER)) == 0
                    // a unit or a date after a number: "at 1 PM", "on 12 April", "40 GB"
                    && !(k > 0 && (f & ScannedText.BREAK) == 0 && (context[k - 1] & (1L << Vocabulary.NUMBER)) != 0)
                    && !s.glued(k)
                    // a letter that labels the person before it: "Engineer B forgot", "operator C"
                    && !(s.end(k) - s.start(k) == 1 && k > 0 && has(words[k - 1], vocabulary.person()))
                    && !s.afterColon(k)
                    && !s.withDigit(k)
                    && !s.acronymCompound(k)
                    // an acronym in the plural is a kind of thing: "the pool that was on NVMes"
                    && !s.pluralAcronym(k)
                    && !componentIdentifier(s, vocabulary, k)
                    && !numbered(s, context, k)
                    && !afterTimestamp(s, words, context, k, vocabulary)
                    && !afterSystemAcronym(s, words, k, vocabulary)) {
                context[k] |= 1L << Vocabulary.ORG;
            }
            if (ThingNames.candidate(s, words, context, vocabulary, k)) {
                if (things == thingTokens.length) {
                    thingTokens = java.util.Arrays.copyOf(thingTokens, Math.max(8, things * 2));
                }
                thingTokens[things++] = k;
            }
        }
        Analysis a = new Analysis(s, words, context);
        a.candidates = things;
        a.candidateTokens = thingTokens;
        return a;
    }

    /**
     * Whether a capitalised role word ends a capitalised name that no determiner opens, as a
     * product's name does ("Zentra Cloud Traffic Director went down", "issues with
     * Traffic Director"): a role as a person is written "the Release Manager", "our Site
     * Reliability Engineer" or "Mozilla's Release Manager". The name must have a capitalised word
     * before the role word inside the sentence, must not start the sentence (a heading or a
     * sentence's first word says nothing), and must not go on with another capitalised word (a
     * title that goes on, "Director General"). A capitalised role word right before a system noun
     * or a word that follows product names, in lower case, names a product too, determiner or not
     * ("re-enabled the Courier integration", "the Operator console").
     */
    private static boolean roleInProductName(ScannedText s, long[][] words, int k, Vocabulary v) {
        int n = s.size();
        if (k + 1 < n
                && (s.flags(k + 1) & (ScannedText.CAP | ScannedText.FIRST | ScannedText.BREAK)) == 0
                && (has(words[k + 1], v.system()) || has(words[k + 1], v.productFollower()))
                && !has(words[k + 1], v.person())) {
            return true;
        }
        if (k + 1 < n && (s.flags(k + 1) & (ScannedText.CAP | ScannedText.FIRST)) == ScannedText.CAP) {
            return false;
        }
        int from = k;
        // back over the name's capitalised words, not across a sentence's start or a comma
        while (from > 0
                && (s.flags(from - 1) & ScannedText.CAP) != 0
                && (s.flags(from) & (ScannedText.FIRST | ScannedText.BREAK)) == 0) {
            from--;
        }
        if (from == k || (s.flags(from) & ScannedText.FIRST) != 0) {
            return false;
        }
        int before = from - 1; // inside the sentence, since the name's first word does not start it
        return !has(words[before], v.determiner()) && s.normCode(before) != ScannedText.APOSTROPHE_S;
    }

    /** A copy of a token's class bits without one class. */
    private static long[] without(long[] bits, int feature) {
        long[] b = java.util.Arrays.copyOf(bits, bits.length);
        b[feature >>> 6] &= ~(1L << feature);
        return b;
    }

    /** The fewest letters of a camel-case identifier's last part that {@link #componentIdentifier} reads. */
    private static final int COMPONENT_TAIL = 4;

    /**
     * Whether a capitalised word is a code identifier in camel case whose last part is a system
     * word of at least four letters ("PatronService", "BillingWorker", "ReportCache"), or whose last
     * two parts are one ("OrderedDataStore"): a component
     * of the system, never an organisation. Company names in camel case end in no such word
     * ("PayPal", "SolarWinds", "GitHub"); the shortest system words ("app", "box", "job") are left
     * out because "WhatsApp" and "Dropbox" name companies.
     */
    private static boolean componentIdentifier(ScannedText s, Vocabulary v, int k) {
        String text = s.text();
        int from = s.start(k);
        int end = s.end(k);
        int tail = humpBefore(text, from, end);
        if (tail < 0 || end - tail < COMPONENT_TAIL) {
            return false;
        }
        if (isSystemWord(v, text, tail, end)) {
            return true;
        }
        // the last two parts, for a system word written as two ("OrderedDataStore" ends in "DataStore")
        int previous = humpBefore(text, from, tail);
        return previous >= 0 && isSystemWord(v, text, previous, end);
    }

    /**
     * Where the last camel-case part that starts before {@code before} begins: the last capital
     * after a lower-case letter, past the word's first character.
     *
     * @return its index, or -1 if there is none
     */
    private static int humpBefore(String text, int from, int before) {
        for (int i = before - 1; i > from; i--) {
            if (Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i - 1))) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the characters from {@code from} to {@code end}, in lower case, are a system word. */
    private static boolean isSystemWord(Vocabulary v, String text, int from, int end) {
        int id = v.table().find(text.substring(from, end).toLowerCase(java.util.Locale.ROOT));
        return has(v.bits(id), v.system());
    }

    /**
     * Whether a capitalised word is followed by a number in its sentence: the name of a thing
     * with its number or version ("Era 7,496", "MVR 1", "Phase 2"), not an organisation.
     */
    private static boolean numbered(ScannedText s, long[] context, int k) {
        return k + 1 < s.size()
                && (s.flags(k + 1) & ScannedText.FIRST) == 0
                && (context[k + 1] & (1L << Vocabulary.NUMBER)) != 0;
    }

    /**
     * Whether a capitalised word comes right after a system word written as an acronym in capitals
     * ("the DHCP Lease failed to renew", "a DNS Resolver", "the SSL Certificate"): a technical
     * name in title case, not an organisation.
     */
    private static boolean afterSystemAcronym(ScannedText s, long[][] words, int k, Vocabulary vocabulary) {
        int j = k - 1;
        if (j < 0 || (s.flags(k) & ScannedText.BREAK) != 0 || !has(words[j], vocabulary.system())) {
            return false; // a comma between them ends the name: "over DNS, Northwind answered"
        }
        String text = s.text();
        int from = s.start(j);
        int to = s.end(j);
        int letters = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2 && to < s.start(k);
    }

    /** How many tokens back {@link #afterTimestamp} looks for the start of a sentence. */
    private static final int TIMESTAMP_TOKENS = 8;

    /**
     * Whether only a timestamp stands before a word in its sentence (numbers and system words
     * such as UTC): "10:44 UTC Discussion about ..." starts a timeline entry, where a capital
     * says nothing about an organisation.
     */
    private static boolean afterTimestamp(ScannedText s, long[][] words, long[] context, int k, Vocabulary vocabulary) {
        for (int j = k - 1; j >= 0 && k - j <= TIMESTAMP_TOKENS; j--) {
            if ((context[j] & (1L << Vocabulary.NUMBER)) == 0 && !has(words[j], vocabulary.system())) {
                return false;
            }
            if ((s.flags(j) & ScannedText.FIRST) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Marks a phrase's words if it stands at a token; returns whether it did. */
    private static boolean mark(ScannedText s, long[][] words, int k, Vocabulary.Phrase p, Vocabulary vocabulary) {
        int[] ids = p.ids();
        if (k + ids.length > s.size()) {
            return false;
        }
        for (int i = 1; i < ids.length; i++) {
            if ((s.flags(k + i) & ScannedText.FIRST) != 0 || s.word(k + i) != ids[i]) {
                return false; // another sentence or another word
            }
        }
        long[][] marked = p.marked();
        for (int i = 0; i < ids.length; i++) {
            if (p.masking() || words[k + i] == vocabulary.bits(ids[i])) {
                words[k + i] = marked[i]; // the common case: no other phrase marked the word first
                continue;
            }
            // as long as the phrase's feature needs and no longer (Vocabulary.compact())
            long[] b = java.util.Arrays.copyOf(words[k + i], Math.max(words[k + i].length, (p.feature() >>> 6) + 1));
            b[p.feature() >>> 6] |= 1L << p.feature();
            words[k + i] = b;
        }
        return true;
    }

    private static boolean isName(
            ScannedText s, long[][] words, long[] context, int k, Vocabulary v, Set<String> roster) {
        if (!roster.isEmpty() && roster.contains(s.norm(k))) {
            return true;
        }
        int f = s.flags(k);
        if ((f & ScannedText.CAP) == 0 || !has(words[k], v.firstName()) || has(words[k], v.notPerson())) {
            return false;
        }
        boolean nextIn = k + 1 < s.size() && (s.flags(k + 1) & ScannedText.FIRST) == 0;
        // a product word right after the name ("Jenkins job"), or at the end of a capitalised run
        // that goes on from it, names the thing or the place: "John Adams Elementary School",
        // "Lincoln Memorial Hospital"
        for (int j = k + 1; j < s.size() && j <= k + 3; j++) {
            int g = s.flags(j);
            if ((g & ScannedText.FIRST) != 0) {
                break;
            }
            if (has(words[j], v.productFollower())) {
                return false;
            }
            if ((g & ScannedText.CAP) == 0) {
                break;
            }
        }
        if (has(words[k], v.ambiguousName())) {
            // "Mark deployed", "Mark's change", "Mark should have": a verb form a name takes as subject
            boolean verbAfter = nextIn
                    && ((context[k + 1] >>> Vocabulary.PAST & 1) != 0
                            || s.normCode(k + 1) == ScannedText.APOSTROPHE_S
                            || has(words[k + 1], v.modal()));
            boolean capitalisedNeighbour = (nextIn && (s.flags(k + 1) & ScannedText.CAP) != 0)
                    || (k > 0 && (f & ScannedText.FIRST) == 0 && (s.flags(k - 1) & ScannedText.CAP) != 0);
            return verbAfter && !capitalisedNeighbour;
        }
        return true;
    }

    static boolean has(long[] bits, int feature) {
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

    /** The entry {@link SharedAnalyses} keeps this analysis in, while its sharing is open, or null. */
    Object shared;

    /** Whether {@link ThingNames} has read this text, alone or with the rest of its document. */
    private boolean thingsRead;

    /** How many tokens name what may be a thing ({@link ThingNames#candidate}). */
    private int candidates;

    /** Those tokens, in text order, in the first {@link #candidates} places. */
    private int[] candidateTokens = NO_TOKENS;

    private static final int[] NO_TOKENS = new int[0];

    /**
     * The tokens that name what may be a thing, in text order: the only tokens {@link ThingNames}
     * can change, so it need not walk the rest.
     *
     * @return the array, its first {@link #candidates()} places used; not a copy
     */
    int[] candidateTokens() {
        return candidateTokens;
    }

    /**
     * How many tokens name what may be a thing.
     *
     * @return the count
     */
    int candidates() {
        return candidates;
    }

    /**
     * Reads the names this text shows as things ({@link ThingNames}), once, before rules run: alone,
     * unless {@link RuleEngine#readTogether} read it with its document first.
     *
     * @param vocabulary the vocabulary it was made with
     */
    void readThings(Vocabulary vocabulary) {
        if (!thingsRead) {
            thingsRead = true;
            if (candidates > 0) {
                ThingNames.clear(scanned, words, context, vocabulary, candidateTokens, candidates);
            }
        }
    }

    /** Notes that {@link ThingNames} read this text with the rest of its document. */
    void thingsRead() {
        thingsRead = true;
    }

    /** Every token's context bits, for {@link ThingNames} to change. */
    long[] contexts() {
        return context;
    }

    /** Every token's class bits. */
    long[][] wordBits() {
        return words;
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
     * The number of tokens.
     *
     * @return the count
     */
    int size() {
        return scanned.size();
    }

    /**
     * The offset of a token's first character.
     *
     * @param k the token index
     * @return the offset
     */
    int start(int k) {
        return scanned.start(k);
    }

    /**
     * The offset after a token's last character.
     *
     * @param k the token index
     * @return the offset
     */
    int end(int k) {
        return scanned.end(k);
    }

    /**
     * The index after the last token of the sentence that holds a token.
     *
     * @param k the token index
     * @return the end of its sentence
     */
    public int sentenceEnd(int k) {
        int lo = 0;
        int hi = scanned.sentencesWithTokens() - 1;
        while (lo < hi) { // the last sentence that starts at or before k
            int mid = (lo + hi + 1) >>> 1;
            if (scanned.sentenceFrom(mid) <= k) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return scanned.sentenceFrom(lo + 1);
    }

    /**
     * The tokens.
     *
     * @return the tokens
     */
    public List<Token> tokens() {
        return scanned.tokens();
    }

    /**
     * The scanned text, for its suppressions and its sentences.
     *
     * @return the scan
     */
    public ScannedText scanned() {
        return scanned;
    }

    /**
     * The first word of the text that the vocabulary puts in a class, whatever phrase it stands in.
     *
     * @param vocabulary the vocabulary the text was analysed with
     * @param feature the class's feature id
     * @return the word, normalised, or empty
     */
    public Optional<String> firstWordIn(Vocabulary vocabulary, int feature) {
        for (int k = 0; k < scanned.size(); k++) {
            if (has(vocabulary.bits(scanned.word(k)), feature)) {
                return Optional.of(scanned.norm(k));
            }
        }
        return Optional.empty();
    }
}
