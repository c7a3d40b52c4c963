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
}
