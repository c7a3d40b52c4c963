package dev.postmortem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The GitHub Action ({@code action.yml} at the repository root) run as the runner runs a composite
 * action: each {@code run:} step in order, with bash as {@code bash --noprofile --norc -eo pipefail},
 * its expressions substituted, the runner's files ({@code GITHUB_OUTPUT}, {@code GITHUB_PATH},
 * {@code GITHUB_STEP_SUMMARY}) and {@code RUNNER_TEMP} set, and the jar built here given as the
 * {@code jar} input. Steps that use other actions are skipped; {@code JAVA_HOME} stands in for
 * what setup-java provides.
 */
@Timeout(value = 20, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the action's steps are bash")
class ActionIT {
    private static final Path ROOT = Path.of(System.getProperty("postmortem.root", ".."))
            .toAbsolutePath()
            .normalize();
    private static final Path JAR = LauncherIT.JAR.toAbsolutePath();
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.*?)\\s*}}");

    @TempDir
    Path tmp;

    /** What a run of the action did. */
    record Run(int code, String log, String summary, Map<String, Map<String, String>> outputs, List<Used> used) {}

    /** A step that uses another action and that the runner would run, with its inputs. */
    record Used(String uses, Map<String, String> with) {}

    private Run runAction(Path workspace, Map<String, String> given) throws IOException, InterruptedException {
        JsonNode action = new YAMLMapper().readTree(ROOT.resolve("action.yml").toFile());
        assertThat(action.at("/runs/using").asString()).isEqualTo("composite");
        Map<String, String> inputs = new HashMap<>();
        action.get("inputs")
                .properties()
                .forEach(e -> inputs.put(
                        e.getKey(),
                        e.getValue().has("default")
                                ? e.getValue().get("default").asString()
                                : ""));
        for (String name : given.keySet()) {
            assertThat(inputs).as("the action has an input " + name).containsKey(name);
        }
        inputs.putAll(given);
        Path runnerTemp = Files.createDirectories(tmp.resolve("runner-temp"));
        Path githubPath = Files.createFile(tmp.resolve("github-path"));
        Map<String, Map<String, String>> outputs = new LinkedHashMap<>();
        StringBuilder log = new StringBuilder();
        StringBuilder summary = new StringBuilder();
        List<Used> used = new ArrayList<>();
        int step = 0;
        int failed = 0;
        for (JsonNode s : action.at("/runs/steps")) {
            step++;
            String condition = s.has("if") ? s.get("if").asString() : "";
            if (!runs(condition, failed != 0, inputs, outputs)) {
                continue;
            }
            if (s.has("uses")) {
                Map<String, String> with = new LinkedHashMap<>();
                if (s.has("with")) {
                    s.get("with")
                            .properties()
                            .forEach(e ->
                                    with.put(e.getKey(), substitute(e.getValue().asString(), inputs, outputs)));
                }
                used.add(new Used(s.get("uses").asString(), with));
                continue;
            }
            assertThat(s.get("shell").asString()).isEqualTo("bash");
            Path script = tmp.resolve("step" + step + ".sh");
            Files.writeString(script, substitute(s.get("run").asString(), inputs, outputs));
            Path output = Files.createFile(tmp.resolve("output" + step));
            Path stepSummary = Files.createFile(tmp.resolve("summary" + step));
            ProcessBuilder pb = new ProcessBuilder(
                            "bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString())
                    .directory(workspace.toFile())
                    .redirectErrorStream(true);
            Map<String, String> env = pb.environment();
            env.remove("CI");
            String javaHome = System.getProperty("java.home");
            env.put("JAVA_HOME", javaHome);
            List<String> path = new ArrayList<>(Files.readAllLines(githubPath));
            java.util.Collections.reverse(path); // the last added comes first, as on the runner
            path.add(javaHome + "/bin");
            path.add(System.getenv("PATH"));
            env.put("PATH", String.join(":", path));
            env.put("RUNNER_TEMP", runnerTemp.toString());
            env.put("GITHUB_OUTPUT", output.toString());
            env.put("GITHUB_PATH", githubPath.toString());
            env.put("GITHUB_STEP_SUMMARY", stepSummary.toString());
            env.put("GITHUB_WORKSPACE", workspace.toString());
            env.put("GITHUB_ACTION_PATH", ROOT.toString());
            env.put("GITHUB_ACTIONS", "true");
            env.put("POSTMORTEM_JAVA_OPTS", JarJvm.forLauncher()); // start-up speed only
            if (s.has("env")) {
                s.get("env")
                        .properties()
                        .forEach(
                                e -> env.put(e.getKey(), substitute(e.getValue().asString(), inputs, outputs)));
            }
            Process p = pb.start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(p.waitFor(20, TimeUnit.MINUTES)).as("the step ends").isTrue();
            log.append(out);
            summary.append(Files.readString(stepSummary));
            Map<String, String> stepOutputs = new LinkedHashMap<>();
            for (String line : Files.readAllLines(output)) {
                int eq = line.indexOf('=');
                stepOutputs.put(line.substring(0, eq), line.substring(eq + 1));
            }
            if (s.has("id")) {
                outputs.put(s.get("id").asString(), stepOutputs);
            }
            if (p.exitValue() != 0 && failed == 0) {
                failed = p.exitValue();
            }
        }
        return new Run(failed, log.toString(), summary.toString(), outputs, used);
    }

    /**
     * Whether a step runs: after a failed step only with {@code always()}; its condition may join
     * {@code always()} and comparisons of an expression with a quoted string by {@code &&}.
     */
    private boolean runs(
            String condition,
            boolean afterFailure,
            Map<String, String> inputs,
            Map<String, Map<String, String>> outputs) {
        String c = condition.strip();
        if (c.startsWith("${{") && c.endsWith("}}")) {
            c = c.substring(3, c.length() - 2).strip();
        }
        boolean always = false;
        boolean result = true;
        if (!c.isEmpty()) {
            for (String term : c.split("&&")) {
                String t = term.strip();
                Matcher m = Pattern.compile("([\\w.-]+) (==|!=) '([^']*)'").matcher(t);
                if (t.equals("always()")) {
                    always = true;
                } else if (m.matches()) {
                    String value = substitute("${{ " + m.group(1) + " }}", inputs, outputs);
                    result &= m.group(2).equals("==") == value.equals(m.group(3));
                } else {
                    throw new AssertionError("a condition this test does not know: " + t);
                }
            }
        }
        return result && (!afterFailure || always);
    }

    /** The expressions the action uses; any other fails the test, so the action stays testable. */
    private String substitute(String text, Map<String, String> inputs, Map<String, Map<String, String>> outputs) {
        Matcher m = EXPRESSION.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String value;
            if (e.startsWith("inputs.")) {
                value = inputs.get(e.substring("inputs.".length()));
                assertThat(value).as("input of " + e).isNotNull();
            } else if (e.equals("github.action_path")) {
                value = ROOT.toString();
            } else if (e.startsWith("steps.")) {
                String[] parts = e.split("\\.");
                value = outputs.getOrDefault(parts[1], Map.of()).getOrDefault(parts[3], "");
            } else {
                throw new AssertionError("an expression this test does not know: " + e);
            }
            m.appendReplacement(b, Matcher.quoteReplacement(value));
        }
        m.appendTail(b);
        return b.toString();
    }

    private Path workspace() throws IOException {
        Path ws = Files.createDirectories(tmp.resolve("workspace/docs/postmortems"));
        Files.copy(ROOT.resolve("examples/blaming.md"), ws.resolve("blaming.md"));
        Files.copy(ROOT.resolve("examples/clean.md"), ws.resolve("clean.md"));
        return tmp.resolve("workspace");
    }

    @Test
    void findingsFailTheStepAnnotateTheFilesAndFillTheJobSummary() throws Exception {
        Path ws = workspace();
        Run r = runAction(ws, Map.of("jar", JAR.toString(), "upload-sarif", "true"));
        assertThat(r.code()).as(r.log()).isEqualTo(1);
        assertThat(r.outputs().get("check")).containsEntry("exit-code", "1");
        Path sarif = Path.of(r.outputs().get("check").get("sarif-file"));
        assertThat(r.used())
                .as("the upload runs after the failed check")
                .containsExactly(
                        new Used("actions/setup-java@v4", Map.of("distribution", "temurin", "java-version", "17")),
                        new Used(
                                "github/codeql-action/upload-sarif@v3",
                                Map.of("sarif_file", sarif.toString(), "category", "postmortem")));
        assertThat(r.log()).contains("::error file=docs/postmortems/blaming.md,line=13,");
        assertThat(r.summary())
                .startsWith("## postmortem check\n\n**Failed:** findings at or above `error`.")
                .contains("| 2 | 6 | 7 | 0 | 0 |")
                .contains("| error | docs/postmortems/blaming.md | 13 | language.person-named |");
        assertThat(Schemas.sarif(Files.readString(sarif))).isEmpty();
        assertThat(Path.of(r.outputs().get("install").get("dir")).resolve("postmortem"))
                .as("the launcher is installed beside the jar")
                .isExecutable();
    }

    @Test
    void aBaselinePassesTheOldFindingsAndInputsWithSpacesAndLinesAreKeptApart() throws Exception {
        Path ws = workspace();
        Files.createDirectories(ws.resolve("more notes"));
        Files.writeString(ws.resolve("more notes/call.txt"), "The deploy finished and the graphs recovered.\n");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JarJvm.forShortRun());
        command.addAll(List.of(
                "-jar", JAR.toString(), "check", "--write-baseline", ".postmortem-baseline.json", "docs/postmortems"));
        Process write = new ProcessBuilder(command)
                .directory(ws.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(write.waitFor()).isZero();
        Run r = runAction(
                ws,
                Map.of(
                        "jar", JAR.toString(),
                        "baseline", ".postmortem-baseline.json",
                        "fail-on", "warning",
                        "format", "text",
                        "paths", "  docs/postmortems\n\nmore notes  \n"));
        assertThat(r.code()).as(r.log()).isZero();
        assertThat(r.outputs().get("check")).containsEntry("exit-code", "0").doesNotContainKey("sarif-file");
        assertThat(r.used()).extracting(Used::uses).containsExactly("actions/setup-java@v4");
        assertThat(r.log())
                .contains("3 files checked: 0 errors, 0 warnings, 0 infos; 13 in the baseline, 0 fixed since");
        assertThat(r.summary())
                .contains("**Passed:** no finding at or above `warning`.")
                .contains("| files | errors | warnings | infos | could not be read | in the baseline | fixed since |")
                .contains("| 3 | 0 | 0 | 0 | 0 | 13 | 0 |");
    }

    @Test
    void aUsageErrorIsExitTwoWithItsLineInTheLog() throws Exception {
        Path ws = workspace();
        Run r = runAction(ws, Map.of("jar", JAR.toString(), "baseline", "missing.json"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.log()).contains("postmortem: baseline missing.json: no such file");
        assertThat(r.outputs().get("check")).containsEntry("exit-code", "2");
    }
}
