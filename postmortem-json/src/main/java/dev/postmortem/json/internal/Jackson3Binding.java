package dev.postmortem.json.internal;

import dev.postmortem.json.common.JsonOptions;
import dev.postmortem.json.common.JsonReadException;
import dev.postmortem.json.common.internal.PostmortemCodec;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * The Jackson 3 settings of one set of options: a factory with the limits, duplicate detection and
 * the output features both bindings share, the pretty printer, and the codec. Immutable and
 * thread-safe.
 */
public final class Jackson3Binding {
    private final JsonOptions options;
    private final PostmortemCodec codec;
    private final JsonFactory factory;

    private Jackson3Binding(JsonOptions options) {
        this.options = options;
        this.codec = PostmortemCodec.of(options);
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
    }

    /**
     * The binding of some options.
     *
     * @param options the options
     * @return the binding
     */
    public static Jackson3Binding of(JsonOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("JSON options must not be null");
        }
        return new Jackson3Binding(options);
    }

    /**
     * The options.
     *
     * @return the options
     */
    public JsonOptions options() {
        return options;
    }

    /**
     * The codec.
     *
     * @return the codec
     */
    public PostmortemCodec codec() {
        return codec;
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
     *
     * @return a new pretty printer
     */
    public static PrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    /**
     * A read error for a Jackson exception, naming the limits of these options.
     *
     * @param parser the parser, or null
     * @param e the exception
     * @return the read error
     */
    public JsonReadException readError(JsonParser parser, JacksonException e) {
        return Jackson3Errors.readError(parser, e, options, Jackson3Errors.pointer(parser));
    }
}
