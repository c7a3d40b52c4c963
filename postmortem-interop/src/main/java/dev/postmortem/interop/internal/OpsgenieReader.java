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
 * An Opsgenie alert (Alert API v2) as a draft postmortem. The input is one JSON object holding the
 * {@code data} of two responses side by side: {@code alert} (as {@code GET /v2/alerts/{id}} returns
 * it) and {@code logs} (as {@code GET /v2/alerts/{id}/logs} returns them).
 */
public final class OpsgenieReader {
    /** The extension that keeps the fields the postmortem has no place for. */
    public static final String EXTENSION = "x-opsgenie";

    private static final Mapping MAPPING = Mapping.load("opsgenie.properties");

    private OpsgenieReader() {}

    /**
     * Reads the document.
     *
     * @param root the document's root
     * @param severities how the tool's severity names become levels
     * @return the draft
     * @throws dev.postmortem.json.common.JsonReadException if the document is not an Opsgenie export
     */
    public static Postmortem read(Node root, Severities severities) {
        root.object("a JSON object with the fields alert and logs");
        Node alert = root.get("alert").object("the alert, the data of GET /v2/alerts/{id}");
        Postmortem.Builder b = Postmortem.builder();
        String message = alert.get("message").requiredText("the alert's message");
        b.title(message.strip());
        Node createdAt = alert.get("createdAt");
        Instant created = createdAt.requiredInstant("the alert's createdAt");
        b.date(created.atOffset(ZoneOffset.UTC).toLocalDate());
        alert.get("priority").text().flatMap(p -> severities.find(MAPPING, p)).ifPresent(b::severity);

        List<TimelineEvent> events = new ArrayList<>();
        List<EventKind> createdKinds = MAPPING.kinds("created");
        for (EventKind k : createdKinds) {
            events.add(
                    Draft.event(created, "Alert created in Opsgenie: " + message, Optional.of(k), Map.of(), createdAt));
        }
        Node report = alert.get("report");
        offset(report.get("ackTime"), created, "acknowledged", "Alert acknowledged" + by(report.get("acknowledgedBy")))
                .ifPresent(events::add);
        offset(report.get("closeTime"), created, "closed", "Alert closed" + by(report.get("closedBy")))
                .ifPresent(events::add);
        for (Node log : root.get("logs").elements()) {
            log.object("an alert log entry");
            Instant at = log.get("createdAt").requiredInstant("the log entry's createdAt");
            String text = log.get("log").requiredText("the log entry's text (log)");
            List<EventKind> kinds =
                    MAPPING.kinds("log-" + log.get("type").text().orElse("note"));
            Map<String, String> ext = log.unmapped(MAPPING.mapped("log"))
                    .map(v -> Map.of(EXTENSION, v))
                    .orElse(Map.of());
            events.add(Draft.event(at, text, kinds.stream().findFirst(), ext, log));
        }
        List<TimelineEvent> timeline = Draft.chronological(events);
        b.timeline(timeline);
        Optional<Instant> end = Draft.first(timeline, EventKind.RESOLUTION);
        if (end.isPresent() && end.get().isAfter(created)) {
            b.window(IncidentWindow.of(created, end.get()));
        }
        Map<String, String> kept = new java.util.LinkedHashMap<>();
        alert.unmapped(MAPPING.mapped("alert")).ifPresent(v -> kept.put(EXTENSION, v));
        root.unmapped(MAPPING.mapped("document")).ifPresent(v -> kept.put(EXTENSION + "-document", v));
        b.extensions(kept);
        return b.build();
    }

    private static String by(Node who) {
        return who.text().map(w -> " by " + w).orElse("");
    }

    /** An event at createdAt plus a report's milliseconds, when the report has them. */
    private static Optional<TimelineEvent> offset(Node millis, Instant created, String kindKey, String text) {
        if (!millis.present()) {
            return Optional.empty();
        }
        long ms = millis.number().getAsLong();
        if (ms < 0) {
            throw millis.error("the time is negative", "milliseconds after the alert's createdAt, 0 or more");
        }
        return Optional.of(Draft.event(
                created.plusMillis(ms), text, MAPPING.kinds(kindKey).stream().findFirst(), Map.of(), millis));
    }
}
