package dev.postmortem.json.jackson2.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import dev.postmortem.json.common.internal.TokenSource;
import java.io.IOException;

/** {@link TokenSource} over a Jackson 2 parser; its checked exceptions become the codec's. */
record Jackson2Source(JsonParser parser, Jackson2Binding binding) implements TokenSource {
    /** A read from the parser, which may throw what Jackson 2 declares. */
    @FunctionalInterface
    private interface Read<T> {
        T from(JsonParser parser) throws IOException;
    }

    private <T> T read(Read<T> read) {
        try {
            return read.from(parser);
        } catch (IOException e) {
            throw binding.failure(parser, e);
        }
    }

    @Override
    public int nextTokenId() {
        return read(p -> {
            p.nextToken();
            return p.currentTokenId();
        });
    }

    @Override
    public int currentTokenId() {
        return parser.currentTokenId();
    }

    @Override
    public String name() {
        return read(JsonParser::currentName);
    }

    @Override
    public String text() {
        return read(JsonParser::getText);
    }

    @Override
    public Position position() {
        JsonLocation at = parser.currentTokenLocation();
        return new Position(binding.pointer(parser), at.getLineNr(), at.getColumnNr());
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // Nothing was read from a closed source that matters now.
        }
    }
}
