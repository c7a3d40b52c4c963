package dev.postmortem.json.common;

import dev.postmortem.core.model.Postmortem;
import dev.postmortem.json.common.internal.Binding;
import dev.postmortem.json.common.internal.ReadFailure;
import dev.postmortem.json.common.internal.SourceIn;
import dev.postmortem.json.common.internal.Token;
import dev.postmortem.json.common.internal.TokenSource;
import dev.postmortem.json.common.internal.TrackedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * What the Jackson 3 and Jackson 2 facades ({@code dev.postmortem.json.PostmortemJson} and {@code
 * dev.postmortem.json.jackson2.PostmortemJson}) share: reading and writing postmortems as JSON
 * documents (strings, bytes, streams, readers and writers) and as JSON Lines, with the same bytes
 * and the same errors whichever Jackson is underneath. Use one of those two classes; this one is
 * extended only by them.
 *
 * <p>Reading is safe: no polymorphic typing, duplicate fields rejected, the limits of {@link
 * JsonOptions} applied, and every error a {@link JsonReadException} that names the JSON pointer,
 * line and column. Unknown fields are kept as extensions unless the options are strict.
 *
 * <p>Immutable and thread-safe.
 */
public abstract class AbstractPostmortemJson {
    private final Binding binding;

    /**
     * For the two bindings only: {@code Binding} is in the package this module exports to them
     * alone, so no other module can call this constructor.
     *
     * @param binding the Jackson version's parsers and generators
     */
    @SuppressWarnings("exports") // on purpose: the bindings are this class's only subclasses
    protected AbstractPostmortemJson(Binding binding) {
        this.binding = Objects.requireNonNull(binding, "binding");
    }

    /**
     * The options.
     *
     * @return the options
     */
    public final JsonOptions options() {
        return binding.options();
    }

    // ---- writing -------------------------------------------------------------------------------

    /**
     * Writes a postmortem as a JSON document; pretty output ends with a line break.
     *
     * @param postmortem the postmortem
     * @return the JSON text
     * @throws JsonWriteException if an extension value is not JSON
     */
    public final String write(Postmortem postmortem) {
        StringWriter out = new StringWriter();
        write(postmortem, out);
        return out.toString();
    }

    /**
     * Writes a postmortem as UTF-8 bytes.
     *
     * @param postmortem the postmortem
     * @return the bytes
     * @throws JsonWriteException if an extension value is not JSON
     */
    public final byte[] writeBytes(Postmortem postmortem) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(postmortem, out);
        return out.toByteArray();
    }

    /**
     * Writes a postmortem as UTF-8 bytes to a stream, which is left open.
     *
     * @param postmortem the postmortem
     * @param out the stream
     * @throws UncheckedIOException if the stream fails
     * @throws JsonWriteException if an extension value is not JSON
     */
    public final void write(Postmortem postmortem, OutputStream out) {
        Objects.requireNonNull(out, "output stream");
        Objects.requireNonNull(postmortem, "postmortem");
        writeDocument(() ->
                binding.write(out, options().prettyPrint(), o -> binding.codec().writePostmortem(postmortem, o)));
    }

    /**
     * Writes a postmortem to a writer, which is left open.
     *
     * @param postmortem the postmortem
     * @param out the writer
     * @throws UncheckedIOException if the writer fails
     * @throws JsonWriteException if an extension value is not JSON
     */
    public final void write(Postmortem postmortem, Writer out) {
        Objects.requireNonNull(out, "writer");
        Objects.requireNonNull(postmortem, "postmortem");
        writeDocument(() ->
                binding.write(out, options().prettyPrint(), o -> binding.codec().writePostmortem(postmortem, o)));
    }

    private static void writeDocument(Runnable write) {
        try {
            write.run();
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot write the postmortem", e.getCause());
        }
    }

    /**
     * Writes a postmortem as one line of compact JSON, without a line break.
     *
     * @param postmortem the postmortem
     * @return the JSON text
     * @throws JsonWriteException if an extension value is not JSON
     */
    public final String writeLine(Postmortem postmortem) {
        Objects.requireNonNull(postmortem, "postmortem");
        StringWriter out = new StringWriter();
        binding.write(out, false, o -> binding.codec().writePostmortem(postmortem, o));
        return out.toString();
    }

    /**
     * A JSON Lines writer: each postmortem as one compact line.
     *
     * @param out the output; closed when the returned writer is closed
     * @return the writer
     */
    public final JsonLinesWriter writeLines(Writer out) {
        return JsonLinesWriter.of(out, this::writeLine);
    }

    // ---- reading -------------------------------------------------------------------------------

    /**
     * Reads a postmortem from a JSON document.
     *
     * @param json the document
     * @return the postmortem
     * @throws JsonReadException if the text is not a postmortem document within the limits
     */
    public final Postmortem read(String json) {
        Objects.requireNonNull(json, "JSON text");
        try {
            return read(() -> binding.open(new StringReader(json)), () -> false);
        } catch (JsonReadException e) {
            throw placed(e, json);
        }
    }

    /**
     * The same error with its line and column counted from the document's text: the parser's own
     * column drifts in long documents read in buffers, and a document over the length limit is
     * over it at exactly that many characters. Lines end at LF, CRLF and a lone CR.
     */
    private JsonReadException placed(JsonReadException e, String json) {
        OptionalLong reported = binding.charOffset(e.getCause());
        if (reported.isEmpty()) {
            return e;
        }
        long offset = reported.getAsLong();
        if (e.expected().contains("JsonOptions.maxDocumentLength")) {
            offset = Math.min(json.length(), options().maxDocumentLength());
        }
        if (offset < 0 || offset > json.length()) {
            return e;
        }
        long line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = json.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= json.length() || json.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return JsonReadException.of(e.pointer(), line, offset - lineStart + 1, e.problem(), e.expected(), e.getCause());
    }

    /**
     * Reads a postmortem from UTF-8 (or UTF-16/32, detected) bytes.
     *
     * @param json the document
     * @return the postmortem
     * @throws JsonReadException if the bytes are not a postmortem document within the limits
     */
    public final Postmortem read(byte[] json) {
        Objects.requireNonNull(json, "JSON bytes");
        return read(() -> binding.open(new ByteArrayInputStream(json)), () -> false);
    }

    /**
     * Reads a postmortem from a stream, which is left open.
     *
     * @param json the stream of the document's bytes
     * @return the postmortem
     * @throws JsonReadException if the bytes are not a postmortem document within the limits
     * @throws UncheckedIOException if the stream fails
     */
    public final Postmortem read(InputStream json) {
        Objects.requireNonNull(json, "JSON stream");
        TrackedInputStream tracked = new TrackedInputStream(json);
        return read(() -> binding.open(tracked), tracked::failed);
    }

    /**
     * Reads a postmortem from a reader, which is left open.
     *
     * @param json the reader of the document
     * @return the postmortem
     * @throws JsonReadException if the text is not a postmortem document within the limits
     * @throws UncheckedIOException if the reader fails
     */
    public final Postmortem read(Reader json) {
        Objects.requireNonNull(json, "JSON reader");
        return read(() -> binding.open(json), () -> true);
    }

    /**
     * A JSON Lines reader: one postmortem per line, a bad line reported with its number and the
     * rest still read.
     *
     * @param in the input; closed when the returned reader is closed
     * @return the reader
     */
    public final JsonLinesReader readLines(Reader in) {
        return JsonLinesReader.of(in, this::read, options().maxDocumentLength());
    }

    /**
     * Reads one document.
     *
     * @param open opens the parser
     * @param sourceFailed whether an I/O exception came from the source rather than from bytes
     *     that do not decode
     */
    private Postmortem read(Supplier<TokenSource> open, BooleanSupplier sourceFailed) {
        try (TokenSource source = open.get()) {
            SourceIn in = new SourceIn(source, binding);
            in.next();
            Postmortem result = binding.codec().readPostmortem(in);
            if (in.next() != Token.END) {
                throw in.fail("more content after the postmortem", "the end of the document");
            }
            return result;
        } catch (ReadFailure e) {
            if (!sourceFailed.getAsBoolean()) {
                // The bytes do not decode: malformed input, not a failing source.
                throw e.readError();
            }
            throw new UncheckedIOException("cannot read the postmortem", e.getCause());
        }
    }
}
