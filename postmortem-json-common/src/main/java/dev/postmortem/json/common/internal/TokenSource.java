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
     * Where the current token stands, for an error about it.
     *
     * @return its JSON pointer (empty at the document level) and the 1-based line and column
     *     where it starts
     */
    Position position();

    /**
     * Where a token stands.
     *
     * @param pointer the JSON pointer, empty at the document level
     * @param line the 1-based line where it starts
     * @param column the 1-based column where it starts
     */
    record Position(String pointer, long line, long column) {}

    /** Closes the parser; the source under it is left open. */
    @Override
    void close();
}
