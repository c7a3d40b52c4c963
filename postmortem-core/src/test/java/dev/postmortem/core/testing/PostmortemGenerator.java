package dev.postmortem.core.testing;

import dev.postmortem.core.model.ActionItem;
import dev.postmortem.core.model.ActionItemId;
import dev.postmortem.core.model.ActionItemStatus;
import dev.postmortem.core.model.ActionItemType;
import dev.postmortem.core.model.AdditionalSection;
import dev.postmortem.core.model.BehaviourType;
import dev.postmortem.core.model.ContributingFactor;
import dev.postmortem.core.model.CustomerImpact;
import dev.postmortem.core.model.ErrorBudget;
import dev.postmortem.core.model.Estimate;
import dev.postmortem.core.model.EventKind;
import dev.postmortem.core.model.FactorCategory;
import dev.postmortem.core.model.FiveWhys;
import dev.postmortem.core.model.Fraction;
import dev.postmortem.core.model.HumanErrorKind;
import dev.postmortem.core.model.ImpactSummary;
import dev.postmortem.core.model.IncidentId;
import dev.postmortem.core.model.IncidentWindow;
import dev.postmortem.core.model.JustCultureAssessment;
import dev.postmortem.core.model.Lessons;
import dev.postmortem.core.model.OwnerHandle;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.PostmortemStatus;
import dev.postmortem.core.model.SeverityScale;
import dev.postmortem.core.model.SloWindow;
import dev.postmortem.core.model.TimelineEvent;
import dev.postmortem.core.model.WhyStep;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Seeded generator of postmortems for property tests. The same seed always gives the same
 * postmortem, so a failing seed printed by a test reproduces the case. Postmortems range from
 * empty drafts to full documents, with text that mixes plain words, Markdown metacharacters,
 * Unicode and emoji, and with deliberate problems (blank fields, unsorted timelines, budget
 * figures that disagree) so that checks meet them too. Values are always constructible: the
 * generator never produces what the model rejects at construction.
 */
public final class PostmortemGenerator {
    private static final String[] WORDS = {
        "deploy", "canary", "rollback", "latency", "the", "config", "pipeline", "alert", "runbook", "cache",
        "auth-service", "v2.3.1", "p99", "5xx", "timeouts", "EU", "region", "queue", "retry", "quota",
    };
    private static final String[] SPICE = {
        "*", "_", "`", "#", "[", "]", "(", ")", "|", "<", ">", "\\", "&", "!", "~", "+", "-", "=", "{", "}", "é", "ß",
        "日本", "🚀", "🔥", "Ω", "\u00a0", "→", "'", "\"", "1.", "@",
    };

    private PostmortemGenerator() {}

    /**
     * QuickTheories generator of postmortems over all seeds.
     *
     * @return the generator
     */
    public static Gen<Postmortem> postmortems() {
        return SourceDSL.longs().all().map(PostmortemGenerator::generate);
    }

    /**
     * The postmortem for a seed.
     *
     * @param seed the seed
     * @return the postmortem
     */
    public static Postmortem generate(long seed) {
        return generate(new Random(seed));
    }

    /**
     * A postmortem drawn from the random source.
     *
     * @param r the random source
     * @return the postmortem
     */
    public static Postmortem generate(Random r) {
        Postmortem.Builder b = Postmortem.builder();
        Instant start = Instant.parse("2020-01-01T00:00:00Z")
                .plus(r.nextInt(3650), ChronoUnit.DAYS)
                .plus(r.nextInt(24 * 60), ChronoUnit.MINUTES);
        Instant end = start.plus(r.nextInt(600), ChronoUnit.MINUTES);
        if (r.nextInt(10) > 0) {
            b.id(IncidentId.of(LocalDate.ofInstant(start, java.time.ZoneOffset.UTC), 1 + r.nextInt(999)));
        }
        if (r.nextBoolean()) {
            b.title(text(r, 1 + r.nextInt(8)));
        }
        b.status(pick(r, PostmortemStatus.values()));
        if (r.nextInt(10) > 0) {
            b.severity(
                    pick(r, SeverityScale.standard().levels().toArray(new dev.postmortem.core.model.SeverityLevel[0])));
        }
        if (r.nextInt(10) > 0) {
            b.window(IncidentWindow.of(start, end));
        }
        if (r.nextBoolean()) {
            b.declaredDuration(Duration.between(start, end).plusMinutes(r.nextInt(4) == 0 ? r.nextInt(30) : 0));
        }
        if (r.nextBoolean()) {
            ImpactSummary.Builder s = ImpactSummary.builder().text(text(r, r.nextInt(10)));
            if (r.nextBoolean()) {
                s.failedRequests(r.nextInt(1_000_000));
            }
            if (r.nextBoolean()) {
                s.budgetConsumed(fraction(r));
            }
            b.impactSummary(s.build());
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            b.addAuthors(text(r, 1 + r.nextInt(4)));
        }
        int events = r.nextInt(8);
        List<TimelineEvent> timeline = new ArrayList<>();
        Instant t = start.minus(r.nextInt(30), ChronoUnit.MINUTES);
        for (int i = 0; i < events; i++) {
            t = t.plus(r.nextInt(r.nextInt(20) == 0 ? 3000 : 30), ChronoUnit.MINUTES);
            TimelineEvent.Builder e = TimelineEvent.builder()
                    .at(r.nextInt(15) == 0 ? t.minus(2, ChronoUnit.HOURS) : t)
                    .description(r.nextInt(20) == 0 ? "" : text(r, 1 + r.nextInt(12)));
            if (r.nextInt(4) > 0) {
                e.kind(pick(r, EventKind.values()));
            }
            timeline.add(e.build());
        }
        b.timeline(timeline);
        if (r.nextInt(4) > 0) {
            CustomerImpact.Builder c = CustomerImpact.builder()
                    .userSymptoms(text(r, r.nextInt(10)))
                    .affectedSegment(text(r, r.nextInt(5)));
            if (r.nextBoolean()) {
                c.failedRequests(r.nextInt(1_000_000));
            }
            if (r.nextBoolean()) {
                c.affectedUsers(r.nextInt(100_000));
            }
            if (r.nextBoolean()) {
                ErrorBudget.Builder eb = ErrorBudget.builder();
                if (r.nextBoolean()) {
                    eb.sloTarget(Fraction.ofPercent(
                            new BigDecimal(pick(r, new String[] {"99", "99.5", "99.9", "99.95", "99.99"}))));
                }
                if (r.nextBoolean()) {
                    eb.window(pick(r, new SloWindow[] {
                        SloWindow.rolling(),
                        SloWindow.rolling(Duration.ofDays(28)),
                        SloWindow.calendar(SloWindow.CalendarPeriod.MONTH)
                    }));
                }
                if (r.nextBoolean()) {
                    eb.remainingBefore(fraction(r));
                }
                if (r.nextBoolean()) {
                    eb.remainingAfter(fraction(r));
                }
                c.errorBudget(eb.build());
            }
            b.customerImpact(c.build());
        }
        List<String> factorTitles = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            String title = r.nextInt(15) == 0 ? "" : text(r, 1 + r.nextInt(4));
            factorTitles.add(title);
            b.addContributingFactors(ContributingFactor.builder()
                    .title(title)
                    .description(text(r, r.nextInt(15)))
                    .category(pick(r, FactorCategory.values()))
                    .build());
        }
        for (int i = r.nextInt(5); i > 0; i--) {
            b.addActionItems(actionItem(r, factorTitles));
        }
        if (r.nextInt(3) == 0) {
            FiveWhys.Builder w =
                    FiveWhys.builder().problem(text(r, r.nextInt(8))).rootSystemFix(text(r, r.nextInt(10)));
            for (int i = r.nextInt(6); i > 0; i--) {
                w.addSteps(WhyStep.of("Why " + text(r, 1 + r.nextInt(6)) + "?", text(r, 1 + r.nextInt(10))));
            }
            b.fiveWhys(w.build());
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            BehaviourType type = pick(r, BehaviourType.values());
            JustCultureAssessment.Builder a = JustCultureAssessment.builder()
                    .role(text(r, 1 + r.nextInt(3)))
                    .action(text(r, 1 + r.nextInt(8)))
                    .classification(type)
                    .rationale(text(r, r.nextInt(10)));
            if (type == BehaviourType.HUMAN_ERROR && r.nextBoolean()) {
                a.humanErrorKind(pick(r, HumanErrorKind.values()));
            }
            b.addJustCultureAssessments(a.build());
        }
        if (r.nextBoolean()) {
            Lessons.Builder l = Lessons.builder();
            for (int i = r.nextInt(3); i > 0; i--) {
                l.addWentWell(text(r, 1 + r.nextInt(8)));
            }
            for (int i = r.nextInt(3); i > 0; i--) {
                l.addWentWrong(text(r, 1 + r.nextInt(8)));
            }
            for (int i = r.nextInt(3); i > 0; i--) {
                l.addGotLucky(text(r, 1 + r.nextInt(8)));
            }
            b.lessons(l.build());
        }
        if (r.nextBoolean()) {
            b.reviewMeetingDate(
                    LocalDate.ofInstant(end, java.time.ZoneOffset.UTC).plusDays(r.nextInt(10) - 2L));
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            b.addAdditionalSections(AdditionalSection.of(text(r, 1 + r.nextInt(4)), paragraph(r)));
        }
        return b.build();
    }

    private static ActionItem actionItem(Random r, List<String> factors) {
        ActionItem.Builder a = ActionItem.builder().description(r.nextInt(20) == 0 ? "" : text(r, 1 + r.nextInt(12)));
        if (r.nextInt(8) > 0) {
            a.id(ActionItemId.of(1 + r.nextInt(300)));
        }
        if (r.nextBoolean()) {
            a.type(pick(r, ActionItemType.values()));
        }
        if (r.nextBoolean()) {
            a.owner(OwnerHandle.parse(
                    "@" + pick(r, new String[] {"TeamAlpha", "SRE-Core", "OnCall-Lead", "db_team", "infra/net"})));
        }
        if (r.nextBoolean()) {
            a.dueDate(LocalDate.of(2020, 1, 1).plusDays(r.nextInt(4000)));
        }
        ActionItemStatus status = pick(r, ActionItemStatus.values());
        a.status(status);
        if (status == ActionItemStatus.NOT_DOING && r.nextBoolean()) {
            a.statusRationale(text(r, 1 + r.nextInt(8)));
        }
        if (r.nextBoolean()) {
            a.estimate(
                    r.nextBoolean()
                            ? Estimate.hours(BigDecimal.valueOf(1 + r.nextInt(40)))
                            : Estimate.storyPoints(BigDecimal.valueOf(1 + r.nextInt(13))));
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            a.addAcceptanceCriteria(text(r, 1 + r.nextInt(10)));
        }
        if (!factors.isEmpty() && r.nextBoolean()) {
            a.addAddressesFactors(r.nextInt(6) == 0 ? "unknown factor" : pick(r, factors.toArray(new String[0])));
        }
        if (r.nextInt(4) == 0) {
            a.ticket("OPS-" + r.nextInt(10_000));
        }
        return a.build();
    }

    private static Fraction fraction(Random r) {
        return Fraction.ofPercent(BigDecimal.valueOf(r.nextInt(1001), 1));
    }

    /**
     * A few words, sometimes with Markdown metacharacters, Unicode or emoji.
     *
     * @param r the random source
     * @param words how many words
     * @return the text, possibly empty
     */
    public static String text(Random r, int words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(WORDS[r.nextInt(WORDS.length)]);
            if (r.nextInt(6) == 0) {
                out.append(SPICE[r.nextInt(SPICE.length)]);
            }
        }
        return out.toString();
    }

    private static String paragraph(Random r) {
        StringBuilder out = new StringBuilder();
        for (int i = 1 + r.nextInt(3); i > 0; i--) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(r.nextInt(4) == 0 ? "- " : "").append(text(r, 1 + r.nextInt(20)));
        }
        return out.toString();
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }
}
