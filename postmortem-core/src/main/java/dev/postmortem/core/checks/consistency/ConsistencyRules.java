package dev.postmortem.core.checks.consistency;

import dev.postmortem.core.checks.RuleFamily;
import dev.postmortem.core.checks.config.RuleSettings;
import dev.postmortem.core.checks.config.SloReference;
import dev.postmortem.core.internal.Args;
import dev.postmortem.core.model.ActionItem;
import dev.postmortem.core.model.ActionItemId;
import dev.postmortem.core.model.ContributingFactor;
import dev.postmortem.core.model.CustomerImpact;
import dev.postmortem.core.model.ErrorBudget;
import dev.postmortem.core.model.Fraction;
import dev.postmortem.core.model.ImpactSummary;
import dev.postmortem.core.model.IncidentWindow;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.TimelineEvent;
import dev.postmortem.core.report.Finding;
import dev.postmortem.core.report.FindingSeverity;
import dev.postmortem.core.report.RuleDescriptor;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Checks that what a postmortem states in two places agrees. Rules, all warnings by default (one of
 * the two figures is right, and only the authors know which):
 *
 * <ul>
 *   <li>{@code consistency.declared-duration}: the stated total duration differs from the window's
 *       by a minute or more (the template states whole minutes);
 *   <li>{@code consistency.timeline-outside-window}: an event lies more than the tolerance (default
 *       one hour) before the window's start or after its end. Triggers before and the all-clear
 *       after the impact are normal; a day off usually means a wrong date;
 *   <li>{@code consistency.budget-figures}: the impact summary's budget consumption differs from the
 *       SLO section's remaining-before minus remaining-after by more than the tolerance (default 0.1
 *       percentage points of the budget). Both are read as shares of the error budget; see
 *       {@link dev.postmortem.core.model.ImpactSummary}. When the summary is about a hundredth of the
 *       difference, the message says it is probably a fraction written with a percent sign. With an {@link SloReference} in the configuration (such as from an
 *       OpenSLO document), both figures are also compared with the share {@code ErrorBudgets}
 *       computes from the reference's target and event counts;
 *   <li>{@code consistency.failed-requests}: the summary's and the impact section's failed-request
 *       counts differ;
 *   <li>{@code consistency.incident-date}: the incident id's date is not the window's start date (UTC);
 *   <li>{@code consistency.unknown-factor}: an action item addresses a factor title that is not in
 *       the root cause matrix (compared ignoring case);
 *   <li>{@code consistency.duplicate-action-item-id}: two action items share an id (an error: tickets
 *       and reviews could not tell them apart).
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class ConsistencyRules extends RuleFamily {
    /** The default distance an event may lie outside the window. */
    public static final Duration DEFAULT_TIMELINE_TOLERANCE = Duration.ofHours(1);

    /** The default budget tolerance: 0.1 percentage points of the budget. */
    public static final BigDecimal DEFAULT_BUDGET_TOLERANCE = new BigDecimal("0.001");

    private final Duration timelineTolerance;
    private final BigDecimal budgetTolerance;
    private final Optional<SloReference> sloReference;

    private ConsistencyRules(
            Duration timelineTolerance,
            BigDecimal budgetTolerance,
            RuleSettings settings,
            Optional<SloReference> sloReference) {
        super(RULES, settings);
        this.timelineTolerance = timelineTolerance;
        this.budgetTolerance = budgetTolerance;
        this.sloReference = sloReference;
    }

    /**
     * The rules with default tolerances.
     *
     * @return the rules
     */
    public static ConsistencyRules standard() {
        return STANDARD;
    }

    /**
     * The rules with other tolerances.
     *
     * @param timelineTolerance how far outside the window an event may lie; not negative
     * @param budgetTolerance how far apart two budget figures may be, as a fraction of the budget
     *     (0.001 is 0.1 percentage points)
     * @return the rules
     * @throws IllegalArgumentException if an argument is null or negative
     */
    public static ConsistencyRules of(Duration timelineTolerance, Fraction budgetTolerance) {
        Args.notNull(timelineTolerance, "timeline tolerance");
        Args.notNull(budgetTolerance, "budget tolerance");
        if (timelineTolerance.isNegative()) {
            throw new IllegalArgumentException("timeline tolerance " + timelineTolerance + " must not be negative");
        }
        return new ConsistencyRules(
                timelineTolerance, budgetTolerance.value(), RuleSettings.defaults(), Optional.empty());
    }

    /**
     * The rules with the tolerances and the rule settings of a configuration: {@link #check(Postmortem)}
     * drops the findings of disabled rules and applies changed severities.
     *
     * @param config the configuration
     * @return the rules
     */
    public static ConsistencyRules of(dev.postmortem.core.checks.config.CheckerConfig config) {
        Args.notNull(config, "config");
        ConsistencyRules tolerances = of(config.timelineTolerance(), config.budgetTolerance());
        return new ConsistencyRules(
                tolerances.timelineTolerance, tolerances.budgetTolerance, config.rules(), config.sloReference());
    }

    /** {@code consistency.declared-duration}: the stated total duration differs from the window by a minute or more. */
    public static final RuleDescriptor DECLARED_DURATION = new RuleDescriptor(
            "consistency.declared-duration",
            FindingSeverity.WARNING,
            "the stated total duration differs from the window by a minute or more");

    /** {@code consistency.timeline-outside-window}: a timeline event lies further outside the window than the tolerance. */
    public static final RuleDescriptor TIMELINE_OUTSIDE_WINDOW = new RuleDescriptor(
            "consistency.timeline-outside-window",
            FindingSeverity.WARNING,
            "a timeline event lies further outside the window than the tolerance");

    /** {@code consistency.budget-figures}: the summary's budget consumption differs from the SLO section's before minus after. */
    public static final RuleDescriptor BUDGET_FIGURES = new RuleDescriptor(
            "consistency.budget-figures",
            FindingSeverity.WARNING,
            "the summary's budget consumption differs from the SLO section's before minus after");

    /** {@code consistency.failed-requests}: the summary's and the impact section's failed-request counts differ. */
    public static final RuleDescriptor FAILED_REQUESTS = new RuleDescriptor(
            "consistency.failed-requests",
            FindingSeverity.WARNING,
            "the summary's and the impact section's failed-request counts differ");

    /** {@code consistency.incident-date}: the incident id's date is not the window's start date. */
    public static final RuleDescriptor INCIDENT_DATE = new RuleDescriptor(
            "consistency.incident-date",
            FindingSeverity.WARNING,
            "the incident id's date is not the window's start date");

    /** {@code consistency.unknown-factor}: an action item addresses a factor title that is not in the root cause matrix. */
    public static final RuleDescriptor UNKNOWN_FACTOR = new RuleDescriptor(
            "consistency.unknown-factor",
            FindingSeverity.WARNING,
            "an action item addresses a factor title that is not in the root cause matrix");

    /** {@code consistency.duplicate-action-item-id}: two action items share an id. */
    public static final RuleDescriptor DUPLICATE_ACTION_ITEM_ID = new RuleDescriptor(
            "consistency.duplicate-action-item-id", FindingSeverity.ERROR, "two action items share an id");

    /** The rules of this family, in the order above. */
    public static final List<RuleDescriptor> RULES = List.of(
            DECLARED_DURATION,
            TIMELINE_OUTSIDE_WINDOW,
            BUDGET_FIGURES,
            FAILED_REQUESTS,
            INCIDENT_DATE,
            UNKNOWN_FACTOR,
            DUPLICATE_ACTION_ITEM_ID);

    // after the rules: a family is built with them
    private static final ConsistencyRules STANDARD = new ConsistencyRules(
            DEFAULT_TIMELINE_TOLERANCE, DEFAULT_BUDGET_TOLERANCE, RuleSettings.defaults(), Optional.empty());

    @Override
    protected List<Finding> findings(Postmortem p) {
        Args.notNull(p, "postmortem");
        List<Finding> out = new ArrayList<>();
        p.window().ifPresent(w -> {
            declaredDuration(p, w, out);
            timeline(p, w, out);
            incidentDate(p, w, out);
        });
        budget(p, out);
        sloReference.ifPresent(r -> sloBudget(p, r, out));
        failedRequests(p, out);
        actionItems(p, out);
        return out;
    }

    private static void declaredDuration(Postmortem p, IncidentWindow w, List<Finding> out) {
        p.declaredDuration().ifPresent(d -> {
            Duration diff = d.minus(w.duration()).abs();
            if (diff.compareTo(Duration.ofMinutes(1)) >= 0) {
                out.add(DECLARED_DURATION.finding(
                        "declaredDuration",
                        "the stated total duration " + minutes(d) + " disagrees with the window " + w.start() + " → "
                                + w.end() + ", which is " + minutes(w.duration())
                                + "; correct the duration or the window's start or end"));
            }
        });
    }

    private void timeline(Postmortem p, IncidentWindow w, List<Finding> out) {
        Instant from = w.start().minus(timelineTolerance);
        Instant to = w.end().plus(timelineTolerance);
        List<TimelineEvent> events = p.timeline();
        for (int i = 0; i < events.size(); i++) {
            Instant at = events.get(i).at();
            if (at.isBefore(from) || at.isAfter(to)) {
                String where = at.isBefore(from)
                        ? minutes(Duration.between(at, w.start())) + " before the window starts"
                        : minutes(Duration.between(w.end(), at)) + " after the window ends";
                out.add(
                        TIMELINE_OUTSIDE_WINDOW.finding(
                                "timeline[" + i + "].at",
                                "timeline event " + (i + 1) + " at " + at + " lies " + where + " (" + w
                                        + "); check the event's date and time, or widen the window if the impact lasted longer"));
            }
        }
    }

    private static void incidentDate(Postmortem p, IncidentWindow w, List<Finding> out) {
        p.id().ifPresent(id -> {
            LocalDate start = w.start().atOffset(ZoneOffset.UTC).toLocalDate();
            if (!id.date().equals(start)) {
                out.add(INCIDENT_DATE.finding(
                        "id",
                        "the incident id " + id + " is dated " + id.date() + " but the window starts on " + start
                                + " (UTC); ids carry the start date, so correct one of them"));
            }
        });
    }

    private void budget(Postmortem p, List<Finding> out) {
        Optional<Fraction> claimed = p.impactSummary().flatMap(ImpactSummary::budgetConsumed);
        Optional<ErrorBudget> budget = p.customerImpact().flatMap(CustomerImpact::errorBudget);
        Optional<Fraction> computed = budget.flatMap(ErrorBudget::consumed);
        if (claimed.isEmpty() || computed.isEmpty()) {
            return;
        }
        BigDecimal c = claimed.get().value();
        BigDecimal d = computed.get().value();
        if (c.subtract(d).abs().compareTo(budgetTolerance) <= 0) {
            return;
        }
        ErrorBudget b = budget.get();
        String message =
                "the impact summary says the incident consumed " + claimed.get() + " of the error budget, but the"
                        + " SLO section's figures (" + b.remainingBefore().get() + " remaining before, "
                        + b.remainingAfter().get()
                        + " after) give " + computed.get() + "; ";
        BigDecimal scaled = c.movePointRight(2);
        if (scaled.compareTo(BigDecimal.ONE) <= 0 && scaled.subtract(d).abs().compareTo(new BigDecimal("0.005")) <= 0) {
            message += "the summary's figure looks like a fraction ("
                    + c.movePointRight(2).stripTrailingZeros().toPlainString()
                    + " = " + Fraction.of(scaled) + ") written with a percent sign; write " + computed.get()
                    + " or correct the SLO figures";
        } else {
            message += "correct whichever figure is wrong so both state the same share of the budget";
        }
        out.add(BUDGET_FIGURES.finding("impactSummary.budgetConsumed", message));
    }

    /**
     * The postmortem's budget figures against the share an SLO from outside it gives for the same
     * bad events (its own count, else the postmortem's failed requests).
     */
    private void sloBudget(Postmortem p, SloReference r, List<Finding> out) {
        OptionalLong failed = p.customerImpact()
                .map(CustomerImpact::failedRequests)
                .filter(OptionalLong::isPresent)
                .orElseGet(() ->
                        p.impactSummary().map(ImpactSummary::failedRequests).orElse(OptionalLong.empty()));
        Optional<Fraction> expected = r.consumed(failed);
        if (expected.isEmpty()) {
            return;
        }
        long bad = r.badEvents().isPresent() ? r.badEvents().getAsLong() : failed.getAsLong();
        // the basis is spelt out only for a finding: most postmortems agree with their SLO figures
        Supplier<String> basis = () -> r.source() + " (target " + r.target() + ") with " + bad + " bad of "
                + r.eligibleEvents() + " eligible events gives " + expected.get() + " of the error budget consumed";
        Optional<Fraction> claimed = p.impactSummary().flatMap(ImpactSummary::budgetConsumed);
        if (claimed.isPresent() && apart(claimed.get(), expected.get())) {
            out.add(BUDGET_FIGURES.finding(
                    "impactSummary.budgetConsumed",
                    "the impact summary says the incident consumed " + claimed.get() + " of the error budget, but the "
                            + basis.get()
                            + "; check the counts and the target, then correct whichever figure is wrong"));
        }
        Optional<Fraction> section =
                p.customerImpact().flatMap(CustomerImpact::errorBudget).flatMap(ErrorBudget::consumed);
        if (section.isPresent() && apart(section.get(), expected.get())) {
            out.add(BUDGET_FIGURES.finding(
                    "customerImpact.errorBudget",
                    "the SLO section's remaining-before minus remaining-after is " + section.get() + ", but the "
                            + basis.get() + "; check the counts and the target, then correct the remaining figures"));
        }
    }

    private boolean apart(Fraction a, Fraction b) {
        return a.value().subtract(b.value()).abs().compareTo(budgetTolerance) > 0;
    }

    private static void failedRequests(Postmortem p, List<Finding> out) {
        p.impactSummary()
                .ifPresent(s -> p.customerImpact().ifPresent(ci -> {
                    if (s.failedRequests().isPresent()
                            && ci.failedRequests().isPresent()
                            && s.failedRequests().getAsLong()
                                    != ci.failedRequests().getAsLong()) {
                        out.add(FAILED_REQUESTS.finding(
                                "impactSummary.failedRequests",
                                "the impact summary counts "
                                        + s.failedRequests().getAsLong()
                                        + " failed requests but the customer impact section counts "
                                        + ci.failedRequests().getAsLong() + "; state the same count in both"));
                    }
                }));
    }

    private static void actionItems(Postmortem p, List<Finding> out) {
        Set<String> factors = new HashSet<>();
        for (ContributingFactor f : p.contributingFactors()) {
            factors.add(f.title().strip().toLowerCase(Locale.ROOT));
        }
        Map<ActionItemId, Integer> seen = new HashMap<>();
        List<ActionItem> items = p.actionItems();
        for (int i = 0; i < items.size(); i++) {
            ActionItem item = items.get(i);
            int index = i;
            item.id().ifPresent(id -> {
                Integer first = seen.putIfAbsent(id, index);
                if (first != null) {
                    out.add(DUPLICATE_ACTION_ITEM_ID.finding(
                            "actionItems[" + index + "].id",
                            "action item " + (index + 1) + " has the id " + id + " of action item " + (first + 1)
                                    + "; give each item its own id"));
                }
            });
            List<String> addressed = item.addressesFactors();
            for (int j = 0; j < addressed.size(); j++) {
                if (!factors.contains(addressed.get(j).strip().toLowerCase(Locale.ROOT))) {
                    out.add(
                            UNKNOWN_FACTOR.finding(
                                    "actionItems[" + i + "].addressesFactors[" + j + "]",
                                    "the action item addresses '" + addressed.get(j)
                                            + "', which is not a contributing factor's title; use a title from the root cause matrix"));
                }
            }
        }
    }

    private static String minutes(Duration d) {
        long m = d.toMinutes();
        long s = d.minusMinutes(m).toSeconds();
        return s == 0 ? m + " min" : m + " min " + s + " s";
    }
}
