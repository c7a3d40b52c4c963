package dev.postmortem.json.internal;

import dev.postmortem.json.common.JsonOptions;
import dev.postmortem.json.common.JsonReadException;
import dev.postmortem.json.common.internal.AbstractBinding;
import dev.postmortem.json.common.internal.JsonOut;
import dev.postmortem.json.common.internal.Limits;
import dev.postmortem.json.common.internal.ReadFailure;
import dev.postmortem.json.common.internal.TokenSource;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 3 {@link dev.postmortem.json.common.internal.Binding} of one set of options: a factory with the limits, duplicate
 * detection and the output features both bindings share, the pretty printer, and the translation
 * of Jackson 3's exceptions. Immutable and thread-safe.
 */
public final class Jackson3Binding extends AbstractBinding<JsonParser> {
    private final JsonFactory factory;
    private final ObjectWriter compact;
    private final ObjectWriter pretty;

    private Jackson3Binding(JsonOptions options) {
        super(options);
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(options.maxDocumentLength())
                        .maxNestingDepth(options.maxNestingDepth())
                        .maxStringLength(options.maxStringLength())
                        .maxNumberLength(options.maxNumberLength())
                        .maxNameLength(options.maxNameLength())
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // The caller owns the streams it passes in.
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                // The same output as Jackson 2's defaults, so both bindings write the same bytes.
                .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
                .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .enable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
                .build();
        this.compact = JsonMapper.builder(factory).build().writer();
        this.pretty = compact.with(prettyPrinter());
    }

    /**
     * The binding of some options.
     *
     * @param options the options
     * @return the binding
     * @throws IllegalArgumentException if {@code options} is null
     */
    public static Jackson3Binding of(JsonOptions options) {
        return new Jackson3Binding(options);
    }

    /**
     * The factory with the limits and features.
     *
     * @return the factory
     */
    public JsonFactory factory() {
        return factory;
    }

    /**
     * The pretty printer of the document format: two spaces per level, one value per line, a space
     * after each colon, nothing between the brackets of an empty array or object.
     */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    @Override
    protected TokenSource source(JsonParser parser) {
        return new Jackson3Source(parser, this);
    }

    /**
     * The codec's view of a generator that a caller's mapper writes with.
     *
     * @param generator the generator
     * @return the codec's generator
     */
    public JsonOut out(JsonGenerator generator) {
        return new Jackson3Out(generator, this);
    }

    @Override
    public TokenSource open(Reader json) {
        return open(() -> factory.createParser(json));
    }

    @Override
    public TokenSource open(InputStream json) {
        return open(() -> factory.createParser(json));
    }

    private TokenSource open(Supplier<JsonParser> parser) {
        try {
            return new Jackson3Source(parser.get(), this);
        } catch (JacksonException e) {
            throw failure(null, e);
        }
    }

    @Override
    public void write(Writer out, boolean pretty, Consumer<JsonOut> value) {
        write(() -> (pretty ? this.pretty : compact).createGenerator(out), pretty, value);
    }

    @Override
    public void write(OutputStream out, boolean pretty, Consumer<JsonOut> value) {
        write(() -> (pretty ? this.pretty : compact).createGenerator(out), pretty, value);
    }

    private void write(Supplier<JsonGenerator> open, boolean pretty, Consumer<JsonOut> value) {
        try (JsonGenerator g = open.get()) {
            value.accept(out(g));
            if (pretty) {
                g.writeRaw('\n');
            }
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        }
    }

    @Override
    public OptionalLong charOffset(Throwable cause) {
        if (!(cause instanceof JacksonException e)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(e.getLocation() == null ? -1 : e.getLocation().getCharOffset());
    }

    /**
     * What an exception Jackson threw while reading is: a {@link ReadFailure} for an I/O exception,
     * else a read error naming the limits of these options.
     *
     * @param parser the parser, or null when it could not be created
     * @param e the exception
     * @return the exception to throw
     */
    RuntimeException failure(JsonParser parser, JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        if (at == null && parser != null) {
            at = parser.currentLocation();
        }
        JsonReadException error = Limits.readError(
                pointer(parser),
                at == null ? 0 : at.getLineNr(),
                at == null ? 0 : at.getColumnNr(),
                e.getOriginalMessage(),
                options(),
                e);
        return e instanceof JacksonIOException io ? new ReadFailure(io.getCause(), error) : error;
    }

    /**
     * The JSON pointer where a parser is.
     *
     * @param parser the parser, or null
     * @return the pointer, empty at the document level
     */
    static String pointer(JsonParser parser) {
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
