package dev.postmortem.core.checks.config;

import dev.postmortem.core.internal.Args;
import dev.postmortem.core.model.ErrorBudgets;
import dev.postmortem.core.model.Fraction;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The SLO a team's postmortems are measured against, from outside the postmortem (such as an
 * OpenSLO document): its target, the events it counted in the window and, when known, the bad
 * events. The consistency rule {@code consistency.budget-figures} compares the budget a postmortem
 * states with the share {@link #consumed(OptionalLong)} computes through {@link ErrorBudgets}.
 * Immutable and thread-safe.
 */
public final class SloReference {
    private final String source;
    private final Fraction target;
    private final long eligibleEvents;
    private final OptionalLong badEvents;

    private SloReference(String source, Fraction target, long eligibleEvents, OptionalLong badEvents) {
        this.source = source;
        this.target = target;
        this.eligibleEvents = eligibleEvents;
        this.badEvents = badEvents;
    }

    /**
     * Creates a reference.
     *
     * @param source what the figures come from, for messages, such as {@code SLO checkout-availability}
     * @param target the SLO target
     * @param eligibleEvents the events the SLO counted in the window; not negative
     * @param badEvents the bad events, or empty to take each postmortem's failed requests
     * @return the reference
     * @throws IllegalArgumentException if an argument is null, a count negative or bad above eligible
     */
    public static SloReference of(String source, Fraction target, long eligibleEvents, OptionalLong badEvents) {
        Args.notNull(source, "source");
        Args.notNull(target, "SLO target");
        Args.notNull(badEvents, "bad events");
        if (eligibleEvents < 0) {
            throw new IllegalArgumentException("eligible events " + eligibleEvents + " must not be negative");
        }
        if (badEvents.isPresent() && (badEvents.getAsLong() < 0 || badEvents.getAsLong() > eligibleEvents)) {
            throw new IllegalArgumentException(
                    "bad events " + badEvents.getAsLong() + " must be between 0 and the eligible events "
                            + eligibleEvents + "; count both over the same window");
        }
        return new SloReference(source, target, eligibleEvents, badEvents);
    }

    /**
     * What the figures come from.
     *
     * @return the source's name
     */
    public String source() {
        return source;
    }

    /**
     * The SLO target.
     *
     * @return the target
     */
    public Fraction target() {
        return target;
    }

    /**
     * The events the SLO counted in the window.
     *
     * @return the count
     */
    public long eligibleEvents() {
        return eligibleEvents;
    }

    /**
     * The bad events, when given with the reference.
     *
     * @return the count, or empty
     */
    public OptionalLong badEvents() {
        return badEvents;
    }

    /**
     * The share of the budget the bad events consumed, through {@link ErrorBudgets#consumed}: the
     * reference's own bad events, else the given ones (a postmortem's failed requests).
     *
     * @param fallbackBadEvents the bad events to use when the reference has none
     * @return the consumed share, or empty when no bad-event count is known or it exceeds the
     *     eligible events
     */
    public Optional<Fraction> consumed(OptionalLong fallbackBadEvents) {
        Args.notNull(fallbackBadEvents, "bad events");
        OptionalLong bad = badEvents.isPresent() ? badEvents : fallbackBadEvents;
        if (bad.isEmpty() || bad.getAsLong() < 0 || bad.getAsLong() > eligibleEvents) {
            return Optional.empty();
        }
        return Optional.of(ErrorBudgets.consumed(target, eligibleEvents, bad.getAsLong()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SloReference r
                && source.equals(r.source)
                && target.equals(r.target)
                && eligibleEvents == r.eligibleEvents
                && badEvents.equals(r.badEvents);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, target, eligibleEvents, badEvents);
    }

    @Override
    public String toString() {
        return source + " (target " + target + ", " + eligibleEvents + " eligible events"
                + (badEvents.isPresent() ? ", " + badEvents.getAsLong() + " bad" : "") + ")";
    }
}
