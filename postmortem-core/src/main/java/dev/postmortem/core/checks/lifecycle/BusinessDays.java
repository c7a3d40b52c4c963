package dev.postmortem.core.checks.lifecycle;

import dev.postmortem.core.internal.Args;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Business-day arithmetic: Saturdays, Sundays and the given holidays are skipped. Immutable and
 * thread-safe.
 */
public final class BusinessDays {
    /** The most business days {@link #plus} adds: about ten years. */
    public static final int MAX_DAYS = 2_600;

    private final Set<LocalDate> holidays;

    private BusinessDays(Set<LocalDate> holidays) {
        this.holidays = holidays;
    }

    /**
     * A calendar with holidays.
     *
     * @param holidays the holidays
     * @return the calendar
     */
    public static BusinessDays of(Set<LocalDate> holidays) {
        return new BusinessDays(Set.copyOf(Args.notNull(holidays, "holidays")));
    }

    /**
     * Whether a day is a business day.
     *
     * @param day the day
     * @return false on weekends and holidays
     */
    public boolean isBusinessDay(LocalDate day) {
        Args.notNull(day, "day");
        return day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    /**
     * The business day that is {@code n} business days after a day (the day itself does not count).
     *
     * <p>Dates saturate at {@link LocalDate#MAX}: a day so late that the result cannot be
     * represented gives {@code LocalDate.MAX} rather than an exception, so a postmortem dated at the
     * end of time has a deadline that never passes.
     *
     * @param day the start
     * @param n how many business days, 0 to {@value #MAX_DAYS}; 0 gives the day itself
     * @return the date
     * @throws IllegalArgumentException if {@code n} is out of range, or no business day falls within
     *     ten years (every day a holiday)
     */
    public LocalDate plus(LocalDate day, int n) {
        Args.notNull(day, "day");
        if (n < 0 || n > MAX_DAYS) {
            throw new IllegalArgumentException(
                    "business days " + n + " must be between 0 and " + MAX_DAYS + " (about ten years)");
        }
        LocalDate d = day;
        int left = n;
        int guard = 0;
        while (left > 0) {
            if (d.equals(LocalDate.MAX)) {
                return LocalDate.MAX;
            }
            d = d.plusDays(1);
            if (isBusinessDay(d)) {
                left--;
            }
            if (++guard > 366 * 10) {
                throw new IllegalArgumentException(
                        "no business day within ten years of " + day + "; check the holidays");
            }
        }
        return d;
    }
}
