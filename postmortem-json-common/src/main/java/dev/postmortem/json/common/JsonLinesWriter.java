package dev.postmortem.json.common;

import dev.postmortem.core.model.Postmortem;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import java.util.function.Function;

/**
 * Writes postmortems as JSON Lines: each as one compact JSON document followed by {@code \n}, so
 * a corpus of any size is written one postmortem at a time.
 *
 * <p>Obtain one from {@code PostmortemJson.writeLines} of either binding. Not thread-safe; close
 * it to close the underlying writer.
 */
public final class JsonLinesWriter implements Closeable, Flushable {
    private final Writer out;
    private final Function<Postmortem, String> formatter;
    private long count;

    private JsonLinesWriter(Writer out, Function<Postmortem, String> formatter) {
        this.out = out;
        this.formatter = formatter;
    }

    /**
     * Creates a writer; used by the bindings.
     *
     * @param out the output
     * @param formatter writes one postmortem as compact JSON without a line break
     * @return the writer
     */
    public static JsonLinesWriter of(Writer out, Function<Postmortem, String> formatter) {
        return new JsonLinesWriter(
                Objects.requireNonNull(out, "writer"), Objects.requireNonNull(formatter, "formatter"));
    }

    /**
     * Writes one postmortem as a line.
     *
     * @param postmortem the postmortem
     * @return this writer
     * @throws UncheckedIOException if the output fails
     * @throws JsonWriteException if the postmortem cannot be written
     */
    public JsonLinesWriter write(Postmortem postmortem) {
        String json = formatter.apply(Objects.requireNonNull(postmortem, "postmortem"));
        try {
            out.write(json);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON Lines at line " + (count + 1), e);
        }
        count++;
        return this;
    }

    /**
     * The number of lines written so far.
     *
     * @return the count
     */
    public long count() {
        return count;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
