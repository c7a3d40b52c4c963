package dev.postmortem.json.jackson2;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.json.common.JsonLinesReader;
import dev.postmortem.json.common.JsonLinesWriter;
import dev.postmortem.json.common.JsonOptions;
import dev.postmortem.json.common.JsonReadException;
import dev.postmortem.json.common.JsonWriteException;
import dev.postmortem.json.common.internal.Token;
import dev.postmortem.json.common.internal.TrackedInputStream;
import dev.postmortem.json.jackson2.internal.Jackson2Binding;
import dev.postmortem.json.jackson2.internal.Jackson2In;
import dev.postmortem.json.jackson2.internal.Jackson2Out;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Reads and writes postmortems as JSON with Jackson 2: the same document format, byte for byte, as
 * {@code dev.postmortem.json.PostmortemJson} writes with Jackson 3, with the same safe reading
 * (no polymorphic typing, duplicate fields rejected, the limits of {@link JsonOptions}) and the same
 * {@link JsonReadException}s.
 *
 * <p>Immutable and thread-safe: create one and share it.
 */
public final class PostmortemJson {
    private static final PostmortemJson DEFAULT = new PostmortemJson(JsonOptions.defaults());

    private final Jackson2Binding binding;
    private final JsonMapper mapper;

    private PostmortemJson(JsonOptions options) {
        this.binding = Jackson2Binding.of(options);
        this.mapper = JsonMapper.builder(binding.factory())
                .addModule(PostmortemModule.of(options))
                .build();
    }

    /**
     * The facade with the default options.
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
     * A Jackson 2 mapper with these options' limits, duplicate detection and the {@link
     * PostmortemModule}. Unlike this facade, an {@code ObjectMapper} is mutable: do not reconfigure
     * the one returned, {@code copy()} it.
     *
     * @return the mapper
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
        try (JsonGenerator g = binding.factory().createGenerator(out, JsonEncoding.UTF8)) {
            writeDocument(postmortem, g, binding.options().prettyPrint());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the postmortem", e);
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
        try (JsonGenerator g = binding.factory().createGenerator(out)) {
            writeDocument(postmortem, g, binding.options().prettyPrint());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the postmortem", e);
        }
    }

    private void writeDocument(Postmortem postmortem, JsonGenerator g, boolean pretty) throws IOException {
        if (pretty) {
            g.setPrettyPrinter(Jackson2Binding.prettyPrinter());
        }
        try {
            binding.codec().writePostmortem(postmortem, new Jackson2Out(g, binding));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (pretty) {
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
        try (JsonGenerator g = binding.factory().createGenerator(out)) {
            writeDocument(postmortem, g, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the postmortem", e);
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
        return read(() -> binding.factory().createParser(json), () -> false);
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
        return read(() -> binding.factory().createParser(json), () -> false);
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
        return read(() -> binding.factory().createParser(tracked), tracked::failed);
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
        return read(() -> binding.factory().createParser(json), () -> true);
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

    @FunctionalInterface
    private interface Open {
        JsonParser open() throws IOException;
    }

    private Postmortem read(Open open, BooleanSupplier sourceFailed) {
        JsonParser parser = null;
        try {
            parser = open.open();
            Jackson2In in = new Jackson2In(parser, binding);
            in.next();
            Postmortem result = binding.codec().readPostmortem(in);
            if (in.next() != Token.END) {
                throw in.fail("more content after the postmortem", "the end of the document");
            }
            return result;
        } catch (JsonProcessingException e) {
            throw binding.readError(parser, e);
        } catch (UncheckedIOException e) {
            throw sourceFailed.getAsBoolean() ? e : binding.decodeError(parser, e.getCause());
        } catch (IOException e) {
            if (!sourceFailed.getAsBoolean()) {
                // The bytes do not decode: malformed input, not a failing source.
                throw binding.decodeError(parser, e);
            }
            throw new UncheckedIOException("cannot read the postmortem", e);
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException e) {
                    // Nothing was read from a closed source that matters now.
                }
            }
        }
    }
}
