package dev.postmortem.core.model;

import dev.postmortem.core.model.constraints.ModelConstraints;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One row of the template's "Systems Root Cause Matrix": a system or process gap that contributed
 * to the incident, such as "Short Canary Window". Action items refer to factors by title. Generated
 * as {@link ContributingFactor}.
 */
@Value.Immutable
@ModelConstraints
abstract class AbstractContributingFactor {
    /**
     * A short title, such as "Missing Integration Test"; action items refer to it.
     *
     * @return the title
     */
    @NotBlank(message = "a contributing factor needs a short title, such as 'Short Canary Window'")
    public abstract String title();

    /**
     * What the gap is and how it contributed.
     *
     * @return the description; may be empty
     */
    @Value.Default
    public String description() {
        return "";
    }

    /**
     * The category in the taxonomy.
     *
     * @return the category; {@link FactorCategory#OTHER} when not classified
     */
    @Value.Default
    public FactorCategory category() {
        return FactorCategory.OTHER;
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
