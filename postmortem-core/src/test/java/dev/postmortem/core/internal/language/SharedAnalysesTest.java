package dev.postmortem.core.internal.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SharedAnalysesTest {
    private static final RuleEngine ENGINE = RuleEngine.compile(RuleEngine.builtInRules(), Map.of());

    /** A copy that is equal to the text but not the same string, as a second reader would hold. */
    private static String copy(String text) {
        return new StringBuilder(text).toString();
    }

    @Test
    void withinOneCheck_anEqualTextIsAnalysedOnce_upToTheBound() {
        List<String> texts = IntStream.range(0, 1100)
                .mapToObj(i -> "Step " + i + ": the operator on shift was careless.")
                .toList();
        SharedAnalyses.during(() -> {
            List<Analysis> first =
                    texts.stream().map(t -> ENGINE.analyse(t, Set.of())).toList();
            for (int i = 0; i < texts.size(); i++) {
                Analysis again = ENGINE.analyse(copy(texts.get(i)), Set.of());
                if (i < 1024) {
                    assertThat(again).as("text %d", i).isSameAs(first.get(i));
                } else {
                    assertThat(again).as("text %d, past the bound", i).isNotSameAs(first.get(i));
                }
                assertThat(ENGINE.run(again, LanguageRuleFile.Mode.PROSE)).isNotEmpty();
            }
            return null;
        });
    }

    @Test
    void nothingIsKeptFromOneCheckToTheNext_norOutsideOne() {
        String text = "The operator on shift was careless.";
        Analysis[] inFirst = new Analysis[1];
        SharedAnalyses.during(() -> inFirst[0] = ENGINE.analyse(text, Set.of()));
        SharedAnalyses.during(() -> {
            Analysis a = ENGINE.analyse(text, Set.of());
            assertThat(a).isNotSameAs(inFirst[0]);
            assertThat(ENGINE.analyse(copy(text), Set.of())).isSameAs(a);
            return null;
        });
        assertThat(ENGINE.analyse(text, Set.of())).isNotSameAs(ENGINE.analyse(text, Set.of()));
    }

    @Test
    void phrasesAreMarkedPastTheThreadsScratchList_andInTheNextTextAfterIt() {
        // far more phrase starts ("layer" may start "layer 8") than the thread's scratch list holds
        // at first (64) or keeps (65,536), grown past what it keeps twice; the phrase at 100,000 lies
        // in what a second growth would lose if it copied the kept list instead of the one in use
        StringBuilder text = new StringBuilder();
        List<Integer> expected = new java.util.ArrayList<>();
        for (int i = 0; i < 140_000; i++) {
            if (i == 0 || i == 100_000 || i == 139_999) {
                expected.add(text.length() + "It was a ".length());
                text.append("It was a layer 8 problem. ");
            } else {
                text.append("The layer rebuilt. ");
            }
        }
        List<RuleEngine.Hit> hits = ENGINE.run(ENGINE.analyse(text.toString(), Set.of()), LanguageRuleFile.Mode.PROSE);
        assertThat(hits).extracting(RuleEngine.Hit::start).containsExactlyElementsOf(expected);

        String next = "The layer rebuilt. It was a layer 8 problem. The layer rebuilt.";
        List<RuleEngine.Hit> again = ENGINE.run(ENGINE.analyse(next, Set.of()), LanguageRuleFile.Mode.PROSE);
        assertThat(again).extracting(RuleEngine.Hit::start).containsExactly(next.indexOf("layer 8"));
    }
}
