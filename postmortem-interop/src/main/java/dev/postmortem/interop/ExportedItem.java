package dev.postmortem.interop;

import dev.postmortem.core.checks.readiness.ItemReadiness;
import dev.postmortem.core.model.ActionItem;
import java.util.Objects;
import java.util.Optional;

/**
 * One action item the exporter considered, with its Definition-of-Ready verdict.
 *
 * @param postmortemLink where the item's postmortem is (its path or URL)
 * @param item the item
 * @param readiness the verdict of every readiness criterion
 * @param exported whether the item is in the output
 * @param assignee the tracker account of its owner, from the owner map, or empty
 */
public record ExportedItem(
        String postmortemLink, ActionItem item, ItemReadiness readiness, boolean exported, Optional<String> assignee) {
    /**
     * Checks the components.
     *
     * @param postmortemLink the link
     * @param item the item
     * @param readiness the verdict
     * @param exported whether exported
     * @param assignee the account
     */
    public ExportedItem {
        Objects.requireNonNull(postmortemLink, "postmortem link");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(readiness, "readiness");
        Objects.requireNonNull(assignee, "assignee");
    }
}
