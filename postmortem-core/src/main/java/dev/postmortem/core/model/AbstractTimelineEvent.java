package dev.postmortem.core.model;

import dev.postmortem.core.model.constraints.ModelConstraints;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of the event timeline: when, what happened, and optionally what kind of event it is.
 * Generated as {@link TimelineEvent}.
 */
@Value.Immutable
@ModelConstraints
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

    /**
     * Fields of a JSON document that this version of the library does not know, kept so that a
     * document from a newer producer survives a round trip: field name to the field's value as
     * compact JSON text. The JSON reader fills them (unless it reads strictly) and the JSON writer
     * writes them back after the known fields; Markdown does not carry them.
     *
     * @return the extension fields in document order; empty for most postmortems
     */
    public abstract Map<String, String> extensions();
}
