package dev.postmortem.core.internal.language;

import java.util.List;

/**
 * The words of a vocabulary numbered 0 to n-1 in an open-addressing table that is probed straight
 * from a text's characters: a word of the text is looked up by the hash of its normalised
 * characters (lower case, typographic apostrophes straightened) without making a {@code String}.
 * Immutable and thread-safe.
 */
final class WordTable {
    /** A table that knows no word, for a scan that needs no lookups. */
    static final WordTable EMPTY = new WordTable(List.of());

    private final String[] words;
    /** Every word's characters, one after the other: a lookup reads one compact array. */
    private final char[] pool;
    /** Where each word's characters start in {@link #pool}, and at the end where the last ends. */
    private final int[] offsets;
    /** By id: the word's {@link #key}, or 0 when it has none; compared instead of the characters. */
    private final long[] keys;

    /** The word's hash in the high half and its id + 1 in the low, 0 for an empty slot: one load a probe. */
    private final long[] slots;

    private final int mask;

    /**
     * Numbers the words in the order given.
     *
     * @param words the distinct words, normalised
     */
    WordTable(List<String> words) {
        this.words = words.toArray(new String[0]);
        this.offsets = new int[this.words.length + 1];
        for (int id = 0; id < this.words.length; id++) {
            offsets[id + 1] = offsets[id] + this.words[id].length();
        }
        this.pool = new char[offsets[this.words.length]];
        this.keys = new long[this.words.length];
        int size = Integer.highestOneBit(Math.max(4, this.words.length * 2)) << 1; // at most half full
        this.slots = new long[size];
        this.mask = size - 1;
        for (int id = 0; id < this.words.length; id++) {
            this.words[id].getChars(0, this.words[id].length(), pool, offsets[id]);
            keys[id] = key(this.words[id]);
            int h = filedUnder(this.words[id], keys[id]);
            int i = spread(h) & mask;
            while (slots[i] != 0) {
                i = (i + 1) & mask;
            }
            slots[i] = ((long) h << 32) | (id + 1);
        }
    }

    /**
     * The number of words.
     *
     * @return the count
     */
    int size() {
        return words.length;
    }

    /**
     * The word with an id.
     *
     * @param id the id
     * @return the word
     */
    String word(int id) {
        return words[id];
    }

    /**
     * The id of a word.
     *
     * @param word the normalised word
     * @return its id, or -1 if the table does not hold it
     */
    int find(String word) {
        int h = filedUnder(word, key(word));
        for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
            long slot = slots[i];
            if (slot == 0) {
                return -1;
            }
            int id = (int) slot - 1;
            if ((int) (slot >>> 32) == h && words[id].equals(word)) {
                return id;
            }
        }
    }

    /** The longest word that has a {@link #key}. */
    static final int KEY_CHARS = 8;

    /**
     * A short word's characters packed into a long, a byte each, the first in the highest used
     * byte: for words of at most {@link #KEY_CHARS} characters below U+0100 (none of which is
     * U+0000), equal keys mean equal words, so a lookup compares one long instead of the
     * characters.
     *
     * @param word the characters
     * @param len how many of them make the word
     * @return the key, or 0 for a longer word or one with a wider character
     */
    static long key(char[] word, int len) {
        if (len > KEY_CHARS) {
            return 0;
        }
        long key = 0;
        for (int i = 0; i < len; i++) {
            char c = word[i];
            if (c >= 256) {
                return 0;
            }
            key = key << 8 | c;
        }
        return key;
    }

    /**
     * The hash a word with a {@link #key} is filed under: computed from the key, so that a scan
     * need not hash a short word's characters one by one (a word without a key is filed under its
     * {@link #charsHash}).
     *
     * @param key the key, not 0
     * @return the hash
     */
    static int keyHash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) ^ (int) h;
    }

    /** The hash a word is filed under: its key's, or for a word without one {@link #charsHash}. */
    private static int filedUnder(String word, long key) {
        if (key != 0) {
            return keyHash(key);
        }
        char[] chars = word.toCharArray();
        return charsHash(chars, chars.length);
    }

    /**
     * The hash a word without a {@link #key} is filed under: from its first four characters, its
     * last four and its length, so that a scan hashes a long word in a few steps instead of one
     * multiplication per character. Words that share all three share a slot's run and are told
     * apart by their characters.
     *
     * @param word the characters
     * @param len how many of them make the word
     * @return the hash
     */
    static int charsHash(char[] word, int len) {
        long head = 0;
        long tail = 0;
        int n = Math.min(len, 4);
        for (int i = 0; i < n; i++) {
            head = head << 16 | word[i];
        }
        for (int i = Math.max(0, len - 4); i < len; i++) {
            tail = tail << 16 | word[i];
        }
        long h = head * 0x9E3779B97F4A7C15L ^ tail * 0xC2B2AE3D27D4EB4FL ^ len;
        return (int) (h >>> 32) ^ (int) h;
    }

    /** {@link #key(char[], int)} of a whole string, read in place. */
    private static long key(String word) {
        int len = word.length();
        if (len > KEY_CHARS) {
            return 0;
        }
        long key = 0;
        for (int i = 0; i < len; i++) {
            char c = word.charAt(i);
            if (c >= 256) {
                return 0;
            }
            key = key << 8 | c;
        }
        return key;
    }

    /**
     * The id of a normalised word held in the first characters of an array.
     *
     * @param word the characters, normalised with {@link #norm(char)}
     * @param len how many of them make the word
     * @param key the word's {@link #key}, 0 if it has none
     * @return the id, or -1 if the table does not hold it
     */
    int find(char[] word, int len, long key) {
        return find(word, len, key, key != 0 ? keyHash(key) : charsHash(word, len));
    }

    /** {@link #find(char[], int, long)} with the word's hash already taken. */
    private int find(char[] word, int len, long key, int hash) {
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            long slot = slots[i];
            if (slot == 0) {
                return -1;
            }
            if ((int) (slot >>> 32) == hash) {
                int id = (int) slot - 1;
                if (key != 0 ? keys[id] == key : same(id, word, len)) {
                    return id;
                }
            }
        }
    }

    /**
     * A thread's memo of the ids of short words it looked up last in one table: a small array that
     * stays in the fastest cache, in front of a table that a processor's nearest caches do not hold
     * whole. Words are filed by their {@link #key} in sets of two slots, the last looked up first, so
     * that two words of one paragraph that land in the same set do not push each other out (with one
     * slot per set, one lookup in thirteen of the language benchmark's prose missed; with two, one in
     * two thousand). A longer word of up to {@link #LONGEST} characters is filed by its hash, with a
     * copy of its characters to compare. Remembers one table at a
     * time and forgets it when asked about another. Not thread-safe: one per thread.
     */
    static final class Memo {
        private static final int BITS = 10;
        /** The longest word remembered; longer ones are looked up in the table each time. */
        private static final int LONGEST = 24;

        private WordTable table;
        /** By slot, the key of the word remembered there, 0 for none. */
        private final long[] keys = new long[1 << BITS];
        /** By slot, that word's id in {@link #table}, or -1 when it holds no such word. */
        private final int[] ids = new int[1 << BITS];
        /** By slot, a longer word remembered there, or null for none. */
        private final char[][] longWords = new char[1 << BITS][];
        /** By slot, that longer word's id in {@link #table}, or -1 when it holds no such word. */
        private final int[] longIds = new int[1 << BITS];

        /**
         * The id of a normalised word, as {@link WordTable#find(char[], int, long)} gives it.
         *
         * @param in the table
         * @param word the characters, normalised
         * @param len how many of them make the word
         * @param key the word's key, 0 if it has none
         * @return its id, or -1 if the table does not hold it
         */
        int find(WordTable in, char[] word, int len, long key) {
            if (in.words.length == 0) {
                return in.find(word, len, key);
            }
            if (in != table) {
                java.util.Arrays.fill(keys, 0L);
                java.util.Arrays.fill(longWords, null);
                table = in;
            }
            if (key == 0) {
                return findLong(in, word, len);
            }
            // two ways per set: a word and the one it collides with both stay
            int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - BITS)) & ~1;
            long[] k = keys;
            if (k[slot] == key) {
                return ids[slot];
            }
            if (k[slot + 1] == key) {
                return ids[slot + 1];
            }
            int id = in.find(word, len, key);
            k[slot + 1] = k[slot];
            ids[slot + 1] = ids[slot];
            k[slot] = key;
            ids[slot] = id;
            return id;
        }

        /** {@link #find} of a word without a key. */
        private int findLong(WordTable in, char[] word, int len) {
            int hash = charsHash(word, len);
            if (len > LONGEST) {
                return in.find(word, len, 0, hash);
            }
            int slot = spread(hash) & ((1 << BITS) - 1);
            char[] kept = longWords[slot];
            if (kept != null && java.util.Arrays.equals(kept, 0, kept.length, word, 0, len)) {
                return longIds[slot];
            }
            int id = in.find(word, len, 0, hash);
            longWords[slot] = java.util.Arrays.copyOf(word, len);
            longIds[slot] = id;
            return id;
        }
    }

    private boolean same(int id, char[] word, int len) {
        int from = offsets[id];
        if (offsets[id + 1] - from != len) {
            return false;
        }
        char[] p = pool;
        for (int i = 0; i < len; i++) {
            if (p[from + i] != word[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Spreads a hash's bits so that its low bits, which pick a slot, depend on all of them.
     *
     * @param h the hash
     * @return the spread hash
     */
    static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /**
     * A character as it stands in a normalised word: typographic apostrophes straightened, then
     * lower case ({@link Character#toLowerCase(char)}).
     *
     * @param c the character
     * @return its normalised form
     */
    static char norm(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return c == '’' || c == 'ʼ' ? '\'' : Character.toLowerCase(c);
    }
}
