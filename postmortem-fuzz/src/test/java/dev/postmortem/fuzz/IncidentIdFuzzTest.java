package dev.postmortem.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.postmortem.core.model.ActionItemId;
import dev.postmortem.core.model.IncidentId;
import java.nio.charset.StandardCharsets;

/**
 * The identifier parsers throw only {@link IllegalArgumentException}, and what they parse
 * round-trips through {@code toString()}.
 */
class IncidentIdFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void parsesOrRejectsAnyText(FuzzedDataProvider data) {
        String text = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
        try {
            IncidentId id = IncidentId.parse(text);
            assertThat(IncidentId.parse(id.toString())).isEqualTo(id);
        } catch (IllegalArgumentException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
        try {
            ActionItemId id = ActionItemId.parse(text);
            assertThat(ActionItemId.parse(id.toString())).isEqualTo(id);
        } catch (IllegalArgumentException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }
}
