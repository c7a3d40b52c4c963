package dev.postmortem.json.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.postmortem.json.common.JsonOptions;
import dev.postmortem.json.common.JsonReadException;
import dev.postmortem.json.common.internal.BuildVersion;
import dev.postmortem.json.common.internal.PostmortemCodec.TypeCodec;
import dev.postmortem.json.jackson2.internal.Jackson2Binding;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The Jackson 2 module for the postmortem model: a serializer and a deserializer for every type of
 * {@code dev.postmortem.core.model}, writing the same document as the Jackson 3 binding.
 *
 * <p>Registered through {@code META-INF/services/com.fasterxml.jackson.databind.Module} and the
 * module descriptor, so {@code ObjectMapper.findAndRegisterModules()} finds it with the default
 * options; register {@code PostmortemModule.of(options)} for strict reading or another severity
 * scale. A caller's mapper keeps its own limits and duplicate handling: {@link PostmortemJson}
 * applies the safe ones. A read error inside a caller's mapper is a {@code JsonMappingException}
 * whose cause is a {@link dev.postmortem.json.common.JsonReadException}.
 *
 * <p>Immutable and thread-safe.
 */
public final class PostmortemModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** The module's name. */
    public static final String NAME = "dev.postmortem.json.jackson2.PostmortemModule";

    /** The module with the default options; the constructor {@link java.util.ServiceLoader} uses. */
    public PostmortemModule() {
        this(Jackson2Binding.of(JsonOptions.defaults()));
    }

    private PostmortemModule(Jackson2Binding binding) {
        super(
                NAME,
                VersionUtil.parseVersion(BuildVersion.version(), BuildVersion.GROUP_ID, "postmortem-json-jackson2"));
        for (TypeCodec<?> type : binding.codec().types()) {
            register(type, binding);
        }
    }

    /**
     * The module with some options.
     *
     * @param options the options; their limits do not apply to a caller's mapper
     * @return the module
     * @throws IllegalArgumentException if {@code options} is null
     */
    public static PostmortemModule of(JsonOptions options) {
        return new PostmortemModule(Jackson2Binding.of(options));
    }

    /**
     * Writes and reads one model type through the shared codec; the codec's unchecked I/O
     * exceptions become the checked ones a Jackson 2 mapper expects.
     */
    private <T> void register(TypeCodec<T> type, Jackson2Binding binding) {
        addSerializer(type.type(), new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
                try {
                    type.write(value, binding.out(g));
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
        });
        addDeserializer(type.type(), new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                try {
                    return type.read(binding.in(p));
                } catch (JsonReadException e) {
                    throw JsonMappingException.from(p, e.getMessage(), e);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
        });
    }
}
