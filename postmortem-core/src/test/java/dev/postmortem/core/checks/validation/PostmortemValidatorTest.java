package dev.postmortem.core.checks.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.postmortem.core.model.ActionItem;
import dev.postmortem.core.model.ActionItemStatus;
import dev.postmortem.core.model.BehaviourType;
import dev.postmortem.core.model.ContributingFactor;
import dev.postmortem.core.model.CustomerImpact;
import dev.postmortem.core.model.ErrorBudget;
import dev.postmortem.core.model.Fraction;
import dev.postmortem.core.model.HumanErrorKind;
import dev.postmortem.core.model.JustCultureAssessment;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.PostmortemStatus;
import dev.postmortem.core.model.TimelineEvent;
import dev.postmortem.core.report.Finding;
import dev.postmortem.core.report.FindingSeverity;
import dev.postmortem.core.report.Report;
import dev.postmortem.core.testing.SeedExample;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PostmortemValidatorTest {
    private final PostmortemValidator validator = PostmortemValidator.create();

    @Test
    void runsInsideTheNamedModule() {
        assertThat(PostmortemValidator.class.getModule().isNamed()).isTrue();
        assertThat(PostmortemValidator.class.getModule().getName()).isEqualTo("dev.postmortem.core");
        // and a constraint on an accessor is seen there (the next test)
    }

    @Test
    void constraintOnPlainAccessor_isReported() {
        ContributingFactor blank = ContributingFactor.builder().title("  ").build();
        Report report = validator.validatePart(blank);
        assertThat(report.findings())
                .extracting(Finding::ruleId, Finding::path, Finding::severity)
                .containsExactly(tuple("validation.not-blank", "title", FindingSeverity.ERROR));
        assertThat(report.findings().get(0).message()).contains("short title");
    }

    @Test
    void seedExample_hasOnlyTheMissingTitle() {
        Report report = validator.validate(SeedExample.postmortem());
        assertThat(report.findings())
                .extracting(Finding::ruleId, Finding::path, Finding::severity)
                .containsExactly(tuple("validation.required", "title", FindingSeverity.WARNING));
        assertThat(report.isValid()).isTrue();
    }

    @Test
    void emptyDraft_reportsEveryMissingPartAsWarning() {
        Report report = validator.validate(Postmortem.builder().build());
        assertThat(report.findings())
                .extracting(Finding::path)
                .containsExactly(
                        "actionItems",
                        "authors",
                        "contributingFactors",
                        "customerImpact",
                        "id",
                        "impactSummary",
                        "severity",
                        "timeline",
                        "title",
                        "window");
        assertThat(report.findings()).allSatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("validation.required");
            assertThat(f.severity()).isEqualTo(FindingSeverity.WARNING);
        });
        assertThat(report.isValid()).isTrue();
    }

    @Test
    void finalPostmortem_reportsMissingPartsAsErrors() {
        Report report = validator.validate(
                Postmortem.builder().status(PostmortemStatus.FINAL).build());
        assertThat(report.withSeverity(FindingSeverity.ERROR)).hasSize(10);
        assertThat(report.isValid()).isFalse();
    }

    @Test
    void nestedConstraints_reportIndexedPaths() {
        Postmortem p = SeedExample.postmortem()
                .withActionItems(
                        ActionItem.builder().description("ok").build(),
                        ActionItem.builder()
                                .description(" ")
                                .status(ActionItemStatus.NOT_DOING)
                                .build());
        Report report = validator.validate(p);
        assertThat(report.findings())
                .extracting(Finding::ruleId, Finding::path)
                .contains(
                        tuple("validation.required", "actionItems[0].id"),
                        tuple("validation.not-blank", "actionItems[1].description"),
                        tuple("validation.rationale-when-not-doing", "actionItems[1].statusRationale"));
    }

    @Test
    void unsortedTimeline_reportsEachOutOfOrderEvent() {
        Postmortem p = SeedExample.postmortem()
                .withTimeline(
                        TimelineEvent.of(SeedExample.at("10:05"), "b"),
                        TimelineEvent.of(SeedExample.at("10:02"), "a"),
                        TimelineEvent.of(SeedExample.at("10:30"), "c"),
                        TimelineEvent.of(SeedExample.at("10:07"), "d"));
        Report report = validator.validate(p);
        assertThat(report.withRulePrefix("validation.chronological-timeline"))
                .extracting(Finding::path)
                .containsExactly("timeline[1].at", "timeline[3].at");
        assertThat(report.findings().get(0).message()).contains("earlier than event");
    }

    @Test
    void budgetThatGrew_andReviewBeforeIncident_areErrors() {
        Postmortem p = SeedExample.postmortem()
                .withCustomerImpact(CustomerImpact.builder()
                        .errorBudget(ErrorBudget.builder()
                                .remainingBefore(Fraction.parse("91.1%"))
                                .remainingAfter(Fraction.parse("94.2%"))
                                .build())
                        .build())
                .withReviewMeetingDate(LocalDate.of(2026, 5, 18));
        Report report = validator.validate(p);
        assertThat(report.findings())
                .extracting(Finding::ruleId, Finding::path, Finding::severity)
                .contains(
                        tuple(
                                "validation.budget-not-increased",
                                "customerImpact.errorBudget.remainingAfter",
                                FindingSeverity.ERROR),
                        tuple("validation.review-not-before-incident", "reviewMeetingDate", FindingSeverity.ERROR));
    }

    @Test
    void humanErrorKind_fitsOnlyHumanError() {
        JustCultureAssessment a = JustCultureAssessment.builder()
                .role("release engineer")
                .action("disabled the alert")
                .classification(BehaviourType.RECKLESS_BEHAVIOUR)
                .humanErrorKind(HumanErrorKind.SLIP)
                .build();
        Report report = validator.validate(SeedExample.postmortem().withJustCultureAssessments(a));
        assertThat(report.findings())
                .extracting(Finding::ruleId, Finding::path)
                .contains(tuple("validation.human-error-kind-fits", "justCultureAssessments[0].humanErrorKind"));
    }

    @Test
    void messagesWithBracesAndDollars_areKeptAsWritten() {
        Postmortem p = SeedExample.postmortem()
                .withTimeline(
                        TimelineEvent.of(SeedExample.at("10:05"), "${1+1} {x}"),
                        TimelineEvent.of(SeedExample.at("10:02"), "a"));
        assertThat(validator
                        .validate(p)
                        .withRulePrefix("validation.chronological")
                        .get(0)
                        .message())
                .contains("2026-05-19T10:02:00Z");
    }
}
