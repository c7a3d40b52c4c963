package dev.postmortem.json.internal;

import dev.postmortem.json.common.JsonReadException;
import dev.postmortem.json.common.internal.PostmortemCodec.TypeCodec;
import dev.postmortem.json.common.internal.ReadFailure;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads one model type through the shared codec. Inside a caller's mapper a read error becomes a
 * {@link DatabindException} whose cause is the {@link JsonReadException}.
 *
 * @param <T> the type
 */
public final class CodecDeserializer<T> extends ValueDeserializer<T> {
    private final TypeCodec<T> codec;
    private final Jackson3Binding binding;

    /**
     * Creates the deserializer.
     *
     * @param codec the type's codec
     * @param binding the binding
     */
    public CodecDeserializer(TypeCodec<T> codec, Jackson3Binding binding) {
        this.codec = codec;
        this.binding = binding;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
        try {
            return codec.read(binding.in(p));
        } catch (JsonReadException e) {
            throw DatabindException.from(p, e.getMessage(), e);
        } catch (ReadFailure e) {
            // A caller's mapper reports its source's failures as Jackson does.
            throw JacksonIOException.construct(e.getCause());
        }
    }

    @Override
    public Class<?> handledType() {
        return codec.type();
    }
}
