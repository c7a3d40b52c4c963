package dev.postmortem.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingTest {
    private static final Span SPAN = Span.of(2, 3, 2, 9, 14, 20);

    @Test
    void builtAtOnce_equalsBuiltStepByStep() {
        Finding once =
                Finding.of("language.counterfactual", FindingSeverity.WARNING, "timeline[1]", "m", "ask why", SPAN);
        Finding steps = Finding.of("language.counterfactual", FindingSeverity.WARNING, "timeline[1]", "m")
                .withSuggestion("ask why")
                .withSpan(SPAN);
        assertThat(once).isEqualTo(steps).hasSameHashCodeAs(steps).hasToString(steps.toString());
        assertThat(once.suggestion()).contains("ask why");
        assertThat(once.span()).contains(SPAN);
        assertThat(once).hasToString("warning language.counterfactual timeline[1]@2:3-2:9: m");
    }

    @Test
    void absentSuggestionAndSpan_areEmpty_andDifferFromPresentOnes() {
        Finding bare = Finding.of("readiness.owner", FindingSeverity.ERROR, "", "m");
        assertThat(bare.suggestion()).isEmpty();
        assertThat(bare.span()).isEmpty();
        assertThat(bare).hasToString("error readiness.owner <document>: m");
        assertThat(bare).isNotEqualTo(bare.withSuggestion("s")).isNotEqualTo(bare.withSpan(SPAN));
        assertThat(bare.withSuggestion("s")).isNotEqualTo(bare.withSuggestion("t"));
    }

    @Test
    void copies_keepEveryOtherField() {
        Finding f = Finding.of("language.counterfactual", FindingSeverity.WARNING, "a", "m", "s", SPAN);
        Finding moved = f.withPath("b").withSeverity(FindingSeverity.INFO);
        assertThat(moved.path()).isEqualTo("b");
        assertThat(moved.severity()).isEqualTo(FindingSeverity.INFO);
        assertThat(moved.suggestion()).contains("s");
        assertThat(moved.span()).contains(SPAN);
        assertThat(moved.ruleId()).isEqualTo(f.ruleId());
    }

    @Test
    void nullsAreRejected_withTheArgumentNamed() {
        assertThatThrownBy(() -> Finding.of("x.y", FindingSeverity.INFO, "", "m", null, SPAN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("suggestion");
        assertThatThrownBy(() -> Finding.of("x.y", FindingSeverity.INFO, "", "m", "s", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("span");
        assertThatThrownBy(() -> Finding.of("nodot", FindingSeverity.INFO, "", "m", "s", SPAN))
                .hasMessageContaining("family.rule");
        assertThatThrownBy(
                        () -> Finding.of("x.y", FindingSeverity.INFO, "", "m").withSpan(null))
                .hasMessageContaining("span");
    }

    @Test
    void locationOrder_putsAFindingWithoutSpanBeforeSpansOnTheSamePath() {
        Finding later = Finding.of("x.a", FindingSeverity.INFO, "p", "m", "s", Span.of(1, 9, 1, 10, 8, 9));
        Finding earlier = Finding.of("x.b", FindingSeverity.INFO, "p", "m", "s", Span.of(1, 1, 1, 2, 0, 1));
        Finding none = Finding.of("x.c", FindingSeverity.INFO, "p", "m");
        List<Finding> all = new ArrayList<>(List.of(later, earlier, none));
        all.sort(Finding.BY_LOCATION);
        assertThat(all).containsExactly(none, earlier, later);
    }
}
