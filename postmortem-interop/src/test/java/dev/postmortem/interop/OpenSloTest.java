package dev.postmortem.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.postmortem.core.checks.PostmortemChecker;
import dev.postmortem.core.checks.config.CheckerConfig;
import dev.postmortem.core.checks.config.SloReference;
import dev.postmortem.core.model.CustomerImpact;
import dev.postmortem.core.model.ErrorBudget;
import dev.postmortem.core.model.ErrorBudgets;
import dev.postmortem.core.model.Fraction;
import dev.postmortem.core.model.ImpactSummary;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.SloWindow;
import dev.postmortem.core.report.Finding;
import dev.postmortem.json.common.JsonReadException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OpenSloTest {
    private static final OpenSlo SLO = OpenSlo.parse(Fixtures.text("openslo-checkout.yaml"));

    @Test
    void theDocumentsTargetWindowAndMethodAreRead() {
        assertThat(SLO.name()).isEqualTo("checkout-availability");
        assertThat(SLO.objectives()).hasSize(1);
        assertThat(SLO.objectives().get(0).target()).isEqualTo(Fraction.parse("99.9%"));
        assertThat(SLO.window()).isEqualTo(SloWindow.rolling(Duration.ofDays(28)));
        assertThat(SLO.budgetingMethod()).isEqualTo("Occurrences");
    }

    @Test
    void theFiguresAreErrorBudgetsFiguresForTheFixture() {
        // 2,000,000 requests in the window, 500 failed: 2,000 allowed, a quarter consumed
        BudgetFigures f = SLO.figures(2_000_000, 500);
        Fraction target = Fraction.parse("99.9%");
        assertThat(f.allowedBadEvents()).isEqualByComparingTo("2000");
        assertThat(f.allowedBadEvents()).isEqualByComparingTo(ErrorBudgets.allowedBadEvents(target, 2_000_000));
        assertThat(f.consumed()).isEqualTo(Fraction.parse("25%"));
        assertThat(f.remaining()).isEqualTo(Fraction.parse("75%"));
        // error ratio 0.00025 ÷ 0.001 = 0.25: the budget lasts 0.75 × 28 d ÷ 0.25 = 84 days
        assertThat(f.burnRate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.25"));
        assertThat(f.timeToExhaustion()).contains(Duration.ofDays(84));
    }

    @Test
    void seededCountsGiveErrorBudgetsFiguresEveryTime() {
        long seed = Fixtures.seed();
        Random r = new Random(seed);
        for (int i = 0; i < 200; i++) {
            long[] counts = Fixtures.windowCounts(r);
            long eligible = counts[0];
            long bad = counts[1];
            BudgetFigures f = SLO.figures(eligible, bad);
            Fraction target = SLO.objectives().get(0).target();
            String why = "seed " + seed + ", eligible " + eligible + ", bad " + bad;
            assertThat(f.consumed()).as(why).isEqualTo(ErrorBudgets.consumed(target, eligible, bad));
            BigDecimal ratio =
                    BigDecimal.valueOf(bad).divide(BigDecimal.valueOf(eligible), java.math.MathContext.DECIMAL64);
            BigDecimal burn = ErrorBudgets.burnRate(Fraction.of(ratio), target);
            assertThat(f.burnRate()).as(why).contains(burn);
            assertThat(f.timeToExhaustion())
                    .as(why)
                    .isEqualTo(ErrorBudgets.timeToExhaustion(f.remaining(), Duration.ofDays(28), burn));
        }
    }

    @Test
    void aPostmortemStatingOtherFiguresGetsTheBudgetFiguresFinding() {
        SloReference ref = SLO.reference(SLO.objective(Optional.empty()), 2_000_000, OptionalLong.empty());
        PostmortemChecker checker = PostmortemChecker.builder()
                .config(CheckerConfig.builder().sloReference(ref).build())
                .build();
        // 500 failed requests are 25% of the budget; the postmortem says 3% and 80% → 77%
        Postmortem stated = budgetPostmortem("3%", "80%", "77%");
        List<Finding> findings = budgetFindings(checker, stated);
        assertThat(findings)
                .extracting(Finding::path)
                .containsExactlyInAnyOrder("impactSummary.budgetConsumed", "customerImpact.errorBudget");
        assertThat(findings.get(0).message()).contains("checkout-availability").contains("25%");
        // the same figures as the SLO gives: no finding from the reference
        assertThat(budgetFindings(checker, budgetPostmortem("25%", "80%", "55%")))
                .isEmpty();
        // and without the reference, 3% against 80% → 77% agree with each other
        assertThat(budgetFindings(PostmortemChecker.builder().build(), stated)).isEmpty();
    }

    private static List<Finding> budgetFindings(PostmortemChecker checker, Postmortem p) {
        return checker.check(p).findings().stream()
                .filter(f -> f.ruleId().equals("consistency.budget-figures"))
                .toList();
    }

    private static Postmortem budgetPostmortem(String consumed, String before, String after) {
        return Postmortem.builder()
                .title("checkout-api errors")
                .impactSummary(ImpactSummary.builder()
                        .failedRequests(500)
                        .budgetConsumed(Fraction.parse(consumed))
                        .build())
                .customerImpact(CustomerImpact.builder()
                        .failedRequests(500)
                        .errorBudget(ErrorBudget.builder()
                                .sloTarget(Fraction.parse("99.9%"))
                                .remainingBefore(Fraction.parse(before))
                                .remainingAfter(Fraction.parse(after))
                                .build())
                        .build())
                .build();
    }

    @Test
    void badDocumentsNameTheirPointer() {
        String fixture = Fixtures.text("openslo-checkout.yaml");
        assertThatThrownBy(() -> OpenSlo.parse(fixture.replace("target: 0.999", "target: 99.9")))
                .isInstanceOfSatisfying(
                        JsonReadException.class, e -> assertThat(e.pointer()).isEqualTo("/spec/objectives/0/target"));
        assertThatThrownBy(() -> OpenSlo.parse(fixture.replace("duration: 28d", "duration: 4 weeks")))
                .isInstanceOfSatisfying(
                        JsonReadException.class, e -> assertThat(e.pointer()).isEqualTo("/spec/timeWindow/0/duration"));
        assertThatThrownBy(() -> OpenSlo.parse(fixture.replace("kind: SLO", "kind: SLI")))
                .isInstanceOfSatisfying(
                        JsonReadException.class, e -> assertThat(e.pointer()).isEqualTo("/kind"));
        assertThatThrownBy(() -> OpenSlo.parse(fixture.replace("openslo/v1", "openslo/v2alpha")))
                .isInstanceOfSatisfying(
                        JsonReadException.class, e -> assertThat(e.pointer()).isEqualTo("/apiVersion"));
        assertThatThrownBy(
                        () -> OpenSlo.parse(fixture.replace("budgetingMethod: Occurrences", "budgetingMethod: Events")))
                .isInstanceOfSatisfying(
                        JsonReadException.class, e -> assertThat(e.pointer()).isEqualTo("/spec/budgetingMethod"));
        assertThatThrownBy(() -> OpenSlo.parse(fixture.replace("  indicatorRef: checkout-success-ratio\n", "")))
                .isInstanceOfSatisfying(
                        JsonReadException.class, e -> assertThat(e.pointer()).isEqualTo("/spec"));
        assertThatThrownBy(() -> OpenSlo.parse("a: [b"))
                .isInstanceOfSatisfying(
                        JsonReadException.class, e -> assertThat(e.line()).isPositive());
        assertThatThrownBy(() -> OpenSlo.parse("#" + "x".repeat(OpenSlo.MAX_LENGTH)))
                .isInstanceOfSatisfying(
                        JsonReadException.class, e -> assertThat(e.problem()).contains("limit"));
    }

    @Test
    void calendarWindowsAndPercentTargetsAreRead() {
        String doc = Fixtures.text("openslo-checkout.yaml")
                .replace("duration: 28d\n      isRolling: true", "duration: 1M\n      isRolling: false")
                .replace("target: 0.999", "targetPercent: 99.5");
        OpenSlo slo = OpenSlo.parse(doc);
        assertThat(slo.window()).isEqualTo(SloWindow.calendar(SloWindow.CalendarPeriod.MONTH));
        assertThat(slo.objectives().get(0).target()).isEqualTo(Fraction.parse("99.5%"));
    }
}
