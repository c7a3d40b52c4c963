package dev.postmortem.core.internal.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordTableTest {
    private static final List<String> WORDS =
            List.of("the", "a", "careless", "carelessly", "café", "ωμέγα", "on-call", "isn't");

    private final WordTable table = new WordTable(WORDS);

    /** Looks a word up as the scanner does: from a buffer longer than the word, with its hash and key. */
    private int find(String word) {
        char[] buffer = java.util.Arrays.copyOf(word.toCharArray(), 64);
        buffer[word.length()] = 'x'; // what follows the word in the buffer is not part of it
        return table.find(buffer, word.length(), WordTable.key(buffer, word.length()));
    }

    @Test
    void everyWordIsFound_shortOnesByKeyAndLongOrWideOnesByTheirCharacters() {
        for (int id = 0; id < WORDS.size(); id++) {
            assertThat(find(WORDS.get(id))).as(WORDS.get(id)).isEqualTo(id);
            assertThat(table.find(WORDS.get(id))).isEqualTo(id);
        }
    }

    @Test
    void aWordThatDiffersByOneCharacterOrInLengthIsNotFound() {
        assertThat(find("careles")).isEqualTo(-1);
        assertThat(find("carelesz")).isEqualTo(-1);
        assertThat(find("carelessl")).isEqualTo(-1);
        assertThat(find("aa")).isEqualTo(-1);
        assertThat(find("ωμέγο")).isEqualTo(-1);
        assertThat(find("")).isEqualTo(-1);
    }

    @Test
    void aKeyIsExactUpToEightNarrowCharacters_andAbsentBeyond() {
        assertThat(WordTable.key("a".toCharArray(), 1)).isNotEqualTo(WordTable.key("aa".toCharArray(), 2));
        assertThat(WordTable.key("careless".toCharArray(), 8)).isNotZero();
        assertThat(WordTable.key("carelessl".toCharArray(), 9)).isZero();
        assertThat(WordTable.key("ωμέγα".toCharArray(), 5)).isZero();
        assertThat(WordTable.key("café".toCharArray(), 4)).isNotZero();
    }

    @Test
    void inTheBuiltInVocabulary_everyWordIsFoundBothWays_andEveryShortStringIsFoundExactlyWhenItIsAWord() {
        WordTable builtIn = Vocabulary.builtIn().build().table();
        java.util.Set<String> words = new java.util.HashSet<>();
        for (int id = 0; id < builtIn.size(); id++) {
            String w = builtIn.word(id);
            words.add(w);
            char[] buffer = java.util.Arrays.copyOf(w.toCharArray(), w.length() + 1);
            assertThat(builtIn.find(buffer, w.length(), WordTable.key(buffer, w.length())))
                    .as(w)
                    .isEqualTo(id);
            assertThat(builtIn.find(w)).as(w).isEqualTo(id);
        }
        // every string of one to three of these characters: short words are found by their key alone
        String alphabet = "aeinost'-";
        List<String> strings = new java.util.ArrayList<>();
        for (char x : alphabet.toCharArray()) {
            strings.add("" + x);
            for (char y : alphabet.toCharArray()) {
                strings.add("" + x + y);
                for (char z : alphabet.toCharArray()) {
                    strings.add("" + x + y + z);
                }
            }
        }
        for (String s : strings) {
            char[] buffer = s.toCharArray();
            int id = builtIn.find(buffer, s.length(), WordTable.key(buffer, s.length()));
            assertThat(id >= 0).as(s).isEqualTo(words.contains(s));
            assertThat(builtIn.find(s)).as(s).isEqualTo(id);
        }
    }

    @Test
    void longWordsThatShareTheirEndsAndLength_areToldApartByTheirCharacters() {
        // same first four, same last four, same length: one hash, so only the characters decide
        List<String> words = List.of("misconfigured", "misconxigured", "misconfiguRed", "deploymentsxx");
        WordTable t = new WordTable(words);
        assertThat(WordTable.charsHash("misconfigured".toCharArray(), 13))
                .isEqualTo(WordTable.charsHash("misconxigured".toCharArray(), 13));
        for (int id = 0; id < words.size(); id++) {
            char[] buffer = words.get(id).toCharArray();
            assertThat(t.find(buffer, buffer.length, 0)).as(words.get(id)).isEqualTo(id);
            assertThat(t.find(words.get(id))).isEqualTo(id);
        }
        char[] absent = "miscoyfigured".toCharArray();
        assertThat(t.find(absent, absent.length, 0)).isEqualTo(-1);
    }

    @Test
    void aMemoGivesWhatItsTableGives_andForgetsATableWhenAskedAboutAnother() {
        WordTable other = new WordTable(List.of("careless", "the"));
        WordTable.Memo memo = new WordTable.Memo();
        for (int round = 0; round < 3; round++) {
            for (String w : List.of("the", "a", "careless", "isn't", "café", "zzz", "carelessly", "ωμέγα")) {
                char[] b = w.toCharArray();
                long key = WordTable.key(b, b.length);
                assertThat(memo.find(table, b, b.length, key)).as(w).isEqualTo(table.find(b, b.length, key));
                assertThat(memo.find(other, b, b.length, key)).as(w).isEqualTo(other.find(b, b.length, key));
                assertThat(memo.find(WordTable.EMPTY, b, b.length, key)).isEqualTo(-1);
            }
        }
        assertThat(table.find("the")).isNotEqualTo(other.find("the"));
    }

    @Test
    void aMemoTellsLongWordsWithOneHashApart_evenFromLongerBuffers_andLooksUpTheLongestInTheTable() {
        List<String> words = List.of("misconfigured", "deploymentsxx", "internationalisation-readiness");
        WordTable t = new WordTable(words);
        WordTable.Memo memo = new WordTable.Memo();
        // "misconxigured" shares the hash of "misconfigured" (same ends and length) and is no word
        List<String> asked = List.of(
                "misconfigured",
                "misconxigured",
                "misconfigured",
                "deploymentsxx",
                "misconxigured",
                "internationalisation-readiness",
                "internationalisation-readinesz",
                "misconfigure");
        for (int round = 0; round < 3; round++) {
            for (String w : asked) {
                char[] buffer = java.util.Arrays.copyOf(w.toCharArray(), 64);
                buffer[w.length()] = 'x'; // what follows the word in the buffer is not part of it
                assertThat(memo.find(t, buffer, w.length(), 0)).as(w).isEqualTo(words.indexOf(w));
            }
        }
    }
}
