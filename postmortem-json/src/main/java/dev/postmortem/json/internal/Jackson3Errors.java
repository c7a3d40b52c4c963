package dev.postmortem.json.internal;

import dev.postmortem.json.common.JsonOptions;
import dev.postmortem.json.common.JsonReadException;
import dev.postmortem.json.common.internal.Limits;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;

/** Turns Jackson 3 exceptions into {@link JsonReadException}. */
public final class Jackson3Errors {
    private Jackson3Errors() {}

    /**
     * A read error from a Jackson exception, naming the limits of {@code options}.
     *
     * @param parser the parser, or null when it could not be created
     * @param e the exception
     * @param options the options in force
     * @param pointer the JSON pointer where reading stopped
     * @return the read error
     */
    public static JsonReadException readError(
            JsonParser parser, JacksonException e, JsonOptions options, String pointer) {
        TokenStreamLocation at = e.getLocation();
        if (at == null && parser != null) {
            at = parser.currentLocation();
        }
        long line = at == null ? 0 : at.getLineNr();
        long column = at == null ? 0 : at.getColumnNr();
        String original = e.getOriginalMessage();
        return JsonReadException.of(
                pointer, line, column, Limits.problem(original), Limits.expected(original, options), e);
    }

    /**
     * The JSON pointer where a parser is.
     *
     * @param parser the parser, or null
     * @return the pointer, empty at the document level
     */
    public static String pointer(JsonParser parser) {
        if (parser == null) {
            return "";
        }
        try {
            return parser.streamReadContext().pathAsPointer().toString();
        } catch (RuntimeException e) {
            return "";
        }
    }
}
