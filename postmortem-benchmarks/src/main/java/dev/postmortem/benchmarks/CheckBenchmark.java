package dev.postmortem.benchmarks;

import dev.postmortem.core.checks.PostmortemChecker;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.report.Report;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The full check of the guide's example (validation, language, readiness, consistency and the
 * other families; no lifecycle rules, which need a clock) against Hibernate Validator alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CheckBenchmark {
    private final PostmortemChecker checker = PostmortemChecker.builder().build();
    private Validator validator;
    private Postmortem seed;

    /** Takes the validator the checker uses. */
    @Setup
    public void setUp() {
        seed = Workloads.seed();
        // The validator the checker itself uses (constraint validators registered by mapping);
        // the benchmarks run on the class path, where the internal package is reachable.
        validator = dev.postmortem.core.internal.validation.ValidatorHolder.validator();
    }

    /** Checks the guide's example. */
    @Benchmark
    public Report check() {
        return checker.check(seed);
    }

    /** Baseline: Bean Validation of the same object. */
    @Benchmark
    public Set<ConstraintViolation<Postmortem>> validateOnly() {
        return validator.validate(seed);
    }
}
