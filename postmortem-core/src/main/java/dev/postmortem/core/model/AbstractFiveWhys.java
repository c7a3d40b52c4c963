package dev.postmortem.core.model;

import dev.postmortem.core.model.constraints.ModelConstraints;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A Five Whys analysis: the problem, the ordered why/answer steps, and the root system fix the
 * chain leads to. The Five Whys checks report chains that end in a person or in "human error".
 * Generated as {@link FiveWhys}.
 */
@Value.Immutable
@ModelConstraints
abstract class AbstractFiveWhys {
    /**
     * The problem the chain starts from.
     *
     * @return the problem; may be empty in a draft
     */
    @Value.Default
    public String problem() {
        return "";
    }

    /**
     * The steps, in order.
     *
     * @return the steps
     */
    public abstract List<@Valid WhyStep> steps();

    /**
     * The systemic fix the chain leads to, such as "Add semantic validation and a standard".
     *
     * @return the fix; may be empty in a draft
     */
    @Value.Default
    public String rootSystemFix() {
        return "";
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
