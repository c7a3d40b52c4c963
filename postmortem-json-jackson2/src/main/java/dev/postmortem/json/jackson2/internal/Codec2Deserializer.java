package dev.postmortem.json.jackson2.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.postmortem.json.common.JsonReadException;
import dev.postmortem.json.common.internal.PostmortemCodec.TypeCodec;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads one model type through the shared codec. Inside a caller's mapper a read error becomes a
 * {@link JsonMappingException} whose cause is the {@link JsonReadException}.
 *
 * @param <T> the type
 */
public final class Codec2Deserializer<T> extends JsonDeserializer<T> {
    private final TypeCodec<T> codec;
    private final Jackson2Binding binding;

    /**
     * Creates the deserializer.
     *
     * @param codec the type's codec
     * @param binding the binding
     */
    public Codec2Deserializer(TypeCodec<T> codec, Jackson2Binding binding) {
        this.codec = codec;
        this.binding = binding;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        try {
            return codec.read(binding.in(p));
        } catch (JsonReadException e) {
            throw JsonMappingException.from(p, e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public Class<?> handledType() {
        return codec.type();
    }
}
