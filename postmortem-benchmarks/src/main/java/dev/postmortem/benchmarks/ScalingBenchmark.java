package dev.postmortem.benchmarks;

import dev.postmortem.core.checks.PostmortemChecker;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.testing.PostmortemGenerator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/** Checking 1,000 and 10,000 generated postmortems: the time should grow linearly. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScalingBenchmark {
    /** How many postmortems. */
    @Param({"1000", "10000"})
    public int count;

    private final PostmortemChecker checker = PostmortemChecker.builder().build();
    private List<Postmortem> corpus;

    /** Generates the corpus: the first {@code count} seeds, so the 1,000 are part of the 10,000. */
    @Setup
    public void setUp() {
        corpus = LongStream.range(0, count)
                .mapToObj(PostmortemGenerator::generate)
                .toList();
    }

    /**
     * Checks every postmortem of the corpus.
     *
     * @param bh the sink
     */
    @Benchmark
    public void checkAll(Blackhole bh) {
        for (Postmortem p : corpus) {
            bh.consume(checker.check(p));
        }
    }
}
