package dev.postmortem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * End to end: the packaged jar run as its own process, as a CI job runs it. The timeout only
 * guards against a hang.
 */
@Timeout(value = 20, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CommandLineIT {
    private static final Path JAR = Path.of(System.getProperty("postmortem.jar", "target/postmortem.jar"));
    private static final Path ROOT = Path.of(System.getProperty("postmortem.root", ".."));

    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {}

    static Result postmortem(Path cwd, byte[] stdin, String... args) throws IOException, InterruptedException {
        return postmortem(JarJvm.forShortRun(), cwd, stdin, args);
    }

    /** Runs the jar with the given JVM options (start-up options from {@link JarJvm} and a heap size). */
    static Result postmortem(List<String> jvm, Path cwd, byte[] stdin, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        command.add("-jar");
        command.add(JAR.toAbsolutePath().toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        pb.environment().remove("NO_COLOR");
        Path out = Files.createTempFile("out", ".txt");
        Path err = Files.createTempFile("err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        try (var in = p.getOutputStream()) {
            in.write(stdin);
        }
        assertThat(p.waitFor(20, TimeUnit.MINUTES)).as("the process ends").isTrue();
        Result r = new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    static Result postmortem(String... args) throws IOException, InterruptedException {
        return postmortem(ROOT, new byte[0], args);
    }

    @Test
    void checkOfTheExamplesFromTheReadme() throws Exception {
        Result r = postmortem("check", "examples/");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out())
                .contains("examples/blaming.md:13:30: error language.character-judgement")
                .endsWith("5 files checked: 6 errors, 38 warnings, 0 infos\n");
        assertThat(r.err()).as("nothing on stderr, not even logging").isEmpty();
    }

    @Test
    void jsonAndSarifOutputsValidateAgainstTheirSchemas() throws Exception {
        Result json = postmortem("check", "--format", "json", "examples/");
        assertThat(json.code()).isEqualTo(1);
        assertThat(Schemas.checkReport(json.out())).isEmpty();
        Result sarif = postmortem("check", "--format", "sarif", "examples/");
        assertThat(Schemas.sarif(sarif.out())).isEmpty();
        JsonNode log = JsonMapper.builder().build().readTree(sarif.out());
        assertThat(log.at("/runs/0/results").size())
                .isEqualTo(JsonMapper.builder()
                                .build()
                                .readTree(json.out())
                                .at("/summary/errors")
                                .asInt()
                        + JsonMapper.builder()
                                .build()
                                .readTree(json.out())
                                .at("/summary/warnings")
                                .asInt());
        assertThat(log.at("/runs/0/tool/driver/version").asString()).isEqualTo("0.1.0-SNAPSHOT");
    }

    @Test
    void standardInputInEachFormat() throws Exception {
        Result txt = postmortem(
                ROOT,
                "Jorge failed to restart the pods.\n".getBytes(StandardCharsets.UTF_8),
                "check",
                "--stdin-format",
                "txt",
                "-");
        assertThat(txt.code()).isEqualTo(1);
        assertThat(txt.out()).startsWith("-:1:1: error language.person-named");
        Result md = postmortem(ROOT, Files.readAllBytes(ROOT.resolve("examples/clean.md")), "check", "-");
        assertThat(md.code()).isZero();
        assertThat(md.out()).isEqualTo("1 file checked: 0 errors, 0 warnings, 0 infos\n");
        Result json = postmortem(
                ROOT,
                Files.readAllBytes(ROOT.resolve("examples/seed-example.json")),
                "check",
                "--stdin-format",
                "json",
                "-");
        assertThat(json.out()).contains("-:13:23: warning consistency.budget-figures");
    }

    @Test
    void aDirectoryIsWalkedForPostmortemsOnly() throws Exception {
        Files.createDirectories(tmp.resolve("team/a"));
        Files.createDirectories(tmp.resolve(".git"));
        Files.copy(ROOT.resolve("examples/clean.md"), tmp.resolve("team/a/one.md"));
        Files.copy(ROOT.resolve("examples/seed-example.json"), tmp.resolve("team/two.json"));
        Files.writeString(tmp.resolve("team/notes.txt"), "The deploy finished.\n");
        Files.writeString(tmp.resolve("team/image.png"), "not read");
        Files.writeString(tmp.resolve(".git/HEAD.md"), "Dave failed to push.\n");
        Result r = postmortem(tmp, new byte[0], "check", "--format", "json", ".");
        JsonNode report = JsonMapper.builder().build().readTree(r.out());
        List<String> paths = new ArrayList<>();
        report.get("files").forEach(f -> paths.add(f.get("path").asString()));
        assertThat(paths).containsExactly("team/a/one.md", "team/notes.txt", "team/two.json");
    }

    @Test
    void aMissingFileExitsTwoWithOneClearLine() throws Exception {
        Result r = postmortem("check", "examples/clean.md", "no/such/postmortem.md");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("postmortem: no/such/postmortem.md: no such file\n");
        assertThat(r.out()).contains("2 files checked").contains("1 could not be read");
    }

    @Test
    void aBinaryFileIsReportedNotRead() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Files.write(tmp.resolve("diagram.md"), png);
        Result r = postmortem(tmp, new byte[0], "check", "diagram.md");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err())
                .isEqualTo("postmortem: diagram.md: a binary file (it contains NUL bytes), not UTF-8 text\n");
        Files.write(tmp.resolve("latin1.md"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
        assertThat(postmortem(tmp, new byte[0], "check", "latin1.md").err()).contains("not UTF-8 text");
    }

    @Test
    void runningOutOfMemoryIsExitTwoWithOneLineNotAStackTrace() throws Exception {
        StringBuilder md = new StringBuilder("# Big\n\n## 1. Event Timeline\n\n");
        for (int i = 0; md.length() < 8 << 20; i++) {
            md.append("* 10:")
                    .append(String.format("%02d", i % 60))
                    .append(" UTC | The queue drained, step ")
                    .append(i)
                    .append(".\n");
        }
        Files.writeString(tmp.resolve("big.md"), md);
        Result r = postmortem(JarJvm.with(JarJvm.forShortRun(), "-Xmx16m"), tmp, new byte[0], "check", "big.md");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err())
                .isEqualTo("postmortem: out of memory; give Java more heap (java -Xmx4g -jar postmortem.jar ...)"
                        + " or check fewer or smaller files at a time\n");
        Result enough = postmortem(
                JarJvm.with(JarJvm.forShortRun(), "-Xmx512m"),
                tmp,
                new byte[0],
                "check",
                "--max-findings",
                "5",
                "big.md");
        assertThat(enough.code()).isZero();
        assertThat(enough.out()).contains("check.findings-capped");
    }

    @Test
    void aSixtyTwoMegabyteListWithAFindingOnEveryLineGetsACappedReportIn768Megabytes() throws Exception {
        // about 730,000 timeline lines, each naming a person as the actor of a failure: two findings a line
        Path big = tmp.resolve("huge.md");
        try (java.io.Writer w = Files.newBufferedWriter(big)) {
            w.write("# Queue outage\n\n* Incident ID: INC-2026-03-20-001\n\n## 1. Event Timeline\n\n");
            long size = 0;
            for (int i = 0; size < 62L << 20; i++) {
                String line = String.format(
                        "* %02d:%02d UTC | Dave failed to restart the pool after the queue depth alarm %d fired.%n",
                        i / 60 % 24, i % 60, i);
                w.write(line);
                size += line.length();
            }
        }
        // 768 MB is the default heap of a machine with 3 GB of memory; the README gives the rule
        Result r = postmortem(
                JarJvm.with(JarJvm.forHeavyRun(), "-Xmx768m"),
                tmp,
                new byte[0],
                "check",
                "--format",
                "json",
                "huge.md");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isEqualTo(1);
        JsonNode report = JsonMapper.builder().build().readTree(r.out());
        JsonNode findings = report.at("/files/0/findings");
        assertThat(findings.size()).isEqualTo(1001);
        assertThat(findings.get(1000).at("/ruleId").asString()).isEqualTo("check.findings-capped");
        assertThat(findings.get(1000).at("/message").asString()).matches("\\d{6,7} more findings in this file .*");
    }

    /** Writes folder "many": 300 postmortems of 520 blaming timeline lines each. */
    private void writeManyBlamingFiles() throws IOException {
        Path dir = tmp.resolve("many");
        Files.createDirectories(dir);
        for (int f = 0; f < 300; f++) {
            StringBuilder md = new StringBuilder("# Queue outage\n\n* Incident ID: INC-2026-03-20-001\n\n");
            md.append("## 1. Event Timeline\n\n");
            for (int i = 0; i < 520; i++) {
                md.append(String.format(
                        "* %02d:%02d UTC | Dave carelessly failed to restart the pool after alarm %d fired.%n",
                        i / 60 % 24, i % 60, i));
            }
            Files.writeString(dir.resolve(String.format("pm%03d.md", f)), md);
        }
    }

    @Test
    void everyReportFormatStreamsFileByFileSoManyFullReportsFitInASmallHeap() throws Exception {
        // 300 files of 520 blaming timeline lines: each report is capped at 1,000 findings, and the
        // 300 capped reports together (over 100 MB as objects) do not fit in 64 MB unless each is
        // written and let go before the next ones are checked. One run writes the text report to
        // standard output and the five CI formats to files, so each of the six must stream.
        writeManyBlamingFiles();
        Result r = postmortem(
                JarJvm.with(JarJvm.forHeavyRun(), "-Xmx64m"),
                tmp,
                new byte[0],
                "check",
                "--report",
                "github=annotations.txt",
                "--report",
                "gitlab=gl.json",
                "--report",
                "checkstyle=cs.xml",
                "--report",
                "junit=junit.xml",
                "--report",
                "github-summary=summary.md",
                "many");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isEqualTo(1);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).filteredOn(l -> l.contains(" check.findings-capped ")).hasSize(300);
        // each file reports its first 1,000 findings and one warning that counts the rest
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "^300 files checked: (\\d+) errors, (\\d+) warnings")
                .matcher(lines.get(lines.size() - 1));
        assertThat(m.find()).as(lines.get(lines.size() - 1)).isTrue();
        assertThat(Long.parseLong(m.group(1)) + Long.parseLong(m.group(2))).isEqualTo(300L * 1001);
        assertThat(lines.get(0)).startsWith("many/pm000.md:");
        assertThat(lines.get(lines.size() - 2)).startsWith("many/pm299.md:");
        try (Stream<String> annotations = Files.lines(tmp.resolve("annotations.txt"))) {
            assertThat(annotations.filter(l -> l.startsWith("::"))).hasSize(300 * 1001);
        }
        assertThat(JsonMapper.builder()
                        .build()
                        .readTree(tmp.resolve("gl.json").toFile())
                        .size())
                .isEqualTo(300 * 1001);
        try (Stream<String> cs = Files.lines(tmp.resolve("cs.xml"))) {
            assertThat(cs.filter(l -> l.startsWith("    <error "))).hasSize(300 * 1001);
        }
        try (Stream<String> junit = Files.lines(tmp.resolve("junit.xml"))) {
            assertThat(junit.filter(l -> l.startsWith("    <testcase "))).hasSize(300);
        }
        assertThat(Files.readString(tmp.resolve("summary.md"))).contains("### The 10 worst of 300300 findings");
    }

    @Test
    void anEmptyFileIsAnErrorNotAPass() throws Exception {
        Files.writeString(tmp.resolve("empty.md"), "");
        Result r = postmortem(tmp, new byte[0], "check", "empty.md");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("postmortem: empty.md: is empty; there is no postmortem to check\n");
        Files.writeString(tmp.resolve("empty.json"), " \n");
        Result json = postmortem(tmp, new byte[0], "check", "empty.json");
        assertThat(json.code()).isEqualTo(2);
        assertThat(json.err()).contains("empty.json: is empty");
    }

    @Test
    void aTenMegabyteFileIsChecked() throws Exception {
        StringBuilder b = new StringBuilder(Files.readString(ROOT.resolve("examples/clean.md")));
        b.append("\n## Raw notes\n\n");
        String line = "The queue depth alert stayed green while the consumer lag grew on partition seven.\n";
        while (b.length() < 10 * 1024 * 1024) {
            b.append(line);
        }
        Files.writeString(tmp.resolve("big.md"), b);
        Files.writeString(tmp.resolve("big.txt"), b.substring(b.indexOf("## Raw notes")));
        Result r = postmortem(tmp, new byte[0], "check", "big.md", "big.txt");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("2 files checked: 0 errors, 0 warnings, 0 infos\n");
    }

    @Test
    void convertRoundTripsAnExampleThroughTheJarByteForByte() throws Exception {
        // every shipped example makes the round trip in PostmortemCliTest; here one makes it through
        // the packaged jar, its JSON written with -o as a user writes it
        Path json = tmp.resolve("seed-example.json");
        Result toJson = postmortem("convert", "--to", "json", "-o", json.toString(), "examples/seed-example.md");
        assertThat(toJson.code()).as(toJson.err()).isZero();
        assertThat(Files.readString(json)).isEqualTo(Files.readString(ROOT.resolve("examples/seed-example.json")));
        Result back = postmortem("convert", "--to", "markdown", json.toString());
        assertThat(back.code()).as(back.err()).isZero();
        assertThat(back.out()).isEqualTo(Files.readString(ROOT.resolve("examples/seed-example.md")));
    }

    @Test
    void usageErrorsHelpAndVersion() throws Exception {
        Result bad = postmortem("check", "--fail-on", "sometimes", "examples/");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).startsWith("postmortem: Invalid value for option '--fail-on'");
        assertThat(postmortem("--version").out()).isEqualTo("postmortem 0.1.0-SNAPSHOT\n");
        Result help = postmortem("check", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--format").contains("--fail-on").contains("--config");
    }

    @Test
    void newAnnounceAndMetricsRunFromTheJar() throws Exception {
        Result skeleton = postmortem("new", "--id", "INC-2026-11-23-001");
        Files.writeString(tmp.resolve("new.md"), skeleton.out());
        assertThat(postmortem(tmp, new byte[0], "check", "new.md").code()).isZero();
        assertThat(postmortem("announce", "--format", "teams", "examples/clean.md")
                        .out())
                .contains("No names, no blame");
        Result metrics = postmortem("metrics", "--format", "json", "--today", "2026-11-23", "examples/");
        assertThat(JsonMapper.builder()
                        .build()
                        .readTree(metrics.out())
                        .get("postmortems")
                        .asInt())
                .isEqualTo(4); // seed-example.md and .json are one incident
    }
}
