package dev.postmortem.json.jackson2.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.postmortem.json.common.JsonOptions;
import dev.postmortem.json.common.internal.AbstractBinding;
import dev.postmortem.json.common.internal.JsonOut;
import dev.postmortem.json.common.internal.Limits;
import dev.postmortem.json.common.internal.ReadFailure;
import dev.postmortem.json.common.internal.TokenSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * The Jackson 2 {@link dev.postmortem.json.common.internal.Binding} of one set of options, matching the Jackson 3 binding's: limits,
 * duplicate detection, output features, the pretty printer, and the translation of Jackson 2's
 * checked exceptions. Immutable and thread-safe.
 */
public final class Jackson2Binding extends AbstractBinding<JsonParser> {
    private final JsonFactory factory;

    private Jackson2Binding(JsonOptions options) {
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
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
                .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .enable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
                .build();
    }

    /**
     * The binding of some options.
     *
     * @param options the options
     * @return the binding
     * @throws IllegalArgumentException if {@code options} is null
     */
    public static Jackson2Binding of(JsonOptions options) {
        return new Jackson2Binding(options);
    }

    /**
     * The factory with the limits and features.
     *
     * @return the factory
     */
    public JsonFactory factory() {
        return factory;
    }

    /** The pretty printer of the document format, the same as the Jackson 3 binding's. */
    private static PrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    @Override
    protected TokenSource source(JsonParser parser) {
        return new Jackson2Source(parser, this);
    }

    /**
     * The codec's view of a generator that a caller's mapper writes with; it reports the
     * generator's I/O exceptions as {@link UncheckedIOException}.
     *
     * @param generator the generator
     * @return the codec's generator
     */
    public JsonOut out(JsonGenerator generator) {
        return new Jackson2Out(generator, this);
    }

    @FunctionalInterface
    private interface Open<T> {
        T open() throws IOException;
    }

    @Override
    public TokenSource open(Reader json) {
        return source(() -> factory.createParser(json));
    }

    @Override
    public TokenSource open(InputStream json) {
        return source(() -> factory.createParser(json));
    }

    private TokenSource source(Open<JsonParser> parser) {
        try {
            return new Jackson2Source(parser.open(), this);
        } catch (IOException e) {
            throw failure(null, e);
        }
    }

    @Override
    public void write(Writer out, boolean pretty, Consumer<JsonOut> value) {
        generate(() -> factory.createGenerator(out), pretty, value);
    }

    @Override
    public void write(OutputStream out, boolean pretty, Consumer<JsonOut> value) {
        generate(() -> factory.createGenerator(out, JsonEncoding.UTF8), pretty, value);
    }

    private void generate(Open<JsonGenerator> generator, boolean pretty, Consumer<JsonOut> value) {
        try (JsonGenerator g = generator.open()) {
            if (pretty) {
                g.setPrettyPrinter(prettyPrinter());
            }
            value.accept(out(g));
            if (pretty) {
                g.writeRaw('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public OptionalLong charOffset(Throwable cause) {
        if (cause instanceof JsonProcessingException e) {
            return OptionalLong.of(
                    e.getLocation() == null ? -1 : e.getLocation().getCharOffset());
        }
        return OptionalLong.empty();
    }

    /**
     * What an exception Jackson threw while reading is: a read error naming the limits of these
     * options for a processing exception, else a {@link ReadFailure}.
     *
     * @param parser the parser, or null when it could not be created
     * @param e the exception
     * @return the exception to throw
     */
    RuntimeException failure(JsonParser parser, IOException e) {
        JsonLocation at = parser == null ? null : parser.currentLocation();
        String message = e.getMessage();
        if (e instanceof JsonProcessingException p) {
            at = p.getLocation() == null ? at : p.getLocation();
            message = p.getOriginalMessage();
        }
        var error = Limits.readError(
                pointer(parser),
                at == null ? 0 : at.getLineNr(),
                at == null ? 0 : at.getColumnNr(),
                message,
                options(),
                e);
        return e instanceof JsonProcessingException ? error : new ReadFailure(e, error);
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
            return parser.getParsingContext().pathAsPointer().toString();
        } catch (RuntimeException e) {
            return "";
        }
    }
}
