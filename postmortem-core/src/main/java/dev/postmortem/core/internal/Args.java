package dev.postmortem.core.internal;

import dev.postmortem.core.model.MissingValueException;

/** Argument checks shared by the hand-written value types; messages name the field. */
public final class Args {
    private Args() {}

    /**
     * Returns the value, or throws {@link MissingValueException} naming the field when it is null.
     *
     * @param <T> the value's type
     * @param value the value
     * @param field the field's name for the message
     * @return the value
     */
    public static <T> T notNull(T value, String field) {
        if (value == null) {
            throw new MissingValueException(field);
        }
        return value;
    }

    /**
     * Builds the message for malformed text.
     *
     * @param field what was being parsed
     * @param text the text given
     * @param expected the expected form
     * @return an exception to throw
     */
    public static IllegalArgumentException malformed(String field, CharSequence text, String expected) {
        return new IllegalArgumentException(
                "malformed " + field + " '" + Text.abbreviate(text, 80) + "': expected " + expected);
    }
}
