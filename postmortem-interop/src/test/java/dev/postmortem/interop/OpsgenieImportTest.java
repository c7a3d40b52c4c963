package dev.postmortem.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.postmortem.core.metrics.IncidentMetric;
import dev.postmortem.core.metrics.IncidentMetrics;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.TimelineEvent;
import dev.postmortem.json.PostmortemJson;
import dev.postmortem.json.common.JsonReadException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OpsgenieImportTest {
    private static final String FIXTURE = Fixtures.text("opsgenie-alert.json");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private final IncidentImporter importer = IncidentImporter.of(Vendor.OPSGENIE);

    @Test
    void theReportsMillisecondsGiveTheAcknowledgementAndTheClose() {
        Postmortem p = importer.read(FIXTURE);
        assertThat(p.title()).isEqualTo("queue-worker backlog above 10k messages");
        assertThat(p.severity().map(s -> s.id())).contains("SEV2");
        IncidentMetrics m = IncidentMetrics.of(p);
        // report.ackTime 300000 ms and closeTime 3060000 ms after createdAt
        assertThat(m.get(IncidentMetric.TIME_TO_ACKNOWLEDGE)).contains(Duration.ofMillis(300_000));
        assertThat(m.get(IncidentMetric.TIME_TO_RESOLVE)).contains(Duration.ofMillis(3_060_000));
        assertThat(p.timeline())
                .extracting(TimelineEvent::description)
                .contains("Alert acknowledged by oncall-primary", "Scaled the consumer pool back to 12 workers");
        JsonNode kept = MAPPER.readTree(p.extensions().get("x-opsgenie"));
        assertThat(kept.at("/report/ackTime").asLong()).isEqualTo(300_000);
        assertThat(kept.at("/details/region").asString()).isEqualTo("eu-west-1");
        PostmortemJson json = PostmortemJson.create();
        assertThat(json.read(json.write(p))).isEqualTo(p);
        assertThat(Fixtures.validate(Fixtures.schema("postmortem"), json.write(p)))
                .isEmpty();
    }

    @Test
    void badInputNamesItsPointer() {
        String negative = FIXTURE.replace("\"ackTime\": 300000", "\"ackTime\": -5");
        assertThatThrownBy(() -> importer.read(negative))
                .isInstanceOfSatisfying(
                        JsonReadException.class, e -> assertThat(e.pointer()).isEqualTo("/alert/report/ackTime"));
        String text = FIXTURE.replace("\"ackTime\": 300000", "\"ackTime\": \"5 minutes\"");
        assertThatThrownBy(() -> importer.read(text))
                .isInstanceOfSatisfying(
                        JsonReadException.class, e -> assertThat(e.problem()).contains("not a whole number"));
        String noLog = FIXTURE.replace("\"log\": \"Scaled the consumer pool back to 12 workers\", ", "");
        assertThatThrownBy(() -> importer.read(noLog))
                .isInstanceOfSatisfying(
                        JsonReadException.class, e -> assertThat(e.pointer()).isEqualTo("/logs/1/log"));
    }
}
