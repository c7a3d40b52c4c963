package dev.postmortem.core.model;

import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/** One step of a Five Whys chain: a question and its answer. Generated as {@link WhyStep}. */
@Value.Immutable
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
}
