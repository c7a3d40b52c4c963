package dev.postmortem.core.model;

/**
 * Where an action item stands. {@link #NOT_DOING} needs a rationale on the item, which validation
 * checks.
 */
public enum ActionItemStatus {
    /** Not started. */
    OPEN,
    /** Being worked on. */
    IN_PROGRESS,
    /** Done and verified. */
    DONE,
    /** Deliberately not done; the item records why. */
    NOT_DOING;

    /**
     * Whether the item needs no more work.
     *
     * @return true for {@link #DONE} and {@link #NOT_DOING}
     */
    public boolean isClosed() {
        return this == DONE || this == NOT_DOING;
    }
}
