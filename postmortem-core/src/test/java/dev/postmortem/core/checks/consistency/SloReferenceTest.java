package dev.postmortem.core.checks.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.postmortem.core.checks.config.CheckerConfig;
import dev.postmortem.core.checks.config.SloReference;
import dev.postmortem.core.model.CustomerImpact;
import dev.postmortem.core.model.ErrorBudgets;
import dev.postmortem.core.model.Fraction;
import dev.postmortem.core.model.ImpactSummary;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.report.Finding;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SloReferenceTest {
    private static final Fraction TARGET = Fraction.parse("99.9%");

    private static Postmortem stating(String consumed, long failed) {
        return Postmortem.builder()
                .impactSummary(ImpactSummary.builder()
                        .budgetConsumed(Fraction.parse(consumed))
                        .build())
                .customerImpact(CustomerImpact.builder().failedRequests(failed).build())
                .build();
    }

    private static List<Finding> budget(SloReference ref, Postmortem p) {
        return ConsistencyRules.of(CheckerConfig.builder().sloReference(ref).build()).check(p).findings().stream()
                .filter(f -> f.ruleId().equals(ConsistencyRules.BUDGET_FIGURES.id()))
                .toList();
    }

    @Test
    void theConsumedShareIsErrorBudgetsWithTheReferencesOrThePostmortemsBadEvents() {
        SloReference own = SloReference.of("SLO a", TARGET, 1_000_000, OptionalLong.of(250));
        assertThat(own.consumed(OptionalLong.of(999))).contains(ErrorBudgets.consumed(TARGET, 1_000_000, 250));
        SloReference fallback = SloReference.of("SLO a", TARGET, 1_000_000, OptionalLong.empty());
        assertThat(fallback.consumed(OptionalLong.of(500))).contains(Fraction.parse("50%"));
        assertThat(fallback.consumed(OptionalLong.empty())).isEmpty();
        assertThat(fallback.consumed(OptionalLong.of(2_000_000))).isEmpty();
    }

    @Test
    void aStatedShareOtherThanTheSlosIsReportedAndAnEqualOneIsNot() {
        SloReference ref = SloReference.of("SLO checkout", TARGET, 1_000_000, OptionalLong.empty());
        List<Finding> differ = budget(ref, stating("10%", 500));
        assertThat(differ).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("impactSummary.budgetConsumed");
            assertThat(f.message())
                    .contains("says the incident consumed 10%")
                    .contains("SLO checkout (target 99.9%) with 500 bad of 1000000 eligible events gives 50%");
        });
        assertThat(budget(ref, stating("50%", 500))).isEmpty();
        // within the tolerance of 0.1 percentage points
        assertThat(budget(ref, stating("50.05%", 500))).isEmpty();
    }

    @Test
    void badReferencesAreRefused() {
        assertThatThrownBy(() -> SloReference.of("x", TARGET, -1, OptionalLong.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> SloReference.of("x", TARGET, 10, OptionalLong.of(11)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same window");
    }
}
