package dev.postmortem.json.jackson2;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.postmortem.json.common.AbstractPostmortemJson;
import dev.postmortem.json.common.JsonOptions;
import dev.postmortem.json.common.JsonReadException;
import dev.postmortem.json.jackson2.internal.Jackson2Binding;

/**
 * Reads and writes postmortems as JSON with Jackson 2: the same document format, byte for byte, as
 * {@code dev.postmortem.json.PostmortemJson} writes with Jackson 3, with the same safe reading
 * (no polymorphic typing, duplicate fields rejected, the limits of {@link JsonOptions}) and the same
 * {@link JsonReadException}s. Its reading and writing methods are those of {@link
 * AbstractPostmortemJson}.
 *
 * <p>Immutable and thread-safe: create one and share it.
 */
public final class PostmortemJson extends AbstractPostmortemJson {
    private static final PostmortemJson DEFAULT = of(JsonOptions.defaults());

    private final JsonMapper mapper;

    private PostmortemJson(Jackson2Binding binding, PostmortemModule module) {
        super(binding);
        this.mapper = JsonMapper.builder(binding.factory()).addModule(module).build();
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
        return new PostmortemJson(Jackson2Binding.of(options), PostmortemModule.of(options));
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
}
