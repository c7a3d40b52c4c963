package dev.postmortem.core.checks.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.postmortem.core.checks.config.CheckerConfig;
import dev.postmortem.core.model.ActionItemStatus;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.report.Finding;
import dev.postmortem.core.testing.SeedExample;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LifecycleRulesTest {
    private static Clock on(String date) {
        return Clock.fixed(Instant.parse(date + "T12:00:00Z"), ZoneOffset.UTC);
    }

    @Test
    void businessDays_skipWeekendsAndHolidays() {
        // 2026-05-19 is a Tuesday; 5 business days later is Tuesday 2026-05-26, or Wednesday with a holiday on the 25th
        assertThat(BusinessDays.of(Set.of()).plus(LocalDate.of(2026, 5, 19), 5)).isEqualTo(LocalDate.of(2026, 5, 26));
        assertThat(BusinessDays.of(Set.of(LocalDate.of(2026, 5, 25))).plus(LocalDate.of(2026, 5, 19), 5))
                .isEqualTo(LocalDate.of(2026, 5, 27));
        assertThat(BusinessDays.of(Set.of()).isBusinessDay(LocalDate.of(2026, 5, 23)))
                .isFalse();
    }

    @Test
    void datesAtTheEndOfTimeSaturateInsteadOfThrowing() {
        BusinessDays days = BusinessDays.of(Set.of());
        assertThat(days.plus(LocalDate.MAX.minusDays(1), 5)).isEqualTo(LocalDate.MAX);
        assertThat(days.plus(LocalDate.MAX, 0)).isEqualTo(LocalDate.MAX);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> days.plus(LocalDate.of(2026, 1, 1), 400_000_000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 0 and 2600");

        // the window a JSON reader accepts at its very end: the checker reports, never throws
        Postmortem late = SeedExample.postmortem()
                .withWindow(dev.postmortem.core.model.IncidentWindow.of(
                        Instant.parse("+999999999-12-31T23:00:00Z"), Instant.parse("+999999999-12-31T23:59:59Z")))
                .withReviewMeetingDate(java.util.Optional.empty());
        LifecycleRules rules = LifecycleRules.of(CheckerConfig.defaults(), on("2026-11-23"));
        assertThat(rules.check(late).findings()).extracting(Finding::ruleId).doesNotContain("lifecycle.review-overdue");
        assertThat(rules.reviewDeadline(late)).contains(LocalDate.MAX);
        assertThat(dev.postmortem.core.checks.PostmortemChecker.builder()
                        .clock(on("2026-11-23"))
                        .build()
                        .check(late)
                        .findings())
                .isNotEmpty();
    }

    @Test
    void aReviewWindowLongerThanAYearIsRejectedWithItsLimit() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> CheckerConfig.builder().reviewWindow(3, 400_000_000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("<= 260 (a year of business days)");
        assertThat(CheckerConfig.builder().reviewWindow(0, 260).build().reviewMaxBusinessDays())
                .isEqualTo(260);
    }

    @Test
    void seedExample_onItsDeadline_hasNoFindings_andAfterwardsIsOverdue() {
        Postmortem seed = SeedExample.postmortem();
        LifecycleRules onDeadline = LifecycleRules.of(CheckerConfig.defaults(), on("2026-05-21"));
        assertThat(onDeadline.reviewDeadline(seed)).contains(LocalDate.of(2026, 5, 26));
        assertThat(onDeadline.check(seed).findings()).isEmpty();
        List<Finding> later = LifecycleRules.of(CheckerConfig.defaults(), on("2026-05-27"))
                .check(seed)
                .findings();
        assertThat(later)
                .extracting(Finding::ruleId, Finding::path)
                .containsExactly(
                        tuple("lifecycle.action-item-overdue", "actionItems[1].dueDate"),
                        tuple("lifecycle.action-item-overdue", "actionItems[2].dueDate"),
                        tuple("lifecycle.review-overdue", "reviewMeetingDate"));
        assertThat(later.get(2).message()).contains("due by 2026-05-26").contains("as of 2026-05-27");
    }

    @Test
    void holidaysMoveTheDeadline() {
        CheckerConfig config = CheckerConfig.builder()
                .holidays(List.of(LocalDate.of(2026, 5, 25)))
                .build();
        Postmortem seed = SeedExample.postmortem().withActionItems();
        assertThat(LifecycleRules.of(config, on("2026-05-27")).check(seed).findings())
                .isEmpty();
    }

    @Test
    void reviewMeetingDates_lateAndEarly_areInfo() {
        Postmortem seed = SeedExample.postmortem().withActionItems();
        LifecycleRules rules = LifecycleRules.of(CheckerConfig.defaults(), on("2026-06-30"));
        assertThat(rules.check(seed.withReviewMeetingDate(LocalDate.of(2026, 6, 2)))
                        .findings())
                .extracting(Finding::ruleId)
                .containsExactly("lifecycle.review-late");
        assertThat(rules.check(seed.withReviewMeetingDate(LocalDate.of(2026, 5, 20)))
                        .findings())
                .extracting(Finding::ruleId)
                .containsExactly("lifecycle.review-early");
        assertThat(rules.check(seed.withReviewMeetingDate(LocalDate.of(2026, 5, 22)))
                        .findings())
                .isEmpty();
    }

    @Test
    void closedItems_areNeverOverdue() {
        Postmortem seed = SeedExample.postmortem();
        Postmortem done = seed.withActionItems(seed.actionItems().stream()
                        .map(a -> a.withStatus(ActionItemStatus.DONE))
                        .toList())
                .withReviewMeetingDate(LocalDate.of(2026, 5, 22));
        assertThat(LifecycleRules.of(CheckerConfig.defaults(), on("2027-01-01"))
                        .check(done)
                        .findings())
                .isEmpty();
    }
}
