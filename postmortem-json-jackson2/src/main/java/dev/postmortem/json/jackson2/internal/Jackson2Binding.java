package dev.postmortem.json.jackson2.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.postmortem.json.common.JsonOptions;
import dev.postmortem.json.common.internal.AbstractBinding;
import dev.postmortem.json.common.internal.JacksonSettings;
import dev.postmortem.json.common.internal.JsonOut;
import dev.postmortem.json.common.internal.Limits;
import dev.postmortem.json.common.internal.ReadFailure;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.OptionalLong;

/**
 * The Jackson 2 binding of one set of options, matching the Jackson 3 binding's: limits, duplicate
 * detection, output features and the pretty printer, and what Jackson 2's checked exceptions mean.
 * Immutable and thread-safe.
 */
public final class Jackson2Binding extends AbstractBinding<JsonParser, JsonGenerator, IOException> {
    /**
     * The document format's pretty printer, the same as the Jackson 3 binding's; each generator
     * gets its own instance of it, since a pretty printer counts the nesting it writes.
     */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private final JsonFactory factory;

    private Jackson2Binding(JsonOptions options) {
        super(options, IOException.class, JsonParser.class, "getText");
        JsonFactoryBuilder builder = new JsonFactoryBuilder()
                .streamReadConstraints(JacksonSettings.limits(options, StreamReadConstraints.builder())
                        .build());
        int set = JacksonSettings.features(StreamReadFeature.values(), builder::configure);
        set += JacksonSettings.features(StreamWriteFeature.values(), builder::configure);
        set += JacksonSettings.features(JsonWriteFeature.values(), builder::configure);
        JacksonSettings.checkAllSet(set);
        this.factory = builder.build();
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

    @Override
    protected JsonParser parser(Reader json) throws IOException {
        return factory.createParser(json);
    }

    @Override
    protected JsonParser parser(InputStream json) throws IOException {
        return factory.createParser(json);
    }

    @Override
    protected JsonGenerator generator(Writer out, boolean pretty) throws IOException {
        return pretty(factory.createGenerator(out), pretty);
    }

    @Override
    protected JsonGenerator generator(OutputStream out, boolean pretty) throws IOException {
        return pretty(factory.createGenerator(out, JsonEncoding.UTF8), pretty);
    }

    private static JsonGenerator pretty(JsonGenerator generator, boolean pretty) {
        return pretty ? generator.setPrettyPrinter(PRETTY.createInstance()) : generator;
    }

    /**
     * The codec's view of a generator; it reports the generator's I/O exceptions as {@link
     * UncheckedIOException}.
     *
     * @param generator the generator
     * @return the codec's generator
     */
    @Override
    public JsonOut out(JsonGenerator generator) {
        return new Jackson2Out(generator, this);
    }

    @Override
    protected void lineBreak(JsonGenerator generator) throws IOException {
        generator.writeRaw('\n');
    }

    @Override
    protected IOException ioCause(IOException e) {
        return e;
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
     * {@inheritDoc} A processing exception is a read error; any other I/O exception while reading
     * is a failing source or bytes that do not decode.
     */
    @Override
    protected RuntimeException failure(JsonParser parser, IOException e) {
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

    @Override
    protected String path(JsonParser parser) {
        return parser.getParsingContext().pathAsPointer().toString();
    }
}
