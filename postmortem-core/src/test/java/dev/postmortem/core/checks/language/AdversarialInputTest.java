package dev.postmortem.core.checks.language;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.core.report.Finding;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Inputs built to make a backtracking or quadratic scanner hang. Each test checks the findings,
 * which proves the whole input was read; the timeouts are generous hang guards, not timings.
 */
@Timeout(value = 20, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class AdversarialInputTest {
    private final BlameLanguageChecker checker = BlameLanguageChecker.create();

    @Test
    void longRunsOfSpaces() {
        String text = "He" + " ".repeat(500_000) + "should have" + " ".repeat(500_000) + "checked.";
        List<Finding> f = checker.checkText(text);
        assertThat(f).extracting(Finding::ruleId).containsExactly("language.counterfactual");
        assertThat(f.get(0).span().get().startOffset()).isZero();
        assertThat(f.get(0).span().get().endOffset()).isEqualTo(500_013);
    }

    @Test
    void repeatedWordsWithoutANewline_oneMegabyte() {
        // a rule reports a sentence once, so one finding per sentence proves every sentence was read
        String text = "careless. ".repeat(1_048_576 / 10);
        List<Finding> f = checker.checkText(text);
        assertThat(f).hasSize(1_048_576 / 10);
        assertThat(f.get(f.size() - 1).span().get().line()).isEqualTo(1);
        String oneSentence = "word ".repeat(1_048_576 / 5) + "careless";
        assertThat(checker.checkText(oneSentence))
                .singleElement()
                .satisfies(x -> assertThat(x.span().get().startOffset()).isEqualTo(oneSentence.length() - 8));
    }

    @Test
    void oneMegabyteOfOrdinaryProseWithOneBlameSentenceAtTheEnd() {
        String prose = "The canary window was five minutes and the alert threshold was too high. ";
        String text = prose.repeat(1_048_576 / prose.length()) + "Alice deployed the broken config.";
        List<Finding> f = checker.checkText(text);
        assertThat(f).extracting(Finding::ruleId).containsExactly("language.person-named");
        assertThat(f.get(0).span().get().startOffset())
                .isEqualTo(text.length() - "Alice deployed the broken config.".length());
    }

    @Test
    void unmatchedBackticksAndCommentOpeners() {
        String text = "` `` x ".repeat(100_000) + "<!-- ".repeat(10_000) + "He should have checked.";
        // the comment openers never close, so the last sentence is inside a comment and not read
        assertThat(checker.checkText(text)).isEmpty();
        String text2 = "` `` x ".repeat(100_000) + " He should have checked.";
        assertThat(checker.checkText(text2)).extracting(Finding::ruleId).containsExactly("language.counterfactual");
    }

    @Test
    void manyShortSentencesAndLines() {
        String text = "He should have checked.\n".repeat(50_000);
        List<Finding> f = checker.checkText(text);
        assertThat(f).hasSize(50_000);
        assertThat(f.get(49_999).span().get().line()).isEqualTo(50_000);
    }

    @Test
    void repeatedNamesAndHumanErrorWithoutBreaks() {
        String text = "human error. ".repeat(80_000) + "was the cause";
        assertThat(checker.checkText(text)).hasSize(80_000);
        String names = "John Alice Priya ".repeat(60_000);
        assertThat(checker.checkText(names)).isEmpty();
    }
}
