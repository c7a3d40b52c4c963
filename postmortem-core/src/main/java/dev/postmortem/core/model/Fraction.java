package dev.postmortem.core.model;

import dev.postmortem.core.internal.Args;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A share between 0 and 1 inclusive, held exactly as a decimal: an SLO target, a remaining or
 * consumed error budget, an error ratio.
 *
 * <p>{@link #parse(CharSequence)} normalises the forms people write: {@code 99.9%} and {@code 99.9}
 * (a number above 1 is a percentage) and {@code 0.999} (a number from 0 to 1 without a sign is a
 * fraction) are the same value. The one ambiguous case is a bare number from 0 to 1 meant as a
 * percentage, such as {@code 0.5} for half a percent: write {@code 0.5%}. {@link #toString()} gives
 * the percentage form with a {@code %} sign, which parses back to an equal value. Equality ignores
 * trailing zeros ({@code 94.20%} equals {@code 94.2%}). Immutable and thread-safe.
 */
public final class Fraction implements Comparable<Fraction> {
    /** Zero. */
    public static final Fraction ZERO = new Fraction(BigDecimal.ZERO);
    /** One, the whole. */
    public static final Fraction ONE = new Fraction(BigDecimal.ONE);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String FORM = "a percentage such as 99.9% or 99.9, or a fraction from 0 to 1 such as 0.999";

    private final BigDecimal value;

    private Fraction(BigDecimal value) {
        this.value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    /**
     * Obtains a fraction from a decimal from 0 to 1.
     *
     * @param value the value
     * @return the fraction
     * @throws IllegalArgumentException if null or outside [0, 1]
     */
    public static Fraction of(BigDecimal value) {
        Args.notNull(value, "fraction");
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("fraction " + value.toPlainString() + " must be between 0 and 1");
        }
        return new Fraction(value);
    }

    /**
     * Obtains a fraction from a double from 0 to 1, through its shortest decimal representation.
     *
     * @param value the value
     * @return the fraction
     * @throws IllegalArgumentException if NaN, infinite or outside [0, 1]
     */
    public static Fraction of(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("fraction must be a finite number, not " + value);
        }
        return of(BigDecimal.valueOf(value));
    }

    /**
     * Obtains a fraction from a percentage from 0 to 100.
     *
     * @param percent the percentage, such as {@code 99.9}
     * @return the fraction
     * @throws IllegalArgumentException if null or outside [0, 100]
     */
    public static Fraction ofPercent(BigDecimal percent) {
        Args.notNull(percent, "percentage");
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException(
                    "percentage " + percent.toPlainString() + "% must be between 0% and 100%");
        }
        return new Fraction(percent.movePointLeft(2));
    }

    /**
     * Parses {@code 99.9%}, {@code 99.9} or {@code 0.999}; see the class description for the rule.
     *
     * @param text the text; surrounding white space is ignored
     * @return the fraction
     * @throws IllegalArgumentException if the text is not a number in range
     */
    public static Fraction parse(CharSequence text) {
        Args.notNull(text, "fraction");
        String s = text.toString().strip();
        boolean percent = s.endsWith("%");
        if (percent) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.isEmpty() || s.length() > 40 || !isPlainNumber(s)) {
            throw Args.malformed("fraction", text, FORM);
        }
        BigDecimal number = new BigDecimal(s);
        if (percent || number.compareTo(BigDecimal.ONE) > 0) {
            if (number.compareTo(HUNDRED) > 0) {
                throw Args.malformed("fraction", text, FORM + " (at most 100%)");
            }
            return ofPercent(number);
        }
        return of(number);
    }

    private static boolean isPlainNumber(String s) {
        boolean digit = false;
        boolean dot = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                return false;
            }
        }
        return digit;
    }

    /**
     * The value from 0 to 1.
     *
     * @return the decimal value
     */
    public BigDecimal value() {
        return value;
    }

    /**
     * The value as a percentage from 0 to 100.
     *
     * @return the percentage
     */
    public BigDecimal percent() {
        BigDecimal p = value.movePointRight(2);
        return p.signum() == 0 ? BigDecimal.ZERO : p.stripTrailingZeros();
    }

    /**
     * The value as a double.
     *
     * @return the value
     */
    public double doubleValue() {
        return value.doubleValue();
    }

    /**
     * One minus this fraction: the complement, such as the allowed error ratio of an SLO target.
     *
     * @return {@code 1 - this}
     */
    public Fraction complement() {
        return new Fraction(BigDecimal.ONE.subtract(value));
    }

    /**
     * This fraction less another, floored at zero.
     *
     * @param other the fraction to take away
     * @return {@code max(0, this - other)}
     */
    public Fraction minusFloored(Fraction other) {
        BigDecimal d = value.subtract(Args.notNull(other, "other fraction").value);
        return d.signum() <= 0 ? ZERO : new Fraction(d);
    }

    /**
     * Rounds to the given number of decimal places of the percentage.
     *
     * @param percentDecimals decimal places of the percentage form, 0 or more
     * @return the rounded fraction
     */
    public Fraction roundPercent(int percentDecimals) {
        return new Fraction(value.setScale(percentDecimals + 2, RoundingMode.HALF_EVEN));
    }

    static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return a.divide(b, MathContext.DECIMAL64);
    }

    @Override
    public int compareTo(Fraction other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fraction other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * The percentage form with a sign, such as {@code 99.9%}; {@link #parse} reads it back.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return percent().toPlainString() + "%";
    }
}
