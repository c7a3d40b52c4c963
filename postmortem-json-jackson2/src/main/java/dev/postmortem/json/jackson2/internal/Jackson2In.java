package dev.postmortem.json.jackson2.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.postmortem.json.common.JsonReadException;
import dev.postmortem.json.common.internal.JsonIn;
import dev.postmortem.json.common.internal.PostmortemCodec;
import dev.postmortem.json.common.internal.Token;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** {@link JsonIn} over a Jackson 2 parser; turns Jackson's read errors into {@link JsonReadException}. */
public final class Jackson2In implements JsonIn {
    private final JsonParser parser;
    private final Jackson2Binding binding;
    private Token current;

    /**
     * Wraps a parser.
     *
     * @param parser the parser, at its current token
     * @param binding the factory and options
     */
    public Jackson2In(JsonParser parser, Jackson2Binding binding) {
        this.parser = parser;
        this.binding = binding;
        this.current = map(parser.currentToken());
    }

    @Override
    public Token next() {
        try {
            current = map(parser.nextToken());
            return current;
        } catch (JsonProcessingException e) {
            throw binding.readError(parser, e);
        } catch (IOException e) {
            // The facade decides whether the source failed or the bytes do not decode.
            throw new UncheckedIOException("cannot read the JSON input", e);
        }
    }

    @Override
    public Token current() {
        return current;
    }

    @Override
    public String name() {
        try {
            return parser.currentName();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JSON input", e);
        }
    }

    @Override
    public String text() {
        try {
            return parser.getText();
        } catch (JsonProcessingException e) {
            throw binding.readError(parser, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JSON input", e);
        }
    }

    @Override
    public JsonReadException fail(String problem, String expected) {
        JsonLocation at = parser.currentTokenLocation();
        return JsonReadException.of(
                Jackson2Binding.pointer(parser), at.getLineNr(), at.getColumnNr(), problem, expected, null);
    }

    @Override
    public String capture() {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = binding.factory().createGenerator(text)) {
            PostmortemCodec.copy(this, new Jackson2Out(g, binding));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy an extension value", e);
        }
        return text.toString();
    }

    private static Token map(JsonToken t) {
        if (t == null) {
            return Token.END;
        }
        return switch (t) {
            case START_OBJECT -> Token.START_OBJECT;
            case END_OBJECT -> Token.END_OBJECT;
            case START_ARRAY -> Token.START_ARRAY;
            case END_ARRAY -> Token.END_ARRAY;
            case FIELD_NAME -> Token.NAME;
            case VALUE_STRING -> Token.STRING;
            case VALUE_NUMBER_INT -> Token.INT;
            case VALUE_NUMBER_FLOAT -> Token.FLOAT;
            case VALUE_TRUE -> Token.TRUE;
            case VALUE_FALSE -> Token.FALSE;
            case VALUE_NULL -> Token.NULL;
            default -> Token.END;
        };
    }
}
