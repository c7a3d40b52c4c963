package dev.postmortem.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.postmortem.core.checks.config.CheckerConfig;
import dev.postmortem.core.checks.config.RuleSettings;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.PostmortemStatus;
import dev.postmortem.core.report.Finding;
import dev.postmortem.core.report.FindingSeverity;
import dev.postmortem.core.report.Report;
import dev.postmortem.core.report.ReportException;
import dev.postmortem.core.report.RuleDescriptor;
import dev.postmortem.core.testing.PostmortemGenerator;
import dev.postmortem.core.testing.SeedExample;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PostmortemCheckerTest {
    @Test
    void seedExample_findingByFinding() {
        Report report = PostmortemChecker.builder().build().check(SeedExample.postmortem());
        assertThat(report.findings())
                .extracting(Finding::ruleId, Finding::path, Finding::severity)
                .containsExactly(
                        tuple(
                                "readiness.acceptance-criteria",
                                "actionItems[0].acceptanceCriteria",
                                FindingSeverity.WARNING),
                        tuple("readiness.estimate", "actionItems[0].estimate", FindingSeverity.WARNING),
                        tuple(
                                "readiness.acceptance-criteria",
                                "actionItems[1].acceptanceCriteria",
                                FindingSeverity.WARNING),
                        tuple("readiness.estimate", "actionItems[1].estimate", FindingSeverity.WARNING),
                        tuple(
                                "readiness.acceptance-criteria",
                                "actionItems[2].acceptanceCriteria",
                                FindingSeverity.WARNING),
                        tuple("readiness.estimate", "actionItems[2].estimate", FindingSeverity.WARNING),
                        tuple("consistency.budget-figures", "impactSummary.budgetConsumed", FindingSeverity.WARNING),
                        tuple("validation.required", "title", FindingSeverity.WARNING));
        assertThat(report.isValid()).isTrue();
        assertThat(report.orThrow()).isSameAs(report);
    }

    @Test
    void theSinkGetsExactlyTheReportsFindingsWithTheConfiguredSeverities() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
        PostmortemChecker checker = PostmortemChecker.builder()
                .clock(clock)
                .config(CheckerConfig.builder()
                        .rules(RuleSettings.builder()
                                .disable("readiness.estimate")
                                .severity("language", FindingSeverity.INFO)
                                .build())
                        .build())
                .build();
        for (long seed = 1; seed <= 40; seed++) {
            Postmortem p = PostmortemGenerator.generate(seed);
            List<Finding> streamed = new java.util.ArrayList<>();
            checker.check(p, streamed::add);
            assertThat(Report.of(streamed).findings())
                    .as("seed " + seed)
                    .containsExactlyElementsOf(checker.check(p).findings());
            assertThat(streamed).noneMatch(f -> f.ruleId().equals("readiness.estimate"));
            assertThat(streamed)
                    .filteredOn(f -> f.ruleId().startsWith("language."))
                    .allMatch(f -> f.severity() == FindingSeverity.INFO);
        }
    }

    @Test
    void seedExample_withAClock_addsTheLifecycleFindings() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
        Report report = PostmortemChecker.builder().clock(clock).build().check(SeedExample.postmortem());
        assertThat(report.withRulePrefix("lifecycle."))
                .extracting(Finding::ruleId, Finding::path)
                .containsExactly(
                        tuple("lifecycle.action-item-overdue", "actionItems[0].dueDate"),
                        tuple("lifecycle.action-item-overdue", "actionItems[1].dueDate"),
                        tuple("lifecycle.action-item-overdue", "actionItems[2].dueDate"),
                        tuple("lifecycle.review-overdue", "reviewMeetingDate"));
    }

    @Test
    void ruleCatalogue_hasUniqueNamespacedIds_andCoversReportedRules() {
        List<RuleDescriptor> rules = PostmortemChecker.rules();
        assertThat(rules).extracting(RuleDescriptor::id).doesNotHaveDuplicates();
        assertThat(rules)
                .extracting(RuleDescriptor::id)
                .allSatisfy(
                        id -> assertThat(id)
                                .matches(
                                        "(validation|consistency|language|readiness|fivewhys|justculture|lifecycle)\\.[a-z-]+"));
        Set<String> ids = rules.stream().map(RuleDescriptor::id).collect(Collectors.toSet());
        PostmortemChecker checker =
                PostmortemChecker.builder().clock(Clock.systemUTC()).build();
        for (long seed = 0; seed < 300; seed++) {
            for (Finding f : checker.check(PostmortemGenerator.generate(seed)).findings()) {
                assertThat(ids).as("seed %d", seed).contains(f.ruleId());
            }
        }
    }

    @Test
    void settings_disableAndRelevelByRuleOrFamily() {
        RuleSettings settings = RuleSettings.builder()
                .disable("validation.*")
                .disable("readiness")
                .severity("consistency", FindingSeverity.ERROR)
                .build();
        Report report = PostmortemChecker.builder()
                .config(CheckerConfig.builder().rules(settings).build())
                .build()
                .check(SeedExample.postmortem());
        assertThat(report.findings())
                .extracting(Finding::ruleId, Finding::severity)
                .containsExactly(tuple("consistency.budget-figures", FindingSeverity.ERROR));
        assertThatThrownBy(report::orThrow)
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("1 error")
                .hasMessageContaining("consistency.budget-figures");
    }

    @Test
    void mostSpecificSelectorWins() {
        RuleSettings s = RuleSettings.builder()
                .severity("*", FindingSeverity.INFO)
                .severity("consistency", FindingSeverity.WARNING)
                .severity("consistency.budget-figures", FindingSeverity.ERROR)
                .build();
        assertThat(s.severityOf("consistency.budget-figures")).contains(FindingSeverity.ERROR);
        assertThat(s.severityOf("consistency.incident-date")).contains(FindingSeverity.WARNING);
        assertThat(s.severityOf("validation.required")).contains(FindingSeverity.INFO);
        assertThat(RuleSettings.builder().disable("*").build().isEnabled("language.x"))
                .isFalse();
        assertThatThrownBy(() -> RuleSettings.builder().disable(" ")).hasMessageContaining("rule selector");
    }

    @Test
    void finalEmptyPostmortem_isInvalidWithEveryMissingPart() {
        Report report = PostmortemChecker.builder()
                .build()
                .check(Postmortem.builder().status(PostmortemStatus.FINAL).build());
        assertThat(report.isValid()).isFalse();
        assertThat(report.atLeast(FindingSeverity.ERROR)).hasSize(10);
        assertThatThrownBy(report::orThrow).hasMessageContaining("10 errors");
    }
}
