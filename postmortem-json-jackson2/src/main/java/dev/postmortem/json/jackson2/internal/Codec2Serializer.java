package dev.postmortem.json.jackson2.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.postmortem.json.common.internal.PostmortemCodec.TypeCodec;
import java.io.UncheckedIOException;

/**
 * Writes one model type through the shared codec.
 *
 * @param <T> the type
 */
public final class Codec2Serializer<T> extends JsonSerializer<T> {
    private final TypeCodec<T> codec;
    private final Jackson2Binding binding;

    /**
     * Creates the serializer.
     *
     * @param codec the type's codec
     * @param binding the binding
     */
    public Codec2Serializer(TypeCodec<T> codec, Jackson2Binding binding) {
        this.codec = codec;
        this.binding = binding;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws java.io.IOException {
        try {
            codec.write(value, binding.out(g));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public Class<T> handledType() {
        return codec.type();
    }
}
