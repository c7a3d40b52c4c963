package dev.postmortem.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Schema;
import dev.postmortem.core.model.OwnerHandle;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.json.common.JsonReadException;
import dev.postmortem.markdown.MarkdownReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.YearMonth;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ActionExporterTest {
    private static final Postmortem P =
            MarkdownReader.create().read(Fixtures.text("actions-postmortem.md")).postmortem();
    private static final List<ActionExporter.Input> IN =
            List.of(new ActionExporter.Input("postmortems/checkout.md", P));
    private static final OwnerMap OWNERS = OwnerMap.parse(Fixtures.text("owners.yaml"));
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static ActionExport export(ExportFormat f, boolean all) {
        return ActionExporter.builder(f)
                .owners(OWNERS)
                .all(all)
                .jiraProject("OPS")
                .milestone(YearMonth.of(2026, 3), 7)
                .linkBase("https://git.example.com/sre/")
                .build()
                .export(IN);
    }

    @Test
    void theFixtureHasReadyUnreadyAndClosedItems() {
        assertThat(P.actionItems()).hasSize(4);
        ActionExport e = export(ExportFormat.CSV, false);
        assertThat(e.items()).extracting(i -> i.readiness().isReady()).containsExactly(true, true, false, true);
        assertThat(e.items()).extracting(ExportedItem::exported).containsExactly(true, true, false, false);
    }

    @Test
    void csvHasTheDocumentedHeaderAndOneRowPerReadyOpenItem() throws IOException {
        String csv = export(ExportFormat.CSV, false).text();
        List<CSVRecord> rows = records(csv);
        assertThat(csv.lines().findFirst().orElseThrow())
                .isEqualTo("postmortem,incident,id,description,type,severity,owner,assignee,due_date,status,"
                        + "estimate,ticket,ready,readiness_failed");
        assertThat(rows).hasSize(2);
        CSVRecord first = rows.get(0);
        assertThat(first.get("postmortem")).isEqualTo("https://git.example.com/sre/postmortems/checkout.md");
        assertThat(first.get("incident")).isEqualTo("INC-2026-03-10-002");
        assertThat(first.get("id")).isEqualTo("AI-1");
        assertThat(first.get("type")).isEqualTo("prevention");
        assertThat(first.get("severity")).isEqualTo("SEV2");
        assertThat(first.get("owner")).isEqualTo("@payments-platform");
        assertThat(first.get("assignee")).isEqualTo("5b10ac8d82e05b22cc7d4ef5");
        assertThat(first.get("due_date")).isEqualTo("2026-03-27");
        assertThat(first.get("estimate")).isEqualTo("6h");
        assertThat(first.get("ready")).isEqualTo("true");
        // the unmapped owner's row keeps the owner and leaves the assignee empty
        assertThat(rows.get(1).get("owner")).isEqualTo("@release-engineering");
        assertThat(rows.get(1).get("assignee")).isEmpty();
        assertThat(rows.get(1).get("status")).isEqualTo("in_progress");
    }

    @Test
    void csvIsTheHandWrittenGoldenFile() {
        // actions-golden.csv was written by hand from the fixture's items, not from the exporter
        assertThat(export(ExportFormat.CSV, false).text()).isEqualTo(Fixtures.text("actions-golden.csv"));
    }

    @Test
    void csvWithAllCarriesTheVerdictOfTheUnreadyItem() throws IOException {
        String csv = export(ExportFormat.CSV, true).text();
        List<CSVRecord> rows = records(csv);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(2).get("ready")).isEqualTo("false");
        assertThat(rows.get(2).get("readiness_failed").split(";"))
                .contains("readiness.estimate", "readiness.acceptance-criteria", "readiness.due-date");
    }

    @Test
    void jiraBodyFollowsItsSchemaAndAssignsOnlyMappedOwners() {
        ActionExport e = export(ExportFormat.JIRA, false);
        Schema schema = Fixtures.schema("jira-bulk-create.schema.json");
        assertThat(Fixtures.validate(schema, e.text())).isEmpty();
        JsonNode body = MAPPER.readTree(e.text());
        JsonNode updates = body.get("issueUpdates");
        assertThat(updates.size()).isEqualTo(2);
        JsonNode first = updates.get(0).get("fields");
        assertThat(first.at("/project/key").asString()).isEqualTo("OPS");
        assertThat(first.get("summary").asString())
                .isEqualTo("[AI-1] Reject connection-pool sizes below the tested minimum in the configuration schema");
        assertThat(first.get("duedate").asString()).isEqualTo("2026-03-27");
        assertThat(first.at("/assignee/accountId").asString()).isEqualTo("5b10ac8d82e05b22cc7d4ef5");
        assertThat(first.get("labels").toString())
                .isEqualTo("[\"postmortem\",\"action-prevention\",\"sev2\",\"dor-ready\"]");
        assertThat(first.get("description").toString())
                .contains("https://git.example.com/sre/postmortems/checkout.md")
                .contains("ready (every criterion passed)");
        JsonNode second = updates.get(1).get("fields");
        assertThat(second.has("assignee")).isFalse();
        assertThat(e.unmappedOwners()).containsOnlyKeys(OwnerHandle.parse("@release-engineering"));
        assertThat(e.unmappedOwners().get(OwnerHandle.parse("@release-engineering")))
                .containsExactly("AI-2");
    }

    @Test
    void anEmptyOwnerMapAssignsNobodyAndReportsEveryOwner() {
        ActionExport e = ActionExporter.builder(ExportFormat.JIRA)
                .jiraProject("OPS")
                .build()
                .export(IN);
        assertThat(MAPPER.readTree(e.text()).findValues("assignee")).isEmpty();
        assertThat(e.unmappedOwners())
                .containsOnlyKeys(OwnerHandle.parse("@payments-platform"), OwnerHandle.parse("@release-engineering"));
    }

    @Test
    void githubLinesFollowTheirSchemaWithMilestoneByDueMonth() {
        ActionExport e = export(ExportFormat.GITHUB, true);
        Schema schema = Fixtures.schema("github-issue.schema.json");
        List<String> lines = e.text().lines().toList();
        assertThat(lines).hasSize(4);
        for (String line : lines) {
            assertThat(Fixtures.validate(schema, line)).as(line).isEmpty();
        }
        JsonNode first = MAPPER.readTree(lines.get(0));
        assertThat(first.get("milestone").asInt()).isEqualTo(7);
        assertThat(first.get("assignees").toString()).isEqualTo("[\"5b10ac8d82e05b22cc7d4ef5\"]");
        assertThat(first.get("body").asString())
                .contains("- **Postmortem:** https://git.example.com/sre/postmortems/checkout.md")
                .contains("- **Definition of Ready:** ready");
        JsonNode second = MAPPER.readTree(lines.get(1));
        assertThat(second.has("milestone"))
                .as("due in April, no milestone mapped")
                .isFalse();
        assertThat(second.has("assignees")).isFalse();
        JsonNode unready = MAPPER.readTree(lines.get(2));
        assertThat(unready.get("labels").toString()).contains("dor-not-ready");
        assertThat(unready.get("body").asString()).contains("not ready: readiness.estimate");
    }

    @Test
    void aJiraExportWithoutAProjectOrWithTooManyItemsIsRefused() {
        assertThatThrownBy(
                        () -> ActionExporter.builder(ExportFormat.JIRA).build().export(IN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("project key");
        List<ActionExporter.Input> many = java.util.Collections.nCopies(30, IN.get(0));
        assertThatThrownBy(() -> ActionExporter.builder(ExportFormat.JIRA)
                        .jiraProject("OPS")
                        .build()
                        .export(many))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 50");
        assertThatThrownBy(() -> ActionExporter.builder(ExportFormat.JIRA).jiraProject("ops team"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBadOwnerMapNamesTheEntry() {
        assertThatThrownBy(() -> OwnerMap.parse("\"@db-lead\": 42\n"))
                .isInstanceOfSatisfying(
                        JsonReadException.class, e -> assertThat(e.pointer()).isEqualTo("/@db-lead"));
        assertThatThrownBy(() -> OwnerMap.parse("\"not a handle!\": abc\n"))
                .isInstanceOfSatisfying(
                        JsonReadException.class, e -> assertThat(e.pointer()).isEqualTo("/not a handle!"));
        assertThatThrownBy(() -> OwnerMap.parse("- a\n- b\n")).isInstanceOf(JsonReadException.class);
        assertThatThrownBy(() -> OwnerMap.parse("x".repeat(OwnerMap.MAX_LENGTH + 1)))
                .isInstanceOfSatisfying(
                        JsonReadException.class, e -> assertThat(e.problem()).contains("limit"));
    }

    /** The records of a CSV export, read by its header. */
    private static List<CSVRecord> records(String csv) throws IOException {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
    }
}
