package dev.postmortem.json.internal;

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
import java.io.Writer;
import java.util.OptionalLong;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 3 binding of one set of options: a factory with the limits, duplicate detection and
 * the output features both bindings share, writers with and without the document format's pretty
 * printer, and what Jackson 3's unchecked exceptions mean. Immutable and thread-safe.
 */
public final class Jackson3Binding extends AbstractBinding<JsonParser, JsonGenerator, JacksonException> {
    /**
     * The indentation of the document format: two spaces per level, one value per line.
     */
    private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

    private final JsonFactory factory;
    private final ObjectWriter compact;
    private final ObjectWriter pretty;

    private Jackson3Binding(JsonOptions options) {
        super(options, JacksonException.class, JsonParser.class, "getString");
        JsonFactoryBuilder builder = JsonFactory.builder()
                .streamReadConstraints(JacksonSettings.limits(options, StreamReadConstraints.builder())
                        .build());
        JacksonSettings.checkAllSet(JacksonSettings.features(StreamReadFeature.values(), builder::configure)
                + JacksonSettings.features(StreamWriteFeature.values(), builder::configure)
                + JacksonSettings.features(JsonWriteFeature.values(), builder::configure));
        this.factory = builder.build();
        this.compact = JsonMapper.builder(factory).build().writer();
        // A space after each colon, nothing between the brackets of an empty array or object.
        this.pretty = compact.with(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""))
                .withObjectIndenter(INDENTER)
                .withArrayIndenter(INDENTER));
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

    @Override
    protected JsonParser parser(Reader json) {
        return factory.createParser(tools.jackson.core.ObjectReadContext.empty(), json);
    }

    @Override
    protected JsonParser parser(InputStream json) {
        return factory.createParser(tools.jackson.core.ObjectReadContext.empty(), json);
    }

    @Override
    protected JsonGenerator generator(Writer out, boolean pretty) {
        return (pretty ? this.pretty : compact).createGenerator(out);
    }

    @Override
    protected JsonGenerator generator(OutputStream out, boolean pretty) {
        return (pretty ? this.pretty : compact).createGenerator(out);
    }

    @Override
    public JsonOut out(JsonGenerator generator) {
        return new Jackson3Out(generator, this);
    }

    @Override
    protected void lineBreak(JsonGenerator generator) {
        generator.writeRaw('\n');
    }

    @Override
    protected IOException ioCause(JacksonException e) {
        return e instanceof JacksonIOException io ? io.getCause() : null;
    }

    @Override
    public OptionalLong charOffset(Throwable cause) {
        if (!(cause instanceof JacksonException e)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(e.getLocation() == null ? -1 : e.getLocation().getCharOffset());
    }

    @Override
    protected RuntimeException failure(JsonParser parser, JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        if (at == null && parser != null) {
            at = parser.currentLocation();
        }
        var error = Limits.readError(
                pointer(parser),
                at == null ? 0 : at.getLineNr(),
                at == null ? 0 : at.getColumnNr(),
                e.getOriginalMessage(),
                options(),
                e);
        return e instanceof JacksonIOException io ? new ReadFailure(io.getCause(), error) : error;
    }

    @Override
    protected String path(JsonParser parser) {
        return parser.streamReadContext().pathAsPointer().toString();
    }
}
