package dev.postmortem.core.model;

import dev.postmortem.core.internal.Args;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The size of an action item, in hours or in story points, as the Definition of Ready asks.
 *
 * <p>Text forms: {@code 4h}, {@code 4 hours}, {@code 1.5h}; {@code 3sp}, {@code 3 SP},
 * {@code 3 points}, {@code 3 story points}. {@link #toString()} gives {@code 4h} or {@code 3sp},
 * which {@link #parse(CharSequence)} reads back. Immutable and thread-safe.
 */
public final class Estimate {
    /** The unit of an estimate. */
    public enum Unit {
        /** Hours of work. */
        HOURS,
        /** Story points of the team's scale. */
        STORY_POINTS
    }

    private static final String FORM = "a positive number of hours or story points, such as 4h or 3sp";

    private final BigDecimal amount;
    private final Unit unit;

    private Estimate(BigDecimal amount, Unit unit) {
        this.amount = amount.stripTrailingZeros();
        this.unit = unit;
    }

    /**
     * An estimate in hours.
     *
     * @param hours a positive number, at most 10,000
     * @return the estimate
     * @throws IllegalArgumentException if null, not positive or too large
     */
    public static Estimate hours(BigDecimal hours) {
        return of(hours, Unit.HOURS);
    }

    /**
     * An estimate in story points.
     *
     * @param points a positive number, at most 10,000
     * @return the estimate
     * @throws IllegalArgumentException if null, not positive or too large
     */
    public static Estimate storyPoints(BigDecimal points) {
        return of(points, Unit.STORY_POINTS);
    }

    /**
     * An estimate of the given amount and unit.
     *
     * @param amount a positive number, at most 10,000
     * @param unit the unit
     * @return the estimate
     * @throws IllegalArgumentException if an argument is null, or the amount is not positive or too large
     */
    public static Estimate of(BigDecimal amount, Unit unit) {
        Args.notNull(amount, "estimate amount");
        Args.notNull(unit, "estimate unit");
        if (amount.signum() <= 0 || amount.compareTo(BigDecimal.valueOf(10_000)) > 0) {
            throw new IllegalArgumentException(
                    "estimate " + amount.toPlainString() + " must be more than 0 and at most 10000");
        }
        return new Estimate(amount, unit);
    }

    /**
     * Parses one of the forms in the class description, ignoring case.
     *
     * @param text the text
     * @return the estimate
     * @throws IllegalArgumentException if the text is none of them
     */
    public static Estimate parse(CharSequence text) {
        Args.notNull(text, "estimate");
        String s = text.toString().strip().toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
            i++;
        }
        if (i == 0 || i > 12) {
            throw Args.malformed("estimate", text, FORM);
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(s.substring(0, i));
        } catch (NumberFormatException e) {
            throw Args.malformed("estimate", text, FORM);
        }
        String unit = s.substring(i).strip();
        Unit u;
        switch (unit) {
            case "h", "hr", "hrs", "hour", "hours" -> u = Unit.HOURS;
            case "sp", "pt", "pts", "point", "points", "story point", "story points" -> u = Unit.STORY_POINTS;
            default -> throw Args.malformed("estimate", text, FORM);
        }
        try {
            return of(amount, u);
        } catch (IllegalArgumentException e) {
            throw Args.malformed("estimate", text, FORM);
        }
    }

    /**
     * The amount.
     *
     * @return a positive number
     */
    public BigDecimal amount() {
        return amount;
    }

    /**
     * The unit.
     *
     * @return hours or story points
     */
    public Unit unit() {
        return unit;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Estimate other && amount.equals(other.amount) && unit == other.unit;
    }

    @Override
    public int hashCode() {
        return amount.hashCode() * 31 + unit.hashCode();
    }

    /**
     * {@code 4h} or {@code 3sp}.
     *
     * @return the estimate as text
     */
    @Override
    public String toString() {
        return amount.toPlainString() + (unit == Unit.HOURS ? "h" : "sp");
    }
}
