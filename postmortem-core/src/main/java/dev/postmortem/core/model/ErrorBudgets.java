package dev.postmortem.core.model;

import dev.postmortem.core.internal.Args;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Optional;

/**
 * Error-budget arithmetic, with the formulas of the SRE practice. All shares are {@link Fraction}s
 * from 0 to 1; event counts are non-negative. Decimal arithmetic uses {@link MathContext#DECIMAL64}
 * (16 significant digits).
 *
 * <ul>
 *   <li>allowed bad events = (1 − target) × eligible events;
 *   <li>budget consumed by an incident = bad events ÷ allowed bad events, capped at 1 (an incident
 *       that spends more than the whole budget has consumed all of it; {@link #isExhaustedBy} says
 *       so);
 *   <li>burn rate = error ratio ÷ (1 − target): 1 spends the budget exactly over the window;
 *   <li>time to exhaustion = remaining budget × window length ÷ burn rate.
 * </ul>
 */
public final class ErrorBudgets {
    private ErrorBudgets() {}

    /**
     * The number of bad events the target allows: {@code (1 − target) × eligibleEvents}.
     *
     * @param target the SLO target, such as 99.9%
     * @param eligibleEvents the events the SLO counts in the window, such as requests; not negative
     * @return the allowed bad events, possibly fractional
     * @throws IllegalArgumentException if the target is null or the count negative
     */
    public static BigDecimal allowedBadEvents(Fraction target, long eligibleEvents) {
        Args.notNull(target, "SLO target");
        requireCount(eligibleEvents, "eligible events");
        return target.complement().value().multiply(BigDecimal.valueOf(eligibleEvents));
    }

    /**
     * The share of the error budget that the bad events consumed: {@code bad ÷ allowed}, capped at 1.
     * When the target allows no bad events, any bad event consumes the whole budget.
     *
     * @param target the SLO target
     * @param eligibleEvents the events the SLO counts in the window
     * @param badEvents the bad events the incident caused, such as failed requests
     * @return the consumed share, from 0 to 1
     * @throws IllegalArgumentException if the target is null, a count negative, or bad exceeds eligible
     */
    public static Fraction consumed(Fraction target, long eligibleEvents, long badEvents) {
        BigDecimal allowed = allowedBadEvents(target, eligibleEvents);
        requireCount(badEvents, "bad events");
        if (badEvents > eligibleEvents) {
            throw new IllegalArgumentException("bad events " + badEvents + " exceed eligible events " + eligibleEvents
                    + "; count both over the same window");
        }
        if (badEvents == 0) {
            return Fraction.ZERO;
        }
        if (allowed.signum() == 0) {
            return Fraction.ONE;
        }
        BigDecimal share = BigDecimal.valueOf(badEvents).divide(allowed, MathContext.DECIMAL64);
        return share.compareTo(BigDecimal.ONE) >= 0 ? Fraction.ONE : Fraction.of(share);
    }

    /**
     * Whether the bad events spend at least the whole budget.
     *
     * @param target the SLO target
     * @param eligibleEvents the events the SLO counts in the window
     * @param badEvents the bad events
     * @return true if {@code bad >= allowed}
     */
    public static boolean isExhaustedBy(Fraction target, long eligibleEvents, long badEvents) {
        requireCount(badEvents, "bad events");
        return BigDecimal.valueOf(badEvents).compareTo(allowedBadEvents(target, eligibleEvents)) >= 0;
    }

    /**
     * The burn rate: {@code errorRatio ÷ (1 − target)}. A rate of 1 spends the budget exactly over
     * the SLO window; 14.4 spends a 30-day budget in about two days.
     *
     * @param errorRatio the observed share of bad events
     * @param target the SLO target; below 100%
     * @return the burn rate, 0 or more
     * @throws IllegalArgumentException if an argument is null or the target is 100% (no budget)
     */
    public static BigDecimal burnRate(Fraction errorRatio, Fraction target) {
        Args.notNull(errorRatio, "error ratio");
        Args.notNull(target, "SLO target");
        BigDecimal allowed = target.complement().value();
        if (allowed.signum() == 0) {
            throw new IllegalArgumentException("an SLO target of 100% has no error budget, so no burn rate");
        }
        return errorRatio.value().divide(allowed, MathContext.DECIMAL64);
    }

    /**
     * How long the remaining budget lasts at a burn rate: {@code remaining × windowLength ÷ burnRate},
     * to the millisecond, rounded down.
     *
     * @param remaining the remaining share of the budget
     * @param windowLength the SLO window's length
     * @param burnRate the burn rate, 0 or more
     * @return the time to exhaustion, or empty when the burn rate is 0 (the budget never runs out)
     * @throws IllegalArgumentException if an argument is null or negative, or the window not positive
     */
    public static Optional<Duration> timeToExhaustion(Fraction remaining, Duration windowLength, BigDecimal burnRate) {
        Args.notNull(remaining, "remaining budget");
        Args.notNull(windowLength, "window length");
        Args.notNull(burnRate, "burn rate");
        if (windowLength.isNegative() || windowLength.isZero()) {
            throw new IllegalArgumentException("window length " + windowLength + " must be positive");
        }
        if (burnRate.signum() < 0) {
            throw new IllegalArgumentException("burn rate " + burnRate + " must not be negative");
        }
        if (burnRate.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal millis = remaining
                .value()
                .multiply(BigDecimal.valueOf(windowLength.toMillis()))
                .divide(burnRate, MathContext.DECIMAL64)
                .setScale(0, RoundingMode.DOWN);
        return Optional.of(
                Duration.ofMillis(millis.min(BigDecimal.valueOf(Long.MAX_VALUE)).longValue()));
    }

    private static void requireCount(long n, String name) {
        if (n < 0) {
            throw new IllegalArgumentException(name + " " + n + " must not be negative");
        }
    }
}
