package dev.postmortem.core.internal;

import dev.postmortem.core.model.IncidentId;
import dev.postmortem.core.model.Postmortem;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/** The dates of an incident as the rules use them, in UTC. */
public final class IncidentDates {
    private IncidentDates() {}

    /**
     * The day the incident started: the window's start date, else the id's date.
     *
     * @param p the postmortem
     * @return the date, or empty when neither is known
     */
    public static Optional<LocalDate> started(Postmortem p) {
        return p.window()
                .map(w -> w.start().atOffset(ZoneOffset.UTC).toLocalDate())
                .or(() -> p.id().map(IncidentId::date));
    }

    /**
     * The day the incident ended: the window's end date, else the id's date.
     *
     * @param p the postmortem
     * @return the date, or empty when neither is known
     */
    public static Optional<LocalDate> ended(Postmortem p) {
        return p.window()
                .map(w -> w.end().atOffset(ZoneOffset.UTC).toLocalDate())
                .or(() -> p.id().map(IncidentId::date));
    }
}
