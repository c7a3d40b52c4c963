package dev.postmortem.core.model;

import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of the event timeline: when, what happened, and optionally what kind of event it is.
 * Generated as {@link TimelineEvent}.
 */
@Value.Immutable
abstract class AbstractTimelineEvent {
    /**
     * When the event happened.
     *
     * @return the instant, UTC
     */
    @Value.Parameter
    public abstract Instant at();

    /**
     * What happened, in the system-focused words of the guide.
     *
     * @return the description
     */
    @Value.Parameter
    @NotBlank(message = "a timeline event needs a description of what happened; describe what the system did or showed")
    public abstract String description();

    /**
     * What the event marks, used by the incident metrics.
     *
     * @return the kind, or empty when not classified
     */
    public abstract Optional<EventKind> kind();
}
