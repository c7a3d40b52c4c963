package dev.postmortem.report.survey;

import dev.postmortem.core.checks.language.BlameLanguageChecker;
import dev.postmortem.report.internal.Redaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The anonymous Blameless Health Audit: survey answers aggregated per period and team.
 *
 * <p>Anonymity comes first. A question's answers in a period and team are shown only when there are
 * at least the minimum group size of them (5 by default); below that nothing about them is shown,
 * not even that they exist, and a team none of whose questions reaches the minimum is left out
 * whole. Free text is shown only for shown answers, and never when it names a person or a handle or
 * holds blame language (the core's name detection and language rules decide): those answers are
 * dropped and only their number is told. The trend of a question across periods is built from the
 * shown groups only, so a hidden team's answers cannot be worked out by subtracting. Scores are
 * summarised as the distribution of 1 to 5, the median and the share that agree (4 or 5); no mean.
 * Immutable and thread-safe.
 */
public final class HealthAudit {
    /** The default minimum group size. */
    public static final int DEFAULT_MIN_GROUP_SIZE = 5;

    /**
     * The answers to one question in one period and team.
     *
     * @param questionId the question
     * @param answers how many answers
     * @param distribution how many answered 1, 2, 3, 4 and 5
     * @param median the median score
     * @param agree the share that answered 4 or 5
     */
    public record QuestionStat(
            String questionId, int answers, List<Integer> distribution, double median, double agree) {
        /** Copies the distribution. */
        public QuestionStat {
            distribution = List.copyOf(distribution);
        }
    }

    /**
     * A period and team shown in the audit.
     *
     * @param period the period
     * @param team the team
     * @param questions the questions with enough answers, in question-set order
     * @param comments the free-text answers kept, in file order
     */
    public record Group(String period, String team, List<QuestionStat> questions, List<String> comments) {
        /** Copies the lists. */
        public Group {
            questions = List.copyOf(questions);
            comments = List.copyOf(comments);
        }
    }

    /**
     * One point of a question's trend: the shown answers of a period, all shown teams together.
     *
     * @param period the period
     * @param answers how many answers
     * @param agree the share that answered 4 or 5
     */
    public record TrendPoint(String period, int answers, double agree) {}

    /**
     * The audit.
     *
     * @param minGroupSize the minimum group size applied
     * @param questions the question set
     * @param periods every period with a shown group, in order
     * @param groups the shown groups, by period then team
     * @param trend for each question with a shown answer, its points in period order
     * @param commentsShown free-text answers shown
     * @param commentsDropped free-text answers of shown groups dropped because they name someone or
     *     blame
     */
    public record Result(
            int minGroupSize,
            List<QuestionSet.Question> questions,
            List<String> periods,
            List<Group> groups,
            Map<String, List<TrendPoint>> trend,
            int commentsShown,
            int commentsDropped) {
        /** Copies the collections. */
        public Result {
            questions = List.copyOf(questions);
            periods = List.copyOf(periods);
            groups = List.copyOf(groups);
            Map<String, List<TrendPoint>> t = new java.util.LinkedHashMap<>();
            trend.forEach((k, v) -> t.put(k, List.copyOf(v)));
            trend = java.util.Collections.unmodifiableMap(t);
        }

        /**
         * The text form {@code postmortem audit} prints.
         *
         * @return lines of text
         */
        public String text() {
            StringBuilder b = new StringBuilder();
            b.append("health audit: ")
                    .append(groups.size())
                    .append(groups.size() == 1 ? " group" : " groups")
                    .append(" shown (a question's answers in a period and team are shown from ")
                    .append(minGroupSize)
                    .append(" answers on; smaller groups are not shown at all)\n");
            for (Group g : groups) {
                b.append(g.period()).append(" ").append(g.team()).append('\n');
                for (QuestionStat s : g.questions()) {
                    b.append(String.format(
                            Locale.ROOT,
                            "  %s: %d answers, agree %.0f%%, median %s, 1-5: %s%n",
                            s.questionId(),
                            s.answers(),
                            s.agree() * 100,
                            median(s.median()),
                            s.distribution()));
                }
                for (String c : g.comments()) {
                    b.append("  comment: ").append(c.replace('\n', ' ')).append('\n');
                }
            }
            if (!trend.isEmpty()) {
                b.append("trend (share that agree):\n");
                trend.forEach((q, points) -> {
                    b.append("  ").append(q).append(':');
                    for (TrendPoint p : points) {
                        b.append(String.format(
                                Locale.ROOT, " %s %.0f%% (n=%d)", p.period(), p.agree() * 100, p.answers()));
                    }
                    b.append('\n');
                });
            }
            b.append("comments: ")
                    .append(commentsShown)
                    .append(" shown, ")
                    .append(commentsDropped)
                    .append(" not shown because they name someone or blame\n");
            return b.toString();
        }

        private static String median(double m) {
            return m == Math.rint(m) ? String.valueOf((int) m) : String.format(Locale.ROOT, "%.1f", m);
        }
    }

    private final QuestionSet questions;
    private final int minGroupSize;
    private final Redaction redaction;

    private HealthAudit(QuestionSet questions, int minGroupSize, Redaction redaction) {
        this.questions = questions;
        this.minGroupSize = minGroupSize;
        this.redaction = redaction;
    }

    /**
     * An audit.
     *
     * @param questions the question set
     * @param minGroupSize the least number of answers shown, at least 1
     * @param language the language checker whose name detection and rules screen free text
     * @return the audit
     * @throws IllegalArgumentException if the minimum is below 1
     */
    public static HealthAudit of(QuestionSet questions, int minGroupSize, BlameLanguageChecker language) {
        Objects.requireNonNull(questions, "questions");
        if (minGroupSize < 1) {
            throw new IllegalArgumentException("the minimum group size must be at least 1, not " + minGroupSize);
        }
        return new HealthAudit(questions, minGroupSize, Redaction.of(Objects.requireNonNull(language, "language")));
    }

    /**
     * Aggregates a survey.
     *
     * @param survey the answers
     * @return the audit
     */
    public Result assess(Survey survey) {
        Objects.requireNonNull(survey, "survey");
        SortedMap<String, SortedMap<String, List<SurveyAnswer>>> byGroup = new TreeMap<>();
        for (SurveyAnswer a : survey.answers()) {
            byGroup.computeIfAbsent(a.period(), k -> new TreeMap<>())
                    .computeIfAbsent(a.team(), k -> new ArrayList<>())
                    .add(a);
        }
        List<Group> groups = new ArrayList<>();
        List<String> periods = new ArrayList<>();
        Map<String, List<TrendPoint>> trend = new java.util.LinkedHashMap<>();
        Map<String, Map<String, int[]>> trendCounts = new java.util.LinkedHashMap<>();
        int shown = 0;
        int dropped = 0;
        for (var period : byGroup.entrySet()) {
            for (var team : period.getValue().entrySet()) {
                List<QuestionStat> stats = new ArrayList<>();
                List<String> comments = new ArrayList<>();
                for (String q : questions.ids()) {
                    List<SurveyAnswer> answers = team.getValue().stream()
                            .filter(a -> a.questionId().equals(q))
                            .toList();
                    if (answers.size() < minGroupSize) {
                        continue;
                    }
                    stats.add(stat(q, answers));
                    int[] t = trendCounts
                            .computeIfAbsent(q, k -> new TreeMap<>())
                            .computeIfAbsent(period.getKey(), k -> new int[2]);
                    t[0] += answers.size();
                    t[1] += (int) answers.stream().filter(a -> a.score() >= 4).count();
                    for (SurveyAnswer a : answers) {
                        if (a.comment().isPresent()) {
                            if (redaction.namesOrBlames(a.comment().get())) {
                                dropped++;
                            } else {
                                comments.add(a.comment().get());
                                shown++;
                            }
                        }
                    }
                }
                if (!stats.isEmpty()) {
                    groups.add(new Group(period.getKey(), redaction.mask(team.getKey()), stats, comments));
                    if (periods.isEmpty() || !periods.get(periods.size() - 1).equals(period.getKey())) {
                        periods.add(period.getKey());
                    }
                }
            }
        }
        for (String q : questions.ids()) {
            Map<String, int[]> points = trendCounts.get(q);
            if (points != null) {
                List<TrendPoint> list = new ArrayList<>();
                points.forEach((p, c) -> list.add(new TrendPoint(p, c[0], c[1] / (double) c[0])));
                trend.put(q, list);
            }
        }
        return new Result(minGroupSize, questions.questions(), periods, groups, trend, shown, dropped);
    }

    private static QuestionStat stat(String q, List<SurveyAnswer> answers) {
        Integer[] dist = {0, 0, 0, 0, 0};
        int[] scores = answers.stream().mapToInt(SurveyAnswer::score).sorted().toArray();
        for (int s : scores) {
            dist[s - 1]++;
        }
        int n = scores.length;
        double median = n % 2 == 1 ? scores[n / 2] : (scores[n / 2 - 1] + scores[n / 2]) / 2.0;
        double agree = (dist[3] + dist[4]) / (double) n;
        return new QuestionStat(q, n, List.of(dist), median, agree);
    }
}
