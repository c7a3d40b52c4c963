package dev.postmortem.cli;

import static dev.postmortem.cli.PostmortemCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    private static String survey(String team, int answers, String period) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < answers; i++) {
            b.append(period)
                    .append(',')
                    .append(team)
                    .append(",safety-speak-up,")
                    .append(1 + i % 5)
                    .append(",\"")
                    .append(team)
                    .append(" note, number ")
                    .append(i)
                    .append("\"\n");
        }
        return b.toString();
    }

    @Test
    void reportWritesOneSelfContainedPageOfTheExamplesWithoutTheirNames() throws IOException {
        Path out = tmp.resolve("site/report.html");
        var r = run(ROOT, "", Map.of(), false, "report", "--today", "2026-06-01", "-o", out.toString(), "examples/");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("postmortem: wrote " + out + " (4 postmortems)\n");
        String html = Files.readString(out);
        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains("\"postmortems\":4")
                .contains("echarts")
                .doesNotContain("<script src")
                .doesNotContain("<link ")
                .doesNotContain("@import");
        // the blaming example names "Dave" and "@search-team" three times; none reaches the page
        assertThat(Files.readString(ROOT.resolve("examples/blaming.md"))).contains("Dave");
        assertThat(html).doesNotContain("Dave").doesNotContain("search-team");
        // the table links each file relative to the page
        assertThat(html).contains("\"link\":\"" + out.getParent().relativize(ROOT.resolve("examples/clean.md")));
    }

    @Test
    void reportShowsProgressOnATerminalFromOneHundredFiles() throws IOException {
        String clean = Files.readString(ROOT.resolve("examples/clean.md"));
        for (int i = 0; i < 120; i++) {
            String id = String.format(Locale.ROOT, "INC-2026-03-10-%03d", i + 1);
            Files.writeString(tmp.resolve("pm-" + i + ".md"), clean.replace("INC-2026-03-10-002", id));
        }
        var terminal = run(tmp, "", Map.of("NO_COLOR", "1"), true, "report", "-o", "report.html", ".");
        assertThat(terminal.code()).isZero();
        assertThat(terminal.err()).contains("\rread 50 of 120").contains("\rread 100 of 120");
        assertThat(terminal.out()).isEqualTo("postmortem: wrote report.html (120 postmortems)\n");
        var piped = run(tmp, "", Map.of(), false, "metrics", ".");
        assertThat(piped.err()).isEmpty();
        assertThat(piped.out()).startsWith("postmortems: 120\n");
    }

    @Test
    void auditShowsATeamOfFiveAndNothingOfATeamOfFour() throws IOException {
        Files.writeString(
                tmp.resolve("survey.csv"),
                "period,team,question,score,comment\n" + survey("fivefold", 5, "2026-11")
                        + survey("fourfold", 4, "2026-11"));
        var r = run(tmp, "", Map.of(), false, "audit", "survey.csv");
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .contains("2026-11 fivefold")
                .contains("safety-speak-up: 5 answers, agree 40%, median 3, 1-5: [1, 1, 1, 1, 1]")
                .contains("fivefold note, number 4")
                .doesNotContain("fourfold");
        var three = run(tmp, "", Map.of(), false, "audit", "--min-group", "4", "survey.csv");
        assertThat(three.out()).contains("2026-11 fourfold");

        var page = run(
                tmp,
                "",
                Map.of(),
                false,
                "report",
                "--survey",
                "survey.csv",
                "-o",
                "r.html",
                ROOT.resolve("examples/clean.md").toString());
        assertThat(page.code()).isZero();
        assertThat(page.out()).contains("with the health audit");
        assertThat(Files.readString(tmp.resolve("r.html"))).contains("fivefold").doesNotContain("fourfold");
    }

    @Test
    void aBadSurveyLineIsNamedAndExitsTwo() throws IOException {
        Files.writeString(
                tmp.resolve("bad.csv"),
                "period,team,question,score\n2026-11,a,good-faith,4\n2026-11,a,good-faith,six\n");
        var r = run(tmp, "", Map.of(), false, "audit", "bad.csv");
        assertThat(r.code()).isEqualTo(PostmortemCli.TROUBLE);
        assertThat(r.err())
                .isEqualTo("postmortem: bad.csv:3: score 'six' is not a whole number from 1 (strongly disagree) to 5"
                        + " (strongly agree)\n");
        assertThat(run(tmp, "", Map.of(), false, "audit", "missing.csv").err())
                .startsWith("postmortem: missing.csv: cannot be read");
        assertThat(run(tmp, "", Map.of(), false, "audit", "--min-group", "0", "bad.csv")
                        .err())
                .startsWith("postmortem: --min-group 0 must be at least 1");
    }
}
