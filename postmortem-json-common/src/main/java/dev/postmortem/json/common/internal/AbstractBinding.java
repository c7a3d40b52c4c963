package dev.postmortem.json.common.internal;

import dev.postmortem.json.common.JsonOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;

/**
 * What the Jackson 2 and Jackson 3 {@link Binding}s share: the options and their codec, opening a
 * parser and translating what it throws, and writing one value through a generator that is
 * closed afterwards. A binding supplies the few calls that name its Jackson's types. Immutable and
 * thread-safe.
 *
 * @param <P> the Jackson version's parser
 * @param <G> the Jackson version's generator
 * @param <E> the exception the Jackson version's parsers and generators throw
 */
public abstract class AbstractBinding<P, G extends AutoCloseable, E extends Exception> implements Binding {
    private final JsonOptions options;
    private final PostmortemCodec codec;
    private final Class<E> failures;
    private final ParserSource.Calls calls;

    /** A call into Jackson. */
    @FunctionalInterface
    private interface Call<T, E extends Exception> {
        T call() throws E;
    }

    /**
     * Creates the binding.
     *
     * @param options the options
     * @param failures the exception the Jackson version throws
     * @param parserType the Jackson version's parser class
     * @param textCall the name of the parser's call for the current token's text
     * @throws IllegalArgumentException if {@code options} is null
     * @throws IllegalStateException if the parser class lacks a call the codec needs
     */
    protected AbstractBinding(JsonOptions options, Class<E> failures, Class<P> parserType, String textCall) {
        this.codec = PostmortemCodec.of(options);
        this.options = options;
        this.failures = failures;
        this.calls = new ParserSource.Calls(parserType, textCall);
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

    @Override
    public final TokenSource open(Reader json) {
        return open(() -> parser(json));
    }

    @Override
    public final TokenSource open(InputStream json) {
        return open(() -> parser(json));
    }

    private TokenSource open(Call<P, E> parser) {
        try {
            return source(parser.call());
        } catch (Exception e) {
            throw failure(null, jackson(e));
        }
    }

    @Override
    public final void write(Writer out, boolean pretty, Consumer<JsonOut> value) {
        write(() -> generator(out, pretty), pretty, value);
    }

    @Override
    public final void write(OutputStream out, boolean pretty, Consumer<JsonOut> value) {
        write(() -> generator(out, pretty), pretty, value);
    }

    @SuppressWarnings("try") // a generator's close() is declared to throw Exception; every one is caught below
    private void write(Call<G, E> generator, boolean pretty, Consumer<JsonOut> value) {
        try (G g = generator.call()) {
            value.accept(out(g));
            if (pretty) {
                lineBreak(g);
            }
        } catch (Exception e) {
            E failure = jackson(e);
            IOException io = ioCause(failure);
            if (io == null) {
                throw failure instanceof RuntimeException r ? r : new IllegalStateException(failure);
            }
            throw new UncheckedIOException(io);
        }
    }

    /** The exception as the Jackson version's; any other is thrown on as it is. */
    private E jackson(Exception e) {
        if (failures.isInstance(e)) {
            return failures.cast(e);
        }
        if (e instanceof RuntimeException r) {
            throw r;
        }
        throw new IllegalStateException("an exception Jackson does not declare", e);
    }

    /**
     * The JSON pointer where a parser is.
     *
     * @param parser the parser, or null when it could not be created
     * @return the pointer, empty at the document level or when the parser cannot tell
     */
    public final String pointer(P parser) {
        if (parser == null) {
            return "";
        }
        try {
            return path(parser);
        } catch (RuntimeException e) {
            return "";
        }
    }

    /**
     * The JSON pointer of a parser's current context.
     *
     * @param parser the parser
     * @return the pointer
     */
    protected abstract String path(P parser);

    /**
     * A parser over characters.
     *
     * @param json the characters; left open
     * @return the parser
     * @throws E if Jackson cannot start reading
     */
    protected abstract P parser(Reader json) throws E;

    /**
     * A parser over bytes, their encoding detected.
     *
     * @param json the bytes; left open
     * @return the parser
     * @throws E if Jackson cannot start reading
     */
    protected abstract P parser(InputStream json) throws E;

    /**
     * The token source over a parser.
     *
     * @param parser the parser, at its current token
     * @return the source
     */
    public final TokenSource source(P parser) {
        return new ParserSource<>(parser, calls, this);
    }

    /**
     * What to throw for what a parser call threw: errors and exceptions that are not Jackson's as
     * they are, Jackson's as {@link #failure(Object, Exception)} says.
     *
     * @param parser the parser
     * @param thrown what the call threw
     * @return the exception to throw
     */
    final RuntimeException translate(P parser, Throwable thrown) {
        if (thrown instanceof Error error) {
            throw error;
        }
        if (failures.isInstance(thrown)) {
            return failure(parser, failures.cast(thrown));
        }
        if (thrown instanceof RuntimeException r) {
            return r;
        }
        return new IllegalStateException("an exception Jackson does not declare", thrown);
    }

    /**
     * What an exception Jackson threw while reading is: a {@link ReadFailure} for an I/O exception,
     * else a read error naming the limits of these options.
     *
     * @param parser the parser, or null when it could not be created
     * @param e the exception
     * @return the exception to throw
     */
    protected abstract RuntimeException failure(P parser, E e);

    /**
     * A generator over characters, with the document format's pretty printer if asked.
     *
     * @param out the characters; left open
     * @param pretty whether to pretty-print
     * @return the generator
     * @throws E if Jackson cannot start writing
     */
    protected abstract G generator(Writer out, boolean pretty) throws E;

    /**
     * A generator over UTF-8 bytes, with the document format's pretty printer if asked.
     *
     * @param out the bytes; left open
     * @param pretty whether to pretty-print
     * @return the generator
     * @throws E if Jackson cannot start writing
     */
    protected abstract G generator(OutputStream out, boolean pretty) throws E;

    /**
     * The codec's view of a generator.
     *
     * @param generator the generator
     * @return the codec's generator
     */
    public abstract JsonOut out(G generator);

    /**
     * Ends a pretty-printed document with a line break.
     *
     * @param generator the generator, after the document
     * @throws E if the output fails
     */
    protected abstract void lineBreak(G generator) throws E;

    /**
     * The I/O exception under an exception of the Jackson version's.
     *
     * @param e the exception
     * @return the I/O exception, or null if {@code e} is not an I/O failure
     */
    protected abstract IOException ioCause(E e);
}
