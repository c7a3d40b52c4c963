package dev.postmortem.json.internal;

import dev.postmortem.json.common.internal.TokenSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;

/** {@link TokenSource} over a Jackson 3 parser. */
record Jackson3Source(JsonParser parser, Jackson3Binding binding) implements TokenSource {

    @Override
    public int nextTokenId() {
        try {
            parser.nextToken();
        } catch (JacksonException e) {
            throw binding.failure(parser, e);
        }
        return parser.currentTokenId();
    }

    @Override
    public int currentTokenId() {
        return parser.currentTokenId();
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
            throw binding.failure(parser, e);
        }
    }

    @Override
    public String pointer() {
        return Jackson3Binding.pointer(parser);
    }

    @Override
    public long line() {
        return parser.currentTokenLocation().getLineNr();
    }

    @Override
    public long column() {
        return parser.currentTokenLocation().getColumnNr();
    }

    @Override
    public void close() {
        parser.close();
    }
}
