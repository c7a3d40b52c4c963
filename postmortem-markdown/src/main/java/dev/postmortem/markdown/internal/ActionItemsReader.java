package dev.postmortem.markdown.internal;

import dev.postmortem.core.model.ActionItem;
import dev.postmortem.core.model.ActionItemStatus;
import dev.postmortem.core.model.Estimate;
import dev.postmortem.core.model.OwnerHandle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;

/**
 * Reads the action items: lists in either of the guide's forms and as teams write them (checkboxes,
 * owners and due dates in a trailing bracket, nested "Owner:" and "Due:" lines), tables with their
 * columns, and headings that group items or are items themselves. Prose between them is kept as the
 * section's notes.
 */
final class ActionItemsReader extends SectionReader {
    private final AdditionalSectionsReader additional;
    private final TableReader tables;

    private static final java.util.regex.Pattern TRAILING_HANDLE =
            java.util.regex.Pattern.compile("`?(@[\\w.-]+(?:/[\\w.-]+)?)`?\\s*$");

    /** The item's fields in JSON, which an extension must not take the name of. */
    private static final java.util.Set<String> JSON_FIELDS = java.util.Set.of(
            "id",
            "type",
            "description",
            "owner",
            "dueDate",
            "status",
            "statusRationale",
            "estimate",
            "acceptanceCriteria",
            "addressesFactors",
            "ticket",
            "extensions");

    private final List<ActionItem> items = new ArrayList<>();
    private ActionItem headingAction;
    private String pendingActionHeading;

    ActionItemsReader(ReadContext ctx, AdditionalSectionsReader additional, TableReader tables) {
        super(ctx);
        this.additional = additional;
        this.tables = tables;
        ctx.listed("/actionItems", items::size);
    }

    /**
     * An action-item section: lists and tables of items. A heading under it groups the items of
     * the list that follows ("### Process improvements"), or, followed by prose, is an item
     * itself whose text is that prose ("#### 1) Disk alerts added `@db-admin`"). Other prose is
     * kept as the section's notes.
     */
    @SuppressWarnings("ReferenceEquality") // is the last item still the very one its heading made
    void read(Node block, String title) {
        ctx.actionItemsAt(rangeOf(block));
        if (block instanceof ListBlock || block instanceof TableBlock || tables.isHtmlTable(block)) {
            if (pendingActionHeading != null) {
                additional.keep(title, pendingActionHeading); // a group's name, kept as written
                pendingActionHeading = null;
            }
            headingAction = null;
            tables.listOrTable(block, title, this::actionItem, this::actionRow);
        } else if (block instanceof Heading h) {
            flushActionHeading();
            pendingActionHeading = headingText(h).strip();
        } else {
            String more = raw(block, block);
            if (pendingActionHeading != null) {
                flushActionHeading();
            }
            if (headingAction != null && items.get(items.size() - 1) == headingAction) {
                ActionItem last = headingAction;
                headingAction = ActionItem.builder()
                        .from(last)
                        .description(last.description() + "\n\n" + more)
                        .build();
                items.set(items.size() - 1, headingAction);
            } else {
                additional.keep(title, more);
            }
        }
    }

    /** Turns a heading under the action items that no list followed into an item of its own. */
    void flushActionHeading() {
        if (pendingActionHeading == null) {
            return;
        }
        String text = pendingActionHeading;
        pendingActionHeading = null;
        int start = 0;
        while (start < text.length()
                && (Character.isDigit(text.charAt(start)) || ").: ".indexOf(text.charAt(start)) >= 0)) {
            start++;
        }
        String line = text.substring(start);
        java.util.regex.Matcher owner = TRAILING_HANDLE.matcher(line);
        ActionItem.Builder a = ActionItem.builder();
        if (owner.find()) {
            try {
                a.owner(OwnerHandle.parse(owner.group(1)));
                line = line.substring(0, owner.start()).strip();
            } catch (IllegalArgumentException e) {
                // not a handle the model takes; it stays in the text
            }
        }
        ActionItemLine parsed = ActionItemLine.parse(line.isEmpty() ? text : line);
        a.description(parsed.description());
        parsed.due().ifPresent(a::dueDate);
        parsed.owner().ifPresent(a::owner);
        headingAction = a.build();
        items.add(headingAction);
    }

    private boolean actionItem(ListItem item) {
        Optional<String> first = itemLine(item);
        if (first.isEmpty()) {
            return false;
        }
        ActionItemLine line = ActionItemLine.parse(first.get());
        ActionItem.Builder a = ActionItem.builder().description(line.description());
        line.id().ifPresent(a::id);
        line.type().ifPresent(a::type);
        line.due().ifPresent(a::dueDate);
        line.owner().ifPresent(a::owner);
        line.checkbox().ifPresent(a::status);
        Node start = item.getFirstChild() instanceof BulletList
                ? item.getFirstChild()
                : item.getFirstChild() == null ? null : item.getFirstChild().getNext();
        StringBuilder more = new StringBuilder();
        java.util.Map<String, String> extensions = new java.util.LinkedHashMap<>();
        for (Node n = start; n != null; n = n.getNext()) {
            if (!(n instanceof BulletList fields)) {
                // a paragraph, quote or code under the item is part of its text
                more.append("\n\n").append(itemRest(item, n));
                break;
            }
            for (Node f = fields.getFirstChild(); f != null; f = f.getNext()) {
                Optional<String> fieldLine = itemLine(f);
                if (fieldLine.isEmpty()
                        || (f.getFirstChild() != null && f.getFirstChild().getNext() != null)
                        || !actionField(a, extensions, fieldLine.get(), f)) {
                    // a sub-task ("- Add end-to-end tests ...") stays with the item's text
                    more.append("\n- ").append(raw(f.getFirstChild() == null ? f : f.getFirstChild(), f));
                }
            }
        }
        if (more.length() > 0) {
            a.description(line.description() + more);
        }
        items.add(a.extensions(extensions).build());
        return true;
    }

    private boolean actionField(
            ActionItem.Builder a, java.util.Map<String, String> extensions, String raw, Node where) {
        String[] kv = keyValue(raw);
        if (kv == null) {
            return false;
        }
        String key = kv[0];
        String value = kv[1];
        try {
            switch (key) {
                case "owner" -> a.owner(OwnerHandle.parse(value));
                case "due", "due date" -> {
                    Optional<LocalDate> d = Syntax.parseDate(value);
                    if (d.isEmpty()) {
                        return false;
                    }
                    a.dueDate(d.get());
                }
                case "status" -> {
                    Optional<ActionItemStatus> st = Syntax.parseLabel(ActionItemStatus.class, value);
                    if (st.isEmpty()) {
                        return false;
                    }
                    a.status(st.get());
                }
                case "rationale" -> a.statusRationale(value);
                case "estimate" -> a.estimate(Estimate.parse(value));
                case "acceptance criterion", "acceptance criteria" -> a.addAcceptanceCriteria(value);
                case "addresses" -> a.addAddressesFactors(value);
                case "ticket", "bug", "issue" -> a.ticket(value);
                default -> {
                    return extension(
                            extensions,
                            raw.substring(0, Math.max(0, raw.indexOf(": "))).strip(),
                            value);
                }
            }
        } catch (IllegalArgumentException e) {
            diagnose(where, e.getMessage(), "a valid " + key);
            return false;
        }
        return true;
    }

    private boolean actionRow(List<String> header, List<String> row, Node where) {
        int desc = TableColumns.find(header, "action.description", -1);
        if (desc < 0 || desc >= row.size()) {
            return false;
        }
        ActionItem.Builder a = ActionItem.builder();
        StringBuilder text = new StringBuilder(row.get(desc));
        int type = TableColumns.find(header, "action.type", -1);
        Optional<dev.postmortem.core.model.ActionItemType> typeRead =
                type >= 0 && type < row.size() ? actionType(row.get(type)) : Optional.empty();
        typeRead.ifPresent(a::type);
        java.util.Map<String, String> extensions = new java.util.LinkedHashMap<>();
        int owner = TableColumns.find(header, "action.owner", -1);
        if (owner >= 0 && owner < row.size() && !row.get(owner).isBlank()) {
            try {
                a.owner(OwnerHandle.parse(row.get(owner).replace(" ", "-")));
            } catch (IllegalArgumentException e) {
                diagnose(where, e.getMessage(), OwnerHandle.FORM);
            }
        }
        int bug = TableColumns.find(header, "action.ticket", -1);
        if (bug >= 0
                && bug < row.size()
                && !row.get(bug).isBlank()
                && !row.get(bug).equalsIgnoreCase("n/a")) {
            a.ticket(row.get(bug));
        }
        int due = TableColumns.find(header, "action.due", -1);
        if (due >= 0 && due < row.size()) {
            Syntax.parseDate(row.get(due)).ifPresent(a::dueDate);
        }
        int status = TableColumns.find(header, "action.status", -1);
        if (status >= 0 && status < row.size()) {
            Syntax.parseLabel(ActionItemStatus.class, row.get(status)).ifPresent(a::status);
        }
        for (int i = 0; i < row.size(); i++) {
            boolean mapped = i == desc || i == type || i == owner || i == bug || i == due;
            boolean statusRead = i == status
                    && Syntax.parseLabel(ActionItemStatus.class, row.get(i)).isPresent();
            boolean dueRead = i == due && Syntax.parseDate(row.get(i)).isPresent();
            // a type the model reads ("prevent" as Prevention) or cannot ("other") is kept as written
            boolean typeReworded = i == type
                    && !typeRead.map(Syntax::label)
                            .orElse("")
                            .equalsIgnoreCase(row.get(i).strip());
            if ((!mapped || (i == due && !dueRead) || typeReworded)
                    && !statusRead
                    && !row.get(i).isBlank()
                    && !row.get(i).equalsIgnoreCase("n/a")) {
                String name = i < tables.writtenHeader().size()
                        ? tables.writtenHeader().get(i).strip()
                        : "";
                // a column read as a nested "Key: value" line is: into a field, else kept under its name
                if (!name.isEmpty()
                        && !name.contains(":")
                        && actionField(a, extensions, name + ": " + row.get(i), where)) {
                    continue;
                }
                // else kept with the text: "(Priority: P2)"
                text.append(" (")
                        .append(name.isEmpty() ? "" : name + ": ")
                        .append(row.get(i))
                        .append(')');
            }
        }
        items.add(a.description(text.toString()).extensions(extensions).build());
        return true;
    }

    /**
     * Keeps a "Key: value" line or a table column the model has no field for as an extension of
     * the item, under its key as written, so that it is written back as it was. Not for a key that
     * is one of the item's JSON fields, or too long to be a label.
     */
    private boolean extension(java.util.Map<String, String> extensions, String key, String value) {
        if (key.isEmpty()
                || value.isEmpty()
                || key.length() > 40
                || key.split("\\s+").length > 5
                || !Character.isLetter(key.charAt(0))
                || JSON_FIELDS.contains(key)
                || extensions.containsKey(key)) {
            return false;
        }
        extensions.put(key, Syntax.jsonString(value));
        return true;
    }

    /** "Prevention", "Prevent", "mitigate": the type whose name starts like the word. */
    private Optional<dev.postmortem.core.model.ActionItemType> actionType(String word) {
        Optional<dev.postmortem.core.model.ActionItemType> exact =
                Syntax.parseLabel(dev.postmortem.core.model.ActionItemType.class, word);
        if (exact.isPresent() || word.strip().length() < 5) {
            return exact;
        }
        String w = word.strip().toLowerCase(java.util.Locale.ROOT).substring(0, 5);
        for (dev.postmortem.core.model.ActionItemType t : dev.postmortem.core.model.ActionItemType.values()) {
            if (t.name().toLowerCase(java.util.Locale.ROOT).startsWith(w)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Hands the items to the model. */
    void finish() {
        ctx.postmortem.actionItems(items);
    }
}
