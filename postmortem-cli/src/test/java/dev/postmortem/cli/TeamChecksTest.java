package dev.postmortem.cli;

import static dev.postmortem.cli.PostmortemCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.cli.PostmortemCliTest.Run;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A team's check plugged in the way a team would: a jar whose service file names the check, given
 * to {@code check --checks}. Its findings reach the text report and SARIF (with the rule in the
 * driver's rule list), and the config file's rule settings apply to them.
 */
class TeamChecksTest {
    @TempDir
    Path tmp;

    private Path jar;

    @BeforeEach
    void packTheTeamsJar() throws IOException {
        jar = tmp.resolve("acme-checks.jar");
        String cls = TeamEpicCheck.class.getName().replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("META-INF/services/dev.postmortem.core.checks.Check"));
            out.write((TeamEpicCheck.class.getName() + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new JarEntry(cls));
            try (var in = TeamEpicCheck.class.getClassLoader().getResourceAsStream(cls)) {
                in.transferTo(out);
            }
            out.closeEntry();
        }
    }

    private Run check(String... args) {
        return run(PostmortemCliTest.ROOT, "", Map.of(), false, args);
    }

    @Test
    void theTeamsFindingAppearsInTheTextReport() {
        Run r = check("check", "--checks", jar.toString(), "examples/clean.md");
        assertThat(r.code()).isEqualTo(PostmortemCli.FINDINGS);
        assertThat(r.out()).contains("error acme.epic-section add an 'Epic' section");
        assertThat(check("check", "examples/clean.md").out()).doesNotContain("acme.");
    }

    @Test
    void theTeamsRuleAndFindingAppearInSarif() {
        Run r = check("check", "--checks", jar.toString(), "--format", "sarif", "examples/clean.md");
        JsonNode run =
                JsonMapper.builder().build().readTree(r.out()).get("runs").get(0);
        assertThat(run.get("tool").get("driver").get("rules").findValuesAsString("id"))
                .contains("acme.epic-section", "language.counterfactual");
        assertThat(run.get("results").findValuesAsString("ruleId")).containsExactly("acme.epic-section");
    }

    @Test
    void theConfigFileCanTurnTheTeamsRuleOff() throws IOException {
        Path config = tmp.resolve("postmortem.yaml");
        Files.writeString(config, "rules:\n  disable: [acme.epic-section]\n");
        Run r = check("check", "--checks", jar.toString(), "--config", config.toString(), "examples/clean.md");
        assertThat(r.code()).isEqualTo(PostmortemCli.OK);
        assertThat(r.out()).doesNotContain("acme.");
        // without the jar, the same config names a rule nobody declares
        Run unknown = check("check", "--config", config.toString(), "examples/clean.md");
        assertThat(unknown.code()).isEqualTo(PostmortemCli.TROUBLE);
        assertThat(unknown.err()).contains("acme.epic-section");
    }

    @Test
    void aMissingJarOrAJarWithoutChecksIsOneClearError() throws IOException {
        Run missing = check("check", "--checks", tmp.resolve("nope.jar").toString(), "examples/clean.md");
        assertThat(missing.code()).isEqualTo(PostmortemCli.TROUBLE);
        assertThat(missing.err())
                .startsWith("postmortem: --checks: no such jar:")
                .hasLineCount(1);
        Path empty = tmp.resolve("empty.jar");
        try (OutputStream o = Files.newOutputStream(empty);
                JarOutputStream out = new JarOutputStream(o)) {
            out.putNextEntry(new JarEntry("README.txt"));
            out.closeEntry();
        }
        Run none = check("check", "--checks", empty.toString(), "examples/clean.md");
        assertThat(none.code()).isEqualTo(PostmortemCli.TROUBLE);
        assertThat(none.err()).contains("no check found").hasLineCount(1);
    }
}
