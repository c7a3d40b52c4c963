package dev.postmortem.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ErrorBudgetsTest {
    private static final Fraction THREE_NINES = Fraction.parse("99.9%");

    @Test
    void allowedBadEvents_isOneMinusTargetTimesEligible() {
        assertThat(ErrorBudgets.allowedBadEvents(THREE_NINES, 1_000_000)).isEqualByComparingTo("1000");
        assertThat(ErrorBudgets.allowedBadEvents(Fraction.ONE, 1_000_000)).isEqualByComparingTo("0");
    }

    @Test
    void consumed_isBadOverAllowed_cappedAtOne() {
        assertThat(ErrorBudgets.consumed(THREE_NINES, 1_000_000, 250)).isEqualTo(Fraction.parse("25%"));
        assertThat(ErrorBudgets.consumed(THREE_NINES, 1_000_000, 5_000)).isEqualTo(Fraction.ONE);
        assertThat(ErrorBudgets.isExhaustedBy(THREE_NINES, 1_000_000, 5_000)).isTrue();
        assertThat(ErrorBudgets.isExhaustedBy(THREE_NINES, 1_000_000, 999)).isFalse();
        assertThat(ErrorBudgets.consumed(Fraction.ONE, 10, 1)).isEqualTo(Fraction.ONE);
        assertThat(ErrorBudgets.consumed(THREE_NINES, 10, 0)).isEqualTo(Fraction.ZERO);
    }

    @Test
    void burnRate_isErrorRatioOverAllowedRatio() {
        assertThat(ErrorBudgets.burnRate(Fraction.parse("1.44%"), THREE_NINES)).isEqualByComparingTo("14.4");
        assertThatThrownBy(() -> ErrorBudgets.burnRate(Fraction.parse("1%"), Fraction.ONE))
                .hasMessageContaining("no error budget");
    }

    @Test
    void timeToExhaustion_isRemainingTimesWindowOverBurnRate() {
        // a full 30-day budget at burn rate 14.4 lasts 50 hours
        assertThat(ErrorBudgets.timeToExhaustion(Fraction.ONE, Duration.ofDays(30), new BigDecimal("14.4")))
                .contains(Duration.ofHours(50));
        assertThat(ErrorBudgets.timeToExhaustion(Fraction.parse("50%"), Duration.ofDays(28), BigDecimal.ONE))
                .contains(Duration.ofDays(14));
        assertThat(ErrorBudgets.timeToExhaustion(Fraction.ONE, Duration.ofDays(28), BigDecimal.ZERO))
                .isEmpty();
    }

    @Test
    void badArguments_areRejectedWithTheirName() {
        assertThatThrownBy(() -> ErrorBudgets.allowedBadEvents(THREE_NINES, -1))
                .hasMessageContaining("eligible events");
        assertThatThrownBy(() -> ErrorBudgets.consumed(THREE_NINES, 10, 11)).hasMessageContaining("exceed eligible");
        assertThatThrownBy(() -> ErrorBudgets.consumed(null, 10, 1)).isInstanceOf(MissingValueException.class);
        assertThatThrownBy(() -> ErrorBudgets.timeToExhaustion(Fraction.ONE, Duration.ZERO, BigDecimal.ONE))
                .hasMessageContaining("window length");
        assertThatThrownBy(
                        () -> ErrorBudgets.timeToExhaustion(Fraction.ONE, Duration.ofDays(1), BigDecimal.valueOf(-1)))
                .hasMessageContaining("burn rate");
    }
}
