package dev.postmortem.core.metrics;

import dev.postmortem.core.model.EventKind;

/**
 * The incident metrics, each an interval between the first timeline events of two kinds. A metric
 * is absent when either event is absent, or when the end event comes before the start event.
 */
public enum IncidentMetric {
    /** Time to detect: first {@link EventKind#TRIGGER} → first {@link EventKind#DETECTION}. */
    TIME_TO_DETECT(EventKind.TRIGGER, EventKind.DETECTION),
    /** Time to acknowledge: first {@link EventKind#DETECTION} → first {@link EventKind#ACKNOWLEDGEMENT}. */
    TIME_TO_ACKNOWLEDGE(EventKind.DETECTION, EventKind.ACKNOWLEDGEMENT),
    /** Time to mitigate: first {@link EventKind#TRIGGER} → first {@link EventKind#MITIGATION}. */
    TIME_TO_MITIGATE(EventKind.TRIGGER, EventKind.MITIGATION),
    /** Time to recover: first {@link EventKind#TRIGGER} → first {@link EventKind#RECOVERY}. */
    TIME_TO_RECOVER(EventKind.TRIGGER, EventKind.RECOVERY),
    /** Time to resolve: first {@link EventKind#TRIGGER} → first {@link EventKind#RESOLUTION}. */
    TIME_TO_RESOLVE(EventKind.TRIGGER, EventKind.RESOLUTION);

    private final EventKind from;
    private final EventKind to;

    IncidentMetric(EventKind from, EventKind to) {
        this.from = from;
        this.to = to;
    }

    /**
     * The kind of the event the interval starts at.
     *
     * @return the start kind
     */
    public EventKind from() {
        return from;
    }

    /**
     * The kind of the event the interval ends at.
     *
     * @return the end kind
     */
    public EventKind to() {
        return to;
    }

    /**
     * The interval in words, such as {@code first trigger → first detection}.
     *
     * @return the description
     */
    public String interval() {
        return "first " + from.name().toLowerCase(java.util.Locale.ROOT) + " → first "
                + to.name().toLowerCase(java.util.Locale.ROOT);
    }
}
