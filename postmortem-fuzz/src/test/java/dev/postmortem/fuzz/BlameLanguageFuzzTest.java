package dev.postmortem.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.postmortem.core.checks.language.BlameLanguageChecker;
import dev.postmortem.core.report.Finding;
import dev.postmortem.core.report.Span;
import java.nio.charset.StandardCharsets;

/** The blame-language checker never throws, and every span lies inside the text. */
class BlameLanguageFuzzTest {
    private static final BlameLanguageChecker CHECKER = BlameLanguageChecker.create();

    @FuzzTest(maxDuration = "10m")
    void checksAnyTextWithoutThrowing(FuzzedDataProvider data) {
        String text = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
        for (Finding f : CHECKER.checkText(text)) {
            assertThat(f.ruleId()).startsWith("language.");
            Span s = f.span().orElseThrow();
            assertThat(s.startOffset()).isBetween(0, s.endOffset());
            assertThat(s.endOffset()).isLessThanOrEqualTo(text.length());
        }
        CHECKER.checkRemediation(text);
    }
}
