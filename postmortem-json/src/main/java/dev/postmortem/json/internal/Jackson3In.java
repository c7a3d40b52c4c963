package dev.postmortem.json.internal;

import dev.postmortem.json.common.JsonReadException;
import dev.postmortem.json.common.internal.JsonIn;
import dev.postmortem.json.common.internal.JsonOut;
import dev.postmortem.json.common.internal.PostmortemCodec;
import dev.postmortem.json.common.internal.Token;
import java.io.StringWriter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;

/** {@link JsonIn} over a Jackson 3 parser; turns Jackson's read errors into {@link JsonReadException}. */
public final class Jackson3In implements JsonIn {
    private final JsonParser parser;
    private final Jackson3Binding binding;
    private Token current;

    /**
     * Wraps a parser.
     *
     * @param parser the parser, at its current token
     * @param binding the factory and options
     */
    public Jackson3In(JsonParser parser, Jackson3Binding binding) {
        this.parser = parser;
        this.binding = binding;
        this.current = map(parser.currentToken());
    }

    @Override
    public Token next() {
        try {
            current = map(parser.nextToken());
            return current;
        } catch (JacksonIOException e) {
            // The facade decides whether the source failed or the bytes do not decode.
            throw e;
        } catch (JacksonException e) {
            throw binding.readError(parser, e);
        }
    }

    @Override
    public Token current() {
        return current;
    }

    @Override
    public String name() {
        return parser.currentName();
    }

    @Override
    public String text() {
        try {
            return parser.getText();
        } catch (JacksonException e) {
            throw binding.readError(parser, e);
        }
    }

    @Override
    public JsonReadException fail(String problem, String expected) {
        TokenStreamLocation at = parser.currentTokenLocation();
        return JsonReadException.of(
                parser.streamReadContext().pathAsPointer().toString(),
                at.getLineNr(),
                at.getColumnNr(),
                problem,
                expected,
                null);
    }

    @Override
    public String capture() {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = binding.factory().createGenerator(text)) {
            JsonOut out = new Jackson3Out(g, binding);
            PostmortemCodec.copy(this, out);
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
            case PROPERTY_NAME -> Token.NAME;
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
