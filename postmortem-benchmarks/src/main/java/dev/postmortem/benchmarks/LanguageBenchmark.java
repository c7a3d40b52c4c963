package dev.postmortem.benchmarks;

import dev.postmortem.core.checks.language.BlameLanguageChecker;
import dev.postmortem.core.report.Finding;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The blame-language checker against splitting the same text into sentences (the floor). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LanguageBenchmark {
    private final BlameLanguageChecker checker = BlameLanguageChecker.create();
    private String text;

    /** Builds 1 MB of prose. */
    @Setup
    public void setUp() {
        text = Workloads.prose(1024 * 1024);
    }

    /** Checks 1 MB of prose. */
    @Benchmark
    public List<Finding> check1mb() {
        return checker.checkText(text);
    }

    /** Baseline: splits the same text into sentences. */
    @Benchmark
    public int sentences1mb() {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(text);
        int n = 0;
        while (it.next() != BreakIterator.DONE) {
            n++;
        }
        return n;
    }
}
