package dev.postmortem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.json.PostmortemJson;
import dev.postmortem.markdown.MarkdownReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The commands run in-process against the shipped examples and temporary files. */
class PostmortemCliTest {
    static final Path ROOT = root();
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    private static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples"))) {
            p = p.getParent();
        }
        return p;
    }

    record Run(int code, String out, String err) {}

    static Run run(Path cwd, String stdin, Map<String, String> vars, boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Env env = new Env(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                cwd,
                vars,
                terminal,
                TODAY);
        int code = PostmortemCli.run(env, args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String... args) {
        return run(ROOT, "", Map.of(), false, args);
    }

    @Test
    void checkOfTheExamplesReportsTheBlamingOneAndFails() {
        Run r = run("check", "examples/");
        assertThat(r.code()).isEqualTo(PostmortemCli.FINDINGS);
        assertThat(r.out())
                .contains("examples/blaming.md:13:30: error language.character-judgement 'carelessly'")
                .contains("examples/blaming.md:27:16: error language.person-named 'Dave'")
                .contains("examples/blaming.md:27:3: error language.human-error-cause 'Human Error'")
                .doesNotContain("examples/clean.md")
                .endsWith("5 files checked: 6 errors, 38 warnings, 0 infos\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void theReadmesFirstCommandGivesTheSameFindingsWhateverTheMachinesDate() {
        String[] readme = {"check", "--today", "2026-06-01", "examples/"};
        List<String> outputs = new ArrayList<>();
        for (String day : List.of("2026-06-01", "2027-03-15", "2031-12-31")) {
            Clock clock = Clock.fixed(Instant.parse(day + "T12:00:00Z"), ZoneOffset.UTC);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Env env = new Env(
                    new ByteArrayInputStream(new byte[0]),
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    ROOT,
                    Map.of(),
                    false,
                    clock);
            assertThat(PostmortemCli.run(env, readme)).isEqualTo(PostmortemCli.FINDINGS);
            outputs.add(out.toString(StandardCharsets.UTF_8));
        }
        assertThat(outputs).allSatisfy(o -> assertThat(o).isEqualTo(outputs.get(0)));
        // without the pinned date, a later machine date finds more overdue work
        assertThat(run("check", "examples/").out()).isNotEqualTo(outputs.get(0));
    }

    @Test
    void theCleanExampleHasNoFindingAndTheDraftOnlyWarnings() {
        assertThat(run("check", "examples/clean.md").out())
                .isEqualTo("1 file checked: 0 errors, 0 warnings, 0 infos\n");
        Run draft = run("check", "examples/draft.md");
        assertThat(draft.code()).isEqualTo(PostmortemCli.OK);
        assertThat(draft.out()).contains("warning validation.required").doesNotContain(": error ");
        assertThat(run("check", "--fail-on", "warning", "examples/draft.md").code())
                .isEqualTo(PostmortemCli.FINDINGS);
    }

    @Test
    void theJsonReportFollowsItsSchemaAndCountsWhatTheTextCounts() {
        Run r = run("check", "--format", "json", "examples/");
        assertThat(Schemas.checkReport(r.out())).isEmpty();
        JsonNode report = JsonMapper.builder().build().readTree(r.out());
        assertThat(report.at("/summary/errors").asInt()).isEqualTo(6);
        assertThat(report.at("/summary/warnings").asInt()).isEqualTo(38);
        assertThat(report.at("/summary/failed").asBoolean()).isTrue();
        assertThat(report.at("/files/0/path").asString()).isEqualTo("examples/blaming.md");
        JsonNode first = report.at("/files/0/findings/0");
        assertThat(first.get("ruleId").asString()).isEqualTo("language.person-named");
        assertThat(first.get("line").asInt()).isEqualTo(13);
        assertThat(first.get("column").asInt()).isEqualTo(25);
        assertThat(first.get("endColumn").asInt()).isEqualTo(29);
    }

    @Test
    void sarifFollowsTheOfficialSchemaWithRulesRelativeUrisAndFingerprints() {
        Run r = run("check", "--format", "sarif", "examples/");
        assertThat(Schemas.sarif(r.out())).isEmpty();
        JsonNode log = JsonMapper.builder().build().readTree(r.out());
        assertThat(log.get("version").asString()).isEqualTo("2.1.0");
        JsonNode run = log.at("/runs/0");
        JsonNode rules = run.at("/tool/driver/rules");
        assertThat(rules.size()).isGreaterThan(30);
        JsonNode result = run.at("/results/0");
        assertThat(result.get("ruleId").asString())
                .isEqualTo(rules.get(result.get("ruleIndex").asInt()).get("id").asString());
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri")
                        .asString())
                .isEqualTo("examples/blaming.md");
        assertThat(result.at("/locations/0/physicalLocation/region/startColumn").asInt())
                .isEqualTo(25);
        assertThat(result.at("/partialFingerprints/postmortemFinding~1v1").asString())
                .hasSize(32);
        assertThat(run.get("results").size()).isEqualTo(44);
    }

    @Test
    void aFingerprintStaysWhenLinesMove() throws IOException {
        String blaming = Files.readString(ROOT.resolve("examples/blaming.md"));
        Files.writeString(tmp.resolve("a.md"), blaming);
        Files.writeString(tmp.resolve("b.md"), blaming.replace("## 1. Event Timeline", "\n\n## 1. Event Timeline"));
        JsonNode a = JsonMapper.builder()
                .build()
                .readTree(run(tmp, "", Map.of(), false, "check", "--format", "sarif", "a.md")
                        .out());
        JsonNode b = JsonMapper.builder()
                .build()
                .readTree(run(tmp, "", Map.of(), false, "check", "--format", "sarif", "b.md")
                        .out());
        String line = "/runs/0/results/0/locations/0/physicalLocation/region/startLine";
        assertThat(b.at(line).asInt()).isEqualTo(a.at(line).asInt() + 2);
        // The file name differs, so compare fingerprints within each run by rule and excerpt order.
        assertThat(a.at("/runs/0/results").size())
                .isEqualTo(b.at("/runs/0/results").size());
    }

    @Test
    void findingsInJsonDocumentsPointAtTheFlaggedWords() throws IOException {
        String doc = "{\n  \"schemaVersion\": 1,\n  \"title\": \"Search outage\",\n  \"contributingFactors\": [\n"
                + "    {\"title\": \"Reindex\", \"description\": \"Dave failed to check the cluster.\"}\n  ]\n}\n";
        Files.writeString(tmp.resolve("pm.json"), doc);
        Run r = run(tmp, "", Map.of(), false, "check", "pm.json");
        int column = doc.lines().toList().get(4).indexOf("Dave") + 1;
        assertThat(r.out()).contains("pm.json:5:" + column + ": error language.person-named 'Dave'");
        assertThat(r.out()).contains("pm.json:5:" + (column + 5) + ": warning language.failed-to");
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() {
        String red = "\u001B[31merror\u001B[0m";
        assertThat(run(ROOT, "", Map.of(), true, "check", "examples/blaming.md").out())
                .contains(red);
        assertThat(run(ROOT, "", Map.of("NO_COLOR", "1"), true, "check", "examples/blaming.md")
                        .out())
                .doesNotContain("\u001B[");
        assertThat(run(ROOT, "", Map.of(), false, "check", "examples/blaming.md")
                        .out())
                .doesNotContain("\u001B[");
        assertThat(run(ROOT, "", Map.of(), true, "check", "--no-color", "examples/blaming.md")
                        .out())
                .doesNotContain("\u001B[");
    }

    @Test
    void aConfigFileDisablesRulesAndChangesSeverities() throws IOException {
        Files.writeString(
                tmp.resolve("pm.yaml"),
                "rules:\n  disable: [language.character-judgement]\n  severity:\n    language.person-named: warning\n"
                        + "    language.human-error-cause: warning\n"
                        + "roster: [Dave]\n");
        Run r = run("check", "--config", tmp.resolve("pm.yaml").toString(), "examples/blaming.md");
        assertThat(r.out())
                .doesNotContain("language.character-judgement")
                .contains("warning language.person-named")
                .contains("0 errors");
        assertThat(r.code()).isEqualTo(PostmortemCli.OK);

        Files.writeString(tmp.resolve("odd.md"), "## 1. Event Timeline\n\nsomething unreadable\n");
        assertThat(run(tmp, "", Map.of(), false, "check", "odd.md").out()).contains("warning markdown.unread");
        Files.writeString(tmp.resolve("readers.yaml"), "rules:\n  severity: {markdown.unread: error}\n");
        Run reader = run(tmp, "", Map.of(), false, "check", "--config", "readers.yaml", "odd.md");
        assertThat(reader.out()).contains("error markdown.unread");
        assertThat(reader.code()).isEqualTo(PostmortemCli.FINDINGS);

        Files.writeString(tmp.resolve("pm.json"), "{\"rules\":{\"disable\":[\"language.*\",\"readiness.*\"]}}");
        Run json = run("check", "--config", tmp.resolve("pm.json").toString(), "examples/blaming.md");
        assertThat(json.out()).doesNotContain("language.").doesNotContain("readiness.");
    }

    @Test
    void aMarkdownFileThatHoldsNoPostmortemIsAnError() throws IOException {
        Files.writeString(
                tmp.resolve("README.md"),
                "# Fancy project\n\nA library for things.\n\n## Install\n\nRun the installer.\n");
        Run readme = run(tmp, "", Map.of(), false, "check", "README.md");
        assertThat(readme.out()).contains("README.md:1:1: error markdown.no-postmortem no part of a postmortem");
        assertThat(readme.code()).isEqualTo(PostmortemCli.FINDINGS);
        Files.writeString(
                tmp.resolve("short.md"),
                "# Queue backlog\n\n## Timeline\n\n- 2026-03-14 14:02 UTC - Consumers stall\n");
        assertThat(run(tmp, "", Map.of(), false, "check", "short.md").out()).doesNotContain("markdown.no-postmortem");
    }

    @Test
    void aTeamLayoutInTheConfigChangesWhichHeadingsAreReadAndWhichSectionsAreRequired() throws IOException {
        Files.writeString(
                tmp.resolve("ours.md"),
                "# Queue backlog\n\nDate: 2026-03-14\n\n## What happened when\n\n"
                        + "- 14:02 UTC - Consumers stall\n- 14:30 UTC - Consumers drained\n");
        Run standard = run(tmp, "", Map.of(), false, "check", "ours.md");
        assertThat(standard.out()).contains("needs an event timeline").doesNotContain("markdown.required-section");
        Files.writeString(
                tmp.resolve("team.yaml"),
                "markdown:\n  headings:\n    timeline: [\"What happened when\"]\n  required: [timeline, five-whys]\n");
        Run ours = run(tmp, "", Map.of(), false, "check", "--config", "team.yaml", "ours.md");
        assertThat(ours.out())
                .doesNotContain("needs an event timeline")
                .contains("error markdown.required-section the team's layout requires a 'five-whys' section")
                .doesNotContain("requires a 'timeline' section");
        assertThat(ours.code()).isEqualTo(PostmortemCli.FINDINGS);
        Files.writeString(tmp.resolve("bad.yaml"), "markdown:\n  headings:\n    chronology: [\"When\"]\n");
        Run bad = run(tmp, "", Map.of(), false, "check", "--config", "bad.yaml", "ours.md");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown section 'chronology'");
    }

    @Test
    void aShippedProfileInTheConfigReadsItsTemplateAndRequiresItsSections() throws IOException {
        Files.writeString(
                tmp.resolve("pd.md"),
                "# Sync outage\n\nDate: 2022-03-17\n\n## Timeline\n\n- 10:05 UTC - Lag alert fires\n\n"
                        + "## What Didn't Go So Well?\n\n- The renewed certificate was trusted by no broker.\n");
        Files.writeString(tmp.resolve("pd.yaml"), "markdown:\n  profile: pagerduty\n  required: [went-wrong]\n");
        Run pd = run(tmp, "", Map.of(), false, "check", "--config", "pd.yaml", "pd.md");
        assertThat(pd.out())
                .contains("requires a 'factors' section", "requires a 'actions' section")
                .doesNotContain("requires a 'timeline' section")
                .doesNotContain("requires a 'went-wrong' section");
        Files.writeString(tmp.resolve("nope.yaml"), "markdown:\n  profile: confluence\n");
        Run nope = run(tmp, "", Map.of(), false, "check", "--config", "nope.yaml", "pd.md");
        assertThat(nope.code()).isEqualTo(2);
        assertThat(nope.err()).contains("unknown layout profile 'confluence'").contains("pagerduty");
    }

    @Test
    void aConfigFileAddsLanguageWordsAndRuleFiles() throws IOException {
        Files.writeString(tmp.resolve("notes.txt"), "The nightowls ignored the pager.\nWe yolo-merged the fix.\n");
        Run plain = run(tmp, "", Map.of(), false, "check", "notes.txt");
        assertThat(plain.out()).doesNotContain("language.team-blame").doesNotContain("acme.yolo");

        Files.createDirectories(tmp.resolve("rules"));
        Files.writeString(
                tmp.resolve("rules/yolo.rule"),
                "id: acme.yolo\nseverity: error\nmessage: calls a merge reckless\n"
                        + "suggestion: Say which check the merge skipped.\npattern: yolo-merged\n");
        Files.writeString(
                tmp.resolve("team.yaml"), "language:\n  words:\n    team: [nightowls]\n  rules: [rules/yolo.rule]\n");
        Run r = run(tmp, "", Map.of(), false, "check", "--config", "team.yaml", "notes.txt");
        assertThat(r.out())
                .contains("notes.txt:1:5: warning language.team-blame")
                .contains("notes.txt:2:4: error acme.yolo");
        assertThat(r.code()).isEqualTo(PostmortemCli.FINDINGS);

        Files.writeString(tmp.resolve("badclass.yaml"), "language:\n  words:\n    teams: [nightowls]\n");
        Run bad = run(tmp, "", Map.of(), false, "check", "--config", "badclass.yaml", "notes.txt");
        assertThat(bad.code()).isEqualTo(PostmortemCli.TROUBLE);
        assertThat(bad.err()).contains("config badclass.yaml").contains("no word class named 'teams'");
    }

    @Test
    void aDirectoryWhereOneFileIsExpectedIsAUsageError() throws IOException {
        Files.createDirectories(tmp.resolve("empty"));
        for (String command : List.of("convert", "announce")) {
            List<String> args = new java.util.ArrayList<>(List.of(command));
            if (command.equals("convert")) {
                args.addAll(List.of("--to", "json"));
            }
            for (String dir : List.of("examples", tmp.resolve("empty").toString())) {
                List<String> all = new java.util.ArrayList<>(args);
                all.add(dir);
                Run r = run(all.toArray(String[]::new));
                assertThat(r.code()).as(command + " " + dir).isEqualTo(PostmortemCli.TROUBLE);
                assertThat(r.err())
                        .contains("is a directory; " + command + " reads one .md or .json file")
                        .contains("--help")
                        .doesNotContain("Index 0");
                assertThat(r.out()).isEmpty();
            }
        }
    }

    @Test
    void convertNeverOverwritesItsInputAndWritesAtomically() throws IOException {
        Path input = tmp.resolve("pm.md");
        String original = Files.readString(ROOT.resolve("examples/clean.md"));
        Files.writeString(input, original);
        Run same = run(tmp, "", Map.of(), false, "convert", "--to", "json", "-o", "./pm.md", "pm.md");
        assertThat(same.code()).isEqualTo(PostmortemCli.TROUBLE);
        assertThat(same.err()).contains("--output ./pm.md is the input file");
        assertThat(Files.readString(input)).isEqualTo(original);

        Run ok = run(tmp, "", Map.of(), false, "convert", "--to", "json", "-o", "pm.json", "pm.md");
        assertThat(ok.code()).isEqualTo(PostmortemCli.OK);
        assertThat(Files.readString(tmp.resolve("pm.json"))).startsWith("{");

        // a write that fails (the target is a non-empty folder) leaves the target as it was and no
        // temporary file behind
        Files.createDirectories(tmp.resolve("taken"));
        Files.writeString(tmp.resolve("taken/keep.txt"), "kept");
        Run failed = run(tmp, "", Map.of(), false, "convert", "--to", "json", "-o", "taken", "pm.md");
        assertThat(failed.code()).isEqualTo(PostmortemCli.TROUBLE);
        assertThat(failed.err()).startsWith("postmortem: cannot write");
        assertThat(Files.readString(tmp.resolve("taken/keep.txt"))).isEqualTo("kept");
        try (var files = Files.list(tmp)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void oneBadInputNeverCostsTheOtherFilesTheirReport() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("mixed"));
        String seed = Files.readString(ROOT.resolve("examples/seed-example.json"));
        // a window at the very end of what the JSON reader accepts
        String late = seed.replace(
                "\"2026-05-19T10:02:00Z/2026-05-19T10:24:00Z\"",
                "\"+999999999-12-31T23:00:00Z/+999999999-12-31T23:59:59Z\"");
        assertThat(late).isNotEqualTo(seed);
        Files.writeString(dir.resolve("a-late.json"), late);
        Files.writeString(dir.resolve("b-empty.md"), "");
        Files.copy(ROOT.resolve("examples/blaming.md"), dir.resolve("c-blaming.md"));
        Run r = run(tmp, "", Map.of(), false, "check", "mixed");
        assertThat(r.out()).contains("mixed/a-late.json:").contains("mixed/c-blaming.md:13:25: error");
        assertThat(r.out()).contains("3 files checked");
        assertThat(r.err()).contains("postmortem: mixed/b-empty.md: is empty; there is no postmortem to check");
        assertThat(r.code()).isEqualTo(PostmortemCli.TROUBLE);
    }

    @Test
    void aFolderLinkThatLoopsIsThatPlacesErrorAndEveryOtherFileIsReported() throws IOException {
        Path tree = tmp.resolve("tree");
        Files.createDirectories(tree.resolve("team/sub"));
        Files.writeString(tree.resolve("a.md"), Files.readString(ROOT.resolve("examples/blaming.md")));
        Files.writeString(tree.resolve("team/sub/z.md"), Files.readString(ROOT.resolve("examples/blaming.md")));
        Files.createSymbolicLink(tree.resolve("team/sub/loop"), tree.resolve("team"));
        Run r = run(tmp, "", Map.of(), false, "check", "tree");
        assertThat(r.out()).contains("tree/a.md:13:25: error language.person-named", "tree/team/sub/z.md:13:25: error");
        assertThat(r.err()).contains("tree/team/sub/loop: a folder link that loops back to a folder above it");
        assertThat(r.out()).contains("3 files checked");
    }

    @Test
    void anUnreadableSubfolderIsThatPlacesErrorAndEveryOtherFileIsReported() throws IOException {
        Path tree = tmp.resolve("locked-tree");
        Path locked = tree.resolve("locked");
        Files.createDirectories(locked);
        Files.writeString(tree.resolve("a.md"), Files.readString(ROOT.resolve("examples/blaming.md")));
        Files.writeString(locked.resolve("b.md"), Files.readString(ROOT.resolve("examples/blaming.md")));
        try {
            Files.setPosixFilePermissions(locked, java.util.Set.of());
        } catch (UnsupportedOperationException e) {
            org.junit.jupiter.api.Assumptions.abort("no POSIX permissions on this file system");
        }
        try {
            // the super-user reads any folder, so there is nothing to test as root
            org.junit.jupiter.api.Assumptions.assumeFalse(
                    Files.isReadable(locked), "permissions do not stop this user from reading a folder");
            Run r = run(tmp, "", Map.of(), false, "check", "locked-tree");
            assertThat(r.out()).contains("locked-tree/a.md:13:25: error language.person-named");
            assertThat(r.err()).contains("locked-tree/locked: cannot be opened: permission denied");
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aFailureWhileCheckingOneFileIsThatFilesErrorLine() {
        Clock broken = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                throw new IllegalStateException("clock unavailable");
            }
        };
        var checking = new dev.postmortem.cli.internal.Checking(dev.postmortem.core.checks.PostmortemChecker.builder()
                .clock(broken)
                .build());
        var sources = dev.postmortem.cli.internal.Sources.of(
                List.of("examples/clean.md", "examples/blaming.md"),
                dev.postmortem.cli.internal.Source.Kind.MARKDOWN,
                ROOT);
        for (var source : sources) {
            var result = checking.check(source, new ByteArrayInputStream(new byte[0]));
            assertThat(result.unreadable())
                    .hasValueSatisfying(
                            why -> assertThat(why)
                                    .startsWith(
                                            "could not be checked: internal failure (IllegalStateException: clock unavailable)"));
        }
    }

    @Test
    void utf16WithAByteOrderMarkIsReadAndANulByteAnywhereIsBinary() throws IOException {
        String clean = Files.readString(ROOT.resolve("examples/clean.md"));
        byte[] le = ("\uFEFF" + clean).getBytes(StandardCharsets.UTF_16LE);
        Files.write(tmp.resolve("utf16.md"), le);
        Run r = run(tmp, "", Map.of(), false, "check", "utf16.md");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(run("check", "examples/clean.md").out());
        assertThat(r.code()).isEqualTo(PostmortemCli.OK);

        byte[] late = (clean + "x".repeat(20_000)).getBytes(StandardCharsets.UTF_8);
        late[late.length - 100] = 0;
        Files.write(tmp.resolve("late-nul.md"), late);
        Run nul = run(tmp, "", Map.of(), false, "check", "late-nul.md");
        assertThat(nul.code()).isEqualTo(PostmortemCli.TROUBLE);
        assertThat(nul.err()).contains("late-nul.md: a binary file (it contains NUL bytes)");
    }

    @Test
    void anEmptyFolderAndAnAbsurdReviewWindowAreUsageErrors() throws IOException {
        Files.createDirectories(tmp.resolve("nothing"));
        Run empty = run(tmp, "", Map.of(), false, "check", "nothing");
        assertThat(empty.code()).isEqualTo(PostmortemCli.TROUBLE);
        assertThat(empty.err()).contains("no .md, .markdown, .json or .txt file in nothing; nothing to check");

        Files.writeString(
                tmp.resolve("window.yaml"), "reviewWindow: {minBusinessDays: 3, maxBusinessDays: 400000000}\n");
        Run window = run(
                tmp,
                "",
                Map.of(),
                false,
                "check",
                "--config",
                "window.yaml",
                ROOT.resolve("examples/clean.md").toString());
        assertThat(window.code()).isEqualTo(PostmortemCli.TROUBLE);
        assertThat(window.err().strip())
                .startsWith("postmortem: config window.yaml: review window 3 to 400000000 business days")
                .contains("a year of business days")
                .doesNotContain("\n");
    }

    @Test
    void aBadConfigFileIsAUsageErrorThatNamesTheSetting() throws IOException {
        Files.writeString(tmp.resolve("bad.yaml"), "rulez: {}\n");
        Run r = run("check", "--config", tmp.resolve("bad.yaml").toString(), "examples/clean.md");
        assertThat(r.code()).isEqualTo(PostmortemCli.TROUBLE);
        assertThat(r.err().strip())
                .startsWith("postmortem: config bad.yaml, rulez: unknown setting")
                .doesNotContain("\n");

        Files.writeString(tmp.resolve("typo.yaml"), "rules:\n  disable: [language.counterfacual]\n");
        Run typo = run("check", "--config", tmp.resolve("typo.yaml").toString(), "examples/clean.md");
        assertThat(typo.code()).isEqualTo(PostmortemCli.TROUBLE);
        assertThat(typo.err())
                .contains("config typo.yaml, rules.disable: 'language.counterfacual' is no rule or family")
                .contains("did you mean 'language.counterfactual'?");
        Files.writeString(tmp.resolve("family.yaml"), "rules:\n  severity: {\"languag.*\": info}\n");
        assertThat(run("check", "--config", tmp.resolve("family.yaml").toString(), "examples/clean.md")
                        .err())
                .contains("did you mean 'language'?");

        Files.writeString(tmp.resolve("twice.yaml"), "roster: [Dave]\nroster: [Priya]\n");
        Run twice = run("check", "--config", tmp.resolve("twice.yaml").toString(), "examples/clean.md");
        assertThat(twice.code()).isEqualTo(PostmortemCli.TROUBLE);
        assertThat(twice.err())
                .contains("config twice.yaml is not valid YAML or JSON")
                .contains("roster");

        Files.writeString(tmp.resolve("sev.yaml"), "rules:\n  severity: {language.person-named: fatal}\n");
        assertThat(run("check", "--config", tmp.resolve("sev.yaml").toString(), "examples/clean.md")
                        .err())
                .contains("rules.severity.language.person-named: expected error, warning or info");
    }

    @Test
    void convertToMarkdownNamesEveryExtensionFieldItCannotCarry() throws IOException {
        var mapper = JsonMapper.builder().build();
        var root = (tools.jackson.databind.node.ObjectNode)
                mapper.readTree(Files.readString(ROOT.resolve("examples/seed-example.json")));
        root.put("teamChannel", "#payments");
        ((tools.jackson.databind.node.ObjectNode) root.get("actionItems").get(0)).put("jiraKey", "OPS-1");
        Files.writeString(tmp.resolve("ext.json"), mapper.writeValueAsString(root));
        Run r = run(tmp, "", Map.of(), false, "convert", "--to", "markdown", "ext.json");
        assertThat(r.code()).isEqualTo(PostmortemCli.OK);
        assertThat(r.err())
                .isEqualTo("postmortem: note: Markdown does not carry the JSON extension fields"
                        + " [teamChannel, actionItems[0].jiraKey]\n");
    }

    @Test
    void aLineBreakInAFileNameNeverSplitsAReportLine() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("names"));
        Files.copy(ROOT.resolve("examples/blaming.md"), dir.resolve("two\nlines.md"));
        Files.writeString(dir.resolve("tab\tempty.md"), "");
        Run r = run(tmp, "", Map.of(), false, "check", "names");
        assertThat(r.out().lines())
                .filteredOn(l -> l.contains("language.person-named"))
                .allSatisfy(l -> assertThat(l).startsWith("names/two\\nlines.md:"));
        assertThat(r.out().lines()).noneMatch(l -> l.startsWith("lines.md"));
        assertThat(r.err()).contains("postmortem: names/tab\\tempty.md: is empty");
    }

    /** The 1-based line and column of a marker on the first line that starts with a text, counted by hand. */
    private static String place(String doc, String lineStart, String marker) {
        List<String> lines = doc.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(lineStart)) {
                return (i + 1) + ":" + (lines.get(i).indexOf(marker) + 1);
            }
        }
        throw new AssertionError("no line starts with " + lineStart);
    }

    @Test
    void markdownFindingsLandOnTheirOwnItemsLineAndColumnWithEveryLineEnding() throws IOException {
        String clean = Files.readString(ROOT.resolve("examples/clean.md")).replace("\r\n", "\n");
        String blame = "Dave failed to check the pool size.";
        String remind = "Remind Dave to double-check the pool size by 2026-04-20 (@payments-platform).";
        String doc = clean.replace(
                        "## 3. Systems Root Cause Matrix\n",
                        "## Notes\n\n```\n" + blame + "\n```\n\n## 3. Systems Root Cause Matrix\n")
                .replace(
                        "* [Deployment Safety] No Canary For Configuration:",
                        "* [Other] First Review: " + blame + "\n* [Other] Second Review: " + blame
                                + "\n* [Deployment Safety] No Canary For Configuration:")
                .replace(
                        "## Lessons Learned",
                        "* [AI-3] [Process] " + remind + "\n* [AI-3] [Process] " + remind + "\n\n## Lessons Learned");
        // the places are counted here by hand, from each line's own text
        List<String> lines = doc.lines().toList();
        int secondAi3 = lines.lastIndexOf("* [AI-3] [Process] " + remind) + 1;
        String firstFactor = place(doc, "* [Other] First Review:", "Dave");
        String secondFactor = place(doc, "* [Other] Second Review:", "Dave");
        int firstAi3Line = lines.indexOf("* [AI-3] [Process] " + remind) + 1;
        String firstAction = firstAi3Line + ":" + (lines.get(firstAi3Line - 1).indexOf("Remind") + 1);
        String secondAction = secondAi3 + ":" + (lines.get(secondAi3 - 1).indexOf("Remind") + 1);
        for (String[] ending : new String[][] {{"lf", "\n"}, {"crlf", "\r\n"}, {"cr", "\r"}}) {
            String name = ending[0] + ".md";
            Files.writeString(tmp.resolve(name), doc.replace("\n", ending[1]));
            List<String> out =
                    run(tmp, "", Map.of(), false, "check", name).out().lines().toList();
            for (String at : List.of(firstFactor, secondFactor)) {
                assertThat(out)
                        .as(name + " at " + at)
                        .anyMatch(l -> l.startsWith(name + ":" + at + ": error language.person-named 'Dave'"));
            }
            for (String at : List.of(firstAction, secondAction)) {
                assertThat(out)
                        .as(name + " at " + at)
                        .anyMatch(l -> l.startsWith(name + ":" + at + ": warning language.training-only 'Remind'"));
            }
            assertThat(out)
                    .as(name)
                    .anyMatch(l ->
                            l.startsWith(name + ":" + secondAi3 + ":1: error consistency.duplicate-action-item-id"));
            int codeLine = lines.indexOf(blame) + 1;
            assertThat(out).noneMatch(l -> l.startsWith(name + ":" + codeLine + ":"));
        }
    }

    @Test
    void jsonFindingsLandOnTheExactCharactersWithEscapesAndEveryLineEnding() throws IOException {
        String seed =
                Files.readString(ROOT.resolve("examples/seed-example.json")).replace("\r\n", "\n");
        String text = "Caf\\u00e9 note: Dave failed to check the pool size";
        String doc = seed.replace("Implement validation tests for missing edge-case loops", text)
                .replace("Lengthen automated canary verification cycles to 15 minutes", text)
                .replace("\"id\": \"AI-102\"", "\"id\": \"AI-101\"");
        List<String> lines = doc.lines().toList();
        List<Integer> itemLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                itemLines.add(i + 1);
            }
        }
        assertThat(itemLines).hasSize(2);
        int column = lines.get(itemLines.get(0) - 1).indexOf("Dave") + 1;
        int secondId = lines.lastIndexOf("      \"id\": \"AI-101\",") + 1;
        // a finding with no span lands on the value's first character, inside the quotes
        int idColumn = lines.get(secondId - 1).indexOf("AI-101") + 1;
        for (String[] ending : new String[][] {{"lf", "\n"}, {"crlf", "\r\n"}, {"cr", "\r"}}) {
            String name = ending[0] + ".json";
            Files.writeString(tmp.resolve(name), doc.replace("\n", ending[1]));
            List<String> out =
                    run(tmp, "", Map.of(), false, "check", name).out().lines().toList();
            for (int line : itemLines) {
                assertThat(out)
                        .as(name + " at " + line)
                        .anyMatch(l -> l.startsWith(
                                name + ":" + line + ":" + column + ": error language.person-named 'Dave'"));
            }
            assertThat(out)
                    .as(name)
                    .anyMatch(l -> l.startsWith(
                            name + ":" + secondId + ":" + idColumn + ": error consistency.duplicate-action-item-id"));
        }
    }

    @Test
    void lfCrlfAndCrLineEndingsPlaceFindingsOnTheSameLines() throws IOException {
        for (String example : List.of("blaming.md", "seed-example.json")) {
            String lf = Files.readString(ROOT.resolve("examples/" + example)).replace("\r\n", "\n");
            String ext = example.substring(example.lastIndexOf('.'));
            Files.writeString(tmp.resolve("lf" + ext), lf);
            Files.writeString(tmp.resolve("crlf" + ext), lf.replace("\n", "\r\n"));
            Files.writeString(tmp.resolve("cr" + ext), lf.replace("\n", "\r"));
            String expected = run(tmp, "", Map.of(), false, "check", "lf" + ext).out();
            assertThat(expected).contains(":13:").as("findings beyond line 1");
            for (String name : List.of("crlf", "cr")) {
                assertThat(run(tmp, "", Map.of(), false, "check", name + ext)
                                .out()
                                .replace(name + ext + ":", "lf" + ext + ":"))
                        .as(name + ext)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void findingsPerFileAreCappedWithOneFindingThatCountsTheRest() {
        Run all = run("check", "examples/blaming.md");
        long total = all.out()
                .lines()
                .filter(l -> l.startsWith("examples/blaming.md:"))
                .count();
        assertThat(total).isGreaterThan(3);
        Run capped = run("check", "--max-findings", "3", "examples/blaming.md");
        List<String> lines = capped.out()
                .lines()
                .filter(l -> l.startsWith("examples/blaming.md:"))
                .toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(3))
                .contains("warning check.findings-capped " + (total - 3)
                        + " more findings in this file are not reported");
        assertThat(capped.code()).isEqualTo(all.code());
        Run sarif = run("check", "--format", "sarif", "--max-findings", "3", "examples/blaming.md");
        assertThat(Schemas.sarif(sarif.out())).isEmpty();
        assertThat(sarif.out()).contains("check.findings-capped");
        Run zero = run("check", "--max-findings", "0", "examples/blaming.md");
        assertThat(zero.code()).isEqualTo(PostmortemCli.TROUBLE);
        assertThat(zero.err()).contains("--max-findings 0 must be at least 1");
    }

    @Test
    void aFileNameThatLooksLikeOptionsGetsAHint() throws IOException {
        Files.writeString(tmp.resolve("-rf.md"), Files.readString(ROOT.resolve("examples/clean.md")));
        Run r = run(tmp, "", Map.of(), false, "check", "-rf.md");
        assertThat(r.code()).isEqualTo(PostmortemCli.TROUBLE);
        assertThat(r.err())
                .contains("'-rf.md' was read as options: to check a file whose name starts with '-', write ./-rf.md"
                        + " or put -- before it");
        assertThat(run(tmp, "", Map.of(), false, "check", "--", "-rf.md").code())
                .isEqualTo(PostmortemCli.OK);
        assertThat(run(tmp, "", Map.of(), false, "check", "./-rf.md").code()).isEqualTo(PostmortemCli.OK);
    }

    @Test
    void jsonOnStandardInputIsReadAsJsonWithoutBeingTold() throws IOException {
        String json = Files.readString(ROOT.resolve("examples/seed-example.json"));
        Run sniffed = run(ROOT, json, Map.of(), false, "check", "-");
        Run file = run("check", "examples/seed-example.json");
        assertThat(sniffed.out()).isEqualTo(file.out().replace("examples/seed-example.json", "-"));
        assertThat(sniffed.out()).doesNotContain("needs an event timeline");
        Run forced = run(ROOT, json, Map.of(), false, "check", "--stdin-format", "md", "-");
        assertThat(forced.out()).contains("needs an event timeline");
    }

    @Test
    void plainTextIsCheckedLineByLineFromStandardInputWithAnyLineEnding() {
        for (String eol : List.of("\n", "\r", "\r\n")) {
            Run r = run(
                    ROOT,
                    "The pods restarted." + eol + "Then Jorge failed to restart the pods." + eol,
                    Map.of(),
                    false,
                    "check",
                    "--stdin-format",
                    "txt",
                    "-");
            assertThat(r.out()).startsWith("-:2:6: error language.person-named 'Jorge'");
            assertThat(r.code()).isEqualTo(PostmortemCli.FINDINGS);
        }
    }

    @Test
    void plainTextReadsALineThatStartsInLowerCaseAsTheRestOfTheSentenceBefore() {
        // blame wrapped over two lines is found, and placed where it starts
        Run wrapped =
                plainText("During the second hour the on-call engineer\nignored the pages from the storage alert.\n");
        assertThat(wrapped.out()).startsWith("-:1:28: warning language.failed-to 'on-call engineer ignored'");
        // a wrapped sentence about a component is no human slip once it is read whole
        Run component = plainText("After the delete, another child node was\nmistakenly set as the root node.\n");
        assertThat(component.out()).doesNotContain("language.");
        assertThat(component.code()).isZero();
        // the second line alone reads as a human slip: each line of notes starting with a capital stays apart
        Run notes = plainText("After the delete, another child node was\nMistakenly set as the root node.\n");
        assertThat(notes.out()).startsWith("-:2:1: error language.human-error-cause");
        // a quoted paragraph wraps the same way
        Run quoted = plainText("> It looks like a bug in the hosting service rather than\n> any kind of user error.\n");
        assertThat(quoted.out()).doesNotContain("language.");
    }

    @Test
    void plainTextSkipsFencedCodeBlocks() {
        String blame = "The release manager skipped the review.\n";
        Run prose = plainText(blame);
        assertThat(prose.out()).startsWith("-:1:");
        Run fenced = plainText("Before:\n\n```\n" + blame + "```\nAfter:\n~~~sh\n" + blame + "~~~\n" + blame);
        // only the line after the second fence is prose
        assertThat(fenced.out()).startsWith("-:10:").doesNotContain("-:4:").doesNotContain("-:8:");
    }

    @Test
    void plainTextSkipsIndentedCodeBlocksButReadsIndentedListParagraphs() {
        String blame = "The release manager skipped the review.\n";
        // lines 3 and 5 are one indented block (the blank line between belongs to it); line 7 is prose
        Run indented = plainText("Logs:\n\n    " + blame + "\n    " + blame + "\n" + blame);
        assertThat(indented.out()).startsWith("-:7:").doesNotContain("-:3:").doesNotContain("-:5:");
        // a list item's paragraph indented under it is read, at its own column
        Run listed = plainText("- First step.\n\n    " + blame);
        assertThat(listed.out()).startsWith("-:3:9:");
    }

    @Test
    void plainTextReadsItsParagraphsAndCodeTogetherForTheNamesOfThings() {
        String quiet = "Until noon, Zentrabot went quiet in the chat channels.\n";
        assertThat(plainText(quiet).out()).startsWith("-:1:13: warning language.failed-to 'Zentrabot went quiet'");
        // a command in a fenced block writes the name in lower case: a product, whose silence is no omission
        Run withCommand = plainText(quiet + "\nTo restart it:\n\n```\nzentrabot restart --all\n```\n");
        assertThat(withCommand.out()).doesNotContain("language.");
        assertThat(withCommand.code()).isZero();
        // a command for another tool says nothing of the name
        Run other = plainText(quiet + "\n```\nsystemctl restart chat\n```\n");
        assertThat(other.out()).startsWith("-:1:13: warning language.failed-to");
    }

    @Test
    void plainTextReadsOnlyTheTitleAndSummaryOfAFrontMatterBlock() {
        String post = "---\ntitle: We messed up the deploy\nauthor: Dave\ntags: [ outage, human error ]\n---\n\n"
                + "The release manager skipped the review.\n";
        Run r = plainText(post);
        // the title is read where it stands; the tag list is metadata; the body is read as before
        assertThat(r.out())
                .startsWith("-:2:8: error language.fault-finding 'We messed up'")
                .contains("-:7:")
                .doesNotContain("-:4:");
        // with no closing line the block is no front matter, and the tag list is read as a line of prose
        Run open = plainText("---\ntags: [ outage, human error ]\n\nThe pods restarted.\n");
        assertThat(open.out()).startsWith("-:2:");
    }

    @Test
    void markdownLeavesAFrontMatterTagListUnread() {
        String post = "---\ntitle: Database outage\ntags: [ human error ]\n---\n# Database outage\n\n"
                + "## Summary\n\nThe primary ran out of disk.\n";
        Run r = run(ROOT, post, Map.of(), false, "check", "--stdin-format", "md", "-");
        assertThat(r.out()).contains("validation.required").doesNotContain("language.");
    }

    /** Checks text given on standard input as plain prose. */
    private static Run plainText(String text) {
        return run(ROOT, text, Map.of(), false, "check", "--stdin-format", "txt", "-");
    }

    @Test
    void usageErrorsExitTwoWithOneLine() {
        Run unknown = run("check", "--bogus", "examples/");
        assertThat(unknown.code()).isEqualTo(PostmortemCli.TROUBLE);
        assertThat(unknown.err()).startsWith("postmortem: Unknown option: '--bogus'");
        assertThat(run("check").code()).isEqualTo(PostmortemCli.TROUBLE);
        assertThat(run("check", "--format", "xml", "examples/").code()).isEqualTo(PostmortemCli.TROUBLE);
        assertThat(run("check", "--stdin-format", "pdf", "-").err()).contains("expected auto, md, json or txt");
    }

    @Test
    void everyCommandHasHelpAndTheToolHasAVersion() {
        for (String command : List.of("check", "convert", "new", "announce", "metrics", "report", "audit")) {
            Run r = run(command, "--help");
            assertThat(r.code()).as(command).isZero();
            assertThat(r.out()).as(command).startsWith("Usage: postmortem " + command);
        }
        assertThat(run("--version").out()).startsWith("postmortem ");
        assertThat(run("--help").out()).contains("check").contains("metrics");
    }

    @Test
    void newPrintsADraftThatReadsCleanlyAndPassesTheCheck() throws IOException {
        Run r = run("new", "--id", "INC-2026-11-23-001", "--severity", "SEV2");
        assertThat(r.code()).isZero();
        assertThat(MarkdownReader.create().read(r.out()).diagnostics()).isEmpty();
        assertThat(r.out())
                .contains("* Incident ID: INC-2026-11-23-001")
                .contains("* Severity Tier: Tier 2 (Significant Impact)")
                .contains("## 1. Event Timeline", "## 2. Customer & SLO Impact", "## 3. Systems Root Cause Matrix")
                .contains("## 4. Remediation Action Items (SMART Goals)");
        Files.writeString(tmp.resolve("new.md"), r.out());
        Run check = run(tmp, "", Map.of(), false, "check", "new.md");
        assertThat(check.code()).isZero();
        assertThat(check.out()).contains("0 errors").doesNotContain("markdown.unread");
        assertThat(run("new", "--id", "INC-19").code()).isEqualTo(PostmortemCli.TROUBLE);
        assertThat(run("new", "--id", "INC-19").err()).contains("incident id");
    }

    @Test
    void convertWritesJsonAndMarkdownAndAFile() throws IOException {
        Run json = run("convert", "--to", "json", "examples/seed-example.md");
        assertThat(json.out()).isEqualTo(Files.readString(ROOT.resolve("examples/seed-example.json")));
        Run md = run("convert", "--to", "markdown", "examples/seed-example.json");
        assertThat(md.out()).isEqualTo(Files.readString(ROOT.resolve("examples/seed-example.md")));
        Path out = tmp.resolve("out.json");
        assertThat(run("convert", "--to", "json", "-o", out.toString(), "examples/clean.md")
                        .code())
                .isZero();
        assertThat(PostmortemJson.create().read(Files.readString(out)).title())
                .isEqualTo("checkout-api payment timeouts after a connection-pool change");
        assertThat(run("convert", "--to", "json", "examples/missing.md").err())
                .isEqualTo("postmortem: examples/missing.md: no such file\n");
    }

    @Test
    void convertRoundTripsEveryShippedExampleByteForByte() throws IOException {
        List<Path> examples;
        try (java.util.stream.Stream<Path> s = Files.list(ROOT.resolve("examples"))) {
            examples = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(examples).hasSizeGreaterThanOrEqualTo(4);
        for (Path md : examples) {
            Path json = tmp.resolve(md.getFileName() + ".json");
            Run toJson = run("convert", "--to", "json", "-o", json.toString(), "examples/" + md.getFileName());
            assertThat(toJson.code()).as(md + ": " + toJson.err()).isZero();
            Run back = run("convert", "--to", "markdown", json.toString());
            assertThat(back.out()).as(md.toString()).isEqualTo(Files.readString(md));
        }
    }

    @Test
    void announceRendersSlackAndTeamsWithoutNames() {
        Run slack = run("announce", "--format", "slack", "--link", "https://wiki.example/pm/2", "examples/clean.md");
        assertThat(slack.code()).isZero();
        assertThat(slack.out()).contains("https://wiki.example/pm/2").contains("No names, no blame");
        Run teams = run("announce", "--format", "teams", "examples/clean.md");
        assertThat(teams.out()).isNotEqualTo(slack.out()).contains("No names, no blame");
        assertThat(slack.out()).doesNotContain("@payments-platform");
    }

    @Test
    void metricsReportCountsTimesReadinessBlameAndMaturity() {
        Run text = run("metrics", "examples/");
        assertThat(text.code()).isZero();
        // seed-example.md and seed-example.json are the same incident: counted once
        assertThat(text.err())
                .isEqualTo("postmortem: note: examples/seed-example.md is incident INC-2026-05-19-001 again;"
                        + " it is counted once\n");
        assertThat(text.out())
                .contains("postmortems: 4")
                .contains("time to detect: n=2")
                .contains("action items: 6 (open 4, done 2, not doing 0, overdue 4)")
                .contains("maturity: level ");
        Run json = run("metrics", "--format", "json", "examples/");
        JsonNode m = JsonMapper.builder().build().readTree(json.out());
        assertThat(m.get("postmortems").asInt()).isEqualTo(4);
        assertThat(m.at("/actionItems/done").asInt()).isEqualTo(2);
        assertThat(m.at("/bySeverity/SEV1").asInt()).isEqualTo(1);
        assertThat(m.at("/blameLanguage/findings").asInt()).isPositive();
        assertThat(m.at("/maturity/indicators").size()).isGreaterThan(3);
    }

    @Test
    void aLongRunShowsProgressOnATerminalOnly() throws IOException {
        for (int i = 0; i < 120; i++) {
            Files.writeString(tmp.resolve("note-" + i + ".txt"), "The deploy finished.\n");
        }
        Run terminal = run(tmp, "", Map.of("NO_COLOR", "1"), true, "check", ".");
        assertThat(terminal.err()).contains("\rchecked 50 of 120").contains("\rchecked 100 of 120");
        assertThat(terminal.out()).isEqualTo("120 files checked: 0 errors, 0 warnings, 0 infos\n");
        Run piped = run(tmp, "", Map.of(), false, "check", ".");
        assertThat(piped.err()).isEmpty();
    }
}
