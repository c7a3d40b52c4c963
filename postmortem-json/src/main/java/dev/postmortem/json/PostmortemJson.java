package dev.postmortem.json;

import dev.postmortem.core.model.Postmortem;
import dev.postmortem.json.common.AbstractPostmortemJson;
import dev.postmortem.json.common.JsonOptions;
import dev.postmortem.json.common.JsonReadException;
import dev.postmortem.json.internal.Jackson3Binding;
import dev.postmortem.json.internal.JsonSources;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes postmortems as JSON with Jackson 3: documents as strings, bytes and streams,
 * and JSON Lines one postmortem at a time (the methods of {@link AbstractPostmortemJson}), and
 * documents with where each value stands in them ({@link #readWithSources}).
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
public final class PostmortemJson extends AbstractPostmortemJson {
    private static final PostmortemJson DEFAULT = new PostmortemJson(Jackson3Binding.of(JsonOptions.defaults()));

    private final JsonMapper mapper;

    private PostmortemJson(Jackson3Binding binding) {
        super(binding);
        this.mapper = JsonMapper.builder(binding.factory())
                .addModule(PostmortemModule.of(binding.options()))
                .build();
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
        return new PostmortemJson(Jackson3Binding.of(options));
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
        try (JsonParser parser = mapper.createParser(json)) {
            return new JsonReadResult(p, JsonSources.map(json, parser));
        }
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
}
