package dev.postmortem.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.postmortem.core.metrics.IncidentMetric;
import dev.postmortem.core.metrics.IncidentMetrics;
import dev.postmortem.core.model.ActionItem;
import dev.postmortem.core.model.ActionItemStatus;
import dev.postmortem.core.model.EventKind;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.TimelineEvent;
import dev.postmortem.json.PostmortemJson;
import dev.postmortem.json.common.JsonReadException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class IncidentIoImportTest {
    private static final String FIXTURE = Fixtures.text("incidentio-incident.json");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private final IncidentImporter importer = IncidentImporter.of(Vendor.INCIDENT_IO);

    @Test
    void timestampsBecomeTheTimelineAndFollowUpsTheActionItems() {
        Postmortem p = importer.read(FIXTURE);
        assertThat(p.title()).isEqualTo("search-api latency above SLO after index rebuild");
        assertThat(p.severity().map(s -> s.id())).contains("SEV2");
        assertThat(p.timeline())
                .extracting(TimelineEvent::description)
                .containsExactly("Impact started", "Reported", "Accepted", "Fixed", "Resolved");
        assertThat(p.timeline())
                .extracting(TimelineEvent::kind)
                .containsExactly(
                        Optional.of(EventKind.TRIGGER),
                        Optional.of(EventKind.DETECTION),
                        Optional.of(EventKind.ACKNOWLEDGEMENT),
                        Optional.of(EventKind.MITIGATION),
                        Optional.of(EventKind.RESOLUTION));
        IncidentMetrics m = IncidentMetrics.of(p);
        assertThat(m.get(IncidentMetric.TIME_TO_DETECT)).contains(Duration.ofMinutes(12));
        assertThat(m.get(IncidentMetric.TIME_TO_ACKNOWLEDGE)).contains(Duration.ofMinutes(3));
        assertThat(m.get(IncidentMetric.TIME_TO_RESOLVE)).contains(Duration.ofMinutes(71));
        assertThat(p.window().map(w -> w.end())).contains(Instant.parse("2026-05-12T15:02:00Z"));
        assertThat(p.actionItems())
                .extracting(ActionItem::status)
                .containsExactly(ActionItemStatus.OPEN, ActionItemStatus.DONE, ActionItemStatus.NOT_DOING);
        assertThat(p.actionItems().get(0).ticket()).contains("https://example.atlassian.net/browse/SRCH-311");
        assertThat(p.actionItems().get(2).statusRationale())
                .hasValueSatisfying(r -> assertThat(r).contains("not doing in incident.io"));
        // no owner is made up from the vendor's assignee: it stays in the extension
        assertThat(p.actionItems().get(0).owner()).isEmpty();
        JsonNode kept = MAPPER.readTree(p.actionItems().get(0).extensions().get("x-incidentio"));
        assertThat(kept.at("/assignee/name").asString()).isEqualTo("search-oncall");
        assertThat(kept.at("/external_issue_reference/issue_name").asString()).isEqualTo("SRCH-311");
    }

    @Test
    void customFieldsAndRolesAreKeptAsExtensionsAndTheDraftRoundTrips() {
        Postmortem p = importer.read(FIXTURE);
        JsonNode kept = MAPPER.readTree(p.extensions().get("x-incidentio"));
        assertThat(kept.at("/custom_field_entries/0/custom_field/name").asString())
                .isEqualTo("Affected services");
        assertThat(kept.at("/reference").asString()).isEqualTo("INC-482");
        // the timestamps whole, the unset "Closed" one and every id and rank included; the severity's
        // id, rank and description; the creation time the draft keeps only as a date
        assertThat(kept.at("/incident_timestamp_values/5/incident_timestamp/name")
                        .asString())
                .isEqualTo("Closed");
        assertThat(kept.at("/severity/rank").asInt()).isEqualTo(2);
        assertThat(kept.get("created_at").asString()).isEqualTo("2026-05-12T14:03:00Z");
        assertThat(kept.has("name")).isFalse();
        PostmortemJson json = PostmortemJson.create();
        String written = json.write(p);
        assertThat(json.read(written)).isEqualTo(p);
        assertThat(Fixtures.validate(Fixtures.schema("postmortem"), written)).isEmpty();
    }

    @Test
    void badInputNamesItsPointer() {
        String badStatus = FIXTURE.replace("\"status\": \"completed\"", "\"status\": \"finished\"");
        assertThatThrownBy(() -> importer.read(badStatus)).isInstanceOfSatisfying(JsonReadException.class, e -> {
            assertThat(e.pointer()).isEqualTo("/follow_ups/1/status");
            assertThat(e.expected()).contains("outstanding");
        });
        String badTime = FIXTURE.replace("\"2026-05-12T14:06:00Z\"", "\"14:06\"");
        assertThatThrownBy(() -> importer.read(badTime))
                .isInstanceOfSatisfying(
                        JsonReadException.class,
                        e -> assertThat(e.pointer()).isEqualTo("/incident/incident_timestamp_values/2/value/value"));
        String noName = FIXTURE.replace("\"name\": \"search-api latency above SLO after index rebuild\",", "");
        assertThatThrownBy(() -> importer.read(noName))
                .isInstanceOfSatisfying(
                        JsonReadException.class, e -> assertThat(e.pointer()).isEqualTo("/incident/name"));
    }

    @Test
    void thePostMortemDocumentFillsTheAnalysisAndCompletesTheFollowUps() {
        Postmortem p = importer.withPostMortemDocument(Fixtures.text("incidentio-postmortem.md"))
                .read(FIXTURE);
        assertThat(p.authors()).containsExactly("Search On-Call Engineer", "Incident Lead");
        assertThat(p.contributingFactors())
                .extracting(f -> f.title())
                .containsExactly("Rebuild Shares The Serving Cluster");
        assertThat(p.customerImpact()
                        .flatMap(c -> c.failedRequests().isPresent()
                                ? Optional.of(c.failedRequests().getAsLong())
                                : Optional.empty()))
                .contains(18000L);
        // the document's trigger line comes first, before the API's "Impact started"
        assertThat(p.timeline().get(0).description()).startsWith("The nightly product index rebuild");
        assertThat(p.timeline()).hasSize(6);
        // the follow-up and the document's AI-1 are one item: the document's owner, the follow-up's status
        assertThat(p.actionItems()).hasSize(4);
        ActionItem first = p.actionItems().get(0);
        assertThat(first.id().map(Object::toString)).contains("AI-1");
        assertThat(first.owner().map(Object::toString)).contains("@search-platform");
        assertThat(first.status()).isEqualTo(ActionItemStatus.OPEN);
        assertThat(first.ticket()).contains("https://example.atlassian.net/browse/SRCH-311");
        assertThat(first.extensions()).containsKey("x-incidentio");
        assertThat(p.actionItems().get(3).description()).startsWith("Page on rebuild duration");
        assertThatThrownBy(() -> IncidentImporter.of(Vendor.PAGERDUTY).withPostMortemDocument("# x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only incident.io");
    }
}
