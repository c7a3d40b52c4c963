package dev.postmortem.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.core.checks.PostmortemChecker;
import dev.postmortem.core.checks.readiness.ReadinessCriterion;
import dev.postmortem.core.metrics.CorpusMetrics.ReviewTimeliness;
import dev.postmortem.core.model.IncidentWindow;
import dev.postmortem.core.model.Lessons;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.testing.SeedExample;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusMetricsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-01T00:00:00Z"), ZoneOffset.UTC);
    private static final PostmortemChecker CHECKER =
            PostmortemChecker.builder().clock(CLOCK).build();

    private static Postmortem movedBy(Postmortem p, long days) {
        IncidentWindow w = p.window().orElseThrow();
        return p.withWindow(
                IncidentWindow.of(w.start().plus(days, ChronoUnit.DAYS), w.end().plus(days, ChronoUnit.DAYS)));
    }

    @Test
    void reviewsAreJudgedAgainstTheWindowAndMonthsByTheIncidentsStart() {
        // ended Tuesday 2026-05-19: review due 22 to 26 May; moved by 30 days, 23 to 25 June
        Postmortem seed = SeedExample.postmortem();
        List<Postmortem> corpus = List.of(
                seed.withReviewMeetingDate(LocalDate.of(2026, 5, 25)),
                seed.withReviewMeetingDate(LocalDate.of(2026, 5, 20)),
                seed.withReviewMeetingDate(LocalDate.of(2026, 6, 10)),
                movedBy(seed, 30).withReviewMeetingDate(LocalDate.of(2026, 6, 24)));
        CorpusMetrics all = CorpusMetrics.of(corpus, CHECKER, CLOCK);
        assertThat(all.review())
                .containsEntry(ReviewTimeliness.ON_TIME, 2)
                .containsEntry(ReviewTimeliness.EARLY, 1)
                .containsEntry(ReviewTimeliness.LATE, 1)
                .containsEntry(ReviewTimeliness.OVERDUE, 0);

        var months = CorpusMetrics.byMonth(corpus, CHECKER, CLOCK);
        assertThat(months.keySet()).containsExactly(YearMonth.of(2026, 5), YearMonth.of(2026, 6));
        assertThat(months.get(YearMonth.of(2026, 5)).postmortems()).isEqualTo(3);
        assertThat(months.get(YearMonth.of(2026, 6)).review()).containsEntry(ReviewTimeliness.ON_TIME, 1);
    }

    @Test
    void theBreakdownsAddUpToTheTotalsMetricsPrints() {
        Postmortem seed = SeedExample.postmortem();
        Postmortem blaming = seed.withLessons(Lessons.builder()
                .addWentWrong("John deployed the broken config.")
                .build());
        CorpusMetrics m = CorpusMetrics.of(List.of(seed, blaming), CHECKER, CLOCK);
        assertThat(m.postmortems()).isEqualTo(2);
        assertThat(m.items()).isEqualTo(2 * seed.actionItems().size());
        assertThat(m.open() + m.done() + m.notDoing()).isEqualTo(m.items());
        assertThat(m.openAgeDays()).hasSize(m.open()).isSorted();
        // the seed incident ended on 2026-05-19, 43 days before the clock's 2026-07-01
        assertThat(m.openAgeDays()).containsOnly(43L);
        assertThat(m.blameByRule().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(m.blameFindings())
                .isPositive();
        assertThat(m.blameByRule()).containsKey("language.person-named");
        assertThat(m.readyByCriterion().keySet()).containsExactly(ReadinessCriterion.values());
        assertThat(m.readyByCriterion().values()).allSatisfy(n -> assertThat(n).isBetween(m.ready(), m.items()));
        assertThat(m.review().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(2);
        assertThat(m.times().asMap())
                .isEqualTo(MetricsSummary.of(List.of(seed, blaming)).asMap());
    }

    @Test
    void theSameCorpusMeasuresEqual() {
        List<Postmortem> corpus = List.of(SeedExample.postmortem());
        assertThat(CorpusMetrics.of(corpus, CHECKER, CLOCK)).isEqualTo(CorpusMetrics.of(corpus, CHECKER, CLOCK));
        assertThat(CorpusMetrics.of(corpus, CHECKER, CLOCK))
                .isNotEqualTo(CorpusMetrics.of(List.of(movedBy(SeedExample.postmortem(), 400)), CHECKER, CLOCK));
    }

    @Test
    void aPostmortemWithoutDatesHasNoMonth() {
        Postmortem undated = Postmortem.builder().title("Queue backlog").build();
        assertThat(CorpusMetrics.month(undated)).isEmpty();
        assertThat(CorpusMetrics.byMonth(List.of(undated), CHECKER, CLOCK)).isEmpty();
        assertThat(CorpusMetrics.of(List.of(undated), CHECKER, CLOCK).bySeverity())
                .containsEntry("none", 1);
    }
}
