package dev.postmortem.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableColumnsTest {
    @Test
    void anExactNameWinsOverAnEarlierHeaderThatOnlyStartsWithOne() {
        List<String> header = List.of("type (mitigate prevent process)", "owner", "action item", "type");
        assertThat(TableColumns.find(header, "action.type", -1)).isEqualTo(3);
        assertThat(TableColumns.find(header, "action.description", -1)).isEqualTo(2);
        assertThat(TableColumns.find(List.of("task", "type (mitigate prevent)"), "action.type", -1))
                .isEqualTo(1);
    }

    @Test
    void aNameWithATildeIsFoundInsideAHeader_andAColumnAlreadyTakenIsSkipped() {
        List<String> header = List.of("date time", "start timestamp", "what happened");
        int time = TableColumns.find(header, "timeline.time", -1);
        assertThat(time).isZero();
        assertThat(TableColumns.find(header, "timeline.date", time)).isEqualTo(-1);
        assertThat(TableColumns.find(List.of("date (utc)", "time", "event"), "timeline.date", 1))
                .isZero();
        assertThat(TableColumns.find(header, "timeline.event", -1)).isEqualTo(2);
    }

    @Test
    void aHeaderNamingNoColumnGivesMinusOne_andAnUnknownColumnIsRefused() {
        assertThat(TableColumns.find(List.of("impact", "region"), "action.owner", -1))
                .isEqualTo(-1);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TableColumns.find(List.of("owner"), "action.reviewer", -1))
                .withMessageContaining("no table column 'action.reviewer'");
    }
}
