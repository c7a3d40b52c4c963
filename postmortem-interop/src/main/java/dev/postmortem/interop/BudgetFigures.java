package dev.postmortem.interop;

import dev.postmortem.core.model.ErrorBudgets;
import dev.postmortem.core.model.Fraction;
import dev.postmortem.core.model.SloWindow;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The error budget of an SLO over a window with its counts, every figure from core's
 * {@link ErrorBudgets}: the allowed bad events, the share consumed and remaining, the burn rate of
 * the window's error ratio and the time until the remaining budget runs out at that rate.
 *
 * @param target the SLO target
 * @param window the SLO window; its nominal length is the window length of the time to exhaustion
 * @param eligibleEvents the events the SLO counted
 * @param badEvents the bad events
 * @param allowedBadEvents {@code (1 − target) × eligible}
 * @param consumed {@code bad ÷ allowed}, capped at 1
 * @param remaining {@code 1 − consumed}
 * @param burnRate {@code (bad ÷ eligible) ÷ (1 − target)}, or empty for a 100% target
 * @param timeToExhaustion {@code remaining × window ÷ burn rate}, or empty when nothing burns, the
 *     window has no length or the target is 100%
 */
public record BudgetFigures(
        Fraction target,
        SloWindow window,
        long eligibleEvents,
        long badEvents,
        BigDecimal allowedBadEvents,
        Fraction consumed,
        Fraction remaining,
        Optional<BigDecimal> burnRate,
        Optional<Duration> timeToExhaustion) {

    /**
     * Checks the components.
     *
     * @param target the target
     * @param window the window
     * @param eligibleEvents the events
     * @param badEvents the bad events
     * @param allowedBadEvents the allowed bad events
     * @param consumed the consumed share
     * @param remaining the remaining share
     * @param burnRate the burn rate
     * @param timeToExhaustion the time to exhaustion
     */
    public BudgetFigures {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(allowedBadEvents, "allowed bad events");
        Objects.requireNonNull(consumed, "consumed");
        Objects.requireNonNull(remaining, "remaining");
        Objects.requireNonNull(burnRate, "burn rate");
        Objects.requireNonNull(timeToExhaustion, "time to exhaustion");
    }

    /**
     * Computes the figures.
     *
     * @param target the SLO target
     * @param window the SLO window
     * @param eligibleEvents the events the SLO counted in the window; not negative
     * @param badEvents the bad ones; not more than eligible
     * @return the figures
     * @throws IllegalArgumentException if a count is negative or bad exceeds eligible
     */
    public static BudgetFigures of(Fraction target, SloWindow window, long eligibleEvents, long badEvents) {
        Objects.requireNonNull(window, "window");
        BigDecimal allowed = ErrorBudgets.allowedBadEvents(target, eligibleEvents);
        Fraction consumed = ErrorBudgets.consumed(target, eligibleEvents, badEvents);
        Fraction remaining = consumed.complement();
        Optional<BigDecimal> burn = Optional.empty();
        Optional<Duration> exhaustion = Optional.empty();
        if (target.complement().value().signum() > 0 && eligibleEvents > 0) {
            Fraction ratio = Fraction.of(
                    BigDecimal.valueOf(badEvents).divide(BigDecimal.valueOf(eligibleEvents), MathContext.DECIMAL64));
            BigDecimal rate = ErrorBudgets.burnRate(ratio, target);
            burn = Optional.of(rate);
            Optional<Duration> length = window.nominalLength();
            if (length.isPresent()) {
                exhaustion = ErrorBudgets.timeToExhaustion(remaining, length.get(), rate);
            }
        }
        return new BudgetFigures(
                target, window, eligibleEvents, badEvents, allowed, consumed, remaining, burn, exhaustion);
    }
}
