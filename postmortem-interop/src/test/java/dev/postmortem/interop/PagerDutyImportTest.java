package dev.postmortem.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Schema;
import dev.postmortem.core.metrics.IncidentMetric;
import dev.postmortem.core.metrics.IncidentMetrics;
import dev.postmortem.core.model.EventKind;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.TimelineEvent;
import dev.postmortem.json.PostmortemJson;
import dev.postmortem.json.common.JsonReadException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PagerDutyImportTest {
    private static final String FIXTURE = Fixtures.text("pagerduty-incident.json");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private final IncidentImporter importer = IncidentImporter.of(Vendor.PAGERDUTY);

    @Test
    void timeToAcknowledgeAndResolveAreTheLogEntriesDifferences() {
        Postmortem p = importer.read(FIXTURE);
        IncidentMetrics m = IncidentMetrics.of(p);
        // acknowledge_log_entry 09:19:30 − trigger_log_entry 09:12:00; resolve 10:04:00 − trigger
        assertThat(m.get(IncidentMetric.TIME_TO_ACKNOWLEDGE)).contains(Duration.ofSeconds(7 * 60 + 30));
        assertThat(m.get(IncidentMetric.TIME_TO_RESOLVE)).contains(Duration.ofMinutes(52));
        JsonNode entries = MAPPER.readTree(FIXTURE).get("log_entries");
        Instant trigger = null;
        Instant ack = null;
        Instant resolve = null;
        for (JsonNode e : entries) {
            Instant at = Instant.parse(e.get("created_at").asString());
            switch (e.get("type").asString()) {
                case "trigger_log_entry" -> trigger = at;
                case "acknowledge_log_entry" -> ack = at;
                case "resolve_log_entry" -> resolve = at;
                default -> {}
            }
        }
        assertThat(m.get(IncidentMetric.TIME_TO_ACKNOWLEDGE)).contains(Duration.between(trigger, ack));
        assertThat(m.get(IncidentMetric.TIME_TO_RESOLVE)).contains(Duration.between(trigger, resolve));
    }

    @Test
    void theDraftHasTheTitleSeverityDateWindowAndAChronologicalTimeline() {
        Postmortem p = importer.read(FIXTURE);
        assertThat(p.title()).isEqualTo("checkout-api error rate above 5%");
        assertThat(p.severity().map(s -> s.id())).contains("SEV1");
        assertThat(p.date()).contains(LocalDate.of(2026, 3, 4));
        assertThat(p.window().map(w -> w.start())).contains(Instant.parse("2026-03-04T09:12:00Z"));
        assertThat(p.window().map(w -> w.end())).contains(Instant.parse("2026-03-04T10:04:00Z"));
        assertThat(p.timeline())
                .extracting(TimelineEvent::kind)
                .containsExactly(
                        Optional.of(EventKind.TRIGGER),
                        Optional.of(EventKind.DETECTION),
                        Optional.of(EventKind.OTHER),
                        Optional.of(EventKind.ESCALATION),
                        Optional.of(EventKind.ACKNOWLEDGEMENT),
                        Optional.of(EventKind.OTHER),
                        Optional.of(EventKind.RESOLUTION));
        assertThat(p.timeline().get(6).description()).isEqualTo("Resolved by @oncall-primary");
        assertThat(p.timeline().get(0).description()).startsWith("Trigger as PagerDuty records it");
    }

    @Test
    void everySourceFieldIsMappedOrKeptAsAnExtension() {
        Postmortem p = importer.read(FIXTURE);
        JsonNode source = MAPPER.readTree(FIXTURE);
        JsonNode kept = MAPPER.readTree(p.extensions().get("x-pagerduty"));
        Set<String> incidentFields = new HashSet<>(source.get("incident").propertyNames());
        incidentFields.removeAll(kept.propertyNames());
        assertThat(incidentFields).containsExactly("title");
        // created_at gives the date only (the time is the trigger log entry's), so it is kept too
        assertThat(kept.get("created_at").asString()).isEqualTo("2026-03-04T09:12:00Z");
        assertThat(kept.get("incident_number").asLong()).isEqualTo(4211);
        assertThat(kept.at("/priority/id").asString()).isEqualTo("PPRI001");
        JsonNode document = MAPPER.readTree(p.extensions().get("x-pagerduty-document"));
        assertThat(document.propertyNames()).containsExactlyInAnyOrder("_fixture", "limit", "offset", "more");
        // the acknowledgement keeps its id, type, agent, channel and timeout
        TimelineEvent ack = p.timeline().get(4);
        JsonNode ackKept = MAPPER.readTree(ack.extensions().get("x-pagerduty"));
        assertThat(ackKept.get("id").asString()).isEqualTo("RLE0004");
        assertThat(ackKept.get("acknowledgement_timeout").asInt()).isEqualTo(1800);
        assertThat(ackKept.propertyNames()).doesNotContain("created_at", "summary");
    }

    @Test
    void theDraftRoundTripsThroughJsonAndFollowsThePostmortemSchema() {
        Postmortem p = importer.read(FIXTURE);
        PostmortemJson json = PostmortemJson.create();
        String written = json.write(p);
        assertThat(json.read(written)).isEqualTo(p);
        Schema schema = Fixtures.schema("postmortem");
        assertThat(Fixtures.validate(schema, written)).isEmpty();
    }

    @Test
    void aWrongTypeNamesItsJsonPointerAndGivesNoPostmortem() {
        String bad = FIXTURE.replace("\"created_at\": \"2026-03-04T09:41:00Z\"", "\"created_at\": 1741081260");
        assertThatThrownBy(() -> importer.read(bad)).isInstanceOfSatisfying(JsonReadException.class, e -> {
            assertThat(e.pointer()).isEqualTo("/log_entries/1/created_at");
            assertThat(e.problem()).contains("not a string");
        });
        String badDate = FIXTURE.replace("\"2026-03-04T09:19:30Z\"", "\"yesterday\"");
        assertThatThrownBy(() -> importer.read(badDate)).isInstanceOfSatisfying(JsonReadException.class, e -> {
            assertThat(e.pointer()).isEqualTo("/log_entries/2/created_at");
            assertThat(e.getMessage())
                    .contains("'yesterday' is not a date and time")
                    .contains("ISO-8601");
        });
    }

    @Test
    void aMissingIncidentOrTypeIsNamed() {
        assertThatThrownBy(() -> importer.read("{\"log_entries\": []}"))
                .isInstanceOfSatisfying(
                        JsonReadException.class, e -> assertThat(e.pointer()).isEqualTo("/incident"));
        String noType = FIXTURE.replace("\"type\": \"escalate_log_entry\",", "");
        assertThatThrownBy(() -> importer.read(noType))
                .isInstanceOfSatisfying(
                        JsonReadException.class, e -> assertThat(e.pointer()).isEqualTo("/log_entries/3/type"));
        assertThatThrownBy(() -> importer.read("{\"incident\": {}, \"log_entries\": {}}"))
                .isInstanceOfSatisfying(
                        JsonReadException.class, e -> assertThat(e.pointer()).isEqualTo("/log_entries"));
    }

    @Test
    void malformedJsonGivesTheLineAndThePointerOfTheValueBeingRead() {
        String broken = FIXTURE.replace("\"urgency\": \"high\",", "\"urgency\": high,");
        assertThatThrownBy(() -> importer.read(broken)).isInstanceOfSatisfying(JsonReadException.class, e -> {
            assertThat(e.pointer()).isEqualTo("/incident/urgency");
            assertThat(e.line()).isGreaterThan(1);
        });
        String twice = FIXTURE.replace("\"urgency\": \"high\",", "\"urgency\": \"high\", \"urgency\": \"low\",");
        assertThatThrownBy(() -> importer.read(twice))
                .isInstanceOfSatisfying(
                        JsonReadException.class, e -> assertThat(e.problem()).contains("urgency"));
        assertThatThrownBy(() -> importer.read("{\"incident\": {}} {}"))
                .isInstanceOf(JsonReadException.class)
                .hasMessageContaining("more after the document");
    }

    @Test
    void aTeamsOwnNamesForPrioritiesWinOverTheShippedMapping() {
        assertThat(importer.read(FIXTURE).severity().map(s -> s.id())).contains("SEV1");
        Postmortem ours = importer.withSeverities(
                        dev.postmortem.core.model.SeverityScale.standard(), java.util.Map.of("p1", "SEV2"))
                .read(FIXTURE);
        assertThat(ours.severity().map(s -> s.id())).contains("SEV2");
        assertThatThrownBy(() -> importer.withSeverities(
                        dev.postmortem.core.model.SeverityScale.standard(), java.util.Map.of("P1", "SEV9")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'P1' maps to 'SEV9', which is no level of the scale");
    }
}
