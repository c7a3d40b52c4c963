package dev.postmortem.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueTypesTest {
    @Nested
    class FractionTest {
        @ParameterizedTest
        @ValueSource(strings = {"99.9%", "99.9", "0.999", " 99.90 % ", "99.900"})
        void parse_normalisesPercentAndFractionForms(String text) {
            assertThat(Fraction.parse(text)).isEqualTo(Fraction.of(new BigDecimal("0.999")));
            assertThat(Fraction.parse(text)).hasToString("99.9%");
        }

        @Test
        void parse_readsSmallPercentagesWithSignAsPercent() {
            assertThat(Fraction.parse("0.03%").value()).isEqualByComparingTo("0.0003");
            assertThat(Fraction.parse("0.03").value()).isEqualByComparingTo("0.03");
        }

        @Test
        void toString_roundTrips() {
            for (String s : new String[] {"0%", "100%", "3.1%", "0.0003%", "94.2%"}) {
                assertThat(Fraction.parse(Fraction.parse(s).toString())).isEqualTo(Fraction.parse(s));
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "%", "abc", "-1", "101", "1e3", "120%", "1..2", "NaN"})
        void parse_rejectsMalformed(String text) {
            assertThatThrownBy(() -> Fraction.parse(text))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("fraction")
                    .hasMessageContaining("expected");
        }

        @Test
        void arithmetic() {
            assertThat(Fraction.parse("99.9%").complement()).isEqualTo(Fraction.parse("0.1%"));
            assertThat(Fraction.parse("94.2%").minusFloored(Fraction.parse("91.1%")))
                    .isEqualTo(Fraction.parse("3.1%"));
            assertThat(Fraction.parse("1%").minusFloored(Fraction.parse("5%"))).isEqualTo(Fraction.ZERO);
            assertThatThrownBy(() -> Fraction.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Fraction.of(1.5)).hasMessageContaining("between 0 and 1");
        }
    }

    @Nested
    class SloWindowTest {
        @ParameterizedTest
        @CsvSource({
            "rolling,rolling",
            "Rolling 28d,rolling 28d",
            "rolling P28D,rolling 28d",
            "rolling PT12H,rolling PT12H",
            "calendar month,calendar month",
            "CALENDAR Quarter,calendar quarter"
        })
        void parse_andToString(String text, String canonical) {
            SloWindow w = SloWindow.parse(text);
            assertThat(w).hasToString(canonical);
            assertThat(SloWindow.parse(w.toString())).isEqualTo(w);
        }

        @Test
        void nominalLength() {
            assertThat(SloWindow.rolling().nominalLength()).isEmpty();
            assertThat(SloWindow.rolling(Duration.ofDays(28)).nominalLength()).contains(Duration.ofDays(28));
            assertThat(SloWindow.calendar(SloWindow.CalendarPeriod.MONTH).nominalLength())
                    .contains(Duration.ofDays(30));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "monthly", "rolling x", "rolling -P1D", "calendar year", "rolling PT0S"})
        void parse_rejectsMalformed(String text) {
            assertThatThrownBy(() -> SloWindow.parse(text))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("SLO window");
        }
    }

    @Nested
    class IdentifierTest {
        @Test
        void actionItemId() {
            assertThat(ActionItemId.parse("ai-101"))
                    .isEqualTo(ActionItemId.of(101))
                    .hasToString("AI-101");
            assertThatThrownBy(() -> ActionItemId.parse("AI-")).hasMessageContaining("AI-N");
            assertThatThrownBy(() -> ActionItemId.parse("AI-0")).hasMessageContaining("AI-N");
            assertThatThrownBy(() -> ActionItemId.parse("AI-1x")).hasMessageContaining("AI-N");
            assertThatThrownBy(() -> ActionItemId.of(0)).hasMessageContaining("positive");
        }

        @Test
        void ownerHandle() {
            assertThat(OwnerHandle.parse("@TeamAlpha"))
                    .isEqualTo(OwnerHandle.parse("TeamAlpha"))
                    .hasToString("@TeamAlpha");
            assertThat(OwnerHandle.parse("@infra/net").name()).isEqualTo("infra/net");
            for (String bad : new String[] {"", "@", "@-x", "@a b", "@a,b", "@" + "x".repeat(65)}) {
                assertThatThrownBy(() -> OwnerHandle.parse(bad))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("owner handle");
            }
        }

        @Test
        void estimate() {
            assertThat(Estimate.parse("4h")).isEqualTo(Estimate.hours(BigDecimal.valueOf(4)));
            assertThat(Estimate.parse("4 hours")).hasToString("4h");
            assertThat(Estimate.parse("3 story points")).hasToString("3sp");
            assertThat(Estimate.parse("1.5 SP")).isEqualTo(Estimate.storyPoints(new BigDecimal("1.50")));
            for (String bad : new String[] {"", "h", "4", "4 days", "0h", "-1h", "1.2.3h", "99999h"}) {
                assertThatThrownBy(() -> Estimate.parse(bad))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("estimate");
            }
        }

        @Test
        void incidentWindow() {
            Instant a = Instant.parse("2026-05-19T10:02:00Z");
            Instant b = Instant.parse("2026-05-19T10:24:00Z");
            IncidentWindow w = IncidentWindow.of(a, b);
            assertThat(w.duration()).isEqualTo(Duration.ofMinutes(22));
            assertThat(IncidentWindow.parse(w.toString())).isEqualTo(w);
            assertThat(w.contains(a)).isTrue();
            assertThat(w.contains(b.plusSeconds(1))).isFalse();
            assertThatThrownBy(() -> IncidentWindow.of(b, a))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("before its start");
            assertThatThrownBy(() -> IncidentWindow.parse("10:02-10:24")).hasMessageContaining("ISO-8601");
        }
    }

    @Nested
    class SeverityTest {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "SEV1",
                    "sev 1",
                    "SEV-1",
                    "Tier 1 (High Impact)",
                    "tier 1",
                    "P1",
                    "S1",
                    "s-1",
                    "P0",
                    "Sev 0",
                    "SEV0"
                })
        void standardScale_answersToEveryForm(String text) {
            assertThat(SeverityScale.standard().parse(text).id()).isEqualTo("SEV1");
        }

        @ParameterizedTest
        @CsvSource({
            "Critical, SEV1",
            "Major, SEV2",
            "High, SEV2",
            "medium, SEV3",
            "Minor, SEV3",
            "LOW, SEV4",
            "High Impact, SEV1",
            "Low Impact, SEV4",
            "major-outage, SEV1",
            "Major Outage, SEV1",
            "down, SEV1",
            "partial_outage, SEV2",
            "disrupted, SEV2",
            "degraded-performance, SEV3",
            "Degraded, SEV3"
        })
        void standardScale_answersToTrackerAndStatusPageWords(String text, String id) {
            assertThat(SeverityScale.standard().parse(text).id()).isEqualTo(id);
        }

        @ParameterizedTest
        @ValueSource(strings = {"under-maintenance", "notice", "operational"})
        void standardScale_findsNoLevelForAStatusThatIsNoIncident(String text) {
            assertThat(SeverityScale.standard().find(text)).isEmpty();
        }

        @Test
        void standardScale_isOrderedByRank() {
            List<SeverityLevel> levels = SeverityScale.standard().levels();
            assertThat(levels).extracting(SeverityLevel::id).containsExactly("SEV1", "SEV2", "SEV3", "SEV4", "SEV5");
            assertThat(levels.get(0).isMoreSevereThan(levels.get(1))).isTrue();
            assertThat(levels.get(0).displayName()).isEqualTo("Tier 1 (High Impact)");
        }

        @Test
        void teamScale_ordersByExplicitRankNotByDigits() {
            SeverityScale scale = SeverityScale.of(List.of(
                    SeverityLevel.of("Minor-9", "", "", 3, List.of()),
                    SeverityLevel.of("Critical-1", "", "", 1, List.of("Red")),
                    SeverityLevel.of("Major-5", "", "", 2, List.of())));
            assertThat(scale.levels())
                    .extracting(SeverityLevel::id)
                    .containsExactly("Critical-1", "Major-5", "Minor-9");
            assertThat(scale.parse("red").id()).isEqualTo("Critical-1");
            assertThat(scale.find("SEV1")).isEmpty();
        }

        @Test
        void badScalesAndNames_areRejected() {
            assertThatThrownBy(() -> SeverityScale.standard().parse("SEV9"))
                    .hasMessageContaining("unknown severity 'SEV9'")
                    .hasMessageContaining("SEV1, SEV2");
            assertThatThrownBy(() -> SeverityScale.of(List.of())).hasMessageContaining("at least one level");
            assertThatThrownBy(() -> SeverityScale.of(List.of(
                            SeverityLevel.of("A", "", "", 1, List.of()), SeverityLevel.of("B", "", "", 1, List.of()))))
                    .hasMessageContaining("share rank 1");
            assertThatThrownBy(() -> SeverityLevel.of("", "", "", 1, List.of())).hasMessageContaining("blank");
            assertThatThrownBy(() -> SeverityLevel.of("X", "", "", 0, List.of()))
                    .hasMessageContaining("rank");
        }
    }
}
