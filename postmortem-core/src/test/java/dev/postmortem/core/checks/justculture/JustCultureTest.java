package dev.postmortem.core.checks.justculture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.postmortem.core.checks.config.CheckerConfig;
import dev.postmortem.core.checks.justculture.CulpabilityTree.Question;
import dev.postmortem.core.model.BehaviourType;
import dev.postmortem.core.model.HumanErrorKind;
import dev.postmortem.core.model.JustCultureAssessment;
import dev.postmortem.core.report.Finding;
import dev.postmortem.core.testing.SeedExample;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JustCultureTest {
    @Test
    void unintendedAction_isASlipOrLapse() {
        var slip = CulpabilityTree.walk(
                "on-call engineer", Map.of(Question.ACTIONS_AS_INTENDED, false, Question.STEP_OMITTED, false));
        assertThat(slip.classification()).isEqualTo(BehaviourType.HUMAN_ERROR);
        assertThat(slip.humanErrorKind()).contains(HumanErrorKind.SLIP);
        assertThat(slip.recommendedResponse()).contains("redesign the system");
        var lapse = CulpabilityTree.walk(
                "on-call engineer", Map.of(Question.ACTIONS_AS_INTENDED, false, Question.STEP_OMITTED, true));
        assertThat(lapse.humanErrorKind()).contains(HumanErrorKind.LAPSE);
        assertThat(lapse.path())
                .extracting(CulpabilityTree.Step::question)
                .containsExactly(Question.ACTIONS_AS_INTENDED, Question.STEP_OMITTED);
    }

    @Test
    void knowingViolationOfAnUnworkableProcedure_isAtRisk() {
        var r = CulpabilityTree.walk(
                "release engineer",
                Map.of(
                        Question.ACTIONS_AS_INTENDED,
                        true,
                        Question.CONSEQUENCES_INTENDED,
                        false,
                        Question.KNOWING_VIOLATION,
                        true,
                        Question.PROCEDURE_WORKABLE,
                        false));
        assertThat(r.classification()).isEqualTo(BehaviourType.AT_RISK_BEHAVIOUR);
        assertThat(r.note()).contains("system-induced violation");
    }

    @Test
    void consciousDisregardOfAKnownRisk_isReckless() {
        var r = CulpabilityTree.walk(
                "release engineer",
                Map.of(
                        Question.ACTIONS_AS_INTENDED,
                        true,
                        Question.CONSEQUENCES_INTENDED,
                        false,
                        Question.KNOWING_VIOLATION,
                        true,
                        Question.PROCEDURE_WORKABLE,
                        true,
                        Question.RISK_CONSCIOUSLY_DISREGARDED,
                        true));
        assertThat(r.classification()).isEqualTo(BehaviourType.RECKLESS_BEHAVIOUR);
        assertThat(r.recommendedResponse()).contains("formal remedial action");
    }

    @Test
    void substitutionTest_decidesBetweenMistakeAndAtRisk() {
        Map<Question, Boolean> base = Map.of(
                Question.ACTIONS_AS_INTENDED,
                true,
                Question.CONSEQUENCES_INTENDED,
                false,
                Question.KNOWING_VIOLATION,
                false,
                Question.SUBSTITUTION_TEST,
                true);
        assertThat(CulpabilityTree.walk("developer", base).humanErrorKind()).contains(HumanErrorKind.MISTAKE);
        var gap = CulpabilityTree.walk(
                "developer",
                Map.of(
                        Question.ACTIONS_AS_INTENDED,
                        true,
                        Question.CONSEQUENCES_INTENDED,
                        false,
                        Question.KNOWING_VIOLATION,
                        false,
                        Question.SUBSTITUTION_TEST,
                        false,
                        Question.TRAINING_GAP,
                        true));
        assertThat(gap.classification()).isEqualTo(BehaviourType.HUMAN_ERROR);
        var noGap = CulpabilityTree.walk(
                "developer",
                Map.of(
                        Question.ACTIONS_AS_INTENDED,
                        true,
                        Question.CONSEQUENCES_INTENDED,
                        false,
                        Question.KNOWING_VIOLATION,
                        false,
                        Question.SUBSTITUTION_TEST,
                        false,
                        Question.TRAINING_GAP,
                        false));
        assertThat(noGap.classification()).isEqualTo(BehaviourType.AT_RISK_BEHAVIOUR);
    }

    @Test
    void missingAnswerOnThePath_namesTheQuestion() {
        assertThatThrownBy(() -> CulpabilityTree.walk("developer", Map.of(Question.ACTIONS_AS_INTENDED, true)))
                .isInstanceOf(CulpabilityTree.UnansweredQuestionException.class)
                .hasMessageContaining("Were the consequences as intended?");
        assertThatThrownBy(() -> CulpabilityTree.walk(" ", Map.of())).hasMessageContaining("role");
    }

    @Test
    void rules_reportNamesInRoleAndMissingRationale() {
        var p = SeedExample.postmortem()
                .withJustCultureAssessments(
                        JustCultureAssessment.builder()
                                .role("Priya")
                                .action("ran the script")
                                .classification(BehaviourType.HUMAN_ERROR)
                                .rationale("the runbook was ambiguous")
                                .build(),
                        JustCultureAssessment.builder()
                                .role("on-call engineer")
                                .action("skipped the canary")
                                .classification(BehaviourType.AT_RISK_BEHAVIOUR)
                                .build());
        assertThat(JustCultureRules.of(CheckerConfig.defaults()).check(p).findings())
                .extracting(Finding::ruleId, Finding::path)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "justculture.name-recorded", "justCultureAssessments[0].role"),
                        org.assertj.core.groups.Tuple.tuple(
                                "justculture.missing-rationale", "justCultureAssessments[1].rationale"));
    }
}
