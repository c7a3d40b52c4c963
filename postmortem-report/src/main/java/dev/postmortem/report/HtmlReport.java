package dev.postmortem.report;

import dev.postmortem.core.checks.PostmortemChecker;
import dev.postmortem.core.metrics.CorpusMetrics;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.report.internal.Page;
import dev.postmortem.report.internal.PageData;
import dev.postmortem.report.internal.Redaction;
import dev.postmortem.report.survey.HealthAudit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The report over a corpus of postmortems as one self-contained HTML file: scripts (Apache ECharts
 * among them), styles and data inline, no request of any kind when it opens. Every number comes from
 * {@link CorpusMetrics}, the computation {@code postmortem metrics} prints: over the whole corpus
 * and for each month on its own.
 *
 * <p>No person reaches the page: blame findings are counted per rule, never quoted; titles have
 * handles and known names masked; a file whose path names someone is listed without its link; the
 * health audit shows only groups of the minimum size and drops free text that names or blames.
 * Immutable.
 */
public final class HtmlReport {
    /**
     * One postmortem of the report.
     *
     * @param postmortem the postmortem
     * @param link where its file is, relative to the page and URL-encoded, if the table should link it
     */
    public record Entry(Postmortem postmortem, Optional<String> link) {
        /**
         * Rejects nulls.
         *
         * @throws NullPointerException if a part is null
         */
        public Entry {
            Objects.requireNonNull(postmortem, "postmortem");
            Objects.requireNonNull(link, "link");
        }
    }

    private final List<Entry> entries;
    private final PostmortemChecker checker;
    private final Clock clock;
    private final Optional<HealthAudit.Result> audit;

    private HtmlReport(
            List<Entry> entries, PostmortemChecker checker, Clock clock, Optional<HealthAudit.Result> audit) {
        this.entries = entries;
        this.checker = checker;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * A report over postmortems.
     *
     * @param entries the postmortems with their links
     * @param checker the checker: its configuration, rules and names
     * @param clock today's date, for overdue items, review deadlines and the maturity model
     * @return the report
     */
    public static HtmlReport of(List<Entry> entries, PostmortemChecker checker, Clock clock) {
        return new HtmlReport(
                List.copyOf(Objects.requireNonNull(entries, "entries")),
                Objects.requireNonNull(checker, "checker"),
                Objects.requireNonNull(clock, "clock"),
                Optional.empty());
    }

    /**
     * The same report with a health audit section.
     *
     * @param result the audit
     * @return a new report
     */
    public HtmlReport withAudit(HealthAudit.Result result) {
        return new HtmlReport(entries, checker, clock, Optional.of(Objects.requireNonNull(result, "result")));
    }

    /**
     * The page's data as JSON, escaped for a {@code <script>} element ({@code <}, {@code >}, {@code
     * &} and the line and paragraph separators written as {@code \}{@code u} escapes).
     *
     * @return the JSON
     */
    public String data() {
        List<Postmortem> corpus = entries.stream().map(Entry::postmortem).toList();
        CorpusMetrics all = CorpusMetrics.of(corpus, checker, clock);
        SortedMap<YearMonth, CorpusMetrics> months = CorpusMetrics.byMonth(corpus, checker, clock);
        return PageData.json(
                all, months, entries, checker, Redaction.of(checker.language()), LocalDate.now(clock), audit);
    }

    /**
     * The page.
     *
     * @return the HTML document
     */
    public String html() {
        return Page.render(data());
    }

    /**
     * Writes the page.
     *
     * @param out where to; not closed
     * @throws UncheckedIOException if writing fails
     */
    public void write(Writer out) {
        try {
            out.write(html());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
