package dev.postmortem.core.checks.readiness;

import dev.postmortem.core.internal.Args;

/**
 * One criterion's outcome for one action item.
 *
 * @param criterion the criterion
 * @param passed whether it is met
 * @param reason why it passed or what is missing and how to fix it
 */
public record CriterionResult(ReadinessCriterion criterion, boolean passed, String reason) {
    /**
     * Checks the components.
     *
     * @param criterion the criterion
     * @param passed whether it is met
     * @param reason the reason
     */
    public CriterionResult {
        Args.notNull(criterion, "criterion");
        Args.notNull(reason, "reason");
    }
}
