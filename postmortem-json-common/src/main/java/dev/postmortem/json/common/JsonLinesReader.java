package dev.postmortem.json.common;

import dev.postmortem.core.model.Postmortem;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads JSON Lines (one compact JSON document per line) one postmortem at a time, so that a
 * corpus of any size is read in memory that does not grow with it: the reader holds one line and
 * one postmortem at a time.
 *
 * <p>A line that cannot be read yields a {@link JsonLine} with the error and its line number, and
 * reading goes on with the next line. Blank lines are skipped. A line longer than the options'
 * {@link JsonOptions#maxDocumentLength()} is skipped unread and reported. Lines end with
 * {@code \n} or {@code \r\n}.
 *
 * <p>Obtain one from {@code PostmortemJson.readLines} of either binding. Not thread-safe; close it
 * to close the underlying reader.
 */
public final class JsonLinesReader implements Iterator<JsonLine>, Closeable {
    private final Reader in;
    private final Function<String, Postmortem> parser;
    private final long maxLineLength;
    private final StringBuilder line = new StringBuilder();
    private long lineNumber;
    private JsonLine next;
    private boolean done;

    private JsonLinesReader(Reader in, Function<String, Postmortem> parser, long maxLineLength) {
        this.in = in;
        this.parser = parser;
        this.maxLineLength = maxLineLength;
    }

    /**
     * Creates a reader; used by the bindings.
     *
     * @param in the input; buffered by the caller if it is slow to read one character at a time
     * @param parser reads one line as a postmortem, throwing {@link JsonReadException}
     * @param maxLineLength the longest line read, in characters
     * @return the reader
     */
    public static JsonLinesReader of(Reader in, Function<String, Postmortem> parser, long maxLineLength) {
        return new JsonLinesReader(
                Objects.requireNonNull(in, "reader"), Objects.requireNonNull(parser, "parser"), maxLineLength);
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public JsonLine next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more lines");
        }
        JsonLine result = next;
        next = null;
        return result;
    }

    /**
     * The remaining lines as a sequential stream; closing the stream closes this reader.
     *
     * @return the stream
     */
    public Stream<JsonLine> stream() {
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(this::closeQuietly);
    }

    private JsonLine advance() {
        try {
            while (true) {
                line.setLength(0);
                boolean tooLong = false;
                int c;
                boolean any = false;
                while ((c = in.read()) != -1 && c != '\n') {
                    any = true;
                    if (line.length() < maxLineLength) {
                        line.append((char) c);
                    } else {
                        tooLong = true;
                    }
                }
                if (c == -1 && !any) {
                    done = true;
                    return null;
                }
                lineNumber++;
                if (tooLong) {
                    return JsonLine.failed(
                            lineNumber,
                            JsonReadException.of(
                                    "",
                                    lineNumber,
                                    1,
                                    "the line is longer than " + maxLineLength + " characters and was skipped",
                                    "a line within JsonOptions.maxDocumentLength",
                                    null));
                }
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                if (line.toString().isBlank()) {
                    if (c == -1) {
                        done = true;
                        return null;
                    }
                    continue;
                }
                try {
                    return JsonLine.ok(lineNumber, parser.apply(line.toString()));
                } catch (JsonReadException e) {
                    return JsonLine.failed(lineNumber, e.atLine(lineNumber));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read JSON Lines after line " + lineNumber, e);
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        done = true;
        in.close();
    }
}
