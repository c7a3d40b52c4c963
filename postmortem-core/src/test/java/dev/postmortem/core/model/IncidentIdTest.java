package dev.postmortem.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IncidentIdTest {
    @Test
    void parse_readsDateAndSequence() {
        IncidentId id = IncidentId.parse("INC-2026-05-19-001");
        assertThat(id.date()).isEqualTo(LocalDate.of(2026, 5, 19));
        assertThat(id.sequence()).isEqualTo(1);
        assertThat(id).hasToString("INC-2026-05-19-001");
    }

    @Test
    void parse_acceptsLowerCaseWhiteSpaceAndLongSequences() {
        assertThat(IncidentId.parse("  inc-2026-05-19-1234 "))
                .isEqualTo(IncidentId.of(LocalDate.of(2026, 5, 19), 1234));
        assertThat(IncidentId.of(LocalDate.of(2026, 5, 19), 1234)).hasToString("INC-2026-05-19-1234");
    }

    @Test
    void of_padsSequenceToThreeDigits() {
        assertThat(IncidentId.of(LocalDate.of(2025, 1, 2), 7)).hasToString("INC-2025-01-02-007");
    }

    @Test
    void ordering_isByDateThenSequence() {
        List<IncidentId> ids = new ArrayList<>(List.of(
                IncidentId.parse("INC-2026-05-19-002"),
                IncidentId.parse("INC-2025-12-31-009"),
                IncidentId.parse("INC-2026-05-19-001")));
        ids.sort(null);
        assertThat(ids)
                .extracting(IncidentId::toString)
                .containsExactly("INC-2025-12-31-009", "INC-2026-05-19-001", "INC-2026-05-19-002");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "INC",
                "INC-2026-05-19",
                "INC-2026-05-19-01",
                "INC-2026-5-19-001",
                "INX-2026-05-19-001",
                "INC-2026-05-19-00a",
                "INC-2026-05-19-0000001",
                "INC_2026_05_19_001",
                "INC-2026-05-19-+01"
            })
    void parse_rejectsMalformedTextNamingFieldAndForm(String text) {
        assertThatThrownBy(() -> IncidentId.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("incident id")
                .hasMessageContaining("INC-YYYY-MM-DD-NNN");
    }

    @Test
    void parse_rejectsImpossibleDate() {
        assertThatThrownBy(() -> IncidentId.parse("INC-2026-02-30-001"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-02-30 is not a calendar date");
    }

    @Test
    void parse_rejectsSequenceZero() {
        assertThatThrownBy(() -> IncidentId.parse("INC-2026-02-03-000")).hasMessageContaining("starts at 001");
    }

    @Test
    void nullArguments_failWithIllegalArgumentNotNullPointer() {
        assertThatThrownBy(() -> IncidentId.parse(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("incident id");
        assertThatThrownBy(() -> IncidentId.of(null, 1)).isInstanceOf(MissingValueException.class);
    }

    @Test
    void of_rejectsOutOfRangeValues() {
        assertThatThrownBy(() -> IncidentId.of(LocalDate.of(2026, 1, 1), 0))
                .hasMessageContaining("between 1 and 999999");
        assertThatThrownBy(() -> IncidentId.of(LocalDate.of(99, 1, 1), 1)).hasMessageContaining("four-digit year");
    }
}
