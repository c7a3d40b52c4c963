package dev.postmortem.json.internal;

import dev.postmortem.json.common.internal.JsonOut;
import tools.jackson.core.JsonGenerator;

/** {@link JsonOut} over a Jackson 3 generator. */
record Jackson3Out(JsonGenerator g, Jackson3Binding binding) implements JsonOut {

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
        binding.copyJson(pointer, json, this);
    }
}
