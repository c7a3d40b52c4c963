package dev.postmortem.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.postmortem.core.checks.config.RuleSettings;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.PostmortemStatus;
import dev.postmortem.core.report.Finding;
import dev.postmortem.core.report.FindingSeverity;
import dev.postmortem.core.report.Report;
import dev.postmortem.core.report.ReportException;
import dev.postmortem.core.testing.SeedExample;
import org.junit.jupiter.api.Test;

class PostmortemCheckerTest {
    @Test
    void seedExample_findingByFinding() {
        Report report = PostmortemChecker.builder().build().check(SeedExample.postmortem());
        assertThat(report.findings())
                .extracting(Finding::ruleId, Finding::path, Finding::severity)
                .containsExactly(
                        tuple("consistency.budget-figures", "impactSummary.budgetConsumed", FindingSeverity.WARNING),
                        tuple("validation.required", "title", FindingSeverity.WARNING));
        assertThat(report.isValid()).isTrue();
        assertThat(report.orThrow()).isSameAs(report);
    }

    @Test
    void settings_disableAndRelevelByRuleOrFamily() {
        RuleSettings settings = RuleSettings.builder()
                .disable("validation.*")
                .severity("consistency", FindingSeverity.ERROR)
                .build();
        Report report = PostmortemChecker.builder().settings(settings).build().check(SeedExample.postmortem());
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
