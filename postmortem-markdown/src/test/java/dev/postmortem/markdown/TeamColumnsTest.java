package dev.postmortem.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.core.model.ActionItem;
import dev.postmortem.core.model.ActionItemType;
import dev.postmortem.core.model.Postmortem;
import org.junit.jupiter.api.Test;

/** A team's own action-item columns and wording survive reading and writing back. */
class TeamColumnsTest {
    private final MarkdownReader reader = MarkdownReader.create();
    private final MarkdownWriter writer = MarkdownWriter.create();

    private static final String TABLE = """
            # Queue backlog

            ## Action Items

            | Action | Kind | Owner | Priority |
            | ------ | ---- | ----- | -------- |
            | Alert on consumer lag | detect | @queue-team | P2 |
            | Review the retention policy | other | @queue-team | P3 |
            """;

    @Test
    void columnsTheModelHasNoFieldForAreKeptUnderTheirNames() {
        ActionItem first = reader.read(TABLE).postmortem().actionItems().get(0);
        assertThat(first.description()).isEqualTo("Alert on consumer lag");
        assertThat(first.extensions()).containsEntry("Priority", "\"P2\"");
    }

    @Test
    void anItemsPriorityWrittenAsAFieldIsNotTheIncidentsSeverity() {
        Postmortem p = reader.read(TABLE).postmortem();
        assertThat(p.severity()).isEmpty();
        assertThat(reader.read(writer.write(p)).postmortem().severity()).isEmpty();
    }

    @Test
    void aTypeReadFromOtherWordsKeepsTheWordsAsWritten() {
        Postmortem p = reader.read(TABLE.replace("| Kind |", "| Type |")).postmortem();
        assertThat(p.actionItems().get(0).type()).contains(ActionItemType.DETECTION);
        assertThat(p.actionItems().get(0).extensions()).containsEntry("Type", "\"detect\"");
        // a type the model has no value for is kept as written, not dropped
        assertThat(p.actionItems().get(1).type()).isEmpty();
        assertThat(p.actionItems().get(1).extensions()).containsEntry("Type", "\"other\"");
    }

    @Test
    void keptColumnsAreWrittenAsFieldsAndReadBackToAnEqualModel() {
        Postmortem p = reader.read(TABLE.replace("| Kind |", "| Type |")).postmortem();
        String md = writer.write(p);
        assertThat(md).contains("* Priority: P2").contains("* Type: detect");
        ReadResult again = reader.read(md);
        assertThat(again.diagnostics()).isEmpty();
        assertThat(again.postmortem()).isEqualTo(p);
    }

    @Test
    void aNestedKeyValueLineUnderAListItemIsKeptAsAnExtension() {
        Postmortem p = reader.read("""
                        # Queue backlog

                        ## Action Items

                        - Alert on consumer lag (@queue-team)
                          - Runbook: queue-lag
                          - Add a dashboard panel for lag per partition
                        """).postmortem();
        ActionItem a = p.actionItems().get(0);
        assertThat(a.extensions()).containsEntry("Runbook", "\"queue-lag\"");
        assertThat(a.description()).contains("Add a dashboard panel"); // a sub-task stays with the text
        assertThat(reader.read(writer.write(p)).postmortem()).isEqualTo(p);
    }
}
