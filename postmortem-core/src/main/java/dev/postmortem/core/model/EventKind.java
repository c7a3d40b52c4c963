package dev.postmortem.core.model;

/**
 * What a timeline event marks. The incident metrics are measured between the first events of given
 * kinds; see {@link dev.postmortem.core.metrics.IncidentMetric}.
 */
public enum EventKind {
    /** The change or condition that started the impact, such as a deploy. */
    TRIGGER,
    /** Monitoring or a person noticed the problem. */
    DETECTION,
    /** A responder acknowledged the page or alert. */
    ACKNOWLEDGEMENT,
    /** An incident was declared. */
    DECLARATION,
    /** The incident was escalated to more responders. */
    ESCALATION,
    /** An action that reduced or stopped the impact, such as a rollback. */
    MITIGATION,
    /** The service's indicators returned to normal. */
    RECOVERY,
    /** The incident was declared over (the all-clear). */
    RESOLUTION,
    /** A message to customers or stakeholders. */
    COMMUNICATION,
    /** Anything else worth recording. */
    OTHER
}
