package dev.postmortem.core.checks.readiness;

import dev.postmortem.core.internal.Args;
import dev.postmortem.core.model.ActionItem;
import java.util.List;

/**
 * The Definition of Ready applied to one action item: every criterion with its outcome.
 *
 * @param item the action item
 * @param results one result per criterion, in {@link ReadinessCriterion} order
 */
public record ItemReadiness(ActionItem item, List<CriterionResult> results) {
    /**
     * Checks and copies the components.
     *
     * @param item the item
     * @param results the results
     */
    public ItemReadiness {
        Args.notNull(item, "item");
        results = List.copyOf(Args.notNull(results, "results"));
    }

    /**
     * Whether every criterion passed: the item may enter a sprint.
     *
     * @return true when ready
     */
    public boolean isReady() {
        for (CriterionResult r : results) {
            if (!r.passed()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The criteria that failed.
     *
     * @return the failed results
     */
    public List<CriterionResult> failed() {
        List<CriterionResult> out = new java.util.ArrayList<>(2);
        for (CriterionResult r : results) {
            if (!r.passed()) {
                out.add(r);
            }
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /**
     * The outcome of one criterion.
     *
     * @param criterion the criterion
     * @return its result
     */
    public CriterionResult result(ReadinessCriterion criterion) {
        return results.stream()
                .filter(r -> r.criterion() == criterion)
                .findFirst()
                .orElseThrow();
    }
}
