package dev.postmortem.core.model;

import dev.postmortem.core.internal.Args;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * The period of customer impact: a start and an end instant (UTC), end not before start, and the
 * duration between them. In the guide's header this is "Total Duration: 00:22 Minutes (10:02 UTC →
 * 10:24 UTC)".
 *
 * <p>A window that ends before it starts is meaningless, so {@link #of} throws for it. Events such
 * as the trigger or the all-clear may lie outside the window; the consistency checks report those
 * that lie far outside. Immutable and thread-safe. The text form is ISO-8601 {@code start/end}.
 */
public final class IncidentWindow {
    private final Instant start;
    private final Instant end;

    private IncidentWindow(Instant start, Instant end) {
        this.start = start;
        this.end = end;
    }

    /**
     * Creates a window.
     *
     * @param start the first instant of impact
     * @param end the instant impact ended; not before start
     * @return the window
     * @throws IllegalArgumentException if either is null or end is before start
     */
    public static IncidentWindow of(Instant start, Instant end) {
        Args.notNull(start, "window start");
        Args.notNull(end, "window end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException(
                    "incident window end " + end + " is before its start " + start + "; swap them or correct the end");
        }
        return new IncidentWindow(start, end);
    }

    /**
     * Parses the ISO-8601 interval form {@code 2026-05-19T10:02:00Z/2026-05-19T10:24:00Z}, as given by
     * {@link #toString()}.
     *
     * @param text the text
     * @return the window
     * @throws IllegalArgumentException if the text is not two ISO instants separated by '/', or end is before start
     */
    public static IncidentWindow parse(CharSequence text) {
        Args.notNull(text, "incident window");
        String s = text.toString().strip();
        int slash = s.indexOf('/');
        if (slash < 0) {
            throw Args.malformed(
                    "incident window",
                    text,
                    "START/END as ISO-8601 instants, such as " + "2026-05-19T10:02:00Z/2026-05-19T10:24:00Z");
        }
        try {
            return of(Instant.parse(s.substring(0, slash)), Instant.parse(s.substring(slash + 1)));
        } catch (DateTimeParseException e) {
            throw Args.malformed(
                    "incident window",
                    text,
                    "START/END as ISO-8601 instants, such as " + "2026-05-19T10:02:00Z/2026-05-19T10:24:00Z");
        }
    }

    /**
     * The start.
     *
     * @return the first instant of impact
     */
    public Instant start() {
        return start;
    }

    /**
     * The end.
     *
     * @return the instant impact ended
     */
    public Instant end() {
        return end;
    }

    /**
     * The duration from start to end.
     *
     * @return a non-negative duration
     */
    public Duration duration() {
        return Duration.between(start, end);
    }

    /**
     * Whether the instant lies in the window, both ends included.
     *
     * @param instant the instant
     * @return true if {@code start <= instant <= end}
     */
    public boolean contains(Instant instant) {
        Args.notNull(instant, "instant");
        return !instant.isBefore(start) && !instant.isAfter(end);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IncidentWindow other && start.equals(other.start) && end.equals(other.end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end);
    }

    /**
     * The ISO-8601 interval {@code start/end}.
     *
     * @return the window as text
     */
    @Override
    public String toString() {
        return start + "/" + end;
    }
}
