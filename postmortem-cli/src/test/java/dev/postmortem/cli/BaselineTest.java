package dev.postmortem.cli;

import static dev.postmortem.cli.PostmortemCliTest.ROOT;
import static dev.postmortem.cli.PostmortemCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.cli.PostmortemCliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code check --baseline} and {@code check --write-baseline}, over a copy of the examples. */
class BaselineTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    private Run check(String... args) {
        return run(tmp, "", Map.of(), false, args);
    }

    private void copyExamples() throws IOException {
        Files.createDirectories(tmp.resolve("examples"));
        try (Stream<Path> s = Files.list(ROOT.resolve("examples"))) {
            for (Path p : s.toList()) {
                Files.copy(p, tmp.resolve("examples").resolve(p.getFileName()));
            }
        }
    }

    private static String moveSection(String doc, String section, String before) {
        int from = doc.indexOf(section);
        int to = doc.indexOf("\n## ", from + 1) + 1;
        String moved = doc.substring(from, to);
        String rest = doc.substring(0, from) + doc.substring(to);
        int at = rest.indexOf(before);
        return rest.substring(0, at) + moved + rest.substring(at);
    }

    @Test
    void onlyTheNewFindingFailsAfterEditsElsewhereAndARemovedProblemIsFixed() throws IOException {
        copyExamples();
        Run write = check("check", "--write-baseline", "postmortem-baseline.json", "examples/");
        assertThat(write.code()).as(write.err()).isEqualTo(PostmortemCli.OK);
        assertThat(write.out())
                .endsWith("5 files checked: 0 errors, 0 warnings, 0 infos; 44 in the baseline, 0 fixed since\n");
        String baseline = Files.readString(tmp.resolve("postmortem-baseline.json"));
        assertThat(Schemas.baseline(baseline)).isEmpty();

        Path blaming = tmp.resolve("examples/blaming.md");
        String doc = Files.readString(blaming);
        // the impact section moves below the causes, an unrelated line changes, a blaming sentence is added
        String edited = moveSection(doc, "## 2. Customer & SLO Impact", "## 4. Remediation")
                .replace("Search returns to normal.", "Search returns to normal in every region.")
                .replace(
                        "The reindex job is stopped and the cluster recovers.",
                        "The reindex job is stopped and the cluster recovers."
                                + " The on-call engineer should have caught this before the deploy.");
        assertThat(edited.indexOf("## 2. Customer")).isGreaterThan(edited.indexOf("## 3. Systems"));
        Files.writeString(blaming, edited);

        Run after = check("check", "--baseline", "postmortem-baseline.json", "--fail-on", "warning", "examples/");
        assertThat(after.code()).isEqualTo(PostmortemCli.FINDINGS);
        List<String> findings =
                after.out().lines().filter(l -> l.startsWith("examples/")).toList();
        List<String> editedLines = edited.lines().toList();
        int line = 1;
        while (!editedLines.get(line - 1).contains("The on-call engineer should have")) {
            line++;
        }
        int column = editedLines.get(line - 1).indexOf("on-call engineer should have") + 1;
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0))
                .startsWith("examples/blaming.md:" + line + ":" + column
                        + ": warning language.counterfactual 'on-call engineer should have' ");
        assertThat(after.out())
                .endsWith("5 files checked: 0 errors, 1 warning, 0 infos; 44 in the baseline, 0 fixed since\n");
        assertThat(check("check", "--baseline", "postmortem-baseline.json", "--fail-on", "error", "examples/")
                        .code())
                .as("a new warning does not fail a run that fails on errors")
                .isEqualTo(PostmortemCli.OK);

        // one baselined problem goes: it is reported as fixed and the run passes
        Files.writeString(blaming, edited.replace("Dave carelessly started", "Dave started"));
        Run fixed = check("check", "--baseline", "postmortem-baseline.json", "--fail-on", "warning", "examples/");
        assertThat(fixed.out())
                .contains("examples/blaming.md: fixed language.character-judgement 'carelessly'\n")
                .endsWith("; 43 in the baseline, 1 fixed since\n");
        assertThat(fixed.code()).as("the only new finding is still there").isEqualTo(PostmortemCli.FINDINGS);
        Files.writeString(
                blaming,
                edited.replace("Dave carelessly started", "Dave started")
                        .replace(" The on-call engineer should have caught this before the deploy.", ""));
        assertThat(check("check", "--baseline", "postmortem-baseline.json", "--fail-on", "warning", "examples/")
                        .code())
                .isEqualTo(PostmortemCli.OK);
    }

    @Test
    void theJsonReportCarriesWhatTheBaselineTookOutAndWhatIsFixed() throws IOException {
        copyExamples();
        check("check", "--write-baseline", "b.json", "examples/blaming.md");
        Path blaming = tmp.resolve("examples/blaming.md");
        Files.writeString(blaming, Files.readString(blaming).replace("Dave carelessly started", "Dave started"));
        Run r = check("check", "--format", "json", "--baseline", "b.json", "examples/blaming.md");
        assertThat(Schemas.checkReport(r.out())).isEmpty();
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.at("/files/0/findings").size()).isZero();
        assertThat(report.at("/summary/baseline/baselined").asInt()).isEqualTo(12);
        assertThat(report.at("/summary/baseline/fixed/0/ruleId").asString()).isEqualTo("language.character-judgement");
        assertThat(report.at("/summary/baseline/fixed/0/count").asInt()).isEqualTo(1);
        assertThat(JSON.readTree(check("check", "--format", "json", "examples/blaming.md")
                                .out())
                        .at("/summary")
                        .has("baseline"))
                .as("no baseline, no baseline totals")
                .isFalse();
    }

    @Test
    void theBaselineIsSortedOneFindingPerLineWithCounts() throws IOException {
        copyExamples();
        check("check", "--write-baseline", "b.json", "examples/");
        List<String> lines = Files.readAllLines(tmp.resolve("b.json"));
        assertThat(lines.get(0)).isEqualTo("{");
        assertThat(lines.get(1)).isEqualTo("  \"version\": 1,");
        List<String> entries = lines.stream().filter(l -> l.startsWith("    {")).toList();
        List<String> keys = entries.stream()
                .map(l -> {
                    JsonNode e = JSON.readTree(l.endsWith(",") ? l.substring(0, l.length() - 1) : l);
                    return e.get("path").asString() + " " + e.get("ruleId").asString() + " "
                            + e.get("fingerprint").asString();
                })
                .toList();
        assertThat(keys).isSorted().doesNotHaveDuplicates();
        int total = entries.stream()
                .mapToInt(
                        l -> JSON.readTree(l.replaceAll(",$", "")).get("count").asInt())
                .sum();
        assertThat(total).isEqualTo(44);
        // the draft's three action items without an estimate share one entry with a count
        assertThat(entries).anyMatch(l -> l.contains("\"ruleId\":\"readiness.estimate\"") && l.contains("\"count\":3"));
        // the run is reproducible: the same files give the same bytes
        check("check", "--write-baseline", "again.json", "examples/");
        assertThat(Files.readString(tmp.resolve("again.json"))).isEqualTo(Files.readString(tmp.resolve("b.json")));
    }

    @Test
    void aFindingBeyondTheBaselinesCountIsNew() throws IOException {
        Files.writeString(tmp.resolve("notes.txt"), "Dave was careless.\n");
        check("check", "--write-baseline", "b.json", "notes.txt");
        Files.writeString(tmp.resolve("notes.txt"), "Nothing here.\nDave was careless.\n\nDave was careless.\n");
        Run r = check("check", "--baseline", "b.json", "notes.txt");
        assertThat(r.code()).isEqualTo(PostmortemCli.FINDINGS);
        assertThat(r.out().lines().filter(l -> l.startsWith("notes.txt:")))
                .as("the first occurrence is the baselined one, wherever it moved")
                .allMatch(l -> l.startsWith("notes.txt:4:"))
                .isNotEmpty();
    }

    @Test
    void aMissingOrMalformedBaselineIsOneClearLineAndExitTwo() throws IOException {
        Files.copy(ROOT.resolve("examples/clean.md"), tmp.resolve("clean.md"));
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("", "postmortem: baseline b.json is empty; write one with --write-baseline b.json");
        cases.put("{\"version\": 1, \"findings\": [", "postmortem: baseline b.json is not valid JSON (line 1)");
        cases.put("[]", "postmortem: baseline b.json must be a JSON object with \"version\" and \"findings\"");
        cases.put("{\"version\": 2, \"findings\": []}", "postmortem: baseline b.json: version must be 1");
        cases.put("{\"version\": 1}", "postmortem: baseline b.json: findings must be an array");
        cases.put(
                "{\"version\": 1, \"findings\": [{\"path\": \"a.md\", \"ruleId\": \"x.y\", \"fingerprint\": \"XYZ\","
                        + " \"count\": 1}]}",
                "postmortem: baseline b.json: findings[0].fingerprint must be 16 lower-case hex digits");
        cases.put(
                "{\"version\": 1, \"findings\": [{\"path\": \"a.md\", \"ruleId\": \"x.y\","
                        + " \"fingerprint\": \"0123456789abcdef\", \"count\": 0}]}",
                "postmortem: baseline b.json: findings[0].count must be a whole number of at least 1");
        cases.put(
                "{\"version\": 1, \"findings\": [], \"extra\": true}",
                "postmortem: baseline b.json: extra is not a baseline key");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Files.writeString(tmp.resolve("b.json"), c.getKey());
            Run r = check("check", "--baseline", "b.json", "clean.md");
            assertThat(r.code()).as(c.getKey()).isEqualTo(PostmortemCli.TROUBLE);
            assertThat(r.err()).as(c.getKey()).startsWith(c.getValue()).hasLineCount(1);
            assertThat(r.out()).isEmpty();
            if (!c.getValue().contains("not valid JSON") && !c.getKey().isEmpty()) {
                assertThat(Schemas.baseline(c.getKey()))
                        .as("the schema rejects it too: " + c.getKey())
                        .isNotEmpty();
            }
        }
        Run missing = check("check", "--baseline", "nope.json", "clean.md");
        assertThat(missing.code()).isEqualTo(PostmortemCli.TROUBLE);
        assertThat(missing.err())
                .isEqualTo("postmortem: baseline nope.json: no such file; write one with --write-baseline nope.json\n");
        Run both = check("check", "--baseline", "b.json", "--write-baseline", "b.json", "clean.md");
        assertThat(both.code()).isEqualTo(PostmortemCli.TROUBLE);
        assertThat(both.err()).startsWith("postmortem: --baseline and --write-baseline cannot be given together");
    }

    @Test
    void noBaselineIsWrittenWhenAFileCouldNotBeRead() throws IOException {
        Files.copy(ROOT.resolve("examples/blaming.md"), tmp.resolve("blaming.md"));
        Run r = check("check", "--write-baseline", "b.json", "blaming.md", "missing.md");
        assertThat(r.code()).isEqualTo(PostmortemCli.TROUBLE);
        assertThat(r.err()).contains("postmortem: baseline b.json not written: 1 file could not be read");
        assertThat(tmp.resolve("b.json")).doesNotExist();
    }
}
