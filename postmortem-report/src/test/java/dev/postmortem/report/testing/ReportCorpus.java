package dev.postmortem.report.testing;

import dev.postmortem.core.model.ActionItem;
import dev.postmortem.core.model.ActionItemStatus;
import dev.postmortem.core.model.ActionItemType;
import dev.postmortem.core.model.ContributingFactor;
import dev.postmortem.core.model.Estimate;
import dev.postmortem.core.model.EventKind;
import dev.postmortem.core.model.FactorCategory;
import dev.postmortem.core.model.IncidentId;
import dev.postmortem.core.model.IncidentWindow;
import dev.postmortem.core.model.Lessons;
import dev.postmortem.core.model.OwnerHandle;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.PostmortemStatus;
import dev.postmortem.core.model.SeverityLevel;
import dev.postmortem.core.model.SeverityScale;
import dev.postmortem.core.model.TimelineEvent;
import dev.postmortem.report.survey.SurveyAnswer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Seeded generator of a team's corpus of postmortems over months, and of health-audit surveys: the
 * same seed gives the same corpus. Most postmortems are written blamelessly; some carry blaming
 * sentences that name people ({@link #NAMES}, from the core's first-name list) and role handles
 * ({@link #HANDLES}) in their titles and text, so that tests can prove none of them reaches a page.
 */
public final class ReportCorpus {
    /** The day the corpus is measured on. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    /** A clock fixed at {@link #TODAY}. */
    public static final Clock CLOCK =
            Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);

    /** First names the generator puts into titles, text and survey comments. */
    public static final List<String> NAMES = List.of("Priya", "Oluwaseun", "Dmitri", "Carolyn");

    /** Role handles the generator puts into titles, text, owners and survey comments. */
    public static final List<String> HANDLES = List.of("@oncall-primary", "@db-lead", "@edge-oncall");

    private static final String[] SYSTEMS = {
        "checkout API",
        "payments queue",
        "search index",
        "edge proxy",
        "auth service",
        "billing batch",
        "CDN config",
        "primary database",
        "feature-flag service",
        "metrics pipeline"
    };
    private static final String[] SYMPTOMS = {
        "elevated 5xx", "slow responses", "stale results", "failed logins", "delayed invoices", "dropped events"
    };
    private static final String[] FIXES = {
        "Add a canary analysis step to the deploy pipeline",
        "Alert on queue depth before consumers fall behind",
        "Validate the config schema and its semantics in CI",
        "Add a dry-run check for schema migrations",
        "Make the failover runbook step a single automated command",
        "Rate-limit retries in the client library"
    };

    private ReportCorpus() {}

    /**
     * A corpus.
     *
     * @param seed the seed
     * @param count how many postmortems
     * @param months over how many months up to {@link #TODAY}
     * @return the postmortems, oldest first
     */
    public static List<Postmortem> postmortems(long seed, int count, int months) {
        Random r = new Random(seed);
        List<Postmortem> out = new ArrayList<>();
        LocalDate first = TODAY.withDayOfMonth(1).minusMonths(months - 1L);
        long days = ChronoUnit.DAYS.between(first, TODAY);
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            dates.add(first.plusDays(r.nextInt((int) days)));
        }
        dates.sort(null);
        int seq = 0;
        LocalDate last = null;
        for (LocalDate d : dates) {
            seq = d.equals(last) ? seq + 1 : 1;
            last = d;
            out.add(postmortem(r, d, seq));
        }
        return out;
    }

    private static Postmortem postmortem(Random r, LocalDate day, int seq) {
        List<SeverityLevel> levels = SeverityScale.standard().levels();
        SeverityLevel severity = levels.get(Math.min(levels.size() - 1, (int) Math.abs(r.nextGaussian() * 1.5) + 1));
        String system = pick(r, SYSTEMS);
        boolean blaming = r.nextInt(6) == 0;
        String name = pick(r, NAMES.toArray(new String[0]));
        String handle = pick(r, HANDLES.toArray(new String[0]));
        String title = blaming
                ? name + "'s deploy broke the " + system
                : pick(r, SYMPTOMS) + " from the " + system + (r.nextInt(8) == 0 ? " (paged " + handle + ")" : "");
        Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant().plus(r.nextInt(24 * 60), ChronoUnit.MINUTES);
        long detect = 1 + (long) Math.abs(r.nextGaussian() * 8);
        long ack = detect + 1 + r.nextInt(10);
        long mitigate = ack + 5 + (long) Math.abs(r.nextGaussian() * 40);
        long recover = mitigate + r.nextInt(30);
        long resolve = recover + 10 + r.nextInt(240);
        List<TimelineEvent> timeline = new ArrayList<>();
        timeline.add(
                event(start, 0, EventKind.TRIGGER, "A config change to the " + system + " rolled out to all regions"));
        timeline.add(event(start, detect, EventKind.DETECTION, "The " + system + " latency alert fired"));
        timeline.add(event(
                start,
                ack,
                EventKind.ACKNOWLEDGEMENT,
                blaming
                        ? name + " forgot to check the dashboard and " + handle + " acknowledged the page late"
                        : "The on-call engineer acknowledged the page"));
        timeline.add(event(start, mitigate, EventKind.MITIGATION, "Traffic was shifted away from the failing region"));
        timeline.add(event(start, recover, EventKind.RECOVERY, "Error rates returned to normal"));
        if (r.nextInt(10) > 0) {
            timeline.add(event(start, resolve, EventKind.RESOLUTION, "The change was reverted and verified"));
        }
        Instant end = start.plus(resolve, ChronoUnit.MINUTES);
        Postmortem.Builder b = Postmortem.builder()
                .id(IncidentId.of(day, seq))
                .title(title)
                .severity(severity)
                .status(pick(r, PostmortemStatus.values()))
                .window(IncidentWindow.of(start, end))
                .timeline(timeline);
        int factors = 1 + r.nextInt(3);
        List<String> factorTitles = new ArrayList<>();
        for (int i = 0; i < factors; i++) {
            String t = "The " + system + " "
                    + pick(r, new String[] {"lacked a canary", "had no alert", "had a stale runbook"});
            factorTitles.add(t);
            b.addContributingFactors(ContributingFactor.builder()
                    .title(t)
                    .description(
                            blaming && i == 0
                                    ? "If " + name + " had been more careful this would not have happened"
                                    : "The pipeline validated the schema but not its meaning")
                    .category(pick(r, FactorCategory.values()))
                    .build());
        }
        for (int i = r.nextInt(4); i > 0; i--) {
            ActionItem.Builder a = ActionItem.builder()
                    .description(pick(r, FIXES))
                    .status(pick(r, ActionItemStatus.values()))
                    .type(pick(r, ActionItemType.values()));
            if (r.nextInt(5) > 0) {
                a.owner(OwnerHandle.parse(handle));
            }
            if (r.nextInt(4) > 0) {
                a.dueDate(day.plusDays(7 + r.nextInt(60)));
            }
            if (r.nextBoolean()) {
                a.estimate(Estimate.hours(BigDecimal.valueOf(1 + r.nextInt(16))));
            }
            if (r.nextBoolean()) {
                a.addAcceptanceCriteria("A test in CI fails when the check is missing");
            }
            a.addAddressesFactors(pick(r, factorTitles.toArray(new String[0])));
            b.addActionItems(a.build());
        }
        if (r.nextInt(4) > 0) {
            b.reviewMeetingDate(LocalDate.ofInstant(end, ZoneOffset.UTC).plusDays(2 + r.nextInt(8)));
        }
        Lessons.Builder l = Lessons.builder();
        if (r.nextBoolean()) {
            l.addWentWell("The alert fired within minutes");
        }
        if (r.nextInt(5) == 0) {
            l.addGotLucky("The change reached one region only");
        }
        b.lessons(l.build());
        return b.build();
    }

    private static TimelineEvent event(Instant start, long minutes, EventKind kind, String text) {
        return TimelineEvent.builder()
                .at(start.plus(minutes, ChronoUnit.MINUTES))
                .kind(kind)
                .description(text)
                .build();
    }

    /**
     * Survey answers: every team answers every question of the default set each period.
     *
     * @param seed the seed
     * @param periods the periods, such as {@code 2026-09}
     * @param teams the teams with how many people answer in each
     * @param questions the question ids
     * @return the answers
     */
    public static List<SurveyAnswer> survey(
            long seed, List<String> periods, java.util.Map<String, Integer> teams, List<String> questions) {
        Random r = new Random(seed);
        List<SurveyAnswer> out = new ArrayList<>();
        long line = 2;
        for (int p = 0; p < periods.size(); p++) {
            for (var team : teams.entrySet()) {
                for (String q : questions) {
                    for (int i = 0; i < team.getValue(); i++) {
                        int score = Math.max(1, Math.min(5, 3 + p / 2 + (int) Math.round(r.nextGaussian())));
                        Optional<String> comment = switch (r.nextInt(6)) {
                            case 0 -> Optional.of("Reviews feel safer since the template changed");
                            case 1 ->
                                Optional.of(pick(r, NAMES.toArray(new String[0])) + " always skips the checklist");
                            case 2 ->
                                Optional.of("Ask " + pick(r, HANDLES.toArray(new String[0])) + " about the runbook");
                            default -> Optional.empty();
                        };
                        out.add(new SurveyAnswer(periods.get(p), team.getKey(), q, score, comment, line++));
                    }
                }
            }
        }
        return out;
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }
}
