package dev.postmortem.core.model;

import dev.postmortem.core.internal.Args;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The window over which an SLO's error budget is counted: rolling (the last N days, length possibly
 * not stated) or calendar (each week, month or quarter).
 *
 * <p>Text forms, as given by {@link #toString()} and read by {@link #parse(CharSequence)}:
 * {@code rolling}, {@code rolling 28d}, {@code rolling PT12H} (an ISO-8601 duration when not whole
 * days), {@code calendar week}, {@code calendar month}, {@code calendar quarter}. Immutable and
 * thread-safe.
 */
public final class SloWindow {
    /** How budget windows are counted. */
    public enum Kind {
        /** A window that moves with time, such as the last 28 days. */
        ROLLING,
        /** A fixed calendar period that resets, such as each month. */
        CALENDAR
    }

    /** The calendar periods of a {@link Kind#CALENDAR} window. */
    public enum CalendarPeriod {
        /** An ISO week, Monday to Sunday. */
        WEEK(Duration.ofDays(7)),
        /** A calendar month; nominally 30 days for arithmetic. */
        MONTH(Duration.ofDays(30)),
        /** A calendar quarter; nominally 91 days for arithmetic. */
        QUARTER(Duration.ofDays(91));

        private final Duration nominal;

        CalendarPeriod(Duration nominal) {
            this.nominal = nominal;
        }

        /**
         * The nominal length used for budget arithmetic.
         *
         * @return the length
         */
        public Duration nominalLength() {
            return nominal;
        }
    }

    private static final String FORM =
            "'rolling', 'rolling 28d', 'rolling PT12H', 'calendar week', 'calendar month' or 'calendar quarter'";

    private final Kind kind;
    private final Duration length;
    private final CalendarPeriod period;

    private SloWindow(Kind kind, Duration length, CalendarPeriod period) {
        this.kind = kind;
        this.length = length;
        this.period = period;
    }

    /**
     * A rolling window whose length is not stated, as in the guide's "rolling error budget".
     *
     * @return the window
     */
    public static SloWindow rolling() {
        return new SloWindow(Kind.ROLLING, null, null);
    }

    /**
     * A rolling window of the given length.
     *
     * @param length a positive length, such as 28 days
     * @return the window
     * @throws IllegalArgumentException if null, zero or negative
     */
    public static SloWindow rolling(Duration length) {
        Args.notNull(length, "rolling window length");
        if (length.isZero() || length.isNegative()) {
            throw new IllegalArgumentException("rolling window length " + length + " must be positive");
        }
        return new SloWindow(Kind.ROLLING, length, null);
    }

    /**
     * A calendar window.
     *
     * @param period the period
     * @return the window
     * @throws IllegalArgumentException if null
     */
    public static SloWindow calendar(CalendarPeriod period) {
        return new SloWindow(Kind.CALENDAR, null, Args.notNull(period, "calendar period"));
    }

    /**
     * Parses one of the text forms in the class description, ignoring case.
     *
     * @param text the text
     * @return the window
     * @throws IllegalArgumentException if the text is none of them
     */
    public static SloWindow parse(CharSequence text) {
        Args.notNull(text, "SLO window");
        String s = text.toString().strip().toLowerCase(Locale.ROOT);
        if (s.equals("rolling")) {
            return rolling();
        }
        if (s.startsWith("rolling ")) {
            String len = s.substring(8).strip();
            try {
                if (len.endsWith("d")
                        && len.length() > 1
                        && len.chars().limit(len.length() - 1L).allMatch(Character::isDigit)
                        && len.length() < 8) {
                    return rolling(Duration.ofDays(Long.parseLong(len.substring(0, len.length() - 1))));
                }
                return rolling(Duration.parse(len.toUpperCase(Locale.ROOT)));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw Args.malformed("SLO window", text, FORM);
            }
        }
        if (s.startsWith("calendar ")) {
            String p = s.substring(9).strip();
            for (CalendarPeriod period : CalendarPeriod.values()) {
                if (period.name().equalsIgnoreCase(p)) {
                    return calendar(period);
                }
            }
        }
        throw Args.malformed("SLO window", text, FORM);
    }

    /**
     * Rolling or calendar.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The stated length of a rolling window.
     *
     * @return the length, or empty for a calendar window or an unstated length
     */
    public Optional<Duration> length() {
        return Optional.ofNullable(length);
    }

    /**
     * The period of a calendar window.
     *
     * @return the period, or empty for a rolling window
     */
    public Optional<CalendarPeriod> calendarPeriod() {
        return Optional.ofNullable(period);
    }

    /**
     * The length used for budget arithmetic: the rolling length, or the calendar period's nominal
     * length.
     *
     * @return the length, or empty for a rolling window of unstated length
     */
    public Optional<Duration> nominalLength() {
        return kind == Kind.ROLLING ? length() : Optional.of(period.nominalLength());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SloWindow other
                && kind == other.kind
                && Objects.equals(length, other.length)
                && period == other.period;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, length, period);
    }

    /**
     * The text form; see the class description.
     *
     * @return the text
     */
    @Override
    public String toString() {
        if (kind == Kind.CALENDAR) {
            return "calendar " + period.name().toLowerCase(Locale.ROOT);
        }
        if (length == null) {
            return "rolling";
        }
        if (length.toSeconds() % 86_400 == 0 && length.toNanosPart() == 0) {
            return "rolling " + length.toDays() + "d";
        }
        return "rolling " + length;
    }
}
