package dev.postmortem.json.jackson2.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.postmortem.json.common.internal.JsonOut;
import java.io.IOException;
import java.io.UncheckedIOException;

/** {@link JsonOut} over a Jackson 2 generator. */
record Jackson2Out(JsonGenerator g, Jackson2Binding binding) implements JsonOut {

    @FunctionalInterface
    private interface Write {
        void run() throws IOException;
    }

    private static void io(Write w) {
        try {
            w.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
    }

    @Override
    public void startObject() {
        io(g::writeStartObject);
    }

    @Override
    public void endObject() {
        io(g::writeEndObject);
    }

    @Override
    public void startArray() {
        io(g::writeStartArray);
    }

    @Override
    public void endArray() {
        io(g::writeEndArray);
    }

    @Override
    public void name(String name) {
        io(() -> g.writeFieldName(name));
    }

    @Override
    public void string(String value) {
        io(() -> g.writeString(value));
    }

    @Override
    public void number(long value) {
        io(() -> g.writeNumber(value));
    }

    @Override
    public void number(String plain) {
        io(() -> g.writeNumber(plain));
    }

    @Override
    public void bool(boolean value) {
        io(() -> g.writeBoolean(value));
    }

    @Override
    public void nul() {
        io(g::writeNull);
    }

    @Override
    public void json(String pointer, String json) {
        binding.copyJson(pointer, json, this);
    }
}
