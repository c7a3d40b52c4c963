package dev.postmortem.core.model;

import dev.postmortem.core.model.constraints.ModelConstraints;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import org.immutables.value.Value;

/** One step of a Five Whys chain: a question and its answer. Generated as {@link WhyStep}. */
@Value.Immutable
@ModelConstraints
abstract class AbstractWhyStep {
    /**
     * The question, such as "Why did the broken configuration reach production?".
     *
     * @return the question
     */
    @Value.Parameter
    @NotBlank(message = "a Five Whys step needs its question; ask why the system allowed the previous answer")
    public abstract String question();

    /**
     * The answer, such as "CI validated syntax only."
     *
     * @return the answer
     */
    @Value.Parameter
    @NotBlank(message = "a Five Whys step needs an answer that names a system or process condition")
    public abstract String answer();

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
