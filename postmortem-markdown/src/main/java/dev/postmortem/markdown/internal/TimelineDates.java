package dev.postmortem.markdown.internal;

import dev.postmortem.core.model.IncidentId;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.TimelineEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How timeline lines carry dates: a line may give only a time ({@code 10:02 UTC}); it then falls
 * on the current day, which starts as the incident's date and moves forward one day whenever a time
 * is earlier than the event before it (a rollover past midnight). A line that gives a date sets the
 * current day. The writer writes a date exactly when the reader would otherwise get another one.
 */
public final class TimelineDates {
    private TimelineDates() {}

    /**
     * The incident's date: the id's, else the window start's, else the stated date.
     *
     * @param p the postmortem
     * @return the date, or empty
     */
    public static Optional<LocalDate> referenceDate(Postmortem p) {
        return p.id().map(IncidentId::date)
                .or(() -> p.window().map(w -> w.start().atOffset(ZoneOffset.UTC).toLocalDate()))
                .or(p::date);
    }

    /** The reader's state while resolving lines. */
    public static final class Resolver {
        private LocalDate day;
        private Instant previous;

        /**
         * A resolver starting on a day.
         *
         * @param reference the incident's date, or empty
         */
        public Resolver(Optional<LocalDate> reference) {
            this.day = reference.orElse(null);
        }

        /**
         * Resolves a line's date and time.
         *
         * @param date the date the line gives, or empty
         * @param time the time
         * @return the instant, or empty when no date is known
         */
        public Optional<Instant> resolve(Optional<LocalDate> date, LocalTime time) {
            Instant at;
            if (date.isPresent()) {
                at = LocalDateTime.of(date.get(), time).toInstant(ZoneOffset.UTC);
            } else if (day != null) {
                at = LocalDateTime.of(day, time).toInstant(ZoneOffset.UTC);
                if (previous != null && at.isBefore(previous)) {
                    at = at.plusSeconds(86_400);
                }
            } else {
                return Optional.empty();
            }
            accept(at);
            return Optional.of(at);
        }

        /**
         * A copy of this resolver's state.
         *
         * @return the copy
         */
        public Resolver copy() {
            Resolver c = new Resolver(Optional.ofNullable(day));
            c.previous = previous;
            return c;
        }

        /**
         * Records an instant given in full.
         *
         * @param at the instant
         */
        public void accept(Instant at) {
            day = at.atOffset(ZoneOffset.UTC).toLocalDate();
            previous = at;
        }
    }

    /**
     * The time text of each event, as the writer puts it before the {@code |}.
     *
     * @param events the events
     * @param reference the incident's date
     * @return one text per event
     */
    public static List<String> format(List<TimelineEvent> events, Optional<LocalDate> reference) {
        List<String> out = new ArrayList<>(events.size());
        Resolver r = new Resolver(reference);
        for (TimelineEvent e : events) {
            Instant at = e.at();
            LocalDateTime t = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
            if (!t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).equals(t)
                    || t.getYear() < 1000
                    || t.getYear() > 9999) {
                out.add(at.toString());
                r.accept(at);
                continue;
            }
            Resolver probe = r.copy();
            Optional<Instant> timeOnly = probe.resolve(Optional.empty(), t.toLocalTime());
            if (timeOnly.isPresent() && timeOnly.get().equals(at)) {
                out.add(Syntax.time(t.toLocalTime()) + " UTC");
            } else {
                out.add(t.toLocalDate() + " " + Syntax.time(t.toLocalTime()) + " UTC");
            }
            r.resolve(Optional.of(t.toLocalDate()), t.toLocalTime());
        }
        return out;
    }
}
