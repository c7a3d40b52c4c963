package dev.postmortem.benchmarks;

import dev.postmortem.markdown.MarkdownReader;
import dev.postmortem.markdown.ReadResult;
import java.util.concurrent.TimeUnit;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The Markdown reader against commonmark-java's bare parse of the same text (the floor). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MarkdownReadBenchmark {
    private final MarkdownReader reader = MarkdownReader.create();
    private final Parser parser = Parser.builder().build();
    private String seed;
    private String large;

    /** Builds the documents. */
    @Setup
    public void setUp() {
        seed = Workloads.seedMarkdown();
        large = Workloads.largeMarkdown(1024 * 1024);
    }

    /** Reads the guide's example. */
    @Benchmark
    public ReadResult readSeed() {
        return reader.read(seed);
    }

    /** Baseline: parses the guide's example. */
    @Benchmark
    public Node parseSeed() {
        return parser.parse(seed);
    }

    /** Reads a 1 MB document. */
    @Benchmark
    public ReadResult read1mb() {
        return reader.read(large);
    }

    /** Baseline: parses the 1 MB document. */
    @Benchmark
    public Node parse1mb() {
        return parser.parse(large);
    }
}
