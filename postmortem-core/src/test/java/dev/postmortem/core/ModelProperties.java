package dev.postmortem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.postmortem.core.checks.PostmortemChecker;
import dev.postmortem.core.model.ErrorBudgets;
import dev.postmortem.core.model.Fraction;
import dev.postmortem.core.model.IncidentId;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.report.Report;
import dev.postmortem.core.testing.PostmortemGenerator;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Properties over generated values; QuickTheories prints the falsifying seed or value. */
class ModelProperties {
    private static final PostmortemChecker CHECKER = PostmortemChecker.builder().build();

    @Test
    void checkingNeverThrows_andIsDeterministic() {
        qt().withExamples(400).forAll(longs().all()).checkAssert(seed -> {
            Postmortem p = PostmortemGenerator.generate(seed);
            Report first = CHECKER.check(p);
            Report second = CHECKER.check(PostmortemGenerator.generate(seed));
            assertThat(second).as("seed %d", seed).isEqualTo(first);
            assertThat(first.findings()).allSatisfy(f -> assertThat(f.message()).isNotBlank());
        });
    }

    @Test
    void generatorIsReproducible() {
        qt().withExamples(100)
                .forAll(longs().all())
                .checkAssert(seed ->
                        assertThat(PostmortemGenerator.generate(seed)).isEqualTo(PostmortemGenerator.generate(seed)));
    }

    @Test
    void incidentIdRoundTrips() {
        int from = (int) LocalDate.of(1000, 1, 1).toEpochDay();
        int to = (int) LocalDate.of(9999, 12, 31).toEpochDay();
        qt().forAll(integers().between(from, to), integers().between(1, 999_998))
                .checkAssert((day, n) -> {
                    IncidentId id = IncidentId.of(LocalDate.ofEpochDay(day), n);
                    assertThat(IncidentId.parse(id.toString())).isEqualTo(id);
                    assertThat(IncidentId.parse(id.toString().toLowerCase(java.util.Locale.ROOT)))
                            .isEqualTo(id);
                    assertThat(id.compareTo(IncidentId.of(LocalDate.ofEpochDay(day), n + 1)))
                            .isNegative();
                });
    }

    @Test
    void fractionRoundTrips() {
        qt().forAll(integers().between(0, 1_000_000)).checkAssert(n -> {
            Fraction f = Fraction.of(BigDecimal.valueOf(n, 6));
            assertThat(Fraction.parse(f.toString())).isEqualTo(f);
        });
    }

    @Test
    void budgetArithmeticStaysInRangeAndMatchesTheFormulas() {
        qt().withExamples(500)
                .forAll(
                        integers().between(0, 10_000),
                        longs().between(0, 10_000_000_000L),
                        integers().between(0, 1000))
                .checkAssert((targetBasisPoints, eligible, badPerMille) -> {
                    Fraction target = Fraction.of(BigDecimal.valueOf(targetBasisPoints, 4));
                    long bad = eligible * badPerMille / 1000;
                    Fraction consumed = ErrorBudgets.consumed(target, eligible, bad);
                    assertThat(consumed.value()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
                    BigDecimal allowed = BigDecimal.ONE.subtract(target.value()).multiply(BigDecimal.valueOf(eligible));
                    assertThat(ErrorBudgets.allowedBadEvents(target, eligible)).isEqualByComparingTo(allowed);
                    if (bad == 0) {
                        assertThat(consumed).isEqualTo(Fraction.ZERO);
                    } else if (allowed.compareTo(BigDecimal.valueOf(bad)) <= 0) {
                        assertThat(consumed).isEqualTo(Fraction.ONE);
                    } else {
                        BigDecimal expected = BigDecimal.valueOf(bad).divide(allowed, MathContext.DECIMAL64);
                        assertThat(consumed.value()).isEqualByComparingTo(expected);
                    }
                    if (targetBasisPoints < 10_000) {
                        Fraction ratio = Fraction.of(BigDecimal.valueOf(badPerMille, 3));
                        BigDecimal burn = ErrorBudgets.burnRate(ratio, target);
                        assertThat(burn.signum()).isNotNegative();
                        ErrorBudgets.timeToExhaustion(Fraction.ONE.minusFloored(consumed), Duration.ofDays(28), burn)
                                .ifPresent(t ->
                                        assertThat(t).isBetween(Duration.ZERO, Duration.ofDays(28L * 10_000 * 1000)));
                    }
                });
    }
}
