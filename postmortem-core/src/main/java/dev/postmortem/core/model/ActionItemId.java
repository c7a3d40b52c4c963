package dev.postmortem.core.model;

import dev.postmortem.core.internal.Args;
import java.util.Locale;

/**
 * The identifier of an action item, {@code AI-N} with a positive number, as in {@code AI-101}.
 * Ordered by number. {@link #toString()} and {@link #parse(CharSequence)} round-trip. Immutable and
 * thread-safe.
 */
public final class ActionItemId implements Comparable<ActionItemId> {
    /** The expected textual form, for messages. */
    public static final String FORM = "AI-N with a positive number, such as AI-101";

    private final long number;

    private ActionItemId(long number) {
        this.number = number;
    }

    /**
     * Obtains the id with the given number.
     *
     * @param number a positive number
     * @return the id
     * @throws IllegalArgumentException if the number is not positive
     */
    public static ActionItemId of(long number) {
        if (number < 1) {
            throw new IllegalArgumentException("action item number " + number + " must be positive; expected " + FORM);
        }
        return new ActionItemId(number);
    }

    /**
     * Parses {@code AI-101}; letters are case-insensitive, white space around is ignored, and the
     * number has at most 18 digits.
     *
     * @param text the text
     * @return the id
     * @throws IllegalArgumentException if the text is not of the form {@value #FORM}
     */
    public static ActionItemId parse(CharSequence text) {
        Args.notNull(text, "action item id");
        String s = text.toString().strip();
        if (s.length() < 4 || s.length() > 21 || !s.toUpperCase(Locale.ROOT).startsWith("AI-")) {
            throw Args.malformed("action item id", text, FORM);
        }
        for (int i = 3; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                throw Args.malformed("action item id", text, FORM);
            }
        }
        long n = Long.parseLong(s, 3, s.length(), 10);
        if (n == 0) {
            throw Args.malformed("action item id", text, FORM);
        }
        return new ActionItemId(n);
    }

    /**
     * The number.
     *
     * @return a positive number
     */
    public long number() {
        return number;
    }

    @Override
    public int compareTo(ActionItemId other) {
        return Long.compare(number, other.number);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActionItemId other && number == other.number;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(number);
    }

    /**
     * The canonical form, {@code AI-101}.
     *
     * @return the id as text
     */
    @Override
    public String toString() {
        return "AI-" + number;
    }
}
