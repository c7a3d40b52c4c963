package dev.postmortem.report.survey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.core.checks.PostmortemChecker;
import dev.postmortem.core.checks.language.BlameLanguageChecker;
import dev.postmortem.report.HtmlReport;
import dev.postmortem.report.testing.ReportCorpus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HealthAuditTest {
    private static final BlameLanguageChecker LANGUAGE = BlameLanguageChecker.create();

    private static List<SurveyAnswer> answers(String period, String team, String question, int n, String comment) {
        List<SurveyAnswer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new SurveyAnswer(period, team, question, 1 + i % 5, Optional.of(comment + " " + i), i + 2L));
        }
        return out;
    }

    @Test
    void aTeamWithFourAnswersShowsNothingAndOneWithFiveShows() {
        List<SurveyAnswer> all = new ArrayList<>();
        all.addAll(answers("2026-11", "quartet-team", "safety-speak-up", 4, "Quartet remark about on-call load"));
        all.addAll(answers("2026-11", "quintet-team", "safety-speak-up", 5, "Quintet remark about on-call load"));
        HealthAudit.Result r =
                HealthAudit.of(QuestionSet.defaults(), 5, LANGUAGE).assess(Survey.of(all));

        assertThat(r.groups()).extracting(HealthAudit.Group::team).containsExactly("quintet-team");
        HealthAudit.QuestionStat s = r.groups().get(0).questions().get(0);
        assertThat(s.answers()).isEqualTo(5);
        assertThat(s.distribution()).containsExactly(1, 1, 1, 1, 1);
        assertThat(s.median()).isEqualTo(3.0);
        assertThat(s.agree()).isEqualTo(0.4);
        assertThat(r.trend().get("safety-speak-up"))
                .singleElement()
                .satisfies(p -> assertThat(p.answers())
                        .as("the trend counts shown groups only")
                        .isEqualTo(5));

        String text = r.text();
        assertThat(text).contains("quintet-team").contains("Quintet remark").doesNotContain("quartet");
        assertThat(text.toLowerCase(java.util.Locale.ROOT)).doesNotContain("quartet");

        PostmortemChecker checker =
                PostmortemChecker.builder().clock(ReportCorpus.CLOCK).build();
        String html = HtmlReport.of(List.<HtmlReport.Entry>of(), checker, ReportCorpus.CLOCK)
                .withAudit(r)
                .html();
        assertThat(html).contains("quintet-team").contains("Quintet remark");
        assertThat(html.toLowerCase(java.util.Locale.ROOT)).doesNotContain("quartet");
    }

    @Test
    void theMinimumIsConfigurable() {
        List<SurveyAnswer> four = answers("2026-11", "quartet-team", "safety-speak-up", 4, "fine");
        assertThat(HealthAudit.of(QuestionSet.defaults(), 4, LANGUAGE)
                        .assess(Survey.of(four))
                        .groups())
                .hasSize(1);
        assertThat(HealthAudit.of(QuestionSet.defaults(), 5, LANGUAGE)
                        .assess(Survey.of(four))
                        .groups())
                .isEmpty();
    }

    @Test
    void commentsThatNameSomeoneOrBlameAreDropped() {
        List<SurveyAnswer> all = new ArrayList<>();
        String[] comments = {
            "Reviews feel safer since the template changed",
            "Priya always skips the checklist",
            "Ask @db-lead about the runbook",
            "The outage was caused by human error",
            "The new dashboard helps during incidents"
        };
        for (int i = 0; i < comments.length; i++) {
            all.add(new SurveyAnswer("2026-11", "payments", "system-focus", 4, Optional.of(comments[i]), i + 2L));
        }
        HealthAudit.Result r =
                HealthAudit.of(QuestionSet.defaults(), 5, LANGUAGE).assess(Survey.of(all));
        assertThat(r.groups().get(0).comments())
                .containsExactly(
                        "Reviews feel safer since the template changed", "The new dashboard helps during incidents");
        assertThat(r.commentsDropped()).isEqualTo(3);
        assertThat(r.commentsShown()).isEqualTo(2);
    }

    @Test
    void aMinimumBelowOneIsRejected() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HealthAudit.of(QuestionSet.defaults(), 0, LANGUAGE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }
}
