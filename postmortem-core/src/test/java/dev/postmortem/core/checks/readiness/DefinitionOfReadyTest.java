package dev.postmortem.core.checks.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.postmortem.core.checks.config.CheckerConfig;
import dev.postmortem.core.checks.config.DueDatePolicy;
import dev.postmortem.core.model.ActionItem;
import dev.postmortem.core.model.ActionItemId;
import dev.postmortem.core.model.ActionItemStatus;
import dev.postmortem.core.model.ActionItemType;
import dev.postmortem.core.model.Estimate;
import dev.postmortem.core.model.OwnerHandle;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.SeverityScale;
import dev.postmortem.core.report.Finding;
import dev.postmortem.core.testing.SeedExample;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DefinitionOfReadyTest {
    private final DefinitionOfReady dor = DefinitionOfReady.of(CheckerConfig.defaults());
    private static final Optional<LocalDate> INCIDENT = Optional.of(SeedExample.DATE);

    private static ActionItem.Builder ready() {
        return ActionItem.builder()
                .id(ActionItemId.of(1))
                .type(ActionItemType.PREVENTION)
                .description("Add a semantic validation step to the configuration pipeline")
                .owner(OwnerHandle.parse("@TeamAlpha"))
                .dueDate(SeedExample.DATE.plusDays(10))
                .estimate(Estimate.parse("8h"))
                .addAcceptanceCriteria("An integration test rejects a configuration with an empty region list");
    }

    private ItemReadiness assess(ActionItem item) {
        return dor.assess(item, Optional.of(SeverityScale.standard().parse("SEV1")), INCIDENT);
    }

    @Test
    void completeItem_isReadyWithEveryCriterionPassed() {
        ItemReadiness r = assess(ready().build());
        assertThat(r.isReady()).isTrue();
        assertThat(r.results()).extracting(CriterionResult::criterion).containsExactly(ReadinessCriterion.values());
        assertThat(r.result(ReadinessCriterion.DUE_DATE_POLICY).reason())
                .contains("10 days")
                .contains("15");
    }

    @Test
    void seedExample_itemsLackOnlyEstimatesAndAcceptanceCriteria() {
        Postmortem seed = SeedExample.postmortem();
        assertThat(dor.assess(seed))
                .allSatisfy(r -> assertThat(r.failed())
                        .extracting(CriterionResult::criterion)
                        .containsExactly(ReadinessCriterion.SIZED, ReadinessCriterion.ACCEPTANCE_CRITERIA));
        assertThat(dor.check(seed).findings())
                .extracting(Finding::ruleId, Finding::path)
                .containsExactly(
                        tuple("readiness.acceptance-criteria", "actionItems[0].acceptanceCriteria"),
                        tuple("readiness.estimate", "actionItems[0].estimate"),
                        tuple("readiness.acceptance-criteria", "actionItems[1].acceptanceCriteria"),
                        tuple("readiness.estimate", "actionItems[1].estimate"),
                        tuple("readiness.acceptance-criteria", "actionItems[2].acceptanceCriteria"),
                        tuple("readiness.estimate", "actionItems[2].estimate"));
        assertThat(dor.check(seed).findings().get(0).message()).startsWith("AI-101 is not ready for a sprint");
    }

    @Test
    void trainingOnlyItem_failsSystemCentric() {
        ItemReadiness r = assess(ready().description("Remind engineers to be more careful with configs")
                .build());
        assertThat(r.failed())
                .extracting(CriterionResult::criterion)
                .containsExactly(ReadinessCriterion.SYSTEM_CENTRIC);
    }

    @ParameterizedTest
    @ValueSource(strings = {"@TBD", "@everyone", "@team", "@all", "@unassigned", "@Everyone"})
    void vagueOwners_fail(String owner) {
        ItemReadiness r = assess(ready().owner(OwnerHandle.parse(owner)).build());
        assertThat(r.failed())
                .extracting(CriterionResult::criterion)
                .containsExactly(ReadinessCriterion.EXPLICIT_OWNER);
    }

    @Test
    void aTeamsOwnWords_reachTheOwnerAndAcceptanceCriteria() {
        ActionItem item = ready().owner(OwnerHandle.parse("@platform"))
                .acceptanceCriteria(java.util.List.of("The buildkite step goes red on an empty region list"))
                .build();
        assertThat(assess(item).failed())
                .extracting(CriterionResult::criterion)
                .containsExactly(ReadinessCriterion.ACCEPTANCE_CRITERIA);

        DefinitionOfReady own = DefinitionOfReady.of(CheckerConfig.builder()
                .languageWords("owner-placeholder", java.util.List.of("platform"))
                .languageWords("automated-check", java.util.List.of("Buildkite"))
                .build());
        assertThat(own.assess(item, Optional.of(SeverityScale.standard().parse("SEV1")), INCIDENT)
                        .failed())
                .extracting(CriterionResult::criterion)
                .containsExactly(ReadinessCriterion.EXPLICIT_OWNER);
    }

    @Test
    void missingOwnerTypeEstimateDueDate_eachFail() {
        ActionItem bare = ActionItem.builder()
                .description("Add a canary stage to the deploy pipeline")
                .build();
        assertThat(assess(bare).failed())
                .extracting(CriterionResult::criterion)
                .containsExactly(
                        ReadinessCriterion.EXPLICIT_OWNER,
                        ReadinessCriterion.SIZED,
                        ReadinessCriterion.ACCEPTANCE_CRITERIA,
                        ReadinessCriterion.TYPED,
                        ReadinessCriterion.DUE_DATE);
    }

    @Test
    void acceptanceCriteriaWithoutAutomation_fail() {
        ItemReadiness r = assess(ready().acceptanceCriteria(java.util.List.of("The team agrees it is better"))
                .build());
        assertThat(r.failed())
                .extracting(CriterionResult::criterion)
                .containsExactly(ReadinessCriterion.ACCEPTANCE_CRITERIA);
    }

    @Test
    void blameInDescription_failsZeroBlame() {
        ItemReadiness r = assess(
                ready().description("Add a check because John broke the config").build());
        assertThat(r.failed()).extracting(CriterionResult::criterion).containsExactly(ReadinessCriterion.ZERO_BLAME);
        assertThat(r.result(ReadinessCriterion.ZERO_BLAME).reason()).contains("language.person-named");
    }

    @Test
    void dueDates_beforeIncidentOrBeyondPolicy_fail() {
        assertThat(assess(ready().dueDate(SeedExample.DATE.minusDays(1)).build())
                        .failed())
                .extracting(CriterionResult::criterion)
                .containsExactly(ReadinessCriterion.DUE_DATE);
        ItemReadiness late =
                assess(ready().dueDate(SeedExample.DATE.plusDays(16)).build());
        assertThat(late.failed())
                .extracting(CriterionResult::criterion)
                .containsExactly(ReadinessCriterion.DUE_DATE_POLICY);
        assertThat(late.result(ReadinessCriterion.DUE_DATE_POLICY).reason())
                .contains("16 days")
                .contains("SEV1 is 15");
        ItemReadiness sev2 = dor.assess(
                ready().dueDate(SeedExample.DATE.plusDays(16)).build(),
                Optional.of(SeverityScale.standard().parse("SEV2")),
                INCIDENT);
        assertThat(sev2.isReady()).isTrue();
    }

    @Test
    void policy_isConfigurable() {
        DefinitionOfReady strict = DefinitionOfReady.of(CheckerConfig.builder()
                .dueDatePolicy(DueDatePolicy.of(Map.of(1, 5)))
                .build());
        ItemReadiness r = strict.assess(
                ready().build(), Optional.of(SeverityScale.standard().parse("SEV3")), INCIDENT);
        assertThat(r.failed())
                .extracting(CriterionResult::criterion)
                .containsExactly(ReadinessCriterion.DUE_DATE_POLICY);
    }

    @Test
    void doneItems_areNotReported() {
        Postmortem p = SeedExample.postmortem()
                .withActionItems(ActionItem.builder()
                        .description("Remind everyone to be careful")
                        .status(ActionItemStatus.DONE)
                        .build());
        assertThat(dor.check(p).findings()).isEmpty();
    }
}
