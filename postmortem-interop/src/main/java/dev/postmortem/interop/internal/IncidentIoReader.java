package dev.postmortem.interop.internal;

import dev.postmortem.core.model.ActionItem;
import dev.postmortem.core.model.ActionItemStatus;
import dev.postmortem.core.model.EventKind;
import dev.postmortem.core.model.IncidentWindow;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.TimelineEvent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An incident.io incident (API v2) as a draft postmortem. The input is one JSON object holding two
 * responses side by side: {@code incident} (as {@code GET /v2/incidents/{id}} returns it) and
 * {@code follow_ups} (as {@code GET /v2/follow_ups?incident_id=...} returns them). The incident's
 * timestamps become the timeline, its follow-ups the action items.
 */
public final class IncidentIoReader {
    /** The extension that keeps the fields the postmortem has no place for. */
    public static final String EXTENSION = "x-incidentio";

    private static final Mapping MAPPING = Mapping.load("incidentio.properties");

    private IncidentIoReader() {}

    /**
     * Reads the document.
     *
     * @param root the document's root
     * @param severities how the tool's severity names become levels
     * @return the draft
     * @throws dev.postmortem.json.common.JsonReadException if the document is not an incident.io export
     */
    public static Postmortem read(Node root, Severities severities) {
        return builder(root, severities).build();
    }

    /**
     * Reads the document into a builder, for a reader that adds the post-mortem document's sections.
     *
     * @param root the document's root
     * @param severities how the tool's severity names become levels
     * @return the filled builder
     */
    public static Postmortem.Builder builder(Node root, Severities severities) {
        root.object("a JSON object with the fields incident and follow_ups");
        Node incident = root.get("incident").object("the incident, as GET /v2/incidents/{id} returns it");
        Postmortem.Builder b = Postmortem.builder();
        b.title(incident.get("name").requiredText("the incident's name").strip());
        incident.get("created_at")
                .instant()
                .ifPresent(at -> b.date(at.atOffset(ZoneOffset.UTC).toLocalDate()));
        incident.path("severity", "name")
                .text()
                .flatMap(s -> severities.find(MAPPING, s))
                .ifPresent(b::severity);

        List<TimelineEvent> events = new ArrayList<>();
        for (Node t : incident.get("incident_timestamp_values").elements()) {
            t.object("an incident timestamp value");
            String name = t.path("incident_timestamp", "name").requiredText("the timestamp's name");
            Optional<Instant> at = t.path("value", "value").instant();
            if (at.isEmpty()) {
                continue; // a timestamp the team has not set yet: no event, and nothing lost
            }
            List<EventKind> kinds = MAPPING.kinds(key(name));
            events.add(Draft.event(at.get(), name, kinds.stream().findFirst(), Map.of(), t));
        }
        List<TimelineEvent> timeline = Draft.chronological(events);
        b.timeline(timeline);
        Optional<Instant> start = Draft.first(timeline, EventKind.TRIGGER);
        Optional<Instant> end =
                Draft.first(timeline, EventKind.RECOVERY).or(() -> Draft.first(timeline, EventKind.RESOLUTION));
        if (start.isPresent() && end.isPresent() && end.get().isAfter(start.get())) {
            b.window(IncidentWindow.of(start.get(), end.get()));
        }

        for (Node f : root.get("follow_ups").elements()) {
            f.object("a follow-up");
            ActionItem.Builder item = ActionItem.builder();
            String title = f.get("title").requiredText("the follow-up's title").strip();
            if (title.isEmpty()) {
                throw f.get("title").error("the title is empty", "a title saying what will change");
            }
            item.description(title);
            Node statusNode = f.get("status");
            String status = statusNode.requiredText("the follow-up's status, such as outstanding");
            ActionItemStatus s = MAPPING.get("status", status)
                    .map(v -> ActionItemStatus.valueOf(v.toUpperCase(Locale.ROOT)))
                    .orElseThrow(() -> statusNode.error(
                            "'" + status + "' is not a follow-up status",
                            "outstanding, in_progress, completed, not_doing or deleted"));
            item.status(s);
            if (s == ActionItemStatus.NOT_DOING) {
                item.statusRationale("marked " + status.replace('_', ' ') + " in incident.io; state why here");
            }
            f.path("external_issue_reference", "issue_permalink").text().ifPresent(item::ticket);
            f.unmapped(MAPPING.mapped("follow_up")).ifPresent(v -> item.extensions(Map.of(EXTENSION, v)));
            b.addActionItems(item.build());
        }
        Map<String, String> kept = new java.util.LinkedHashMap<>();
        incident.unmapped(MAPPING.mapped("incident")).ifPresent(v -> kept.put(EXTENSION, v));
        root.unmapped(MAPPING.mapped("document")).ifPresent(v -> kept.put(EXTENSION + "-document", v));
        b.extensions(kept);
        return b;
    }

    /** A timestamp's name as the mapping's key: "Impact started at" is {@code impact-started}. */
    static String key(String name) {
        String k = name.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
        k = k.replaceAll("^-|-$", "");
        return k.endsWith("-at") ? k.substring(0, k.length() - 3) : k;
    }
}
