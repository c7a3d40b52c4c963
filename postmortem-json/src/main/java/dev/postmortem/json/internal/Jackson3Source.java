package dev.postmortem.json.internal;

import dev.postmortem.json.common.internal.TokenSource;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;

/** {@link TokenSource} over a Jackson 3 parser; what the parser throws is translated in one place. */
record Jackson3Source(JsonParser parser, Jackson3Binding binding) implements TokenSource {
    @Override
    public int nextTokenId() {
        read(parser::nextToken);
        return parser.currentTokenId();
    }

    @Override
    public int currentTokenId() {
        return parser.currentTokenId();
    }

    @Override
    public String name() {
        return read(parser::currentName);
    }

    @Override
    public String text() {
        return read(parser::getString);
    }

    @Override
    public Position position() {
        TokenStreamLocation at = parser.currentTokenLocation();
        return new Position(binding.pointer(parser), at.getLineNr(), at.getColumnNr());
    }

    @Override
    public void close() {
        parser.close();
    }

    /** Calls the parser, translating what it throws. */
    private <T> T read(Supplier<T> call) {
        try {
            return call.get();
        } catch (JacksonException e) {
            throw binding.failure(parser, e);
        }
    }
}
