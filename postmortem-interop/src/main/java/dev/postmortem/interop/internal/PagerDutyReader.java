package dev.postmortem.interop.internal;

import dev.postmortem.core.model.EventKind;
import dev.postmortem.core.model.IncidentWindow;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.TimelineEvent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A PagerDuty incident (REST API v2) as a draft postmortem. The input is one JSON object holding
 * the two responses side by side: {@code incident} (as {@code GET /incidents/{id}} returns it) and
 * {@code log_entries} (as {@code GET /incidents/{id}/log_entries} returns them, any order).
 */
public final class PagerDutyReader {
    /** The extension that keeps the fields the postmortem has no place for. */
    public static final String EXTENSION = "x-pagerduty";

    private static final Mapping MAPPING = Mapping.load("pagerduty.properties");

    private PagerDutyReader() {}

    /**
     * Reads the document.
     *
     * @param root the document's root
     * @param severities how the tool's severity names become levels
     * @return the draft
     * @throws dev.postmortem.json.common.JsonReadException if the document is not a PagerDuty export
     */
    public static Postmortem read(Node root, Severities severities) {
        root.object("a JSON object with the fields incident and log_entries");
        Node incident = root.get("incident").object("the incident, as GET /incidents/{id} returns it");
        Postmortem.Builder b = Postmortem.builder();
        b.title(incident.get("title").text().orElse("").strip());
        incident.get("created_at")
                .instant()
                .ifPresent(at -> b.date(at.atOffset(ZoneOffset.UTC).toLocalDate()));
        Node priority = incident.path("priority", "summary");
        priority.text().flatMap(p -> severities.find(MAPPING, p)).ifPresent(b::severity);

        List<TimelineEvent> events = new ArrayList<>();
        for (Node entry : root.get("log_entries").elements()) {
            entry.object("a log entry");
            Instant at = entry.get("created_at").requiredInstant("the log entry's created_at");
            String type = entry.get("type").requiredText("the log entry's type, such as trigger_log_entry");
            String summary = entry.get("summary").text().orElse(type);
            Map<String, String> ext = entry.unmapped(MAPPING.mapped("log_entry"))
                    .map(v -> Map.of(EXTENSION, v))
                    .orElse(Map.of());
            List<EventKind> kinds = MAPPING.kinds(type);
            if (kinds.isEmpty()) {
                events.add(Draft.event(at, summary, Optional.empty(), ext, entry));
            }
            for (int i = 0; i < kinds.size(); i++) {
                boolean last = i == kinds.size() - 1;
                String text = last
                        ? summary
                        : kinds.get(i).name().charAt(0)
                                + kinds.get(i).name().substring(1).toLowerCase(java.util.Locale.ROOT)
                                + " as PagerDuty records it: " + summary
                                + " (replace with the change that started the impact once known)";
                events.add(Draft.event(at, text, Optional.of(kinds.get(i)), last ? ext : Map.of(), entry));
            }
        }
        List<TimelineEvent> timeline = Draft.chronological(events);
        b.timeline(timeline);
        Optional<Instant> start = Draft.first(timeline, EventKind.TRIGGER);
        Optional<Instant> end = Draft.first(timeline, EventKind.RESOLUTION);
        if (start.isPresent() && end.isPresent() && end.get().isAfter(start.get())) {
            b.window(IncidentWindow.of(start.get(), end.get()));
        }
        Map<String, String> kept = new java.util.LinkedHashMap<>();
        incident.unmapped(MAPPING.mapped("incident")).ifPresent(v -> kept.put(EXTENSION, v));
        root.unmapped(MAPPING.mapped("document")).ifPresent(v -> kept.put(EXTENSION + "-document", v));
        b.extensions(kept);
        return b.build();
    }
}
