package dev.postmortem.core.metrics;

import dev.postmortem.core.checks.PostmortemChecker;
import dev.postmortem.core.checks.lifecycle.LifecycleRules;
import dev.postmortem.core.checks.maturity.MaturityAssessment;
import dev.postmortem.core.checks.readiness.CriterionResult;
import dev.postmortem.core.checks.readiness.DefinitionOfReady;
import dev.postmortem.core.checks.readiness.ItemReadiness;
import dev.postmortem.core.checks.readiness.ReadinessCriterion;
import dev.postmortem.core.internal.Args;
import dev.postmortem.core.internal.IncidentDates;
import dev.postmortem.core.model.ActionItem;
import dev.postmortem.core.model.ContributingFactor;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.SeverityLevel;
import dev.postmortem.core.report.Finding;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The numbers over a corpus of postmortems that {@code postmortem metrics} prints and {@code
 * postmortem report} draws: counts by severity and factor category, the {@link MetricsSummary} of
 * the incident times, action items by status with the age of the open ones, the Definition of Ready
 * per criterion, review timeliness against the review window, blame-language findings per rule and
 * per 1,000 words, and the maturity level with its evidence. One computation for every view, so
 * that the text, the JSON and the page never disagree. Immutable and thread-safe.
 *
 * @param postmortems how many postmortems
 * @param bySeverity counts by severity id, under "none" when a postmortem states no severity;
 *     sorted by id
 * @param byCategory counts of contributing factors by category (lower case), sorted
 * @param times the count, median and p90 of each incident time
 * @param items all action items
 * @param open open and in-progress action items
 * @param done done action items
 * @param notDoing action items not being done
 * @param overdue open or in-progress items past their due date
 * @param openAgeDays for each open or in-progress item of a postmortem with a known incident date,
 *     the days from the incident's end to today, ascending
 * @param ready action items that meet every criterion of the Definition of Ready
 * @param readyByCriterion for each criterion, how many action items pass it
 * @param review postmortems by review timeliness
 * @param blameFindings blame-language findings
 * @param blameByRule blame-language findings by rule id, sorted
 * @param words words of text checked
 * @param maturity the maturity assessment
 */
public record CorpusMetrics(
        int postmortems,
        Map<String, Integer> bySeverity,
        Map<String, Integer> byCategory,
        MetricsSummary times,
        int items,
        int open,
        int done,
        int notDoing,
        int overdue,
        List<Long> openAgeDays,
        int ready,
        Map<ReadinessCriterion, Integer> readyByCriterion,
        Map<ReviewTimeliness, Integer> review,
        int blameFindings,
        Map<String, Integer> blameByRule,
        long words,
        MaturityAssessment.Result maturity) {

    /** When a postmortem's review meeting was held, against the configured review window. */
    public enum ReviewTimeliness {
        /** Held within the window. */
        ON_TIME,
        /** Held before the window opened. */
        EARLY,
        /** Held after the window closed. */
        LATE,
        /** A draft past its deadline with no meeting recorded. */
        OVERDUE,
        /** No meeting recorded, and none overdue (not yet due, or not a draft, or no incident date). */
        NOT_RECORDED
    }

    /**
     * Copies the collections; rejects nulls.
     *
     * @throws IllegalArgumentException if an argument is null
     */
    public CorpusMetrics {
        bySeverity = Collections.unmodifiableMap(new TreeMap<>(Args.notNull(bySeverity, "bySeverity")));
        byCategory = Collections.unmodifiableMap(new TreeMap<>(Args.notNull(byCategory, "byCategory")));
        Args.notNull(times, "times");
        openAgeDays = List.copyOf(Args.notNull(openAgeDays, "openAgeDays"));
        readyByCriterion = Collections.unmodifiableMap(
                new EnumMap<>(enumMap(Args.notNull(readyByCriterion, "readyByCriterion"), ReadinessCriterion.class)));
        review = Collections.unmodifiableMap(
                new EnumMap<>(enumMap(Args.notNull(review, "review"), ReviewTimeliness.class)));
        blameByRule = Collections.unmodifiableMap(new TreeMap<>(Args.notNull(blameByRule, "blameByRule")));
        Args.notNull(maturity, "maturity");
    }

    private static <K extends Enum<K>> Map<K, Integer> enumMap(Map<K, Integer> m, Class<K> type) {
        Map<K, Integer> out = new EnumMap<>(type);
        out.putAll(m);
        return out;
    }

    /**
     * Measures a corpus.
     *
     * @param corpus the postmortems
     * @param checker the checker, for its configuration and language rules
     * @param clock today's date, for overdue items, review deadlines and the maturity model
     * @return the numbers
     * @throws IllegalArgumentException if an argument or an element is null
     */
    public static CorpusMetrics of(Collection<Postmortem> corpus, PostmortemChecker checker, Clock clock) {
        Args.notNull(corpus, "corpus");
        Args.notNull(checker, "checker");
        Args.notNull(clock, "clock");
        Map<String, Integer> bySeverity = new TreeMap<>();
        Map<String, Integer> byCategory = new TreeMap<>();
        Map<ReadinessCriterion, Integer> byCriterion = new EnumMap<>(ReadinessCriterion.class);
        for (ReadinessCriterion c : ReadinessCriterion.values()) {
            byCriterion.put(c, 0);
        }
        Map<ReviewTimeliness, Integer> review = new EnumMap<>(ReviewTimeliness.class);
        for (ReviewTimeliness t : ReviewTimeliness.values()) {
            review.put(t, 0);
        }
        Map<String, Integer> byRule = new TreeMap<>();
        List<Long> ages = new ArrayList<>();
        int open = 0;
        int done = 0;
        int notDoing = 0;
        int overdue = 0;
        int ready = 0;
        int items = 0;
        int blame = 0;
        long words = 0;
        LocalDate today = LocalDate.now(clock);
        DefinitionOfReady dor = DefinitionOfReady.of(checker.config());
        LifecycleRules lifecycle = LifecycleRules.of(checker.config(), clock);
        for (Postmortem p : corpus) {
            Args.notNull(p, "postmortem");
            bySeverity.merge(p.severity().map(SeverityLevel::id).orElse("none"), 1, Integer::sum);
            for (ContributingFactor f : p.contributingFactors()) {
                byCategory.merge(f.category().name().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
            Optional<LocalDate> ended = IncidentDates.ended(p);
            for (ActionItem a : p.actionItems()) {
                items++;
                switch (a.status()) {
                    case DONE -> done++;
                    case NOT_DOING -> notDoing++;
                    default -> {
                        open++;
                        if (a.dueDate().map(d -> d.isBefore(today)).orElse(false)) {
                            overdue++;
                        }
                        ended.ifPresent(d -> ages.add(Math.max(0, ChronoUnit.DAYS.between(d, today))));
                    }
                }
            }
            for (ItemReadiness r : dor.assess(p)) {
                ready += r.isReady() ? 1 : 0;
                for (CriterionResult c : r.results()) {
                    if (c.passed()) {
                        byCriterion.merge(c.criterion(), 1, Integer::sum);
                    }
                }
            }
            for (Finding f : checker.language().check(p).findings()) {
                blame++;
                byRule.merge(f.ruleId(), 1, Integer::sum);
            }
            review.merge(timeliness(p, lifecycle), 1, Integer::sum);
            words += words(p);
        }
        Collections.sort(ages);
        MaturityAssessment.Result maturity =
                MaturityAssessment.of(checker.config(), clock).assess(corpus);
        return new CorpusMetrics(
                corpus.size(),
                bySeverity,
                byCategory,
                MetricsSummary.of(corpus),
                items,
                open,
                done,
                notDoing,
                overdue,
                ages,
                ready,
                byCriterion,
                review,
                blame,
                byRule,
                words,
                maturity);
    }

    /**
     * Measures each month of a corpus on its own, with {@link #of}: the postmortems are grouped by
     * {@link #month(Postmortem)}; those without a date are left out.
     *
     * @param corpus the postmortems
     * @param checker the checker
     * @param clock today's date
     * @return the numbers of each month that has a postmortem, in month order
     * @throws IllegalArgumentException if an argument or an element is null
     */
    public static SortedMap<YearMonth, CorpusMetrics> byMonth(
            Collection<Postmortem> corpus, PostmortemChecker checker, Clock clock) {
        Args.notNull(corpus, "corpus");
        SortedMap<YearMonth, List<Postmortem>> groups = new TreeMap<>();
        for (Postmortem p : corpus) {
            month(Args.notNull(p, "postmortem"))
                    .ifPresent(m ->
                            groups.computeIfAbsent(m, k -> new ArrayList<>()).add(p));
        }
        SortedMap<YearMonth, CorpusMetrics> out = new TreeMap<>();
        groups.forEach((m, ps) -> out.put(m, of(ps, checker, clock)));
        return Collections.unmodifiableSortedMap(out);
    }

    /**
     * The month a postmortem counts in: that of the day its incident started (the window's start,
     * else the id's date), in UTC.
     *
     * @param postmortem the postmortem
     * @return the month, or empty when the postmortem has neither a window nor an id
     */
    public static Optional<YearMonth> month(Postmortem postmortem) {
        return IncidentDates.started(Args.notNull(postmortem, "postmortem")).map(YearMonth::from);
    }

    private static ReviewTimeliness timeliness(Postmortem p, LifecycleRules lifecycle) {
        ReviewTimeliness t =
                p.reviewMeetingDate().isPresent() ? ReviewTimeliness.ON_TIME : ReviewTimeliness.NOT_RECORDED;
        for (Finding f : lifecycle.check(p).findings()) {
            switch (f.ruleId()) {
                case "lifecycle.review-overdue" -> t = ReviewTimeliness.OVERDUE;
                case "lifecycle.review-late" -> t = ReviewTimeliness.LATE;
                case "lifecycle.review-early" -> t = ReviewTimeliness.EARLY;
                default -> {}
            }
        }
        return t;
    }

    /**
     * The words of a postmortem's prose that the blame rate is measured against: title, timeline,
     * contributing factors, action items, user symptoms and additional sections.
     *
     * @param p the postmortem
     * @return the number of whitespace-separated words
     */
    public static long words(Postmortem p) {
        Args.notNull(p, "postmortem");
        StringBuilder b = new StringBuilder(p.title()).append(' ');
        p.timeline().forEach(e -> b.append(e.description()).append(' '));
        p.contributingFactors()
                .forEach(f ->
                        b.append(f.title()).append(' ').append(f.description()).append(' '));
        p.actionItems().forEach(a -> b.append(a.description()).append(' '));
        p.customerImpact().ifPresent(c -> b.append(c.userSymptoms()).append(' '));
        p.additionalSections().forEach(s -> b.append(s.body()).append(' '));
        String t = b.toString().trim();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /**
     * Blame findings per 1,000 words.
     *
     * @return the rate, or 0 for no words
     */
    public double blamePerThousandWords() {
        return words == 0 ? 0 : blameFindings * 1000.0 / words;
    }

    /**
     * The Definition-of-Ready pass rate.
     *
     * @return the share of action items that are ready, or empty without action items
     */
    public Optional<Double> readyRate() {
        return items == 0 ? Optional.empty() : Optional.of(ready / (double) items);
    }
}
