package dev.postmortem.core.model;

/**
 * The taxonomy of contributing factors (the template's "Systems Root Cause Matrix"). Each category
 * names a system or process gap, never a person.
 */
public enum FactorCategory {
    /** Missing or inadequate tests, such as an integration test for an edge case. */
    TESTING,
    /** Deployment safety: canary analysis, progressive rollout, automated rollback. */
    DEPLOYMENT_SAFETY,
    /** Runbooks and documentation: missing, outdated or ambiguous steps. */
    RUNBOOKS_AND_DOCUMENTATION,
    /** Monitoring and alerting: missing signals, short windows, noisy or late alerts. */
    MONITORING_AND_ALERTING,
    /** Configuration validation: syntax-only checks, missing semantic validation. */
    CONFIGURATION_VALIDATION,
    /** Capacity: resource limits, load, autoscaling. */
    CAPACITY,
    /** Dependencies: upstream services, libraries, third parties. */
    DEPENDENCIES,
    /** Change management: review, approval, coordination of changes. */
    CHANGE_MANAGEMENT,
    /** Anything the other categories do not cover. */
    OTHER
}
