package dev.postmortem.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.core.checks.PostmortemChecker;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.report.survey.HealthAudit;
import dev.postmortem.report.survey.QuestionSet;
import dev.postmortem.report.survey.Survey;
import dev.postmortem.report.testing.HeadlessChromium;
import dev.postmortem.report.testing.ReportCorpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The acceptance test of the report: a generated corpus of 520 postmortems over 24 months, with a
 * health audit, rendered and opened in a real headless Chromium. The page must log no error and
 * throw nothing, request nothing but itself, and draw every chart (an ECharts instance with data and
 * a canvas with painted pixels). A screenshot is saved as {@code target/report-browser/report.png}
 * (the README's {@code docs/report.png} is a copy of it).
 *
 * <p>Without Chromium ({@code /usr/bin/chromium}, or {@code CHROMIUM} in the environment) the test
 * is skipped, except when the environment variable {@code CI} is set, where it fails: {@code
 * .ci/run} installs the Debian package.
 */
class ReportInBrowserTest {
    private static final long SEED = 20261130L;

    /** The charts of the page, each of which must be drawn. */
    private static final List<String> CHARTS = List.of(
            "maturity",
            "severity",
            "time-to-detect",
            "time-to-acknowledge",
            "time-to-mitigate",
            "time-to-resolve",
            "actions",
            "open-age",
            "readiness",
            "review",
            "factors",
            "blame",
            "audit-trend");

    private static final String PROBE = """
            (() => JSON.stringify({
              drawn: document.documentElement.getAttribute('data-drawn'),
              rows: document.querySelectorAll('#postmortem-table tbody tr').length,
              links: document.querySelectorAll('#postmortem-table tbody a').length,
              auditRows: document.querySelectorAll('#audit-table tbody tr').length,
              height: Math.ceil(document.querySelector('#audit-comments').getBoundingClientRect().top + window.scrollY),
              charts: Array.from(document.querySelectorAll('[data-chart]')).map(node => {
                const chart = echarts.getInstanceByDom(node);
                const canvas = node.querySelector('canvas');
                let painted = 0, pixels = 0;
                if (canvas) {
                  const d = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                  pixels = d.length / 4;
                  for (let i = 3; i < d.length; i += 4) { if (d[i] !== 0) painted++; }
                }
                const series = chart ? chart.getOption().series : [];
                const points = series.reduce((n, s) => n + (s.data || [])
                    .filter(v => v !== null && v !== undefined && (typeof v !== 'object' || v.value !== undefined)).length, 0);
                return { name: node.dataset.chart, hidden: !!node.closest('[hidden]'), instance: !!chart,
                         series: series.length, points: points, painted: painted, pixels: pixels };
              })
            }))()
            """;

    @Test
    void theReportOfFiveHundredPostmortemsOpensOfflineWithEveryChartDrawn() throws Exception {
        Path chromium = chromium();
        List<Postmortem> corpus = ReportCorpus.postmortems(SEED, 520, 24);
        List<HtmlReport.Entry> entries = new ArrayList<>();
        for (Postmortem p : corpus) {
            entries.add(new HtmlReport.Entry(p, Optional.of("postmortems/" + p.id().orElseThrow() + ".md")));
        }
        Map<String, Integer> teams = new LinkedHashMap<>();
        teams.put("payments", 7);
        teams.put("platform", 6);
        teams.put("search", 3);
        Survey survey = Survey.of(ReportCorpus.survey(
                SEED,
                List.of("2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"),
                teams,
                QuestionSet.defaults().ids()));
        PostmortemChecker checker =
                PostmortemChecker.builder().clock(ReportCorpus.CLOCK).build();
        HealthAudit.Result audit =
                HealthAudit.of(QuestionSet.defaults(), 5, checker.language()).assess(survey);
        // rendered twice: the first in a cold JVM, the second warm (printed, not asserted)
        long started = System.nanoTime();
        HtmlReport report = HtmlReport.of(entries, checker, ReportCorpus.CLOCK).withAudit(audit);
        String html = report.html();
        long coldMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        assertThat(report.html()).isEqualTo(html);
        long warmMillis = (System.nanoTime() - started) / 1_000_000;
        Path dir = Path.of("target", "report-browser").toAbsolutePath();
        Files.createDirectories(dir);
        Path page = dir.resolve("report.html");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        String url = page.toUri().toString();

        try (HeadlessChromium browser = HeadlessChromium.start(chromium, 1280, 900)) {
            browser.open(url);
            JsonNode probe = JsonMapper.builder().build().readTree(browser.evaluate(PROBE));
            Files.write(
                    dir.resolve("report.png"),
                    browser.screenshot(1280, probe.get("height").asInt()));

            List<String> errors = errors(browser);
            List<String> requests = requests(browser);
            assertThat(errors).as("console errors and exceptions").isEmpty();
            assertThat(requests)
                    .as("requests: only the file itself (inline data: URLs are no network)")
                    .allSatisfy(u -> assertThat(u.equals(url) || u.startsWith("data:") || u.equals("about:blank"))
                            .as(u)
                            .isTrue())
                    .contains(url);

            assertThat(probe.get("rows").asInt()).isEqualTo(520);
            assertThat(probe.get("links").asInt()).isEqualTo(520);
            assertThat(probe.get("auditRows").asInt()).isPositive();
            assertThat(probe.get("drawn").asString()).isEqualTo(String.valueOf(CHARTS.size()));
            List<String> names = new ArrayList<>();
            for (JsonNode c : probe.get("charts")) {
                String name = c.get("name").asString();
                names.add(name);
                assertThat(c.get("hidden").asBoolean()).as(name + " hidden").isFalse();
                assertThat(c.get("instance").asBoolean())
                        .as(name + " has an ECharts instance")
                        .isTrue();
                assertThat(c.get("points").asInt()).as(name + " data points").isPositive();
                assertThat(c.get("pixels").asInt()).as(name + " canvas").isPositive();
                assertThat(c.get("painted").asInt())
                        .as(name + " painted pixels of " + c.get("pixels").asInt())
                        .isGreaterThan(c.get("pixels").asInt() / 100);
            }
            assertThat(names).containsExactlyInAnyOrderElementsOf(CHARTS);
            System.out.println(
                    "report-browser: " + corpus.size() + " postmortems, " + html.length() + " characters, rendered in "
                            + coldMillis + " ms cold, " + warmMillis + " ms warm; charts " + probe.get("charts"));
        }
    }

    /** Chromium, or the test is skipped (locally) or fails (when CI is set). */
    private static Path chromium() {
        Optional<Path> chromium = HeadlessChromium.executable();
        if (chromium.isEmpty()) {
            if (System.getenv("CI") != null) {
                Assertions.fail(
                        "chromium is not installed and CI is set: .ci/run installs it (apt-get install chromium)");
            }
            Assumptions.abort("chromium is not installed, so the browser test is skipped; install it with"
                    + " 'apt-get install chromium' or set CHROMIUM to a Chromium executable");
        }
        return chromium.get();
    }

    /** Console errors and assertions, exceptions, and error log entries the page caused. */
    private static List<String> errors(HeadlessChromium browser) {
        List<String> errors = new ArrayList<>();
        for (JsonNode e : browser.events()) {
            JsonNode params = e.path("params");
            switch (e.path("method").asString("")) {
                case "Runtime.consoleAPICalled" -> {
                    String type = params.path("type").asString("");
                    if (type.equals("error") || type.equals("assert")) {
                        errors.add("console." + type + ": " + params.path("args"));
                    }
                }
                case "Runtime.exceptionThrown" -> errors.add("exception: " + params.path("exceptionDetails"));
                case "Log.entryAdded" -> {
                    if (params.path("entry").path("level").asString("").equals("error")) {
                        errors.add("log: " + params.path("entry"));
                    }
                }
                default -> {}
            }
        }
        return errors;
    }

    /** Every URL the page requested. */
    private static List<String> requests(HeadlessChromium browser) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : browser.events()) {
            if (e.path("method").asString("").equals("Network.requestWillBeSent")) {
                out.add(e.path("params").path("request").path("url").asString(""));
            }
        }
        return out;
    }

    @Test
    void aHostileTitleAndAnUndatedPostmortemOpenWithoutErrorsOrRequests() throws Exception {
        Path chromium = chromium();
        String hostile = "</script><img src=x onerror=\"console.error('injected')\"> \u2028 <!-- & -->";
        Postmortem dated = ReportCorpus.postmortems(SEED, 1, 1).get(0).withTitle(hostile);
        Postmortem undated = Postmortem.builder().title("Queue backlog").build();
        PostmortemChecker checker =
                PostmortemChecker.builder().clock(ReportCorpus.CLOCK).build();
        String html = HtmlReport.of(
                        List.of(
                                new HtmlReport.Entry(dated, Optional.of("a%20b/x.md")),
                                new HtmlReport.Entry(undated, Optional.empty())),
                        checker,
                        ReportCorpus.CLOCK)
                .html();
        Path dir = Path.of("target", "report-browser").toAbsolutePath();
        Files.createDirectories(dir);
        Path page = dir.resolve("hostile.html");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        String url = page.toUri().toString();
        try (HeadlessChromium browser = HeadlessChromium.start(chromium, 1280, 900)) {
            browser.open(url);
            JsonNode probe = JsonMapper.builder()
                    .build()
                    .readTree(browser.evaluate("(() => JSON.stringify({"
                            + " images: document.images.length,"
                            + " title: document.querySelector('#postmortem-table tbody tr td:nth-child(2)').textContent,"
                            + " rows: document.querySelectorAll('#postmortem-table tbody tr').length,"
                            + " summary: document.getElementById('summary').textContent }))()"));
            assertThat(errors(browser)).as("console errors and exceptions").isEmpty();
            assertThat(requests(browser))
                    .allSatisfy(u -> assertThat(u.equals(url) || u.equals("about:blank"))
                            .as(u)
                            .isTrue());
            assertThat(probe.get("images").asInt())
                    .as("no element was injected")
                    .isZero();
            assertThat(probe.get("title").asString()).isEqualTo(hostile);
            assertThat(probe.get("rows").asInt()).isEqualTo(2);
            assertThat(probe.get("summary").asString())
                    .startsWith(
                            "2 postmortems from 2026-11 to 2026-11 (1 without a date is counted only in the totals)");
        }
    }
}
