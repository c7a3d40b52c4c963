package dev.postmortem.core.model;

/** What an action item does about the incident's class of failure, as in the template's {@code [Prevention]}. */
public enum ActionItemType {
    /** Stops the failure from happening again, such as a validation test. */
    PREVENTION,
    /** Notices it sooner, such as a longer canary window or a new alert. */
    DETECTION,
    /** Limits its impact or shortens recovery, such as a scripted runbook step. */
    MITIGATION,
    /** Changes how the team works, such as a review standard; still aimed at the system. */
    PROCESS
}
