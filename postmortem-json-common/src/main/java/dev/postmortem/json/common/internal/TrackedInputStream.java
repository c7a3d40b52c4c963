package dev.postmortem.json.common.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream that remembers whether the stream under it failed, so that a reader can tell a
 * failing source (an {@link java.io.UncheckedIOException}) from bytes that do not decode (a read
 * error): Jackson reports both as I/O exceptions. Not thread-safe, like the stream it wraps.
 */
public final class TrackedInputStream extends FilterInputStream {
    private boolean failed;

    /**
     * Wraps a stream.
     *
     * @param in the stream
     */
    public TrackedInputStream(InputStream in) {
        super(in);
    }

    /**
     * Whether the wrapped stream threw.
     *
     * @return true if a read, skip or available call of the wrapped stream failed
     */
    public boolean failed() {
        return failed;
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (IOException e) {
            failed = true;
            throw e;
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            return super.read(b, off, len);
        } catch (IOException e) {
            failed = true;
            throw e;
        }
    }

    @Override
    public long skip(long n) throws IOException {
        try {
            return super.skip(n);
        } catch (IOException e) {
            failed = true;
            throw e;
        }
    }

    @Override
    public int available() throws IOException {
        try {
            return super.available();
        } catch (IOException e) {
            failed = true;
            throw e;
        }
    }

    @Override
    public void close() {
        // The caller owns the stream it passed in.
    }
}
