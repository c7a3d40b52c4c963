package dev.postmortem.cli.internal;

import dev.postmortem.core.checks.PostmortemChecker;
import dev.postmortem.core.checks.maturity.MaturityAssessment;
import dev.postmortem.core.metrics.CorpusMetrics;
import dev.postmortem.core.metrics.IncidentMetric;
import dev.postmortem.core.metrics.MetricsSummary;
import dev.postmortem.core.model.Postmortem;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The numbers {@code postmortem metrics} reports over a corpus: counts by severity and factor
 * category, time to detect, acknowledge, mitigate, recover and resolve (count, median, p90),
 * action items open, done and overdue, the Definition-of-Ready pass rate, blame findings per
 * 1,000 words, and the maturity level with its evidence. Immutable.
 *
 * @param postmortems how many postmortems
 * @param bySeverity counts by severity id, under "none" when a postmortem states no severity
 * @param byCategory counts of contributing factors by category
 * @param times the statistics of each time
 * @param open open and in-progress action items
 * @param done done action items
 * @param notDoing action items not being done
 * @param overdue open or in-progress items past their due date
 * @param ready action items that meet the Definition of Ready
 * @param items all action items
 * @param blameFindings blame-language findings
 * @param words words of text checked
 * @param maturity the maturity assessment
 */
public record MetricsReport(
        int postmortems,
        Map<String, Integer> bySeverity,
        Map<String, Integer> byCategory,
        Map<IncidentMetric, Optional<MetricsSummary.Stat>> times,
        int open,
        int done,
        int notDoing,
        int overdue,
        int ready,
        int items,
        int blameFindings,
        long words,
        MaturityAssessment.Result maturity) {

    /**
     * Measures a corpus.
     *
     * @param corpus the postmortems
     * @param checker the checker, for its configuration and language rules
     * @param clock today's date, for overdue items and the maturity model
     * @return the report
     */
    public static MetricsReport of(List<Postmortem> corpus, PostmortemChecker checker, Clock clock) {
        return of(CorpusMetrics.of(corpus, checker, clock));
    }

    /**
     * The report of numbers already measured: {@code metrics} and {@code report} share them.
     *
     * @param m the numbers
     * @return the report
     */
    public static MetricsReport of(CorpusMetrics m) {
        Map<IncidentMetric, Optional<MetricsSummary.Stat>> times = new java.util.EnumMap<>(IncidentMetric.class);
        for (IncidentMetric i : IncidentMetric.values()) {
            times.put(i, m.times().get(i));
        }
        return new MetricsReport(
                m.postmortems(),
                m.bySeverity(),
                m.byCategory(),
                times,
                m.open(),
                m.done(),
                m.notDoing(),
                m.overdue(),
                m.ready(),
                m.items(),
                m.blameFindings(),
                m.words(),
                m.maturity());
    }

    /** Blame findings per 1,000 words, or 0 for no words. */
    public double blamePerThousandWords() {
        return words == 0 ? 0 : blameFindings * 1000.0 / words;
    }

    /** The Definition-of-Ready pass rate, or empty without action items. */
    public Optional<Double> readyRate() {
        return items == 0 ? Optional.empty() : Optional.of(ready / (double) items);
    }

    private static String minutes(Duration d) {
        long s = d.toSeconds();
        return s % 60 == 0 ? (s / 60) + " min" : String.format(Locale.ROOT, "%.1f min", s / 60.0);
    }

    private static String name(IncidentMetric m) {
        return m.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * The text form.
     *
     * @return the report as lines of text
     */
    public String text() {
        StringBuilder b = new StringBuilder();
        b.append("postmortems: ").append(postmortems).append('\n');
        b.append("by severity: ").append(bySeverity).append('\n');
        b.append("factors by category: ").append(byCategory).append('\n');
        for (Map.Entry<IncidentMetric, Optional<MetricsSummary.Stat>> e : times.entrySet()) {
            b.append(name(e.getKey())).append(": ");
            b.append(e.getValue()
                    .map(s -> "n=" + s.count() + ", median " + minutes(s.median()) + ", p90 " + minutes(s.p90()))
                    .orElse("n=0"));
            b.append('\n');
        }
        b.append("action items: ")
                .append(items)
                .append(" (open ")
                .append(open)
                .append(", done ")
                .append(done)
                .append(", not doing ")
                .append(notDoing)
                .append(", overdue ")
                .append(overdue)
                .append(")\n");
        b.append("definition of ready: ")
                .append(readyRate()
                        .map(r -> String.format(Locale.ROOT, "%.1f%% (%d of %d)", r * 100, ready, items))
                        .orElse("no action items"))
                .append('\n');
        b.append(String.format(
                Locale.ROOT,
                "blame findings: %d in %d words (%.2f per 1,000 words)%n",
                blameFindings,
                words,
                blamePerThousandWords()));
        b.append("maturity: level ")
                .append(maturity.level().number())
                .append(" ")
                .append(maturity.level().archetype())
                .append('\n');
        for (MaturityAssessment.Indicator i : maturity.indicators()) {
            b.append("  ")
                    .append(i.met() ? "met     " : "not met ")
                    .append(i.name())
                    .append(": ")
                    .append(i.evidence())
                    .append('\n');
        }
        return b.toString();
    }

    /**
     * The JSON form.
     *
     * @return the report as a JSON object, ending with a line break
     */
    public String json() {
        StringWriter s = new StringWriter();
        try (JsonGenerator g =
                JsonMapper.builder().build().writerWithDefaultPrettyPrinter().createGenerator(s)) {
            g.writeStartObject();
            g.writeNumberProperty("postmortems", postmortems);
            g.writeName("bySeverity");
            g.writePOJO(bySeverity);
            g.writeName("factorsByCategory");
            g.writePOJO(byCategory);
            g.writeName("times");
            g.writeStartObject();
            for (Map.Entry<IncidentMetric, Optional<MetricsSummary.Stat>> e : times.entrySet()) {
                g.writeName(camel(e.getKey()));
                g.writeStartObject();
                g.writeNumberProperty(
                        "count", e.getValue().map(MetricsSummary.Stat::count).orElse(0));
                if (e.getValue().isPresent()) {
                    g.writeStringProperty("median", e.getValue().get().median().toString());
                    g.writeStringProperty("p90", e.getValue().get().p90().toString());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeName("actionItems");
            g.writeStartObject();
            g.writeNumberProperty("total", items);
            g.writeNumberProperty("open", open);
            g.writeNumberProperty("done", done);
            g.writeNumberProperty("notDoing", notDoing);
            g.writeNumberProperty("overdue", overdue);
            g.writeNumberProperty("ready", ready);
            if (readyRate().isPresent()) {
                g.writeNumberProperty("readyRate", readyRate().get());
            }
            g.writeEndObject();
            g.writeName("blameLanguage");
            g.writeStartObject();
            g.writeNumberProperty("findings", blameFindings);
            g.writeNumberProperty("words", words);
            g.writeNumberProperty("perThousandWords", blamePerThousandWords());
            g.writeEndObject();
            g.writeName("maturity");
            g.writeStartObject();
            g.writeNumberProperty("level", maturity.level().number());
            g.writeStringProperty("archetype", maturity.level().archetype());
            g.writeName("indicators");
            g.writeStartArray();
            for (MaturityAssessment.Indicator i : maturity.indicators()) {
                g.writeStartObject();
                g.writeStringProperty("name", i.name());
                if (i.value().isPresent()) {
                    g.writeNumberProperty("value", i.value().get());
                }
                g.writeNumberProperty("threshold", i.threshold());
                g.writeBooleanProperty("atMost", i.atMost());
                g.writeBooleanProperty("met", i.met());
                g.writeStringProperty("evidence", i.evidence());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
        return s + "\n";
    }

    private static String camel(IncidentMetric m) {
        String[] parts = m.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            b.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return b.toString();
    }
}
