package dev.postmortem.json.common.internal;

import dev.postmortem.json.common.JsonReadException;
import java.io.StringWriter;

/**
 * {@link JsonIn} over a binding's {@link TokenSource}: the one implementation of the codec's pull
 * parser for both Jackson versions. Not thread-safe, like the parser under it.
 */
public final class SourceIn implements JsonIn {
    private final TokenSource source;
    private final Binding binding;
    private Token current;

    /**
     * Wraps a token source.
     *
     * @param source the source, at its current token
     * @param binding the binding, which writes what {@link #capture()} copies
     */
    public SourceIn(TokenSource source, Binding binding) {
        this.source = source;
        this.binding = binding;
        this.current = Token.ofJacksonId(source.currentTokenId());
    }

    @Override
    public Token next() {
        current = Token.ofJacksonId(source.nextTokenId());
        return current;
    }

    @Override
    public Token current() {
        return current;
    }

    @Override
    public String name() {
        return source.name();
    }

    @Override
    public String text() {
        return source.text();
    }

    @Override
    public JsonReadException fail(String problem, String expected) {
        TokenSource.Position at = source.position();
        return JsonReadException.of(at.pointer(), at.line(), at.column(), problem, expected, null);
    }

    @Override
    public String capture() {
        StringWriter text = new StringWriter();
        binding.write(text, false, out -> PostmortemCodec.copy(this, out));
        return text.toString();
    }
}
