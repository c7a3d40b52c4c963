package dev.postmortem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code import}, {@code actions} and {@code check --slo}, in-process, on the interop module's fixtures. */
class InteropCommandsTest {
    private static final Path FIXTURES =
            PostmortemCliTest.ROOT.resolve("postmortem-interop/src/test/resources/fixtures");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    private PostmortemCliTest.Run run(String... args) {
        return PostmortemCliTest.run(tmp, "", Map.of(), false, args);
    }

    private static Schema schema(String name) throws IOException {
        try (InputStream in = InteropCommandsTest.class.getResourceAsStream("/META-INF/postmortem/" + name)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in);
        }
    }

    @Test
    void aPagerDutyImportIsADraftThatCheckReadsWithTheLogEntriesMetrics() throws IOException {
        PostmortemCliTest.Run imported = run(
                "import",
                "--from",
                "pagerduty",
                FIXTURES.resolve("pagerduty-incident.json").toString(),
                "-o",
                "draft.json");
        assertThat(imported.code()).isEqualTo(PostmortemCli.OK);
        assertThat(imported.err()).contains("imported a draft from PagerDuty REST API v2: 7 timeline events");
        PostmortemCliTest.Run check = run("check", "draft.json");
        assertThat(check.code()).isEqualTo(PostmortemCli.OK);
        assertThat(check.out()).contains("warning validation.required").doesNotContain(": error ");
        JsonNode metrics =
                MAPPER.readTree(run("metrics", "--format", "json", "draft.json").out());
        // acknowledge_log_entry − trigger_log_entry and resolve_log_entry − trigger_log_entry
        assertThat(metrics.at("/times/timeToAcknowledge/median").asString()).isEqualTo("PT7M30S");
        assertThat(metrics.at("/times/timeToResolve/median").asString()).isEqualTo("PT52M");
        assertThat(Files.readString(tmp.resolve("draft.json"))).contains("\"x-pagerduty\"");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "pagerduty:pagerduty-incident.json",
                "incidentio:incidentio-incident.json",
                "opsgenie:opsgenie-alert.json"
            })
    void everyToolsImportIsReadByCheckAsJsonAndAsMarkdown(String toolAndFile) {
        String[] parts = toolAndFile.split(":");
        String in = FIXTURES.resolve(parts[1]).toString();
        assertThat(run("import", "--from", parts[0], in, "-o", "d.json").code()).isEqualTo(PostmortemCli.OK);
        assertThat(run("check", "d.json").code()).isEqualTo(PostmortemCli.OK);
        PostmortemCliTest.Run md = run("import", "--from", parts[0], in, "-o", "d.md");
        assertThat(md.code()).isEqualTo(PostmortemCli.OK);
        assertThat(md.err()).contains("Markdown does not carry").contains("x-" + parts[0]);
        PostmortemCliTest.Run check = run("check", "d.md");
        assertThat(check.code()).isEqualTo(PostmortemCli.OK);
        assertThat(check.out()).doesNotContain(": error ");
    }

    @Test
    void anIncidentIoImportWithItsPostMortemDocumentHasItsAnalysis() throws IOException {
        PostmortemCliTest.Run r = run(
                "import",
                "--from",
                "incidentio",
                "--document",
                FIXTURES.resolve("incidentio-postmortem.md").toString(),
                FIXTURES.resolve("incidentio-incident.json").toString(),
                "-o",
                "d.json");
        assertThat(r.code()).isEqualTo(PostmortemCli.OK);
        JsonNode d = MAPPER.readTree(Files.readString(tmp.resolve("d.json")));
        assertThat(d.at("/contributingFactors/0/title").asString()).isEqualTo("Rebuild Shares The Serving Cluster");
        assertThat(d.at("/actionItems/0/owner").asString()).isEqualTo("@search-platform");
        assertThat(run("import", "--from", "pagerduty", "--document", "x.md", "y.json")
                        .err())
                .contains("--document is for --from incidentio only");
    }

    @Test
    void aTeamsSeverityNameWinsAndAnUnknownLevelIsAUsageError() throws IOException {
        String fixture = FIXTURES.resolve("pagerduty-incident.json").toString();
        assertThat(run("import", "--from", "pagerduty", "--severity", "P1=SEV2", fixture, "-o", "d.json")
                        .code())
                .isEqualTo(PostmortemCli.OK);
        assertThat(MAPPER.readTree(Files.readString(tmp.resolve("d.json")))
                        .at("/severity")
                        .asString())
                .isEqualTo("SEV2");
        PostmortemCliTest.Run bad = run("import", "--from", "pagerduty", "--severity", "P1=SEV9", fixture);
        assertThat(bad.code()).isEqualTo(PostmortemCli.TROUBLE);
        assertThat(bad.err()).contains("--severity: the severity name 'P1' maps to 'SEV9'");
    }

    @Test
    void aBadExportNamesItsPointerAndWritesNothing() throws IOException {
        Path bad = tmp.resolve("bad.json");
        String fixture = Files.readString(FIXTURES.resolve("pagerduty-incident.json"));
        Files.writeString(bad, fixture.replace("\"2026-03-04T09:19:30Z\"", "\"half past nine\""));
        PostmortemCliTest.Run r = run("import", "--from", "pagerduty", "bad.json", "-o", "draft.json");
        assertThat(r.code()).isEqualTo(PostmortemCli.TROUBLE);
        assertThat(r.err())
                .contains("bad.json: not a PagerDuty REST API v2 export at /log_entries/2/created_at")
                .contains("'half past nine' is not a date and time");
        assertThat(tmp.resolve("draft.json")).doesNotExist();
        PostmortemCliTest.Run big = run("import", "--from", "pagerduty", "--max-bytes", "1000", "bad.json");
        assertThat(big.code()).isEqualTo(PostmortemCli.TROUBLE);
        assertThat(big.err()).contains("longer than the limit of 1000 bytes");
        assertThat(big.out()).isEmpty();
        assertThat(run("import", "--from", "servicenow", "bad.json").err()).contains("pagerduty, incidentio, opsgenie");
    }

    @Test
    void actionsAsJiraFollowTheSchemaAndReportTheUnmappedOwner() throws IOException {
        PostmortemCliTest.Run r = run(
                "actions",
                "--format",
                "jira",
                "--jira-project",
                "OPS",
                "--owner-map",
                FIXTURES.resolve("owners.yaml").toString(),
                "--today",
                "2026-03-12",
                FIXTURES.resolve("actions-postmortem.md").toString());
        assertThat(r.code()).isEqualTo(PostmortemCli.OK);
        assertThat(schema("jira-bulk-create.schema.json").validate(r.out(), InputFormat.JSON))
                .isEmpty();
        JsonNode updates = MAPPER.readTree(r.out()).get("issueUpdates");
        assertThat(updates.size()).isEqualTo(2);
        assertThat(updates.get(0).at("/fields/assignee/accountId").asString()).isEqualTo("5b10ac8d82e05b22cc7d4ef5");
        assertThat(updates.get(1).at("/fields/assignee").isMissingNode()).isTrue();
        assertThat(r.err())
                .contains("exported 2 of 4 action items (1 not ready, 1 done or not doing")
                .contains("unmapped owner @release-engineering (AI-2): not in the owner map, so the issue is left"
                        + " unassigned")
                .contains("not ready: AI-3");
        // the owner the map does not know gets no account: the only account is the mapped one
        assertThat(MAPPER.readTree(r.out()).findValuesAsString("accountId"))
                .containsExactly("5b10ac8d82e05b22cc7d4ef5");
        assertThat(r.out()).contains("Owner: ").contains("@release-engineering");
    }

    @Test
    void actionsAsGithubAndCsvFollowTheirShapes() throws IOException {
        String md = FIXTURES.resolve("actions-postmortem.md").toString();
        PostmortemCliTest.Run gh = run(
                "actions",
                "--format",
                "github",
                "--all",
                "--milestone",
                "2026-03=7",
                "--link-base",
                "https://git.example.com/sre/blob/main/",
                md);
        assertThat(gh.code()).isEqualTo(PostmortemCli.OK);
        Schema schema = schema("github-issue.schema.json");
        List<String> lines = gh.out().lines().toList();
        assertThat(lines).hasSize(4);
        lines.forEach(
                l -> assertThat(schema.validate(l, InputFormat.JSON)).as(l).isEmpty());
        assertThat(MAPPER.readTree(lines.get(0)).get("milestone").asInt()).isEqualTo(7);
        assertThat(gh.err()).contains("unmapped owner @payments-platform (AI-1, AI-4)");
        PostmortemCliTest.Run csv = run("actions", "--format", "csv", md, "-o", "items.csv");
        assertThat(csv.code()).isEqualTo(PostmortemCli.OK);
        String text = Files.readString(tmp.resolve("items.csv"), StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("postmortem,incident,id,description,type,severity,owner,assignee,due_date,"
                        + "status,estimate,ticket,ready,readiness_failed\r\n");
        assertThat(text.lines().count()).isEqualTo(3);
        // CSV without an owner map is for spreadsheets: no assignee column filled, nothing to report
        assertThat(csv.err()).doesNotContain("unmapped owner");
    }

    @Test
    void anIncidentGivenInTwoFormsHasItsItemsExportedOnce() {
        Path examples = PostmortemCliTest.ROOT.resolve("examples");
        PostmortemCliTest.Run r = run(
                "actions",
                "--format",
                "csv",
                "--all",
                examples.resolve("seed-example.json").toString(),
                examples.resolve("seed-example.md").toString());
        assertThat(r.code()).isEqualTo(PostmortemCli.OK);
        // a header and the guide's three items, once, from the file given first
        assertThat(r.out().lines().toList()).hasSize(4);
        assertThat(r.out()).contains("seed-example.json").doesNotContain("seed-example.md");
        assertThat(r.err()).contains("is incident INC-2026-05-19-001 again; its action items are exported once");
    }

    @Test
    void actionsNeedAJiraProjectAndAReadableOwnerMap() {
        String md = FIXTURES.resolve("actions-postmortem.md").toString();
        PostmortemCliTest.Run noProject = run("actions", "--format", "jira", md);
        assertThat(noProject.code()).isEqualTo(PostmortemCli.TROUBLE);
        assertThat(noProject.err()).contains("--jira-project");
        PostmortemCliTest.Run noMap =
                run("actions", "--format", "jira", "--jira-project", "OPS", "--owner-map", "nope.yaml", md);
        assertThat(noMap.code()).isEqualTo(PostmortemCli.TROUBLE);
        assertThat(noMap.err()).contains("--owner-map: no such file: nope.yaml");
        assertThat(noMap.out()).isEmpty();
    }

    @Test
    void checkWithAnOpenSloFindsBudgetFiguresThatDisagreeWithTheSlo() throws IOException {
        // clean.md: 3,100 failed requests, 2% of the budget (80% → 78%). With the fixture's 99.9%
        // target, 3,100 of 155,000,000 requests are 2% of the budget; of 310,000 requests, all of it.
        Path clean = PostmortemCliTest.ROOT.resolve("examples/clean.md");
        String slo = FIXTURES.resolve("openslo-checkout.yaml").toString();
        PostmortemCliTest.Run agree =
                run("check", "--today", "2026-03-12", "--slo", slo, "--slo-events", "155000000", clean.toString());
        assertThat(agree.out()).doesNotContain("consistency.budget-figures");
        PostmortemCliTest.Run differ =
                run("check", "--today", "2026-03-12", "--slo", slo, "--slo-events", "310000", clean.toString());
        assertThat(differ.out())
                .contains(
                        "warning consistency.budget-figures the impact summary says the incident consumed 2% of"
                                + " the error budget, but the OpenSLO SLO checkout-availability (good checkouts) (target 99.9%)")
                .contains("3100 bad of 310000 eligible events gives 100%");
        PostmortemCliTest.Run noEvents = run("check", "--slo", slo, clean.toString());
        assertThat(noEvents.code()).isEqualTo(PostmortemCli.TROUBLE);
        assertThat(noEvents.err()).contains("--slo needs --slo-events N");
        Path badSlo = tmp.resolve("slo.yaml");
        Files.writeString(
                badSlo,
                Files.readString(FIXTURES.resolve("openslo-checkout.yaml")).replace("0.999", "1.5"));
        PostmortemCliTest.Run bad = run("check", "--slo", "slo.yaml", "--slo-events", "10", clean.toString());
        assertThat(bad.code()).isEqualTo(PostmortemCli.TROUBLE);
        assertThat(bad.err()).contains("slo.yaml: at /spec/objectives/0/target");
    }
}
