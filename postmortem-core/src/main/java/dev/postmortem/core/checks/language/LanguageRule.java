package dev.postmortem.core.checks.language;

import dev.postmortem.core.report.FindingSeverity;

/** The rules of the {@code language} family, with their ids, default severities and guidance. */
public enum LanguageRule {
    /** A person's name as the actor of a failure: "John ran the migration without testing it". */
    PERSON_NAMED(
            "language.person-named",
            FindingSeverity.ERROR,
            "names a person as the actor of a failure; describe the role and the system condition instead",
            "What did the system allow? Name the role and the missing safeguard, e.g. 'The deploy pipeline accepted"
                    + " the change without a staging dry run.'"),
    /** Possessive blame: "Alice's change broke prod". */
    POSSESSIVE_BLAME(
            "language.possessive-blame",
            FindingSeverity.ERROR,
            "attributes the failure to a person's work; describe the change and what let it through",
            "Say 'the change' or 'the configuration update' and ask which check should have stopped it."),
    /** Hindsight aimed at people: "he should have checked". */
    COUNTERFACTUAL(
            "language.counterfactual",
            FindingSeverity.WARNING,
            "judges a person with hindsight; describe what the person could see and what the system allowed",
            "Ask: what information was visible at that moment, and what safeguard would have caught this?"),
    /** "failed to / forgot to / neglected to / didn't bother to" aimed at people. */
    FAILED_TO(
            "language.failed-to",
            FindingSeverity.WARNING,
            "frames a person's omission as the cause; describe what the system did not do or show",
            "Ask: why was the step easy to miss? e.g. 'The runbook step was ambiguous and no check verified it.'"),
    /** Character judgements: careless, sloppy, lazy, incompetent. */
    CHARACTER_JUDGEMENT(
            "language.character-judgement",
            FindingSeverity.ERROR,
            "judges a person's character or competence; describe the conditions and the missing safeguards",
            "Replace the judgement with the system gap: which guardrail, test or alert was missing?"),
    /** "human error" given as the cause. */
    HUMAN_ERROR_CAUSE(
            "language.human-error-cause",
            FindingSeverity.ERROR,
            "gives human error as a cause; treat it as a symptom and name the system conditions behind it",
            "Ask: what made the error possible, and why was it not caught before it reached users?"),
    /** "whose fault", "to blame", "who caused this". */
    FAULT_FINDING(
            "language.fault-finding",
            FindingSeverity.ERROR,
            "looks for someone at fault; the review asks how the system allowed the failure",
            "Ask: how did the system allow this to happen?"),
    /** Minimisers aimed at people: "obviously", "simply should". */
    MINIMISER(
            "language.minimiser",
            FindingSeverity.WARNING,
            "implies the right action was obvious to the person; it was not, given what they could see",
            "Drop the minimiser and describe what made the right action hard to see."),
    /** Passive aggression: "despite being told", "yet again". */
    PASSIVE_AGGRESSION(
            "language.passive-aggression",
            FindingSeverity.WARNING,
            "reads as reproach; state the repeated condition as a system pattern instead",
            "Ask: why does the system keep allowing this, and what would make the safe path the easy one?"),
    /** Blame aimed at a team: "the DB team ignored the alert". */
    TEAM_BLAME(
            "language.team-blame",
            FindingSeverity.WARNING,
            "blames a team; describe the signal, the ownership gap or the process that let it be missed",
            "Ask: why did the alert not reach the team that could act on it, or not look urgent?"),
    /** Remediation that only asks for training, reminders or more care. */
    TRAINING_ONLY(
            "language.training-only",
            FindingSeverity.WARNING,
            "asks only for training, reminders or more care; add an automated safeguard, test or check",
            "Write an action that changes the system, e.g. 'Add a pre-deploy check that rejects ...'.");

    private final String id;
    private final FindingSeverity severity;
    private final String message;
    private final String suggestion;

    LanguageRule(String id, FindingSeverity severity, String message, String suggestion) {
        this.id = id;
        this.severity = severity;
        this.message = message;
        this.suggestion = suggestion;
    }

    /**
     * The stable rule id.
     *
     * @return the id, such as {@code language.counterfactual}
     */
    public String id() {
        return id;
    }

    /**
     * The default severity.
     *
     * @return the severity
     */
    public FindingSeverity defaultSeverity() {
        return severity;
    }

    /**
     * What the rule reports and how to fix it.
     *
     * @return the message
     */
    public String message() {
        return message;
    }

    /**
     * The blameless rewording or systemic question to ask instead.
     *
     * @return the suggestion
     */
    public String suggestion() {
        return suggestion;
    }
}
