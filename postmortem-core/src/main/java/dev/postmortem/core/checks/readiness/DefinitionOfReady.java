package dev.postmortem.core.checks.readiness;

import dev.postmortem.core.checks.RuleFamily;
import dev.postmortem.core.checks.config.CheckerConfig;
import dev.postmortem.core.checks.language.BlameLanguageChecker;
import dev.postmortem.core.checks.language.LanguageRule;
import dev.postmortem.core.internal.Args;
import dev.postmortem.core.internal.IncidentDates;
import dev.postmortem.core.model.ActionItem;
import dev.postmortem.core.model.OwnerHandle;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.SeverityLevel;
import dev.postmortem.core.report.Finding;
import dev.postmortem.core.report.RuleDescriptor;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The guide's Definition of Ready for remediation work (section 5), plus the project's type and
 * due-date criteria. An item is ready when:
 *
 * <ul>
 *   <li><b>system-centric</b>: it does not only ask for training, reminders or more care (the
 *       language checker's {@link BlameLanguageChecker#isTrainingOnly training-only} test);
 *   <li><b>explicit owner</b>: it has an owner handle that is not a placeholder or everyone
 *       ({@code TBD}, {@code everyone}, {@code team}, {@code all}, {@code unassigned}, ...);
 *   <li><b>sized</b>: it has an estimate in hours or story points;
 *   <li><b>acceptance criteria</b>: at least one criterion names an automated test or check (a test,
 *       check, alert, monitor, probe, lint, CI or pipeline step, gate, assertion);
 *   <li><b>zero blame</b>: its description and criteria have no blame-language finding;
 *   <li><b>typed</b>: prevention, detection, mitigation or process;
 *   <li><b>due date</b>: present and not before the incident started;
 *   <li><b>due-date policy</b>: no later after the incident than the severity allows
 *       ({@link dev.postmortem.core.checks.config.DueDatePolicy}).
 * </ul>
 *
 * Findings are warnings, reported for open and in-progress items only (a done item has left the
 * backlog). Immutable and thread-safe.
 */
public final class DefinitionOfReady extends RuleFamily {
    /** The number of criteria, without copying the enum's values for each item. */
    private static final int CRITERIA = ReadinessCriterion.values().length;

    /** The rules of this family: one per criterion, in the criteria's order. */
    public static final List<RuleDescriptor> RULES = java.util.Arrays.stream(ReadinessCriterion.values())
            .map(ReadinessCriterion::rule)
            .toList();

    /** The word class of owners that own nothing, in the language rules' vocabulary. */
    private static final String OWNER_PLACEHOLDER = "owner-placeholder";
    /** The word class of words that name an automated test or check. */
    private static final String AUTOMATED_CHECK = "automated-check";

    private final CheckerConfig config;
    private final BlameLanguageChecker language;

    private DefinitionOfReady(CheckerConfig config) {
        super(RULES, config.rules());
        this.config = config;
        this.language = BlameLanguageChecker.of(config);
    }

    /**
     * The Definition of Ready with a configuration (its due-date policy, roster and allowlist).
     *
     * @param config the configuration
     * @return the checker
     */
    public static DefinitionOfReady of(CheckerConfig config) {
        return new DefinitionOfReady(Args.notNull(config, "config"));
    }

    /**
     * Assesses every action item of a postmortem.
     *
     * @param postmortem the postmortem, for its severity and incident date
     * @return one result per action item, in order
     */
    public List<ItemReadiness> assess(Postmortem postmortem) {
        Args.notNull(postmortem, "postmortem");
        List<ItemReadiness> out = new ArrayList<>();
        Optional<SeverityLevel> severity = postmortem.severity();
        Optional<LocalDate> started = IncidentDates.started(postmortem);
        for (ActionItem item : postmortem.actionItems()) {
            out.add(assess(item, severity, started));
        }
        return out;
    }

    /**
     * Assesses one action item.
     *
     * @param item the item
     * @param severity the incident's severity, for the due-date policy
     * @param incidentDate the day the incident started
     * @return the result of every criterion
     */
    public ItemReadiness assess(ActionItem item, Optional<SeverityLevel> severity, Optional<LocalDate> incidentDate) {
        Args.notNull(item, "item");
        Args.notNull(severity, "severity");
        Args.notNull(incidentDate, "incident date");
        return assess(item, severity, incidentDate, true);
    }

    /**
     * Assesses one action item; without {@code explain}, a criterion that passes gets an empty
     * reason, for the findings, which report only the criteria that fail.
     */
    private ItemReadiness assess(
            ActionItem item, Optional<SeverityLevel> severity, Optional<LocalDate> incidentDate, boolean explain) {
        List<CriterionResult> r = new ArrayList<>(CRITERIA);
        boolean trainingOnly = language.isTrainingOnly(item.description());
        // the description read as the language check reads an action item (as a remedy), so that
        // within one check both share the run
        List<Finding> described = language.checkRemediation(item.description());
        r.add(new CriterionResult(
                ReadinessCriterion.SYSTEM_CENTRIC,
                !trainingOnly,
                trainingOnly
                        ? "it only asks for training, reminders or more care; add the automated safeguard, test or check that"
                                + " makes the safe path the default"
                        : explain ? "it changes the system or process" : ""));
        r.add(owner(item.owner(), explain));
        r.add(new CriterionResult(
                ReadinessCriterion.SIZED,
                item.estimate().isPresent(),
                item.estimate()
                        .map(e -> explain ? "estimated at " + e : "")
                        .orElse("no estimate; size it in hours (4h) or story points (3sp) so it fits a sprint")));
        r.add(acceptance(item.acceptanceCriteria(), explain));
        r.add(blame(item, described));
        r.add(new CriterionResult(
                ReadinessCriterion.TYPED,
                item.type().isPresent(),
                item.type()
                        .map(t -> explain ? "typed " + t.name().toLowerCase(Locale.ROOT) : "")
                        .orElse("no type; classify it as prevention, detection, mitigation or process")));
        r.add(dueDate(item, incidentDate, explain));
        r.add(policy(item, severity, incidentDate, explain));
        return new ItemReadiness(item, r);
    }

    @Override
    protected List<Finding> findings(Postmortem postmortem) {
        List<Finding> out = new ArrayList<>();
        Optional<SeverityLevel> severity = postmortem.severity();
        Optional<LocalDate> started = IncidentDates.started(postmortem);
        List<ActionItem> items = postmortem.actionItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).status().isClosed()) {
                continue; // a done item has left the backlog: not assessed at all
            }
            ItemReadiness ir = assess(items.get(i), severity, started, false);
            List<CriterionResult> failed = ir.failed();
            if (failed.isEmpty()) {
                continue;
            }
            int number = i + 1;
            String label = ir.item().id().map(Object::toString).orElseGet(() -> "action item " + number);
            for (CriterionResult cr : failed) {
                Finding f = cr.criterion()
                        .rule()
                        .finding(
                                "actionItems[" + i + "]." + field(cr.criterion()),
                                label + " is not ready for a sprint: " + cr.reason());
                out.add(f);
            }
        }
        return out;
    }

    private static String field(ReadinessCriterion c) {
        return switch (c) {
            case SYSTEM_CENTRIC, ZERO_BLAME -> "description";
            case EXPLICIT_OWNER -> "owner";
            case SIZED -> "estimate";
            case ACCEPTANCE_CRITERIA -> "acceptanceCriteria";
            case TYPED -> "type";
            case DUE_DATE, DUE_DATE_POLICY -> "dueDate";
        };
    }

    private CriterionResult owner(Optional<OwnerHandle> owner, boolean explain) {
        if (owner.isEmpty()) {
            return new CriterionResult(
                    ReadinessCriterion.EXPLICIT_OWNER,
                    false,
                    "no owner; assign a specific team or handle such as @TeamAlpha");
        }
        if (language.isInWordClass(owner.get().name(), OWNER_PLACEHOLDER)) {
            return new CriterionResult(
                    ReadinessCriterion.EXPLICIT_OWNER,
                    false,
                    "the owner " + owner.get()
                            + " is a placeholder or a group without an owner; assign a specific team or handle");
        }
        return new CriterionResult(ReadinessCriterion.EXPLICIT_OWNER, true, explain ? "owned by " + owner.get() : "");
    }

    private CriterionResult acceptance(List<String> criteria, boolean explain) {
        if (criteria.isEmpty()) {
            return new CriterionResult(
                    ReadinessCriterion.ACCEPTANCE_CRITERIA,
                    false,
                    "no acceptance criteria; name the automated test or check that proves the safeguard works");
        }
        for (String c : criteria) {
            Optional<String> check = language.firstWordInClass(c, AUTOMATED_CHECK);
            if (check.isPresent()) {
                return new CriterionResult(
                        ReadinessCriterion.ACCEPTANCE_CRITERIA,
                        true,
                        explain ? "acceptance criteria name an automated check ('" + check.get() + "')" : "");
            }
        }
        return new CriterionResult(
                ReadinessCriterion.ACCEPTANCE_CRITERIA,
                false,
                "the acceptance criteria name no automated test or check; say which test, alert or pipeline check"
                        + " verifies it");
    }

    private CriterionResult blame(ActionItem item, List<Finding> described) {
        Finding first = firstBlame(described);
        for (int i = 0; first == null && i < item.acceptanceCriteria().size(); i++) {
            first = firstBlame(language.checkText(item.acceptanceCriteria().get(i)));
        }
        if (first == null) {
            return new CriterionResult(ReadinessCriterion.ZERO_BLAME, true, "no blame language");
        }
        return new CriterionResult(ReadinessCriterion.ZERO_BLAME, false, first.message() + " (" + first.ruleId() + ")");
    }

    /** The first finding that is not a training-only one (a criterion of its own), or null. */
    private static Finding firstBlame(List<Finding> findings) {
        for (Finding f : findings) {
            if (!f.ruleId().equals(LanguageRule.TRAINING_ONLY.id())) {
                return f;
            }
        }
        return null;
    }

    private static CriterionResult dueDate(ActionItem item, Optional<LocalDate> incident, boolean explain) {
        if (item.dueDate().isEmpty()) {
            return new CriterionResult(
                    ReadinessCriterion.DUE_DATE, false, "no due date; set one within the severity's policy");
        }
        LocalDate due = item.dueDate().get();
        if (incident.isPresent() && due.isBefore(incident.get())) {
            return new CriterionResult(
                    ReadinessCriterion.DUE_DATE,
                    false,
                    "due " + due + ", before the incident on " + incident.get() + "; correct the date");
        }
        return new CriterionResult(ReadinessCriterion.DUE_DATE, true, explain ? "due " + due : "");
    }

    private CriterionResult policy(
            ActionItem item, Optional<SeverityLevel> severity, Optional<LocalDate> incident, boolean explain) {
        if (item.dueDate().isEmpty() || severity.isEmpty() || incident.isEmpty()) {
            return new CriterionResult(
                    ReadinessCriterion.DUE_DATE_POLICY,
                    true,
                    "not applicable: the due date, severity or incident date is unknown");
        }
        Optional<Integer> max = config.dueDatePolicy().maxDays(severity.get());
        if (max.isEmpty()) {
            return new CriterionResult(
                    ReadinessCriterion.DUE_DATE_POLICY,
                    true,
                    explain ? "no policy for " + severity.get().id() : "");
        }
        long days = ChronoUnit.DAYS.between(incident.get(), item.dueDate().get());
        if (days > max.get()) {
            return new CriterionResult(
                    ReadinessCriterion.DUE_DATE_POLICY,
                    false,
                    "due " + days + " days after the incident;"
                            + " the policy for " + severity.get().id() + " is " + max.get()
                            + " days, so bring the date forward"
                            + " or split the item");
        }
        return new CriterionResult(
                ReadinessCriterion.DUE_DATE_POLICY,
                true,
                explain ? "due " + days + " days after the incident, within " + max.get() : "");
    }
}
