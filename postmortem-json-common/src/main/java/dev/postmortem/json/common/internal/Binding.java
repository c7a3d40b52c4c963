package dev.postmortem.json.common.internal;

import dev.postmortem.json.common.JsonOptions;
import dev.postmortem.json.common.JsonReadException;
import dev.postmortem.json.common.JsonWriteException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * What a Jackson version gives the shared facade and codec: parsers and generators with the
 * options' limits, duplicate detection and output features. Each binding implements it once;
 * everything else (the document, the errors, the facade's methods) is shared. Implementations are
 * immutable and thread-safe.
 */
public interface Binding {
    /**
     * The options.
     *
     * @return the options
     */
    JsonOptions options();

    /**
     * The codec of these options.
     *
     * @return the codec
     */
    PostmortemCodec codec();

    /**
     * Opens a parser over characters.
     *
     * @param json the characters; left open
     * @return the source, before its first token
     * @throws JsonReadException if the input cannot be opened as JSON
     * @throws ReadFailure if the reader fails
     */
    TokenSource open(Reader json);

    /**
     * Opens a parser over bytes in UTF-8, UTF-16 or UTF-32 (detected).
     *
     * @param json the bytes; left open
     * @return the source, before its first token
     * @throws JsonReadException if the input cannot be opened as JSON
     * @throws ReadFailure if the stream fails or its first bytes do not decode
     */
    TokenSource open(InputStream json);

    /**
     * Writes one value through a generator over characters, and closes the generator.
     *
     * @param out the characters; left open
     * @param pretty whether to pretty-print, ending with a line break
     * @param value writes the value
     * @throws UncheckedIOException if the writer fails
     */
    void write(Writer out, boolean pretty, Consumer<JsonOut> value);

    /**
     * Writes one value through a generator over UTF-8 bytes, and closes the generator.
     *
     * @param out the bytes; left open
     * @param pretty whether to pretty-print, ending with a line break
     * @param value writes the value
     * @throws UncheckedIOException if the stream fails
     */
    void write(OutputStream out, boolean pretty, Consumer<JsonOut> value);

    /**
     * The character offset that a Jackson exception under a read error reports.
     *
     * @param cause the read error's cause
     * @return the offset, -1 if Jackson reported none; empty if {@code cause} is not Jackson's
     */
    OptionalLong charOffset(Throwable cause);

    /**
     * Writes a value given as JSON text, checking that it is one well-formed JSON value.
     *
     * @param pointer where the value goes, for the error message
     * @param json the JSON text
     * @param out where to write it
     * @throws JsonWriteException if the text is not one JSON value
     */
    default void copyJson(String pointer, String json, JsonOut out) {
        try (TokenSource source = open(new StringReader(json))) {
            SourceIn in = new SourceIn(source, this);
            in.next();
            PostmortemCodec.copy(in, out);
            if (in.next() != Token.END) {
                throw in.fail("more than one value", "one JSON value");
            }
        } catch (JsonReadException e) {
            throw JsonWriteException.of(
                    pointer, "the extension value is not one JSON value (" + e.getMessage() + ")", e);
        } catch (ReadFailure e) {
            throw JsonWriteException.of(
                    pointer,
                    "the extension value cannot be read (" + e.getCause().getMessage() + ")",
                    e);
        }
    }
}
