package dev.postmortem.json;

import dev.postmortem.core.model.Postmortem;
import dev.postmortem.json.common.JsonLinesReader;
import dev.postmortem.json.common.JsonLinesWriter;
import dev.postmortem.json.common.JsonOptions;
import dev.postmortem.json.common.JsonReadException;
import dev.postmortem.json.common.JsonWriteException;
import dev.postmortem.json.common.internal.Token;
import dev.postmortem.json.common.internal.TrackedInputStream;
import dev.postmortem.json.internal.Jackson3Binding;
import dev.postmortem.json.internal.Jackson3Errors;
import dev.postmortem.json.internal.Jackson3In;
import dev.postmortem.json.internal.Jackson3Out;
import dev.postmortem.json.internal.JsonSources;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes postmortems as JSON with Jackson 3: documents as strings, bytes and streams,
 * and JSON Lines one postmortem at a time.
 *
 * <p>The document is one object with {@code schemaVersion} first, then the fields in a fixed,
 * documented order (see the README and the JSON Schema of {@link
 * dev.postmortem.json.common.JsonDocument}): camelCase names, ISO-8601 instants, dates and
 * durations, lower-case enum values, absent optional values left out, empty lists as {@code []}.
 * Bytes are UTF-8. The Jackson 2 binding writes the same bytes.
 *
 * <p>Reading is safe by default: no polymorphic typing, duplicate fields rejected, the limits of
 * {@link JsonOptions} applied, and every error a {@link JsonReadException} that names the JSON
 * pointer, line and column. Unknown fields are kept as extensions unless the options are strict.
 *
 * <p>Immutable and thread-safe: create one and share it.
 */
public final class PostmortemJson {
    private static final PostmortemJson DEFAULT = new PostmortemJson(JsonOptions.defaults());

    private final Jackson3Binding binding;
    private final JsonMapper mapper;
    private final ObjectWriter documentWriter;
    private final ObjectWriter lineWriter;

    private PostmortemJson(JsonOptions options) {
        this.binding = Jackson3Binding.of(options);
        this.mapper = JsonMapper.builder(binding.factory())
                .addModule(PostmortemModule.of(options))
                .build();
        this.lineWriter = mapper.writer();
        this.documentWriter = options.prettyPrint() ? lineWriter.with(Jackson3Binding.prettyPrinter()) : lineWriter;
    }

    /**
     * The facade with the default options: lenient, pretty output, the standard severity scale and
     * the default limits.
     *
     * @return the shared default instance
     */
    public static PostmortemJson create() {
        return DEFAULT;
    }

    /**
     * A facade with some options.
     *
     * @param options the options
     * @return the facade
     * @throws IllegalArgumentException if {@code options} is null
     */
    public static PostmortemJson of(JsonOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("JSON options must not be null");
        }
        return new PostmortemJson(options);
    }

    /**
     * The options.
     *
     * @return the options
     */
    public JsonOptions options() {
        return binding.options();
    }

    /**
     * A Jackson 3 mapper with these options' limits, duplicate detection and the {@link
     * PostmortemModule}, for callers who embed postmortems in their own documents.
     *
     * @return the mapper; thread-safe
     */
    public JsonMapper mapper() {
        return mapper;
    }

    // ---- writing -------------------------------------------------------------------------------

    /**
     * Writes a postmortem as a JSON document; pretty output ends with a line break.
     *
     * @param postmortem the postmortem
     * @return the JSON text
     * @throws JsonWriteException if an extension value is not JSON
     */
    public String write(Postmortem postmortem) {
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
    public byte[] writeBytes(Postmortem postmortem) {
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
    public void write(Postmortem postmortem, OutputStream out) {
        Objects.requireNonNull(out, "output stream");
        Objects.requireNonNull(postmortem, "postmortem");
        try (JsonGenerator g = documentWriter.createGenerator(out)) {
            writeDocument(postmortem, g);
        } catch (JacksonIOException e) {
            throw new UncheckedIOException("cannot write the postmortem", e.getCause());
        }
    }

    /**
     * Writes a postmortem to a writer, which is left open.
     *
     * @param postmortem the postmortem
     * @param out the writer
     * @throws UncheckedIOException if the writer fails
     * @throws JsonWriteException if an extension value is not JSON
     */
    public void write(Postmortem postmortem, Writer out) {
        Objects.requireNonNull(out, "writer");
        Objects.requireNonNull(postmortem, "postmortem");
        try (JsonGenerator g = documentWriter.createGenerator(out)) {
            writeDocument(postmortem, g);
        } catch (JacksonIOException e) {
            throw new UncheckedIOException("cannot write the postmortem", e.getCause());
        }
    }

    private void writeDocument(Postmortem postmortem, JsonGenerator g) {
        binding.codec().writePostmortem(postmortem, new Jackson3Out(g, binding));
        if (binding.options().prettyPrint()) {
            g.writeRaw('\n');
        }
    }

    /**
     * Writes a postmortem as one line of compact JSON, without a line break.
     *
     * @param postmortem the postmortem
     * @return the JSON text
     * @throws JsonWriteException if an extension value is not JSON
     */
    public String writeLine(Postmortem postmortem) {
        Objects.requireNonNull(postmortem, "postmortem");
        StringWriter out = new StringWriter();
        try (JsonGenerator g = lineWriter.createGenerator(out)) {
            binding.codec().writePostmortem(postmortem, new Jackson3Out(g, binding));
        }
        return out.toString();
    }

    /**
     * A JSON Lines writer: each postmortem as one compact line.
     *
     * @param out the output; closed when the returned writer is closed
     * @return the writer
     */
    public JsonLinesWriter writeLines(Writer out) {
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
    public Postmortem read(String json) {
        Objects.requireNonNull(json, "JSON text");
        try {
            return read(p -> binding.factory().createParser(json), () -> false);
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
        if (!(e.getCause() instanceof JacksonException j)) {
            return e;
        }
        long offset = j.getLocation() == null ? -1 : j.getLocation().getCharOffset();
        if (e.expected().contains("JsonOptions.maxDocumentLength")) {
            offset = Math.min(json.length(), binding.options().maxDocumentLength());
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
        return JsonReadException.of(e.pointer(), line, offset - lineStart + 1, e.problem(), e.expected(), j);
    }

    /**
     * Reads a postmortem from a JSON document, with where each of its values stands in the document:
     * the range of every value by its JSON pointer, taken from the parser's token locations, and for
     * every string the place of each character of its text. A tool that reports findings on the
     * model (which name a model path and a span in a field's text) places them with it.
     *
     * @param json the document
     * @return the postmortem and its source map
     * @throws JsonReadException if the text is not a postmortem document within the limits
     */
    public JsonReadResult readWithSources(String json) {
        Postmortem p = read(json);
        try (JsonParser parser = binding.factory().createParser(json)) {
            return new JsonReadResult(p, JsonSources.map(json, parser));
        }
    }

    /**
     * Reads a postmortem from UTF-8 (or UTF-16/32, detected) bytes.
     *
     * @param json the document
     * @return the postmortem
     * @throws JsonReadException if the bytes are not a postmortem document within the limits
     */
    public Postmortem read(byte[] json) {
        Objects.requireNonNull(json, "JSON bytes");
        return read(p -> binding.factory().createParser(json), () -> false);
    }

    /**
     * Reads a postmortem from a stream, which is left open.
     *
     * @param json the stream of the document's bytes
     * @return the postmortem
     * @throws JsonReadException if the bytes are not a postmortem document within the limits
     * @throws UncheckedIOException if the stream fails
     */
    public Postmortem read(InputStream json) {
        Objects.requireNonNull(json, "JSON stream");
        TrackedInputStream tracked = new TrackedInputStream(json);
        return read(p -> binding.factory().createParser(tracked), tracked::failed);
    }

    /**
     * Reads a postmortem from a reader, which is left open.
     *
     * @param json the reader of the document
     * @return the postmortem
     * @throws JsonReadException if the text is not a postmortem document within the limits
     * @throws UncheckedIOException if the reader fails
     */
    public Postmortem read(Reader json) {
        Objects.requireNonNull(json, "JSON reader");
        return read(p -> binding.factory().createParser(json), () -> true);
    }

    /**
     * A JSON Lines reader: one postmortem per line, a bad line reported with its number and the
     * rest still read.
     *
     * @param in the input; closed when the returned reader is closed
     * @return the reader
     */
    public JsonLinesReader readLines(Reader in) {
        return JsonLinesReader.of(in, this::read, binding.options().maxDocumentLength());
    }

    /**
     * Reads one document.
     *
     * @param open opens the parser
     * @param sourceFailed whether an I/O exception came from the source rather than from bytes
     *     that do not decode
     */
    private Postmortem read(Function<Void, JsonParser> open, BooleanSupplier sourceFailed) {
        JsonParser parser = null;
        try {
            parser = open.apply(null);
            Jackson3In in = new Jackson3In(parser, binding);
            in.next();
            Postmortem result = binding.codec().readPostmortem(in);
            if (in.next() != Token.END) {
                throw in.fail("more content after the postmortem", "the end of the document");
            }
            return result;
        } catch (JacksonIOException e) {
            if (!sourceFailed.getAsBoolean()) {
                // The bytes do not decode: malformed input, not a failing source.
                throw binding.readError(parser, e);
            }
            throw new UncheckedIOException("cannot read the postmortem", e.getCause());
        } catch (JacksonException e) {
            throw Jackson3Errors.readError(parser, e, binding.options(), Jackson3Errors.pointer(parser));
        } finally {
            if (parser != null) {
                parser.close();
            }
        }
    }
}
