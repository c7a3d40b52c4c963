package dev.postmortem.interop;

import dev.postmortem.core.model.OwnerHandle;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link ActionExporter#export} made: the output text and an account of every item.
 *
 * @param text the output, in the exporter's format
 * @param items every item considered, exported or not, in input order
 * @param unmappedOwners owners of exported items the owner map does not know, with the ids (or
 *     descriptions) of their items: their issues are left unassigned
 */
public record ActionExport(String text, List<ExportedItem> items, Map<OwnerHandle, List<String>> unmappedOwners) {
    /**
     * Checks and copies the components.
     *
     * @param text the text
     * @param items the items
     * @param unmappedOwners the unmapped owners
     */
    public ActionExport {
        Objects.requireNonNull(text, "text");
        items = List.copyOf(items);
        unmappedOwners = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unmappedOwners));
    }

    /**
     * The number of items in the output.
     *
     * @return the count
     */
    public long exportedCount() {
        return items.stream().filter(ExportedItem::exported).count();
    }
}
