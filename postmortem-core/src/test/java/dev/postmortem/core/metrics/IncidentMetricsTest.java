package dev.postmortem.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.postmortem.core.model.EventKind;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.TimelineEvent;
import dev.postmortem.core.testing.SeedExample;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentMetricsTest {
    @Test
    void seedExample_metricsNameTheirIntervals() {
        IncidentMetrics m = IncidentMetrics.of(SeedExample.withEventKinds());
        assertThat(m.get(IncidentMetric.TIME_TO_DETECT)).contains(Duration.ofMinutes(3));
        assertThat(m.get(IncidentMetric.TIME_TO_ACKNOWLEDGE)).contains(Duration.ofMinutes(2));
        assertThat(m.get(IncidentMetric.TIME_TO_MITIGATE)).contains(Duration.ofMinutes(13));
        assertThat(m.get(IncidentMetric.TIME_TO_RECOVER)).contains(Duration.ofMinutes(20));
        assertThat(m.get(IncidentMetric.TIME_TO_RESOLVE)).contains(Duration.ofMinutes(28));
        assertThat(IncidentMetric.TIME_TO_DETECT.interval()).isEqualTo("first trigger → first detection");
    }

    @Test
    void metricsAreAbsentWithoutTheirEvents() {
        IncidentMetrics m = IncidentMetrics.of(List.of(
                TimelineEvent.builder()
                        .at(SeedExample.at("10:05"))
                        .description("d")
                        .kind(EventKind.DETECTION)
                        .build(),
                TimelineEvent.of(SeedExample.at("10:06"), "unclassified")));
        assertThat(m.asMap()).isEmpty();
        assertThat(m.get(IncidentMetric.TIME_TO_DETECT)).isEmpty();
    }

    @Test
    void endBeforeStart_isAbsentNotNegative() {
        IncidentMetrics m = IncidentMetrics.of(List.of(
                TimelineEvent.builder()
                        .at(SeedExample.at("10:05"))
                        .description("t")
                        .kind(EventKind.TRIGGER)
                        .build(),
                TimelineEvent.builder()
                        .at(SeedExample.at("10:01"))
                        .description("d")
                        .kind(EventKind.DETECTION)
                        .build()));
        assertThat(m.get(IncidentMetric.TIME_TO_DETECT)).isEmpty();
    }

    @Test
    void summary_countMedianAndP90() {
        Postmortem seed = SeedExample.withEventKinds();
        List<Postmortem> corpus = List.of(
                withDetection(seed, "10:03"),
                withDetection(seed, "10:04"),
                withDetection(seed, "10:05"),
                withDetection(seed, "10:12"),
                Postmortem.builder().build());
        MetricsSummary s = MetricsSummary.of(corpus);
        MetricsSummary.Stat ttd = s.get(IncidentMetric.TIME_TO_DETECT).orElseThrow();
        assertThat(ttd.count()).isEqualTo(4);
        // samples 1, 2, 3, 10 minutes: median between 2 and 3, p90 at rank 2.7 between 3 and 10
        assertThat(ttd.median()).isEqualTo(Duration.ofSeconds(150));
        assertThat(ttd.p90()).isEqualTo(Duration.ofMinutes(3).plusSeconds(294));
        assertThat(s.get(IncidentMetric.TIME_TO_RESOLVE).orElseThrow().count()).isEqualTo(4);
    }

    @Test
    void percentile_rejectsEmptyOrOutOfRange() {
        assertThatThrownBy(() -> MetricsSummary.percentile(List.of(), 0.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MetricsSummary.percentile(List.of(Duration.ZERO), 1.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(MetricsSummary.percentile(List.of(Duration.ofSeconds(7)), 0.9))
                .isEqualTo(Duration.ofSeconds(7));
    }

    private static Postmortem withDetection(Postmortem seed, String hhmm) {
        List<TimelineEvent> events = new java.util.ArrayList<>(seed.timeline());
        events.set(1, events.get(1).withAt(SeedExample.at(hhmm)));
        return seed.withTimeline(events);
    }
}
