package dev.postmortem.core.checks.readiness;

import dev.postmortem.core.report.FindingSeverity;
import dev.postmortem.core.report.RuleDescriptor;

/** The criteria of the Definition of Ready, each a rule of the {@code readiness} family. */
@SuppressWarnings("ImmutableEnumChecker") // RuleDescriptor is an immutable record
public enum ReadinessCriterion {
    /** Targets automated safeguards or pipeline steps, never only retraining or warnings. */
    SYSTEM_CENTRIC("readiness.system-centric", "the item only asks for training, reminders or more care"),
    /** Assigned to a specific team or handle, not "TBD", "everyone" or "the team". */
    EXPLICIT_OWNER("readiness.owner", "the item has no specific owner"),
    /** Sized in hours or story points. */
    SIZED("readiness.estimate", "the item has no estimate in hours or story points"),
    /** Acceptance criteria name an automated test or check. */
    ACCEPTANCE_CRITERIA(
            "readiness.acceptance-criteria", "the item's acceptance criteria name no automated test or check"),
    /** The language is free of blame. */
    ZERO_BLAME("readiness.blame-language", "the item's text contains blame language"),
    /** The item has a type (prevention, detection, mitigation, process). */
    TYPED("readiness.type", "the item has no type"),
    /** The item has a due date on or after the incident date. */
    DUE_DATE("readiness.due-date", "the item has no due date, or one before the incident"),
    /** The due date is within the severity's allowance. */
    DUE_DATE_POLICY("readiness.due-date-policy", "the item is due later than the severity's policy allows");

    private final RuleDescriptor rule;

    ReadinessCriterion(String id, String description) {
        this.rule = new RuleDescriptor(id, FindingSeverity.WARNING, description);
    }

    /**
     * The rule that reports a failure of this criterion.
     *
     * @return the rule
     */
    public RuleDescriptor rule() {
        return rule;
    }
}
