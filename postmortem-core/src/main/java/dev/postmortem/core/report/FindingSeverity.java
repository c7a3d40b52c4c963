package dev.postmortem.core.report;

/** How much a finding matters, most severe first. */
public enum FindingSeverity {
    /** The postmortem is wrong or incomplete in a way that must be fixed before it is final. */
    ERROR,
    /** Worth fixing; the postmortem is usable without. */
    WARNING,
    /** A suggestion or an observation. */
    INFO;

    /**
     * Whether this severity is at least as severe as the other.
     *
     * @param other the threshold
     * @return true if this is the same or more severe
     */
    public boolean isAtLeast(FindingSeverity other) {
        return ordinal() <= other.ordinal();
    }
}
