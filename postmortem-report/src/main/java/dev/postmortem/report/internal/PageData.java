package dev.postmortem.report.internal;

import dev.postmortem.core.checks.PostmortemChecker;
import dev.postmortem.core.checks.maturity.MaturityAssessment;
import dev.postmortem.core.checks.readiness.ReadinessCriterion;
import dev.postmortem.core.metrics.CorpusMetrics;
import dev.postmortem.core.metrics.IncidentMetric;
import dev.postmortem.core.metrics.MetricsSummary;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.SeverityLevel;
import dev.postmortem.report.HtmlReport;
import dev.postmortem.report.survey.HealthAudit;
import dev.postmortem.report.survey.QuestionSet;
import java.io.StringWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * The page's data: every number the charts draw, as one JSON object. The page's script reads it
 * and draws; it computes nothing but shares for display.
 */
public final class PageData {
    /** The incident times the report draws, as the issue asks: detect, acknowledge, mitigate, resolve. */
    static final List<IncidentMetric> TIMES = List.of(
            IncidentMetric.TIME_TO_DETECT,
            IncidentMetric.TIME_TO_ACKNOWLEDGE,
            IncidentMetric.TIME_TO_MITIGATE,
            IncidentMetric.TIME_TO_RESOLVE);

    /** The buckets of the age of open action items, in days: upper bounds, the last open-ended. */
    static final long[] AGE_BOUNDS = {30, 90, 180, 365};

    static final List<String> AGE_LABELS =
            List.of("0–30 days", "31–90 days", "91–180 days", "181–365 days", "over a year");

    private PageData() {}

    /**
     * The data.
     *
     * @param all the numbers over the whole corpus
     * @param byMonth the numbers of each month
     * @param entries the postmortems with their links
     * @param checker the checker, for the table's finding counts
     * @param redaction keeps names out
     * @param today the date of the report
     * @param audit the health audit, if any
     * @return the JSON, escaped for a script element
     */
    public static String json(
            CorpusMetrics all,
            SortedMap<YearMonth, CorpusMetrics> byMonth,
            List<HtmlReport.Entry> entries,
            PostmortemChecker checker,
            Redaction redaction,
            LocalDate today,
            Optional<HealthAudit.Result> audit) {
        List<YearMonth> months = new ArrayList<>();
        if (!byMonth.isEmpty()) {
            for (YearMonth m = byMonth.firstKey(); !m.isAfter(byMonth.lastKey()); m = m.plusMonths(1)) {
                months.add(m);
            }
        }
        StringWriter s = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(tools.jackson.core.ObjectWriteContext.empty(), s)) {
            g.writeStartObject();
            g.writeStringProperty("generated", today.toString());
            g.writeNumberProperty("postmortems", all.postmortems());
            g.writeNumberProperty(
                    "undated",
                    all.postmortems()
                            - byMonth.values().stream()
                                    .mapToInt(CorpusMetrics::postmortems)
                                    .sum());
            g.writeArrayPropertyStart("months");
            for (YearMonth m : months) {
                g.writeString(m.toString());
            }
            g.writeEndArray();

            g.writeObjectPropertyStart("severity");
            series(g, months, byMonth, all.bySeverity().keySet(), m -> m.bySeverity());
            g.writeEndObject();

            g.writeArrayPropertyStart("times");
            for (IncidentMetric t : TIMES) {
                g.writeStartObject();
                g.writeStringProperty("id", t.name().toLowerCase(Locale.ROOT).replace('_', '-'));
                g.writeStringProperty("name", t.name().toLowerCase(Locale.ROOT).replace('_', ' '));
                g.writeStringProperty("interval", t.interval());
                g.writeArrayPropertyStart("median");
                for (YearMonth m : months) {
                    minutes(g, stat(byMonth.get(m), t).map(MetricsSummary.Stat::median));
                }
                g.writeEndArray();
                g.writeArrayPropertyStart("p90");
                for (YearMonth m : months) {
                    minutes(g, stat(byMonth.get(m), t).map(MetricsSummary.Stat::p90));
                }
                g.writeEndArray();
                g.writeArrayPropertyStart("count");
                for (YearMonth m : months) {
                    g.writeNumber(stat(byMonth.get(m), t)
                            .map(MetricsSummary.Stat::count)
                            .orElse(0));
                }
                g.writeEndArray();
                g.writeNumberProperty(
                        "total",
                        all.times().get(t).map(MetricsSummary.Stat::count).orElse(0));
                g.writeName("overallMedian");
                minutes(g, all.times().get(t).map(MetricsSummary.Stat::median));
                g.writeName("overallP90");
                minutes(g, all.times().get(t).map(MetricsSummary.Stat::p90));
                g.writeEndObject();
            }
            g.writeEndArray();

            g.writeObjectPropertyStart("actions");
            g.writeNumberProperty("total", all.items());
            g.writeNumberProperty("open", all.open());
            g.writeNumberProperty("done", all.done());
            g.writeNumberProperty("notDoing", all.notDoing());
            g.writeNumberProperty("overdue", all.overdue());
            g.writeArrayPropertyStart("ageLabels");
            for (String l : AGE_LABELS) {
                g.writeString(l);
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("ageCounts");
            for (int c : ageBuckets(all.openAgeDays())) {
                g.writeNumber(c);
            }
            g.writeEndArray();
            g.writeEndObject();

            g.writeObjectPropertyStart("readiness");
            g.writeNumberProperty("items", all.items());
            g.writeNumberProperty("ready", all.ready());
            g.writeArrayPropertyStart("criteria");
            for (ReadinessCriterion c : ReadinessCriterion.values()) {
                g.writeStartObject();
                g.writeStringProperty("id", c.rule().id());
                g.writeStringProperty("failure", c.rule().description());
                g.writeNumberProperty("passed", all.readyByCriterion().getOrDefault(c, 0));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();

            g.writeObjectPropertyStart("review");
            List<String> kinds = new ArrayList<>();
            for (CorpusMetrics.ReviewTimeliness t : CorpusMetrics.ReviewTimeliness.values()) {
                kinds.add(t.name().toLowerCase(Locale.ROOT).replace('_', ' '));
            }
            g.writeArrayPropertyStart("kinds");
            for (String k : kinds) {
                g.writeString(k);
            }
            g.writeEndArray();
            g.writeObjectPropertyStart("counts");
            for (CorpusMetrics.ReviewTimeliness t : CorpusMetrics.ReviewTimeliness.values()) {
                g.writeArrayPropertyStart(kinds.get(t.ordinal()));
                for (YearMonth m : months) {
                    CorpusMetrics c = byMonth.get(m);
                    g.writeNumber(c == null ? 0 : c.review().getOrDefault(t, 0));
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeObjectPropertyStart("totals");
            for (CorpusMetrics.ReviewTimeliness t : CorpusMetrics.ReviewTimeliness.values()) {
                g.writeNumberProperty(kinds.get(t.ordinal()), all.review().getOrDefault(t, 0));
            }
            g.writeEndObject();
            g.writeNumberProperty("windowFrom", checker.config().reviewMinBusinessDays());
            g.writeNumberProperty("windowTo", checker.config().reviewMaxBusinessDays());
            g.writeEndObject();

            g.writeObjectPropertyStart("factors");
            series(g, months, byMonth, all.byCategory().keySet(), CorpusMetrics::byCategory);
            g.writeEndObject();

            g.writeObjectPropertyStart("blame");
            g.writeNumberProperty("findings", all.blameFindings());
            g.writeNumberProperty("words", all.words());
            g.writeNumberProperty("perThousandWords", round(all.blamePerThousandWords()));
            g.writeArrayPropertyStart("rules");
            for (String r : all.blameByRule().keySet()) {
                g.writeString(r);
            }
            g.writeEndArray();
            g.writeObjectPropertyStart("perThousand");
            for (String r : all.blameByRule().keySet()) {
                g.writeArrayPropertyStart(r);
                for (YearMonth m : months) {
                    CorpusMetrics c = byMonth.get(m);
                    if (c == null || c.words() == 0) {
                        g.writeNull();
                    } else {
                        g.writeNumber(round(c.blameByRule().getOrDefault(r, 0) * 1000.0 / c.words()));
                    }
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeArrayPropertyStart("total");
            for (YearMonth m : months) {
                CorpusMetrics c = byMonth.get(m);
                if (c == null || c.words() == 0) {
                    g.writeNull();
                } else {
                    g.writeNumber(round(c.blamePerThousandWords()));
                }
            }
            g.writeEndArray();
            g.writeEndObject();

            maturity(g, all.maturity());
            table(g, entries, checker, redaction);
            if (audit.isPresent()) {
                audit(g, audit.get(), redaction);
            }
            g.writeEndObject();
        }
        return escape(s.toString());
    }

    private static Optional<MetricsSummary.Stat> stat(CorpusMetrics c, IncidentMetric t) {
        return c == null ? Optional.empty() : c.times().get(t);
    }

    private static void minutes(JsonGenerator g, Optional<Duration> d) {
        if (d.isPresent()) {
            g.writeNumber(round(d.get().toSeconds() / 60.0));
        } else {
            g.writeNull();
        }
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    static int[] ageBuckets(List<Long> ages) {
        int[] out = new int[AGE_BOUNDS.length + 1];
        for (long a : ages) {
            int i = 0;
            while (i < AGE_BOUNDS.length && a > AGE_BOUNDS[i]) {
                i++;
            }
            out[i]++;
        }
        return out;
    }

    private static void series(
            JsonGenerator g,
            List<YearMonth> months,
            SortedMap<YearMonth, CorpusMetrics> byMonth,
            java.util.Set<String> keys,
            Function<CorpusMetrics, Map<String, Integer>> counts) {
        g.writeArrayPropertyStart("keys");
        for (String k : new TreeSet<>(keys)) {
            g.writeString(k);
        }
        g.writeEndArray();
        g.writeObjectPropertyStart("counts");
        for (String k : new TreeSet<>(keys)) {
            g.writeArrayPropertyStart(k);
            for (YearMonth m : months) {
                CorpusMetrics c = byMonth.get(m);
                g.writeNumber(c == null ? 0 : counts.apply(c).getOrDefault(k, 0));
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void maturity(JsonGenerator g, MaturityAssessment.Result m) {
        g.writeObjectPropertyStart("maturity");
        g.writeNumberProperty("level", m.level().number());
        g.writeStringProperty("archetype", m.level().archetype());
        g.writeArrayPropertyStart("indicators");
        for (MaturityAssessment.Indicator i : m.indicators()) {
            g.writeStartObject();
            g.writeStringProperty("name", i.name());
            if (i.value().isPresent()) {
                g.writeNumberProperty("value", round(i.value().get()));
            } else {
                g.writeNullProperty("value");
            }
            g.writeNumberProperty("threshold", i.threshold());
            g.writeBooleanProperty("atMost", i.atMost());
            g.writeBooleanProperty("met", i.met());
            g.writeStringProperty("evidence", i.evidence());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("toMoveUp");
        for (MaturityAssessment.Indicator i : m.toMoveUp()) {
            g.writeString(i.name() + ": " + (i.atMost() ? "at most " : "at least ")
                    + Math.round(i.threshold() * 100) + "% (now "
                    + i.value().map(v -> Math.round(v * 100) + "%").orElse("no evidence") + ")");
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void table(
            JsonGenerator g, List<HtmlReport.Entry> entries, PostmortemChecker checker, Redaction redaction) {
        g.writeArrayPropertyStart("table");
        for (HtmlReport.Entry e : entries) {
            Postmortem p = e.postmortem();
            g.writeStartObject();
            g.writeStringProperty("id", p.id().map(Object::toString).orElse(""));
            g.writeStringProperty("title", redaction.mask(p.title()));
            g.writeStringProperty(
                    "severity", p.severity().map(SeverityLevel::id).orElse(""));
            g.writeStringProperty(
                    "status", p.status().name().toLowerCase(Locale.ROOT).replace('_', ' '));
            List<dev.postmortem.core.report.Finding> findings = checker.check(p).findings();
            g.writeNumberProperty("findings", findings.size());
            g.writeNumberProperty(
                    "blame",
                    findings.stream()
                            .filter(f -> f.ruleId().startsWith("language."))
                            .count());
            Optional<String> link = e.link().filter(l -> !redaction.namesSomeone(l));
            if (link.isPresent()) {
                g.writeStringProperty("link", link.get());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void audit(JsonGenerator g, HealthAudit.Result a, Redaction redaction) {
        g.writeObjectPropertyStart("audit");
        g.writeNumberProperty("minGroupSize", a.minGroupSize());
        g.writeNumberProperty("commentsShown", a.commentsShown());
        g.writeNumberProperty("commentsDropped", a.commentsDropped());
        g.writeArrayPropertyStart("questions");
        for (QuestionSet.Question q : a.questions()) {
            g.writeStartObject();
            g.writeStringProperty("id", q.id());
            g.writeStringProperty("topic", q.topic());
            g.writeStringProperty("statement", q.statement());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("periods");
        for (String p : a.periods()) {
            g.writeString(redaction.mask(p));
        }
        g.writeEndArray();
        g.writeObjectPropertyStart("trend");
        a.trend().forEach((q, points) -> {
            g.writeArrayPropertyStart(q);
            for (String period : a.periods()) {
                Optional<HealthAudit.TrendPoint> p =
                        points.stream().filter(t -> t.period().equals(period)).findFirst();
                if (p.isPresent()) {
                    g.writeNumber(round(p.get().agree()));
                } else {
                    g.writeNull();
                }
            }
            g.writeEndArray();
        });
        g.writeEndObject();
        g.writeArrayPropertyStart("groups");
        for (HealthAudit.Group gr : a.groups()) {
            g.writeStartObject();
            g.writeStringProperty("period", redaction.mask(gr.period()));
            g.writeStringProperty("team", redaction.mask(gr.team()));
            g.writeArrayPropertyStart("questions");
            for (HealthAudit.QuestionStat s : gr.questions()) {
                g.writeStartObject();
                g.writeStringProperty("id", s.questionId());
                g.writeNumberProperty("answers", s.answers());
                g.writeNumberProperty("median", s.median());
                g.writeNumberProperty("agree", round(s.agree()));
                g.writeArrayPropertyStart("distribution");
                for (int d : s.distribution()) {
                    g.writeNumber(d);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("comments");
            for (String c : gr.comments()) {
                g.writeString(c);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * JSON made safe inside a {@code <script>} element: {@code <}, {@code >} and {@code &} (which
     * JSON allows only inside strings) and U+2028/U+2029 become {@code \}{@code u} escapes, so no
     * {@code </script>} or {@code <!--} can end or change the element.
     *
     * @param json the JSON
     * @return the escaped JSON, the same value to a JSON parser
     */
    public static String escape(String json) {
        StringBuilder b = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> b.append("\\u003c");
                case '>' -> b.append("\\u003e");
                case '&' -> b.append("\\u0026");
                case '\u2028' -> b.append("\\u2028");
                case '\u2029' -> b.append("\\u2029");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
