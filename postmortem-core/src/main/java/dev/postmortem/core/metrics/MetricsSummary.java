package dev.postmortem.core.metrics;

import dev.postmortem.core.internal.Args;
import dev.postmortem.core.model.Postmortem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Each {@link IncidentMetric} across a collection of postmortems: how many postmortems have it, its
 * median and its 90th percentile. No mean is given: incident durations are skewed, and a mean
 * hides that. Percentiles use linear interpolation between the closest ranks (the method of
 * Excel's {@code PERCENTILE.INC} and NumPy's default), to the nanosecond, rounded down. Immutable
 * and thread-safe.
 */
public final class MetricsSummary {
    /** The statistics of one metric. */
    public static final class Stat {
        private final int count;
        private final Duration median;
        private final Duration p90;

        private Stat(int count, Duration median, Duration p90) {
            this.count = count;
            this.median = median;
            this.p90 = p90;
        }

        /**
         * How many postmortems have the metric.
         *
         * @return the count, 1 or more
         */
        public int count() {
            return count;
        }

        /**
         * The median (50th percentile).
         *
         * @return the median
         */
        public Duration median() {
            return median;
        }

        /**
         * The 90th percentile.
         *
         * @return the p90
         */
        public Duration p90() {
            return p90;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Stat s && count == s.count && median.equals(s.median) && p90.equals(s.p90);
        }

        @Override
        public int hashCode() {
            return Objects.hash(count, median, p90);
        }

        @Override
        public String toString() {
            return "count=" + count + " median=" + median + " p90=" + p90;
        }
    }

    private final Map<IncidentMetric, Stat> stats;

    private MetricsSummary(Map<IncidentMetric, Stat> stats) {
        this.stats = stats;
    }

    /**
     * Summarises the metrics of the postmortems.
     *
     * @param postmortems the postmortems
     * @return the summary
     * @throws IllegalArgumentException if the collection or an element is null
     */
    public static MetricsSummary of(Collection<Postmortem> postmortems) {
        Args.notNull(postmortems, "postmortems");
        Map<IncidentMetric, List<Duration>> samples = new EnumMap<>(IncidentMetric.class);
        for (Postmortem p : postmortems) {
            IncidentMetrics.of(Args.notNull(p, "postmortem"))
                    .asMap()
                    .forEach((m, d) ->
                            samples.computeIfAbsent(m, k -> new ArrayList<>()).add(d));
        }
        Map<IncidentMetric, Stat> stats = new EnumMap<>(IncidentMetric.class);
        samples.forEach((m, list) -> {
            Collections.sort(list);
            stats.put(m, new Stat(list.size(), percentile(list, 0.5), percentile(list, 0.9)));
        });
        return new MetricsSummary(Collections.unmodifiableMap(stats));
    }

    /**
     * The percentile of sorted samples by linear interpolation between closest ranks.
     *
     * @param sorted the samples in ascending order; not empty
     * @param p the percentile as a fraction, from 0 to 1
     * @return the percentile
     * @throws IllegalArgumentException if the list is empty or p is outside [0, 1]
     */
    public static Duration percentile(List<Duration> sorted, double p) {
        Args.notNull(sorted, "samples");
        if (sorted.isEmpty() || !(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("a percentile needs at least one sample and p in [0, 1]");
        }
        double rank = p * (sorted.size() - 1);
        int lo = (int) Math.floor(rank);
        int hi = Math.min(lo + 1, sorted.size() - 1);
        Duration a = sorted.get(lo);
        Duration b = sorted.get(hi);
        double frac = rank - lo;
        long extra = (long) Math.floor(b.minus(a).toNanos() * frac);
        return a.plusNanos(extra);
    }

    /**
     * The statistics of one metric.
     *
     * @param metric the metric
     * @return its statistics, or empty when no postmortem has it
     */
    public Optional<Stat> get(IncidentMetric metric) {
        return Optional.ofNullable(stats.get(Args.notNull(metric, "metric")));
    }

    /**
     * All statistics.
     *
     * @return metric to statistics, unmodifiable, in metric order
     */
    public Map<IncidentMetric, Stat> asMap() {
        return stats;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MetricsSummary m && stats.equals(m.stats);
    }

    @Override
    public int hashCode() {
        return stats.hashCode();
    }

    @Override
    public String toString() {
        return "MetricsSummary" + stats;
    }
}
