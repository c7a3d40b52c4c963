package dev.postmortem.json.common.internal;

import dev.postmortem.json.common.JsonOptions;

/**
 * What the two bindings' {@link Binding}s share: the options, their codec, and the codec's view of
 * a parser that a caller's mapper reads with. Immutable and thread-safe.
 *
 * @param <P> the Jackson version's parser
 */
public abstract class AbstractBinding<P> implements Binding {
    private final JsonOptions options;
    private final PostmortemCodec codec;

    /**
     * Creates the binding.
     *
     * @param options the options
     * @throws IllegalArgumentException if {@code options} is null
     */
    protected AbstractBinding(JsonOptions options) {
        this.codec = PostmortemCodec.of(options);
        this.options = options;
    }

    @Override
    public final JsonOptions options() {
        return options;
    }

    @Override
    public final PostmortemCodec codec() {
        return codec;
    }

    /**
     * The codec's view of a parser that a caller's mapper reads with.
     *
     * @param parser the parser, at its current token
     * @return the codec's parser
     */
    public final JsonIn in(P parser) {
        return new SourceIn(source(parser), this);
    }

    /**
     * The token source over a parser.
     *
     * @param parser the parser, at its current token
     * @return the source
     */
    protected abstract TokenSource source(P parser);
}
