package dev.postmortem.core.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.core.report.RuleDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's rule table lists every rule of the catalogue with its default severity. */
class ReadmeRulesTest {
    @Test
    void readmeListsEveryRule() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        for (RuleDescriptor r : PostmortemChecker.rules()) {
            String severity = r.defaultSeverity().name().toLowerCase(java.util.Locale.ROOT);
            assertThat(readme).as(r.id()).contains("| `" + r.id() + "` | ");
            if (!r.id().equals("validation.required")) {
                assertThat(readme).as(r.id()).contains("| `" + r.id() + "` | " + severity + " |");
            }
        }
    }
}
