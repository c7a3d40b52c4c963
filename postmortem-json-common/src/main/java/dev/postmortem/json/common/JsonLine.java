package dev.postmortem.json.common;

import dev.postmortem.core.model.Postmortem;
import java.util.Optional;

/**
 * One line of JSON Lines input: either a postmortem or the error that line gave. Immutable.
 */
public final class JsonLine {
    private final long lineNumber;
    private final Postmortem postmortem;
    private final JsonReadException error;

    private JsonLine(long lineNumber, Postmortem postmortem, JsonReadException error) {
        this.lineNumber = lineNumber;
        this.postmortem = postmortem;
        this.error = error;
    }

    static JsonLine ok(long lineNumber, Postmortem postmortem) {
        return new JsonLine(lineNumber, postmortem, null);
    }

    static JsonLine failed(long lineNumber, JsonReadException error) {
        return new JsonLine(lineNumber, null, error);
    }

    /**
     * The 1-based line number in the input.
     *
     * @return the line number
     */
    public long lineNumber() {
        return lineNumber;
    }

    /**
     * The postmortem the line holds.
     *
     * @return the postmortem, or empty if the line could not be read
     */
    public Optional<Postmortem> postmortem() {
        return Optional.ofNullable(postmortem);
    }

    /**
     * Why the line could not be read; its {@link JsonReadException#line()} is this line number.
     *
     * @return the error, or empty if the line was read
     */
    public Optional<JsonReadException> error() {
        return Optional.ofNullable(error);
    }

    @Override
    public String toString() {
        return "line " + lineNumber + ": " + (error == null ? "postmortem " + postmortem.id() : error.getMessage());
    }
}
