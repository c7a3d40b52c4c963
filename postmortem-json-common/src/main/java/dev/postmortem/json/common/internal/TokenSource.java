package dev.postmortem.json.common.internal;

import dev.postmortem.json.common.JsonReadException;

/**
 * A Jackson parser as the shared reader sees it: the few calls each binding adapts, in Jackson's
 * own token ids (the same in Jackson 2 and 3). Its methods throw {@link JsonReadException} for
 * input that is not well-formed JSON or goes beyond the limits, and {@link ReadFailure} for an
 * I/O exception. Not thread-safe, like the parser.
 */
public interface TokenSource extends AutoCloseable {
    /**
     * Advances to the next token.
     *
     * @return the new current token's Jackson id, 0 at the end of the input
     */
    int nextTokenId();

    /**
     * The current token's Jackson id.
     *
     * @return the id, 0 before the first token and at the end of the input
     */
    int currentTokenId();

    /**
     * The current field name.
     *
     * @return the name, when the current token is a field name
     */
    String name();

    /**
     * The current string, or the current number as written.
     *
     * @return the text
     */
    String text();

    /**
     * The JSON pointer of the current token.
     *
     * @return the pointer, empty at the document level
     */
    String pointer();

    /**
     * The 1-based line where the current token starts.
     *
     * @return the line
     */
    long line();

    /**
     * The 1-based column where the current token starts.
     *
     * @return the column
     */
    long column();

    /** Closes the parser; the source under it is left open. */
    @Override
    void close();
}
