package dev.postmortem.json.jackson2.internal;

import com.fasterxml.jackson.core.JsonFactory;
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
import dev.postmortem.json.common.JsonReadException;
import dev.postmortem.json.common.internal.Limits;
import dev.postmortem.json.common.internal.PostmortemCodec;

/**
 * The Jackson 2 settings of one set of options, matching the Jackson 3 binding's: limits,
 * duplicate detection, output features and the pretty printer. Immutable and thread-safe.
 */
public final class Jackson2Binding {
    private final JsonOptions options;
    private final PostmortemCodec codec;
    private final JsonFactory factory;

    private Jackson2Binding(JsonOptions options) {
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
     */
    public static Jackson2Binding of(JsonOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("JSON options must not be null");
        }
        return new Jackson2Binding(options);
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
     * The pretty printer of the document format, the same as the Jackson 3 binding's.
     *
     * @return a new pretty printer
     */
    public static PrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    /**
     * A read error for bytes that do not decode as UTF-8, UTF-16 or UTF-32.
     *
     * @param parser the parser, or null
     * @param e the exception
     * @return the read error
     */
    public JsonReadException decodeError(JsonParser parser, java.io.IOException e) {
        JsonLocation at = parser == null ? null : parser.currentLocation();
        return JsonReadException.of(
                pointer(parser),
                at == null ? 0 : at.getLineNr(),
                at == null ? 0 : at.getColumnNr(),
                Limits.problem(e.getMessage()),
                Limits.expected(e.getMessage(), options),
                e);
    }

    /**
     * A read error for a Jackson exception, naming the limits of these options.
     *
     * @param parser the parser, or null
     * @param e the exception
     * @return the read error
     */
    public JsonReadException readError(JsonParser parser, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        if (at == null && parser != null) {
            at = parser.currentLocation();
        }
        long line = at == null ? 0 : at.getLineNr();
        long column = at == null ? 0 : at.getColumnNr();
        String original = e.getOriginalMessage();
        return JsonReadException.of(
                pointer(parser), line, column, Limits.problem(original), Limits.expected(original, options), e);
    }

    /**
     * The JSON pointer where a parser is.
     *
     * @param parser the parser, or null
     * @return the pointer, empty at the document level
     */
    public static String pointer(JsonParser parser) {
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
