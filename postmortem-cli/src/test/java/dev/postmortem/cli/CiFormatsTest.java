package dev.postmortem.cli;

import static dev.postmortem.cli.PostmortemCliTest.ROOT;
import static dev.postmortem.cli.PostmortemCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.postmortem.cli.PostmortemCliTest.Run;
import dev.postmortem.cli.internal.CiReports;
import dev.postmortem.cli.internal.FileResult;
import dev.postmortem.cli.internal.Located;
import dev.postmortem.cli.internal.Reports;
import dev.postmortem.core.report.FindingSeverity;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CI report formats, each checked against the structure its consumer documents (a schema of
 * that shape in the test resources) and with hostile text: {@code %}, line breaks, markup
 * characters and quotes.
 */
class CiFormatsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HOSTILE = "100% \"sure\" <b>&amp;</b>, it's: done\r\nnext | line";

    @TempDir
    Path tmp;

    /** The examples' findings as the JSON report lists them, to compare each format with. */
    private static JsonNode jsonReport(String... extra) {
        List<String> args = new ArrayList<>(List.of("check", "--format", "json"));
        args.addAll(List.of(extra));
        args.add("examples/");
        return JSON.readTree(run(args.toArray(String[]::new)).out());
    }

    private static int findings(JsonNode report) {
        int n = 0;
        for (JsonNode f : report.get("files")) {
            n += f.get("findings").size();
        }
        return n;
    }

    /** A report of one file with one finding whose every text is hostile. */
    private static String hostile(Function<StringWriter, Reports.Writer> format) {
        StringWriter out = new StringWriter();
        Reports.Writer w = format.apply(out);
        Located f = new Located(
                "language.person-named",
                FindingSeverity.ERROR,
                HOSTILE,
                Optional.of("Say what the system <allowed>."),
                3,
                7,
                3,
                11,
                "timeline[0].description",
                "Dave");
        FileResult r = new FileResult("docs/a, b: c%.md", List.of(f), Optional.empty());
        w.file(r);
        Reports.Totals totals = new Reports.Totals(FindingSeverity.ERROR);
        totals.add(r);
        w.finish(totals.summary());
        return out.toString();
    }

    private static List<String> validateXml(String xml, String xsd) {
        try (InputStream in = CiFormatsTest.class.getResourceAsStream("/ci/" + xsd)) {
            javax.xml.validation.Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(new StreamSource(in));
            List<String> problems = new ArrayList<>();
            javax.xml.validation.Validator v = schema.newValidator();
            v.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void error(org.xml.sax.SAXParseException e) {
                    problems.add(e.getMessage());
                }

                @Override
                public void fatalError(org.xml.sax.SAXParseException e) {
                    problems.add(e.getMessage());
                }
            });
            try {
                v.validate(new StreamSource(new StringReader(xml)));
            } catch (org.xml.sax.SAXException e) {
                problems.add(e.getMessage());
            }
            return problems;
        } catch (IOException | org.xml.sax.SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static List<Element> elements(Document d, String name) {
        NodeList nodes = d.getElementsByTagName(name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    // ---- GitHub workflow commands ---------------------------------------------------------------

    private static final Pattern COMMAND = Pattern.compile(
            "::(error|warning|notice) file=([^,:\\r\\n]+),line=(\\d+),endLine=(\\d+),col=(\\d+),endColumn=(\\d+),"
                    + "title=([^,:\\r\\n]+)::([^\\r\\n]+)");

    @Test
    void githubAnnotationsOnePerFindingThenTheSummary() {
        Run r = run("check", "--format", "github", "examples/");
        assertThat(r.code()).isEqualTo(PostmortemCli.FINDINGS);
        List<String> lines = r.out().lines().toList();
        List<String> commands = lines.stream().filter(l -> l.startsWith("::")).toList();
        assertThat(commands).allMatch(l -> COMMAND.matcher(l).matches());
        JsonNode report = jsonReport();
        assertThat(commands).hasSize(findings(report));
        assertThat(commands.stream().filter(l -> l.startsWith("::error ")))
                .hasSize(report.at("/summary/errors").asInt());
        JsonNode first = report.at("/files/0/findings/0");
        Matcher m = COMMAND.matcher(commands.get(0));
        assertThat(m.matches()).isTrue();
        assertThat(m.group(2)).isEqualTo(report.at("/files/0/path").asString());
        assertThat(Integer.parseInt(m.group(3))).isEqualTo(first.get("line").asInt());
        assertThat(Integer.parseInt(m.group(5))).isEqualTo(first.get("column").asInt());
        assertThat(m.group(7)).isEqualTo(first.get("ruleId").asString());
        assertThat(lines.get(lines.size() - 1)).startsWith("5 files checked: 6 errors, 38 warnings");
    }

    @Test
    void githubEscapesAsTheToolkitDoes() {
        assertThat(CiReports.escapeData("50%\r\nnext: a, b")).isEqualTo("50%25%0D%0Anext: a, b");
        assertThat(CiReports.escapeProperty("50%\r\nnext: a, b")).isEqualTo("50%25%0D%0Anext%3A a%2C b");
        String out = hostile(CiReports::github);
        String command = out.lines().findFirst().orElseThrow();
        assertThat(COMMAND.matcher(command).matches()).as(command).isTrue();
        assertThat(command)
                .startsWith("::error file=docs/a%2C b%3A c%25.md,line=3,endLine=3,col=7,endColumn=11,"
                        + "title=language.person-named::100%25 \"sure\" <b>&amp;</b>, it's: done%0D%0Anext | line"
                        + ". Say what the system <allowed>.");
        // the runner decodes it back to the message as written
        String message = command.substring(command.indexOf("::", 2) + 2);
        assertThat(message.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%"))
                .isEqualTo(HOSTILE + ". Say what the system <allowed>.");
    }

    // ---- GitLab Code Quality --------------------------------------------------------------------

    private static Schema gitlabSchema() throws IOException {
        try (InputStream in = CiFormatsTest.class.getResourceAsStream("/ci/gitlab-code-quality.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in);
        }
    }

    @Test
    void gitlabCodeQualityFollowsTheDocumentedShapeWithUniqueFingerprints() throws IOException {
        Run r = run("check", "--format", "gitlab", "examples/");
        assertThat(gitlabSchema().validate(r.out(), InputFormat.JSON)).isEmpty();
        JsonNode issues = JSON.readTree(r.out());
        JsonNode report = jsonReport();
        assertThat(issues.size()).isEqualTo(findings(report));
        java.util.Set<String> fingerprints = new HashSet<>();
        issues.forEach(i -> fingerprints.add(i.get("fingerprint").asString()));
        assertThat(fingerprints).as("GitLab needs one fingerprint per issue").hasSize(issues.size());
        JsonNode first = issues.get(0);
        assertThat(first.get("check_name").asString())
                .isEqualTo(report.at("/files/0/findings/0/ruleId").asString());
        assertThat(first.get("severity").asString()).isEqualTo("major");
        assertThat(first.at("/location/path").asString()).isEqualTo("examples/blaming.md");
        assertThat(first.at("/location/lines/begin").asInt())
                .isEqualTo(report.at("/files/0/findings/0/line").asInt());
        assertThat(issues.findValuesAsString("severity")).contains("minor").doesNotContain("error", "warning");
    }

    @Test
    void gitlabFingerprintsStayWhenLinesMove() throws IOException {
        String doc = Files.readString(ROOT.resolve("examples/blaming.md"));
        Files.writeString(tmp.resolve("pm.md"), doc);
        JsonNode before = JSON.readTree(run(tmp, "", Map.of(), false, "check", "--format", "gitlab", "pm.md")
                .out());
        Files.writeString(tmp.resolve("pm.md"), doc.replace("## 1. Event Timeline", "\n\n\n## 1. Event Timeline"));
        JsonNode after = JSON.readTree(run(tmp, "", Map.of(), false, "check", "--format", "gitlab", "pm.md")
                .out());
        assertThat(after.get(0).at("/location/lines/begin").asInt())
                .isEqualTo(before.get(0).at("/location/lines/begin").asInt() + 3);
        assertThat(after.findValuesAsString("fingerprint")).isEqualTo(before.findValuesAsString("fingerprint"));
    }

    @Test
    void gitlabKeepsHostileTextAsJsonText() throws IOException {
        String out = hostile(CiReports::gitlab);
        assertThat(gitlabSchema().validate(out, InputFormat.JSON)).isEmpty();
        JsonNode issue = JSON.readTree(out).get(0);
        assertThat(issue.get("description").asString()).isEqualTo(HOSTILE + ". Say what the system <allowed>.");
        assertThat(issue.at("/location/path").asString()).isEqualTo("docs/a, b: c%.md");
    }

    // ---- Checkstyle -----------------------------------------------------------------------------

    @Test
    void checkstyleFollowsTheDocumentedShapeWithAFileElementPerFile() throws Exception {
        Run r = run("check", "--format", "checkstyle", "examples/");
        assertThat(r.code()).isEqualTo(PostmortemCli.FINDINGS);
        assertThat(validateXml(r.out(), "checkstyle.xsd")).isEmpty();
        Document d = parse(r.out());
        JsonNode report = jsonReport();
        assertThat(elements(d, "file")).hasSize(report.get("files").size());
        List<Element> errors = elements(d, "error");
        assertThat(errors).hasSize(findings(report));
        Element first = errors.get(0);
        assertThat(((Element) first.getParentNode()).getAttribute("name")).isEqualTo("examples/blaming.md");
        assertThat(first.getAttribute("source"))
                .isEqualTo(
                        "postmortem." + report.at("/files/0/findings/0/ruleId").asString());
        assertThat(first.getAttribute("line"))
                .isEqualTo(report.at("/files/0/findings/0/line").asString());
        assertThat(first.getAttribute("severity")).isEqualTo("error");
    }

    @Test
    void checkstyleAttributesHoldHostileTextExactly() throws Exception {
        String out = hostile(w -> CiReports.checkstyle(w, "test"));
        assertThat(validateXml(out, "checkstyle.xsd")).isEmpty();
        Element error = elements(parse(out), "error").get(0);
        assertThat(error.getAttribute("message")).isEqualTo(HOSTILE + ". Say what the system <allowed>.");
        assertThat(((Element) error.getParentNode()).getAttribute("name")).isEqualTo("docs/a, b: c%.md");
    }

    @Test
    void xmlNeverCarriesCharactersXmlCannotHold() throws Exception {
        StringWriter out = new StringWriter();
        Reports.Writer w = CiReports.checkstyle(out, "test");
        FileResult r = new FileResult(
                "odd\u0001name\uD800.md",
                List.of(new Located(
                        "x.y",
                        FindingSeverity.INFO,
                        "bell\u0007 and \uD83D\uDE00",
                        Optional.empty(),
                        1,
                        1,
                        1,
                        2,
                        "",
                        "")),
                Optional.empty());
        w.file(r);
        w.finish(new Reports.Totals(FindingSeverity.ERROR).summary());
        Document d = parse(out.toString());
        assertThat(elements(d, "file").get(0).getAttribute("name")).isEqualTo("odd\uFFFDname\uFFFD.md");
        assertThat(elements(d, "error").get(0).getAttribute("message")).isEqualTo("bell\uFFFD and \uD83D\uDE00");
    }

    // ---- JUnit ----------------------------------------------------------------------------------

    @Test
    void junitHasACasePerFileAndAFailurePerFindingAtOrAboveFailOn() throws Exception {
        for (String failOn : List.of("error", "warning")) {
            Run r = run("check", "--format", "junit", "--fail-on", failOn, "examples/");
            assertThat(validateXml(r.out(), "junit.xsd")).as(failOn).isEmpty();
            Document d = parse(r.out());
            JsonNode report = jsonReport("--fail-on", failOn);
            assertThat(elements(d, "testcase")).hasSize(report.get("files").size());
            int atOrAbove = report.at("/summary/errors").asInt()
                    + (failOn.equals("warning") ? report.at("/summary/warnings").asInt() : 0);
            assertThat(elements(d, "failure")).as(failOn).hasSize(atOrAbove);
            for (Element suite : elements(d, "testsuite")) {
                int failures = suite.getElementsByTagName("failure").getLength();
                assertThat(suite.getAttribute("failures")).isEqualTo(failures > 0 ? "1" : "0");
                assertThat(suite.getAttribute("tests")).isEqualTo("1");
            }
            Element clean = elements(d, "testcase").stream()
                    .filter(c -> c.getAttribute("name").equals("examples/clean.md"))
                    .findFirst()
                    .orElseThrow();
            assertThat(clean.getChildNodes().getLength())
                    .as("the clean example passes")
                    .isLessThanOrEqualTo(1);
        }
        Document errorsOnly =
                parse(run("check", "--format", "junit", "examples/draft.md").out());
        assertThat(elements(errorsOnly, "failure"))
                .as("the draft has only warnings")
                .isEmpty();
        assertThat(elements(errorsOnly, "system-out").get(0).getTextContent()).contains("warning validation.required");
    }

    @Test
    void junitHoldsHostileTextExactlyAndAnUnreadableFileIsAnError() throws Exception {
        String out = hostile(w -> CiReports.junit(w, FindingSeverity.ERROR));
        assertThat(validateXml(out, "junit.xsd")).isEmpty();
        Element failure = elements(parse(out), "failure").get(0);
        assertThat(failure.getAttribute("message")).isEqualTo("language.person-named: " + HOSTILE);
        assertThat(failure.getTextContent()).contains(HOSTILE);
        Run missing = run("check", "--format", "junit", "examples/clean.md", "no-such.md");
        assertThat(missing.code()).isEqualTo(PostmortemCli.TROUBLE);
        assertThat(validateXml(missing.out(), "junit.xsd")).isEmpty();
        List<Element> errors = elements(parse(missing.out()), "error");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).getAttribute("message")).isEqualTo("no such file");
    }

    @Test
    void theSchemasRejectWhatTheirConsumersCouldNotRead() throws IOException {
        // so that an empty list of problems above means the output was checked
        assertThat(validateXml(
                        "<checkstyle><file name=\"a.md\"><error line=\"0\" severity=\"fatal\""
                                + " message=\"m\" source=\"s\"/></file></checkstyle>",
                        "checkstyle.xsd"))
                .anyMatch(m -> m.contains("attribute 'line'"))
                .anyMatch(m -> m.contains("attribute 'severity'"));
        assertThat(validateXml(
                        "<testsuites><testsuite name=\"a.md\" tests=\"1\" failures=\"1\" errors=\"0\">"
                                + "<testcase classname=\"postmortem\"><failure/></testcase></testsuite></testsuites>",
                        "junit.xsd"))
                .isNotEmpty();
        assertThat(gitlabSchema()
                        .validate(
                                "[{\"description\":\"d\",\"check_name\":\"c\",\"fingerprint\":\"f\","
                                        + "\"severity\":\"error\",\"location\":{\"path\":\"/abs.md\","
                                        + "\"lines\":{}}}]",
                                InputFormat.JSON))
                .hasSizeGreaterThanOrEqualTo(3);
    }

    // ---- the job summary and --report -----------------------------------------------------------

    @Test
    void theJobSummaryCountsAndListsTheWorstFindingsErrorsFirst() {
        Run r = run("check", "--format", "github-summary", "examples/");
        assertThat(r.code()).isEqualTo(PostmortemCli.FINDINGS);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).contains("**Failed:** findings at or above `error`.", "| 5 | 6 | 38 | 0 | 0 |");
        int header = lines.indexOf("| severity | file | line | rule | message |");
        assertThat(lines.get(header - 2)).isEqualTo("### The 10 worst of 44 findings");
        List<String> rows = lines.subList(header + 2, header + 12);
        assertThat(rows.subList(0, 6)).allMatch(l -> l.startsWith("| error | examples/blaming.md | "));
        assertThat(rows.subList(6, 10)).allMatch(l -> l.startsWith("| warning | "));
        assertThat(run("check", "--format", "github-summary", "examples/clean.md")
                        .out())
                .startsWith("## postmortem check\n\n**Passed:** no finding at or above `error`.\n")
                .doesNotContain("###");
        String hostile = hostile(w -> CiReports.githubSummary(w, FindingSeverity.ERROR));
        assertThat(hostile)
                .contains("| error | docs/a, b: c%.md | 3 | language.person-named |")
                .contains("100% \"sure\" &lt;b&gt;&amp;amp;&lt;/b&gt;, it's: done  next \\| line");
    }

    @Test
    void reportOptionsWriteMoreFormatsFromTheSameRun() throws IOException {
        Files.copy(ROOT.resolve("examples/blaming.md"), tmp.resolve("blaming.md"));
        Run r = run(
                tmp,
                "",
                Map.of(),
                false,
                "check",
                "--format",
                "github",
                "--report",
                "sarif=out/pm.sarif",
                "--report",
                "github-summary=summary.md",
                "blaming.md");
        assertThat(r.code()).as(r.err()).isEqualTo(PostmortemCli.FINDINGS);
        assertThat(r.out()).startsWith("::error file=blaming.md,");
        assertThat(Schemas.sarif(Files.readString(tmp.resolve("out/pm.sarif")))).isEmpty();
        assertThat(Files.readString(tmp.resolve("summary.md"))).contains("| 1 | 6 | 7 | 0 | 0 |");
        Run bad = run(tmp, "", Map.of(), false, "check", "--report", "yaml=x.yaml", "blaming.md");
        assertThat(bad.code()).isEqualTo(PostmortemCli.TROUBLE);
        assertThat(bad.err())
                .startsWith("postmortem: --report yaml=x.yaml: unknown format 'yaml'; expected one of text, json,");
        Run noFile = run(tmp, "", Map.of(), false, "check", "--report", "json", "blaming.md");
        assertThat(noFile.err()).startsWith("postmortem: --report json: expected FORMAT=FILE");
    }
}
