package dev.postmortem.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.core.checks.PostmortemChecker;
import dev.postmortem.core.metrics.CorpusMetrics;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.report.internal.PageData;
import dev.postmortem.report.testing.ReportCorpus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PageDataTest {
    @Test
    void theEscapedBlobCannotCloseItsScriptElementAndParsesToTheSameValue() {
        String json = "{\"t\":\"</script><!-- a & b > c \u2028 \u2029\"}";
        String escaped = PageData.escape(json);
        assertThat(escaped).doesNotContain("<").doesNotContain(">").doesNotContain("&");
        assertThat(escaped).doesNotContain("\u2028").doesNotContain("\u2029");
        JsonMapper m = JsonMapper.builder().build();
        assertThat(m.readTree(escaped)).isEqualTo(m.readTree(json));
    }

    @Test
    void aTitleThatTriesToCloseTheScriptStaysInsideIt() {
        Postmortem p = ReportCorpus.postmortems(3, 1, 1).get(0).withTitle("</script><script>alert(1)</script>");
        PostmortemChecker checker =
                PostmortemChecker.builder().clock(ReportCorpus.CLOCK).build();
        String html = HtmlReport.of(List.of(new HtmlReport.Entry(p, Optional.empty())), checker, ReportCorpus.CLOCK)
                .html();
        assertThat(html).doesNotContain("alert(1)</script>").contains("alert(1)\\u003c/script\\u003e");
    }

    @Test
    void thePageShowsTheNumbersOfCorpusMetrics() {
        List<Postmortem> corpus = ReportCorpus.postmortems(5, 60, 6);
        PostmortemChecker checker =
                PostmortemChecker.builder().clock(ReportCorpus.CLOCK).build();
        List<HtmlReport.Entry> entries = corpus.stream()
                .map(p -> new HtmlReport.Entry(p, Optional.<String>empty()))
                .toList();
        JsonNode data = JsonMapper.builder()
                .build()
                .readTree(HtmlReport.of(entries, checker, ReportCorpus.CLOCK).data());
        CorpusMetrics all = CorpusMetrics.of(corpus, checker, ReportCorpus.CLOCK);
        assertThat(data.get("postmortems").asInt()).isEqualTo(60);
        assertThat(data.get("months")).hasSize(6);
        assertThat(data.get("actions").get("open").asInt()).isEqualTo(all.open());
        assertThat(data.get("actions").get("overdue").asInt()).isEqualTo(all.overdue());
        assertThat(data.get("blame").get("findings").asInt()).isEqualTo(all.blameFindings());
        assertThat(data.get("maturity").get("level").asInt())
                .isEqualTo(all.maturity().level().number());
        int severities = 0;
        for (JsonNode counts : data.get("severity").get("counts")) {
            for (JsonNode c : counts) {
                severities += c.asInt();
            }
        }
        assertThat(severities)
                .as("every dated incident counted once by month and severity")
                .isEqualTo(60);
        int ages = 0;
        for (JsonNode c : data.get("actions").get("ageCounts")) {
            ages += c.asInt();
        }
        assertThat(ages).isEqualTo(all.openAgeDays().size()).isEqualTo(all.open());
    }
}
