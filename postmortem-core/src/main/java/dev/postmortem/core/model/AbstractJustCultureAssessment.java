package dev.postmortem.core.model;

import dev.postmortem.core.model.constraints.HumanErrorKindFits;
import dev.postmortem.core.model.constraints.ModelConstraints;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Just Culture classification of one action taken during the incident. It records the role of
 * the person who acted, never a name. Generated as {@link JustCultureAssessment}.
 */
@Value.Immutable
@ModelConstraints
@HumanErrorKindFits
abstract class AbstractJustCultureAssessment {
    /**
     * The role that acted, such as "on-call engineer".
     *
     * @return the role
     */
    @NotBlank(
            message = "a Just Culture assessment names the role that acted, such as 'on-call engineer', never a person")
    public abstract String role();

    /**
     * The action assessed, such as "ran the migration script without a dry run".
     *
     * @return the action
     */
    @NotBlank(message = "a Just Culture assessment describes the action it classifies")
    public abstract String action();

    /**
     * The classification.
     *
     * @return the behaviour type
     */
    public abstract BehaviourType classification();

    /**
     * For human error, which kind.
     *
     * @return slip, lapse or mistake, or empty
     */
    public abstract Optional<HumanErrorKind> humanErrorKind();

    /**
     * Why the classification fits: what was known at the time, whether the procedure was workable.
     *
     * @return the rationale; may be empty in a draft
     */
    @Value.Default
    public String rationale() {
        return "";
    }

    /**
     * The response the guide recommends for the classification.
     *
     * @return the response
     */
    @Value.Derived
    @Value.Auxiliary
    public String recommendedResponse() {
        return classification().recommendedResponse();
    }

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
