package dev.postmortem.json.internal;

import dev.postmortem.json.common.JsonReadException;
import dev.postmortem.json.common.JsonWriteException;
import dev.postmortem.json.common.internal.JsonOut;
import dev.postmortem.json.common.internal.PostmortemCodec;
import dev.postmortem.json.common.internal.Token;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/** {@link JsonOut} over a Jackson 3 generator. */
public final class Jackson3Out implements JsonOut {
    private final JsonGenerator g;
    private final Jackson3Binding binding;

    /**
     * Wraps a generator.
     *
     * @param g the generator
     * @param binding the factory and options
     */
    public Jackson3Out(JsonGenerator g, Jackson3Binding binding) {
        this.g = g;
        this.binding = binding;
    }

    @Override
    public void startObject() {
        g.writeStartObject();
    }

    @Override
    public void endObject() {
        g.writeEndObject();
    }

    @Override
    public void startArray() {
        g.writeStartArray();
    }

    @Override
    public void endArray() {
        g.writeEndArray();
    }

    @Override
    public void name(String name) {
        g.writeName(name);
    }

    @Override
    public void string(String value) {
        g.writeString(value);
    }

    @Override
    public void number(long value) {
        g.writeNumber(value);
    }

    @Override
    public void number(String plain) {
        g.writeNumber(plain);
    }

    @Override
    public void bool(boolean value) {
        g.writeBoolean(value);
    }

    @Override
    public void nul() {
        g.writeNull();
    }

    @Override
    public void json(String pointer, String json) {
        try (JsonParser p = binding.factory().createParser(json)) {
            Jackson3In in = new Jackson3In(p, binding);
            in.next();
            PostmortemCodec.copy(in, this);
            if (in.next() != Token.END) {
                throw in.fail("more than one value", "one JSON value");
            }
        } catch (JsonReadException | JacksonException e) {
            throw JsonWriteException.of(
                    pointer, "the extension value is not one JSON value (" + e.getMessage() + ")", e);
        }
    }
}
