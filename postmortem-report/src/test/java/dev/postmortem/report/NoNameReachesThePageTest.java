package dev.postmortem.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.core.checks.PostmortemChecker;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.report.survey.HealthAudit;
import dev.postmortem.report.survey.QuestionSet;
import dev.postmortem.report.survey.Survey;
import dev.postmortem.report.testing.ReportCorpus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The generated corpus and survey name people and role handles in titles, timelines, factors,
 * owners, file names and comments; none of them reaches the page.
 */
class NoNameReachesThePageTest {
    @Test
    void noNameOrHandleFromThePostmortemsOrTheSurveyReachesThePage() {
        long seed = 17L;
        List<Postmortem> corpus = ReportCorpus.postmortems(seed, 200, 12);
        List<HtmlReport.Entry> entries = new ArrayList<>();
        int i = 0;
        for (Postmortem p : corpus) {
            // every fifth file is named after someone; such a link must be left out
            String file = i++ % 5 == 0
                    ? "postmortems/"
                            + ReportCorpus.NAMES
                                    .get(i % ReportCorpus.NAMES.size())
                                    .toLowerCase(Locale.ROOT) + "-outage.md"
                    : "postmortems/" + p.id().orElseThrow() + ".md";
            entries.add(new HtmlReport.Entry(p, Optional.of(file)));
        }
        assertThat(corpus)
                .as("the corpus does name people, so the test can fail")
                .anySatisfy(p -> assertThat(p.title()).contains(ReportCorpus.NAMES.get(0)));
        Map<String, Integer> teams = new LinkedHashMap<>();
        teams.put("payments", 6);
        teams.put("platform", 5);
        Survey survey = Survey.of(ReportCorpus.survey(
                seed,
                List.of("2026-10", "2026-11"),
                teams,
                QuestionSet.defaults().ids()));
        assertThat(survey.answers())
                .as("the survey does name people and handles")
                .anySatisfy(a -> assertThat(a.comment().orElse("")).contains(ReportCorpus.NAMES.get(0)))
                .anySatisfy(a -> assertThat(a.comment().orElse("")).contains("@"));
        PostmortemChecker checker =
                PostmortemChecker.builder().clock(ReportCorpus.CLOCK).build();
        HealthAudit.Result audit =
                HealthAudit.of(QuestionSet.defaults(), 5, checker.language()).assess(survey);
        String html = HtmlReport.of(entries, checker, ReportCorpus.CLOCK)
                .withAudit(audit)
                .html();
        String lower = html.toLowerCase(Locale.ROOT);

        for (String name : ReportCorpus.NAMES) {
            assertThat(lower).as(name).doesNotContain(name.toLowerCase(Locale.ROOT));
        }
        for (String handle : ReportCorpus.HANDLES) {
            assertThat(lower).as(handle).doesNotContain(handle.toLowerCase(Locale.ROOT));
            assertThat(lower)
                    .as(handle + " without @")
                    .doesNotContain(handle.substring(1).toLowerCase(Locale.ROOT));
        }
        // what is shown instead: the masked titles, the blameless comments, and the counts
        assertThat(html).as("masked titles").contains("[name]'s deploy broke the");
        assertThat(html).as("a blameless comment").contains("Reviews feel safer since the template changed");
        assertThat(html).as("the blame rules counted").contains("language.possessive-blame", "language.failed-to");
    }
}
