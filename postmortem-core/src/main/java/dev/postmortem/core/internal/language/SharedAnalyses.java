package dev.postmortem.core.internal.language;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The analyses and rule runs of one check of a postmortem, shared by the checks that read the
 * same text: the language check, the Definition of Ready (which asks again whether an action item
 * only calls for training and whether its texts blame) and others. Open only while {@link
 * #during} runs, on its thread; nothing is kept from one check to the next. Each thread has one,
 * which also holds the thread's scratch space for scans and rule runs, kept between checks. Not
 * thread-safe; one per thread.
 */
public final class SharedAnalyses {
    /**
     * Each thread's sharing, made once and emptied after each {@link #during}: looking it up costs
     * less than making and removing one per check. Only {@link #open} ones are in use.
     */
    private static final ThreadLocal<SharedAnalyses> CURRENT = ThreadLocal.withInitial(SharedAnalyses::new);

    /** What one text gave with one engine and roster. */
    private static final class Shared {
        final RuleEngine engine;
        final Set<String> roster;
        final Analysis analysis;
        final Object[] hits = new Object[LanguageRuleFile.Mode.values().length];

        Shared(RuleEngine engine, Set<String> roster, Analysis analysis) {
            this.engine = engine;
            this.roster = roster;
            this.analysis = analysis;
        }
    }

    /**
     * The most texts kept: enough for every field of any postmortem people write, and a bound for
     * one of a million timeline lines, whose later texts are then analysed again where asked twice.
     */
    private static final int MOST = 1024;

    /** The table's size when empty, and the largest it keeps from one check to the next. */
    private static final int SMALL = 64;

    /**
     * The texts met in this check and their entries, an open-addressing table by the text's hash:
     * a check looks up each of its fields once or twice, and a map's node per field cost more than
     * the lookup. At most half full.
     */
    private String[] texts = new String[SMALL];

    private Shared[] entries = new Shared[SMALL];
    private int size;

    /** The entry met last: a text's hits are looked up right after its analysis. */
    private Shared last;

    /** Whether {@link #during} runs on this thread. */
    private boolean open;

    /**
     * The thread's buffers for a scan, kept from one scan to the next: the text's characters and the
     * word being read (see {@link ScannedText}). A scan never starts another on the same thread.
     */
    private final char[][] buffers = {new char[1024], new char[64]};

    /** See {@link #memo()}. */
    private final WordTable.Memo memo = new WordTable.Memo();

    /** The thread's scratch list of tokens where a phrase may start (see {@link Analysis}). */
    private int[] phraseStarts = new int[64];

    /** The thread's scratch state for rule runs, of the engine that ran last (see {@link RuleEngine}). */
    private RuleEngine.Pass pass;

    private SharedAnalyses() {}

    /**
     * Runs work with analyses shared within it; if sharing is already open on this thread, joins
     * it.
     *
     * @param work the work, such as the checks of one postmortem
     * @param <T> what it returns
     * @return what the work returns
     */
    public static <T> T during(Supplier<T> work) {
        SharedAnalyses s = CURRENT.get();
        if (s.open) {
            return work.get();
        }
        s.open = true;
        try {
            return work.get();
        } finally {
            s.open = false; // nothing kept from one check to the next
            s.clear();
        }
    }

    private Shared get(String text) {
        String[] t = texts;
        int mask = t.length - 1;
        for (int i = WordTable.spread(text.hashCode()) & mask; ; i = (i + 1) & mask) {
            String k = t[i];
            if (k == null) {
                return null;
            }
            if (k.equals(text)) { // the same instance most often: equals checks that first
                return entries[i];
            }
        }
    }

    /** Adds a text that is not in the table. */
    private void put(String text, Shared entry) {
        if ((size + 1) * 2 > texts.length) {
            String[] oldTexts = texts;
            Shared[] oldEntries = entries;
            texts = new String[oldTexts.length * 2];
            entries = new Shared[oldTexts.length * 2];
            for (int i = 0; i < oldTexts.length; i++) {
                if (oldTexts[i] != null) {
                    insert(oldTexts[i], oldEntries[i]);
                }
            }
        }
        insert(text, entry);
        size++;
    }

    private void insert(String text, Shared entry) {
        int mask = texts.length - 1;
        int i = WordTable.spread(text.hashCode()) & mask;
        while (texts[i] != null) {
            i = (i + 1) & mask;
        }
        texts[i] = text;
        entries[i] = entry;
    }

    /** Forgets every text; a table grown by a large document goes back to its small size. */
    private void clear() {
        if (texts.length > SMALL) {
            texts = new String[SMALL];
            entries = new Shared[SMALL];
        } else if (size > 0) {
            java.util.Arrays.fill(texts, null);
            java.util.Arrays.fill(entries, null);
        }
        size = 0;
        last = null;
    }

    /**
     * This thread's instance, open or not: besides the sharing it keeps the thread's scratch space
     * for scans and rule runs, so that a text costs one thread-local lookup, not one per part.
     *
     * @return the instance
     */
    static SharedAnalyses thread() {
        return CURRENT.get();
    }

    /**
     * Whether {@link #during} runs on this thread, so that analyses are shared.
     *
     * @return true while it runs
     */
    boolean isOpen() {
        return open;
    }

    /**
     * The thread's scan buffers: the text's characters, then the word's.
     *
     * @return the two buffers, which a scan may replace with longer ones
     */
    char[][] buffers() {
        return buffers;
    }

    /**
     * The thread's memo of the ids of the short words its scans looked up last.
     *
     * @return the memo
     */
    WordTable.Memo memo() {
        return memo;
    }

    /**
     * The thread's scratch list of the tokens where a phrase may start, which an analysis fills
     * and forgets: one list per thread instead of one per text.
     *
     * @return the list, of any length
     */
    int[] phraseStarts() {
        return phraseStarts;
    }

    /**
     * A scratch list of phrase starts, grown to a length with its contents kept.
     *
     * @param current the list being filled
     * @param length the length it needs
     * @return the grown list, kept for the next text unless it is too long to keep
     */
    int[] phraseStarts(int[] current, int length) {
        int[] grown = java.util.Arrays.copyOf(current, length);
        if (length <= PHRASE_STARTS_KEPT) {
            phraseStarts = grown;
        }
        return grown;
    }

    /** The longest list of phrase starts kept between texts (256 KB). */
    private static final int PHRASE_STARTS_KEPT = 1 << 16;

    /**
     * The scratch state of the last rule run on this thread.
     *
     * @return it, or null before the first run
     */
    RuleEngine.Pass pass() {
        return pass;
    }

    /**
     * Keeps the scratch state of a rule run for the next on this thread.
     *
     * @param pass the state
     */
    void pass(RuleEngine.Pass pass) {
        this.pass = pass;
    }

    /**
     * The analysis of a text, made once per engine and roster.
     *
     * @param engine the engine
     * @param text the text
     * @param roster the roster
     * @return the analysis
     */
    Analysis analysis(RuleEngine engine, String text, Set<String> roster) {
        Shared s = get(text);
        if (s != null && s.engine == engine && s.roster.equals(roster)) {
            last = s;
            return s.analysis;
        }
        Analysis a = Analysis.of(text, engine.vocabulary(), roster, this);
        if (s == null && size < MOST) {
            last = new Shared(engine, roster, a);
            put(text, last);
            a.shared = last;
        }
        return a;
    }

    /**
     * The hits of a run, if this engine has run in this mode over this analysis before.
     *
     * @param engine the engine
     * @param a the analysis
     * @param mode the mode
     * @return the hits, or null
     */
    @SuppressWarnings("unchecked")
    List<RuleEngine.Hit> hits(RuleEngine engine, Analysis a, LanguageRuleFile.Mode mode) {
        Shared s = entry(a);
        return s != null && s.engine == engine && s.analysis == a
                ? (List<RuleEngine.Hit>) s.hits[mode.ordinal()]
                : null;
    }

    /**
     * Forgets the hits kept for an analysis whose features changed after they were found.
     *
     * @param a the analysis
     */
    void forgetHits(Analysis a) {
        Shared s = entry(a);
        if (s != null && s.analysis == a) {
            java.util.Arrays.fill(s.hits, null);
        }
    }

    /** The entry of an analysis: the last one met, or the one of its text. */
    private Shared entry(Analysis a) {
        Shared s = last;
        if (s != null && s.analysis == a) {
            return s;
        }
        s = a.shared instanceof Shared own && own.analysis == a && open
                ? own
                : get(a.scanned().text());
        if (s != null) {
            last = s; // its hits are kept right after they are looked up
        }
        return s;
    }

    /**
     * Keeps the hits of a run for the next to ask.
     *
     * @param engine the engine
     * @param a the analysis
     * @param mode the mode
     * @param hits the hits, unmodifiable
     */
    void keep(RuleEngine engine, Analysis a, LanguageRuleFile.Mode mode, List<RuleEngine.Hit> hits) {
        Shared s = entry(a);
        if (s != null && s.engine == engine && s.analysis == a) {
            s.hits[mode.ordinal()] = hits;
        }
    }
}
