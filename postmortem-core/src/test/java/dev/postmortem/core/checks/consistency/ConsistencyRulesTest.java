package dev.postmortem.core.checks.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.postmortem.core.model.ActionItem;
import dev.postmortem.core.model.ActionItemId;
import dev.postmortem.core.model.Fraction;
import dev.postmortem.core.model.ImpactSummary;
import dev.postmortem.core.model.IncidentId;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.TimelineEvent;
import dev.postmortem.core.report.Finding;
import dev.postmortem.core.report.FindingSeverity;
import dev.postmortem.core.report.Report;
import dev.postmortem.core.testing.SeedExample;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConsistencyRulesTest {
    private final ConsistencyRules rules = ConsistencyRules.standard();

    @Test
    void seedExample_budgetFiguresDisagree_andTheMessageExplainsTheLikelyFraction() {
        Report report = rules.check(SeedExample.postmortem());
        assertThat(report.findings())
                .extracting(Finding::ruleId, Finding::path, Finding::severity)
                .containsExactly(
                        tuple("consistency.budget-figures", "impactSummary.budgetConsumed", FindingSeverity.WARNING));
        assertThat(report.findings().get(0).message())
                .contains("0.03% of the error budget")
                .contains("94.2% remaining before, 91.1% after")
                .contains("give 3.1%")
                .contains("looks like a fraction (0.03 = 3%)");
    }

    @Test
    void agreeingBudgetFigures_areNotReported() {
        Postmortem p = withBudgetClaim("3.1%");
        assertThat(rules.check(p).isEmpty()).isTrue();
        assertThat(rules.check(withBudgetClaim("3.15%")).isEmpty()).isTrue();
    }

    @Test
    void farApartBudgetFigures_askToCorrectOne() {
        Finding f = rules.check(withBudgetClaim("40%")).findings().get(0);
        assertThat(f.message()).contains("correct whichever figure is wrong").doesNotContain("looks like a fraction");
    }

    @Test
    void declaredDuration_mustMatchWindow() {
        Postmortem p = SeedExample.postmortem().withDeclaredDuration(Duration.ofMinutes(28));
        assertThat(rules.check(p).withRulePrefix("consistency.declared-duration"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("28 min").contains("22 min"));
    }

    @Test
    void timelineEventsFarOutsideWindow_areReported_nearOnesAreNot() {
        Postmortem p = SeedExample.postmortem()
                .withTimeline(
                        TimelineEvent.of(Instant.parse("2026-05-19T08:00:00Z"), "a deploy two hours before"),
                        TimelineEvent.of(SeedExample.at("10:02"), "start"),
                        TimelineEvent.of(SeedExample.at("10:30"), "all-clear six minutes after the end"),
                        TimelineEvent.of(Instant.parse("2026-05-20T10:30:00Z"), "a day later"));
        assertThat(rules.check(p).withRulePrefix("consistency.timeline-outside-window"))
                .extracting(Finding::path)
                .containsExactly("timeline[0].at", "timeline[3].at");
        ConsistencyRules wide = ConsistencyRules.of(Duration.ofDays(2), Fraction.parse("0.1%"));
        assertThat(wide.check(p).withRulePrefix("consistency.timeline-outside-window"))
                .isEmpty();
    }

    @Test
    void incidentDate_failedRequests_factors_andDuplicateIds() {
        Postmortem p = SeedExample.postmortem()
                .withId(IncidentId.parse("INC-2026-05-18-001"))
                .withCustomerImpact(
                        SeedExample.postmortem().customerImpact().get().withFailedRequests(12_000))
                .withActionItems(
                        ActionItem.builder()
                                .id(ActionItemId.of(7))
                                .description("a")
                                .addAddressesFactors("short canary window")
                                .build(),
                        ActionItem.builder()
                                .id(ActionItemId.of(7))
                                .description("b")
                                .addAddressesFactors("Flaky Moon")
                                .build());
        assertThat(rules.check(p).findings())
                .extracting(Finding::ruleId, Finding::path, Finding::severity)
                .containsExactly(
                        tuple(
                                "consistency.unknown-factor",
                                "actionItems[1].addressesFactors[0]",
                                FindingSeverity.WARNING),
                        tuple("consistency.duplicate-action-item-id", "actionItems[1].id", FindingSeverity.ERROR),
                        tuple("consistency.incident-date", "id", FindingSeverity.WARNING),
                        tuple("consistency.budget-figures", "impactSummary.budgetConsumed", FindingSeverity.WARNING),
                        tuple("consistency.failed-requests", "impactSummary.failedRequests", FindingSeverity.WARNING));
    }

    private static Postmortem withBudgetClaim(String claim) {
        Postmortem seed = SeedExample.postmortem();
        ImpactSummary s = seed.impactSummary().get().withBudgetConsumed(Fraction.parse(claim));
        return seed.withImpactSummary(s);
    }

    @Test
    void usedOnItsOwnWithAConfigurationItAppliesTheRuleSettings() {
        Postmortem seed = SeedExample.postmortem();
        assertThat(ConsistencyRules.of(dev.postmortem.core.checks.config.CheckerConfig.defaults())
                        .check(seed)
                        .findings())
                .extracting(Finding::ruleId)
                .contains(ConsistencyRules.BUDGET_FIGURES.id());
        dev.postmortem.core.checks.config.CheckerConfig quiet =
                dev.postmortem.core.checks.config.CheckerConfig.builder()
                        .rules(dev.postmortem.core.checks.config.RuleSettings.builder()
                                .disable(ConsistencyRules.BUDGET_FIGURES.id())
                                .build())
                        .build();
        assertThat(ConsistencyRules.of(quiet).check(seed).findings())
                .extracting(Finding::ruleId)
                .doesNotContain(ConsistencyRules.BUDGET_FIGURES.id());
    }
}
