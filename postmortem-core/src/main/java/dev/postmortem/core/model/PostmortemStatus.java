package dev.postmortem.core.model;

/**
 * The review state of a postmortem. Missing parts are warnings in a {@link #DRAFT} and errors once
 * it is {@link #IN_REVIEW} or {@link #FINAL}.
 */
public enum PostmortemStatus {
    /** Being written; incomplete parts are expected. */
    DRAFT,
    /** Complete and under review. */
    IN_REVIEW,
    /** Reviewed and published. */
    FINAL
}
