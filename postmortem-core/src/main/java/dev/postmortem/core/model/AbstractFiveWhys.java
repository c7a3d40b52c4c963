package dev.postmortem.core.model;

import jakarta.validation.Valid;
import java.util.List;
import org.immutables.value.Value;

/**
 * A Five Whys analysis: the problem, the ordered why/answer steps, and the root system fix the
 * chain leads to. The Five Whys checks report chains that end in a person or in "human error".
 * Generated as {@link FiveWhys}.
 */
@Value.Immutable
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
}
