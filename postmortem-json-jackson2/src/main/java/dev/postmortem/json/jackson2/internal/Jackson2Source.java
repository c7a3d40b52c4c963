package dev.postmortem.json.jackson2.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import dev.postmortem.json.common.internal.TokenSource;
import java.io.IOException;

/** {@link TokenSource} over a Jackson 2 parser; its checked exceptions become the codec's. */
record Jackson2Source(JsonParser parser, Jackson2Binding binding) implements TokenSource {

    @Override
    public int nextTokenId() {
        try {
            parser.nextToken();
            return parser.currentTokenId();
        } catch (IOException e) {
            throw binding.failure(parser, e);
        }
    }

    @Override
    public int currentTokenId() {
        return parser.currentTokenId();
    }

    @Override
    public String name() {
        try {
            return parser.currentName();
        } catch (IOException e) {
            throw binding.failure(parser, e);
        }
    }

    @Override
    public String text() {
        try {
            return parser.getText();
        } catch (IOException e) {
            throw binding.failure(parser, e);
        }
    }

    @Override
    public String pointer() {
        return pointer(parser);
    }

    /**
     * The JSON pointer where a parser is.
     *
     * @param parser the parser, or null
     * @return the pointer, empty at the document level
     */
    static String pointer(JsonParser parser) {
        if (parser == null) {
            return "";
        }
        try {
            return parser.getParsingContext().pathAsPointer().toString();
        } catch (RuntimeException e) {
            return "";
        }
    }

    @Override
    public long line() {
        return location().getLineNr();
    }

    @Override
    public long column() {
        return location().getColumnNr();
    }

    private JsonLocation location() {
        return parser.currentTokenLocation();
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
