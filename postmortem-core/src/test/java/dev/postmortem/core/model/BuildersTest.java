package dev.postmortem.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.postmortem.core.testing.SeedExample;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BuildersTest {
    @Test
    void nullGivenToBuilder_failsWithIllegalArgumentNamingTheAttribute() {
        assertThatThrownBy(() -> Postmortem.builder().title(null))
                .isInstanceOf(IllegalArgumentException.class)
                .isInstanceOf(MissingValueException.class)
                .hasMessageContaining("'title' must not be null");
        assertThatThrownBy(() -> ActionItem.builder().description("x").owner((OwnerHandle) null))
                .isInstanceOf(MissingValueException.class)
                .hasMessageContaining("owner");
        assertThatThrownBy(() -> SeedExample.postmortem().withTitle(null)).isInstanceOf(MissingValueException.class);
    }

    @Test
    void missingMandatoryAttribute_failsWithIllegalArgumentNamingIt() {
        assertThatThrownBy(() -> TimelineEvent.builder().description("x").build())
                .isInstanceOf(MissingValueException.class)
                .hasMessageContaining("at");
    }

    @Test
    void emptyDraft_builds() {
        Postmortem draft = Postmortem.builder().build();
        assertThat(draft.status()).isEqualTo(PostmortemStatus.DRAFT);
        assertThat(draft.templateVersion()).isEqualTo("1.2");
        assertThat(draft.id()).isEmpty();
        assertThat(draft.lessons().isEmpty()).isTrue();
    }

    @Test
    void negativeCounts_areRejectedAtConstruction() {
        assertThatThrownBy(() -> CustomerImpact.builder().failedRequests(-1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("failedRequests -1 must not be negative");
    }

    @Test
    void values_areEqualByContentAndCopiesAreIndependent() {
        Postmortem a = SeedExample.postmortem();
        Postmortem b = SeedExample.postmortem();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        Postmortem c = a.withTitle("Login errors after a configuration deploy");
        assertThat(c).isNotEqualTo(a);
        assertThat(a.title()).isEmpty();
        assertThatThrownBy(() -> a.timeline().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void errorBudget_consumedIsBeforeMinusAfter() {
        ErrorBudget b = ErrorBudget.builder()
                .remainingBefore(Fraction.parse("94.2%"))
                .remainingAfter(Fraction.parse("91.1%"))
                .build();
        assertThat(b.consumed()).contains(Fraction.parse("3.1%"));
        assertThat(ErrorBudget.builder().build().consumed()).isEqualTo(Optional.empty());
    }

    @Test
    void justCulture_recommendedResponseFollowsTheGuide() {
        JustCultureAssessment a = JustCultureAssessment.builder()
                .role("on-call engineer")
                .action("took a manual deployment shortcut")
                .classification(BehaviourType.AT_RISK_BEHAVIOUR)
                .build();
        assertThat(a.recommendedResponse()).contains("Remove the incentives");
        assertThat(BehaviourType.HUMAN_ERROR.callsForSystemFix()).isTrue();
        assertThat(BehaviourType.RECKLESS_BEHAVIOUR.callsForSystemFix()).isFalse();
    }
}
