package dev.postmortem.core.metrics;

import dev.postmortem.core.internal.Args;
import dev.postmortem.core.model.EventKind;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.TimelineEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link IncidentMetric}s of one postmortem, computed from its timeline. "First" means the
 * earliest instant among the events of that kind, so an unsorted timeline gives the same result.
 * Immutable and thread-safe.
 */
public final class IncidentMetrics {
    private final Map<IncidentMetric, Duration> values;

    private IncidentMetrics(Map<IncidentMetric, Duration> values) {
        this.values = values;
    }

    /**
     * Computes the metrics of a postmortem.
     *
     * @param postmortem the postmortem
     * @return the metrics
     * @throws IllegalArgumentException if the postmortem is null
     */
    public static IncidentMetrics of(Postmortem postmortem) {
        return of(Args.notNull(postmortem, "postmortem").timeline());
    }

    /**
     * Computes the metrics of a timeline.
     *
     * @param timeline the events
     * @return the metrics
     * @throws IllegalArgumentException if the timeline is null
     */
    public static IncidentMetrics of(List<TimelineEvent> timeline) {
        Args.notNull(timeline, "timeline");
        Map<EventKind, Instant> first = new EnumMap<>(EventKind.class);
        for (TimelineEvent e : timeline) {
            e.kind().ifPresent(k -> first.merge(k, e.at(), (a, b) -> a.isBefore(b) ? a : b));
        }
        Map<IncidentMetric, Duration> values = new EnumMap<>(IncidentMetric.class);
        for (IncidentMetric m : IncidentMetric.values()) {
            Instant from = first.get(m.from());
            Instant to = first.get(m.to());
            if (from != null && to != null && !to.isBefore(from)) {
                values.put(m, Duration.between(from, to));
            }
        }
        return new IncidentMetrics(Collections.unmodifiableMap(values));
    }

    /**
     * One metric.
     *
     * @param metric the metric
     * @return its duration, or empty when the events are absent
     */
    public Optional<Duration> get(IncidentMetric metric) {
        return Optional.ofNullable(values.get(Args.notNull(metric, "metric")));
    }

    /**
     * The metrics that could be computed.
     *
     * @return metric to duration, unmodifiable, in metric order
     */
    public Map<IncidentMetric, Duration> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IncidentMetrics m && values.equals(m.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "IncidentMetrics" + values;
    }
}
