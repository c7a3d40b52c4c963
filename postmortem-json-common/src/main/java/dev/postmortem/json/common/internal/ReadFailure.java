package dev.postmortem.json.common.internal;

import dev.postmortem.json.common.JsonReadException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * An I/O exception while reading JSON, which Jackson throws both when the source fails and when
 * its bytes do not decode; the reader that knows which (see {@link TrackedInputStream}) throws
 * either this or its {@link #readError()}. Thrown by a {@link TokenSource}.
 */
public final class ReadFailure extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    private final JsonReadException readError;

    /**
     * Creates the failure.
     *
     * @param cause the I/O exception
     * @param readError the same exception as a read error, for when the bytes do not decode
     */
    public ReadFailure(IOException cause, JsonReadException readError) {
        super("cannot read the JSON input", cause);
        this.readError = readError;
    }

    /**
     * The failure as a read error, for bytes that do not decode.
     *
     * @return the read error, with the pointer, line and column where the parser stopped
     */
    public JsonReadException readError() {
        return readError;
    }
}
