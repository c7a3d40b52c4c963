package dev.postmortem.json.common.internal;

import dev.postmortem.json.common.JsonReadException;

/**
 * A pull parser as the codec sees it; each binding implements it over its Jackson parser. The
 * binding applies the limits of the options and reports its own parse errors as {@link
 * JsonReadException}.
 */
public interface JsonIn {
    /**
     * Advances to the next token.
     *
     * @return the new current token, {@link Token#END} at the end of the input
     */
    Token next();

    /**
     * The current token.
     *
     * @return the token
     */
    Token current();

    /**
     * The current field name.
     *
     * @return the name, when the current token is {@link Token#NAME}
     */
    String name();

    /**
     * The current string, or the current number as written.
     *
     * @return the text
     */
    String text();

    /**
     * An error at the current token, with its JSON pointer, line and column.
     *
     * @param problem what is wrong
     * @param expected what was expected
     * @return the exception, for the caller to throw
     */
    JsonReadException fail(String problem, String expected);

    /**
     * Reads the value that starts at the current token as compact JSON text; afterwards the current
     * token is the value's last token.
     *
     * @return the value as JSON text
     */
    String capture();
}
