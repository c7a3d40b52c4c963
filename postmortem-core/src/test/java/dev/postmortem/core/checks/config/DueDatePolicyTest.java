package dev.postmortem.core.checks.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.postmortem.core.model.SeverityLevel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DueDatePolicyTest {
    private static SeverityLevel rank(int rank) {
        return SeverityLevel.of("L" + rank, "", "", rank, List.of());
    }

    /** The entry of the nearest rank at or above the asked one in severity, found by walking the map. */
    private static Optional<Integer> nearestMoreSevere(Map<Integer, Integer> policy, int rank) {
        for (int r = rank; r >= 1; r--) {
            if (policy.containsKey(r)) {
                return Optional.of(policy.get(r));
            }
        }
        return Optional.empty();
    }

    @Test
    void defaults_followTheScale_andARankBeyondItTakesTheLoosest() {
        DueDatePolicy d = DueDatePolicy.defaults();
        assertThat(d.maxDays(rank(1))).contains(15);
        assertThat(d.maxDays(rank(2))).contains(30);
        assertThat(d.maxDays(rank(3))).contains(60);
        assertThat(d.maxDays(rank(5))).contains(90);
        assertThat(d.maxDays(rank(9))).contains(90);
    }

    @Test
    void anyPolicy_answersWithTheNearestMoreSevereRank_smallAndLargeRanksAlike() {
        // the seed QuickTheories prints on a failure rebuilds the policy; ranks reach past the
        // looked-up range so both ways of answering are compared with the walk
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            Map<Integer, Integer> policy = new HashMap<>();
            int bound = r.nextBoolean() ? 8 : 200;
            for (int i = 1 + r.nextInt(5); i > 0; i--) {
                policy.put(1 + r.nextInt(bound), 1 + r.nextInt(120));
            }
            DueDatePolicy p = DueDatePolicy.of(policy);
            for (int rank = 1; rank <= bound + 20; rank++) {
                assertThat(p.maxDays(rank(rank)))
                        .as("rank %d of %s", rank, policy)
                        .isEqualTo(nearestMoreSevere(policy, rank));
            }
        });
    }

    @Test
    void aPolicyWithoutRanksOrWithANonPositiveValue_isRefusedWithTheReason() {
        assertThatThrownBy(() -> DueDatePolicy.of(Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one severity rank");
        assertThatThrownBy(() -> DueDatePolicy.of(Map.of(1, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 -> 0");
    }
}
