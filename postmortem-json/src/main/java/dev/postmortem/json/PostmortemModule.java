package dev.postmortem.json;

import dev.postmortem.json.common.JsonOptions;
import dev.postmortem.json.common.JsonReadException;
import dev.postmortem.json.common.internal.BuildVersion;
import dev.postmortem.json.common.internal.PostmortemCodec.TypeCodec;
import dev.postmortem.json.common.internal.ReadFailure;
import dev.postmortem.json.internal.Jackson3Binding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module for the postmortem model: a serializer and a deserializer for every type of
 * {@code dev.postmortem.core.model}, writing the document format of {@link PostmortemJson}.
 *
 * <p>Registered through {@code META-INF/services/tools.jackson.databind.JacksonModule} and the
 * module descriptor, so {@code JsonMapper.builder().findAndAddModules()} finds it with the default
 * options; add {@code PostmortemModule.of(options)} for strict reading or another severity scale.
 * A caller's mapper keeps its own limits and duplicate handling: {@link PostmortemJson} applies
 * the safe ones. A read error inside a caller's mapper is a {@code DatabindException} whose cause
 * is a {@link dev.postmortem.json.common.JsonReadException}.
 *
 * <p>Immutable and thread-safe.
 */
public final class PostmortemModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** The module's name. */
    public static final String NAME = "dev.postmortem.json.PostmortemModule";

    /** The module with the default options; the constructor {@link java.util.ServiceLoader} uses. */
    public PostmortemModule() {
        this(Jackson3Binding.of(JsonOptions.defaults()));
    }

    /**
     * The module with some options.
     *
     * @param options the options; their limits do not apply to a caller's mapper
     * @return the module
     * @throws IllegalArgumentException if {@code options} is null
     */
    public static PostmortemModule of(JsonOptions options) {
        return new PostmortemModule(Jackson3Binding.of(options));
    }

    private PostmortemModule(Jackson3Binding binding) {
        super(NAME, VersionUtil.parseVersion(BuildVersion.version(), BuildVersion.GROUP_ID, "postmortem-json"));
        for (TypeCodec<?> type : binding.codec().types()) {
            register(type, binding);
        }
    }

    /** Writes and reads one model type through the shared codec. */
    private <T> void register(TypeCodec<T> type, Jackson3Binding binding) {
        addSerializer(type.type(), new ValueSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
                type.write(value, binding.out(g));
            }
        });
        addDeserializer(type.type(), new ValueDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) {
                try {
                    return type.read(binding.in(p));
                } catch (JsonReadException e) {
                    throw DatabindException.from(p, e.getMessage(), e);
                } catch (ReadFailure e) {
                    // A caller's mapper reports its source's failures as Jackson does.
                    throw JacksonIOException.construct(e.getCause());
                }
            }
        });
    }
}
