package dev.postmortem.interop.internal;

import dev.postmortem.core.model.EventKind;
import dev.postmortem.core.model.TimelineEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Helpers the importers share: timeline events, their order, severities. */
final class Draft {
    private Draft() {}

    /**
     * A timeline event, the model's own checks turned into a read error at the source's place.
     *
     * @param at when
     * @param description what happened
     * @param kind the kind, or empty
     * @param extensions the source's unmapped fields, by extension name
     * @param where the source value, for the error
     * @return the event
     */
    static TimelineEvent event(
            Instant at, String description, Optional<EventKind> kind, Map<String, String> extensions, Node where) {
        String text = description.strip();
        if (text.isEmpty()) {
            throw where.error("the entry has no text", "a summary or message saying what happened");
        }
        return TimelineEvent.builder()
                .at(at)
                .description(text)
                .kind(kind)
                .extensions(extensions)
                .build();
    }

    /**
     * Sorts a timeline by time, keeping the order of events at the same instant (exports list
     * newest first or in no stated order; the model's timeline is chronological).
     *
     * @param events the events
     * @return a sorted copy
     */
    static List<TimelineEvent> chronological(List<TimelineEvent> events) {
        List<TimelineEvent> out = new ArrayList<>(events);
        out.sort(Comparator.comparing(TimelineEvent::at));
        return out;
    }

    /**
     * The first event of a kind.
     *
     * @param events the events
     * @param kind the kind
     * @return its instant, or empty
     */
    static Optional<Instant> first(List<TimelineEvent> events, EventKind kind) {
        return events.stream()
                .filter(e -> e.kind().equals(Optional.of(kind)))
                .map(TimelineEvent::at)
                .min(Comparator.naturalOrder());
    }
}
