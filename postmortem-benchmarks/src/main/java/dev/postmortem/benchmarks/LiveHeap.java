package dev.postmortem.benchmarks;

import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.testing.PostmortemGenerator;
import dev.postmortem.json.PostmortemJson;
import dev.postmortem.json.common.JsonLine;
import dev.postmortem.json.common.JsonLinesReader;
import dev.postmortem.json.common.JsonLinesWriter;
import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.CompletableFuture;

/**
 * Streams N generated postmortems through the JSON Lines writer and reader (a pipe between two
 * threads) and prints the largest live heap seen, measured after a full collection every
 * N/20 postmortems: {@code liveheap N BYTES}. Run it in its own JVM per N.
 */
public final class LiveHeap {
    private LiveHeap() {}

    /**
     * Runs the measurement.
     *
     * @param args the number of postmortems
     * @throws Exception if the stream fails
     */
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        PostmortemJson json = PostmortemJson.create();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        PipedReader in = new PipedReader(1 << 16);
        PipedWriter pipe = new PipedWriter(in);
        CompletableFuture<Long> producer = CompletableFuture.supplyAsync(() -> {
            try (JsonLinesWriter out = json.writeLines(pipe)) {
                for (int i = 0; i < n; i++) {
                    out.write(PostmortemGenerator.generate(i % 1000));
                }
                return out.count();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        long peak = 0;
        long read = 0;
        int every = Math.max(1, n / 20);
        try (JsonLinesReader lines = json.readLines(in)) {
            while (lines.hasNext()) {
                JsonLine line = lines.next();
                Postmortem p = line.postmortem().orElseThrow(() -> new IllegalStateException(line.toString()));
                java.util.Objects.requireNonNull(p.timeline()); // the whole document was bound
                read++;
                if (read % every == 0) {
                    System.gc();
                    peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                }
            }
        }
        if (producer.get() != n || read != n) {
            throw new IllegalStateException("wrote " + producer.get() + " and read " + read + " of " + n);
        }
        System.out.println("liveheap " + n + " " + peak);
    }
}
