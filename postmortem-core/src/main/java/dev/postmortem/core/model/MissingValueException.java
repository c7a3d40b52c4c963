package dev.postmortem.core.model;

/**
 * Thrown when a value the model cannot do without is {@code null} or not set: a {@code null}
 * passed to a builder, a factory or a {@code with} method, or a mandatory attribute left unset.
 *
 * <p>It is an {@link IllegalArgumentException}, so no {@link NullPointerException} escapes the
 * model's public methods; its message names the attribute and says how to express absence.
 */
public final class MissingValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for the named attribute or for a description of what is missing.
     *
     * @param attribute the attribute's name as generated code reports it, or a sentence
     */
    public MissingValueException(String attribute) {
        super(describe(attribute));
    }

    private static String describe(String attribute) {
        if (attribute == null || attribute.isBlank()) {
            return "a required value is null; use Optional.empty() or leave an optional attribute unset";
        }
        if (attribute.contains(" ")) {
            return attribute + "; set every required attribute before build()";
        }
        return "'" + attribute + "' must not be null; use Optional.empty() or leave an optional attribute unset";
    }
}
