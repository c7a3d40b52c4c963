package dev.postmortem.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.postmortem.markdown.internal.ActionItemLine;
import java.nio.charset.StandardCharsets;

/**
 * The action-item line parser (internal to the Markdown module; the test stays in this package,
 * where its regression inputs are) takes any line without throwing, and its description is a part
 * of the line.
 */
class ActionItemLineFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void parsesAnyLineWithoutThrowing(FuzzedDataProvider data) {
        String line = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
        ActionItemLine parsed = ActionItemLine.parse(line);
        assertThat(parsed.description().length()).isLessThanOrEqualTo(line.length());
    }
}
