package dev.postmortem.core.model;

/** The kinds of human error in the Just Culture framework. */
public enum HumanErrorKind {
    /** An action not carried out as intended, such as a typo. */
    SLIP,
    /** A memory failure, such as a forgotten runbook step. */
    LAPSE,
    /** The intended action was wrong for the situation, given what was known at the time. */
    MISTAKE
}
