package dev.postmortem.json.internal;

import dev.postmortem.json.common.internal.PostmortemCodec.TypeCodec;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes one model type through the shared codec.
 *
 * @param <T> the type
 */
public final class CodecSerializer<T> extends ValueSerializer<T> {
    private final TypeCodec<T> codec;
    private final Jackson3Binding binding;

    /**
     * Creates the serializer.
     *
     * @param codec the type's codec
     * @param binding the binding
     */
    public CodecSerializer(TypeCodec<T> codec, Jackson3Binding binding) {
        this.codec = codec;
        this.binding = binding;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
        codec.write(value, binding.out(g));
    }

    @Override
    public Class<?> handledType() {
        return codec.type();
    }
}
