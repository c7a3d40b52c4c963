package dev.postmortem.markdown.internal;

import dev.postmortem.core.model.ActionItem;
import dev.postmortem.core.model.ActionItemId;
import dev.postmortem.core.model.ActionItemStatus;
import dev.postmortem.core.model.ActionItemType;
import dev.postmortem.core.model.OwnerHandle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One action-item line in either of the guide's forms: {@code [AI-101] [Prevention] Implement ...
 * by 2026-05-30 (@TeamAlpha).} or {@code [ ] AI-42 Add integration test for timeout path by
 * 2025-03-15 (@jane)}. A trailing {@code <!-- -->} ends the description where it would otherwise
 * look like a due date or owner. Also read, as teams write them: a trailing bracket of owner and
 * due date in any order ({@code (@payments-team, due 2026-03-28)}, {@code (Owner: @x, due:
 * 2026-03-21)}, {@code (@x; 2026-03-21)}), when every part of it is an owner or a date.
 */
public record ActionItemLine(
        Optional<ActionItemId> id,
        Optional<ActionItemType> type,
        String description,
        Optional<LocalDate> due,
        Optional<OwnerHandle> owner,
        Optional<ActionItemStatus> checkbox) {

    /** The comment that ends a description where its tail would read as a due date or owner. */
    public static final String END = "<!-- -->";

    /**
     * Reads one line.
     *
     * @param raw the line as written
     * @return what it holds
     */
    public static ActionItemLine parse(String raw) {
        String s = raw.strip();
        boolean noSuffix = false;
        if (s.endsWith(END)) {
            s = s.substring(0, s.length() - END.length()).stripTrailing();
            noSuffix = true;
        }
        Optional<ActionItemStatus> box = Optional.empty();
        if (s.startsWith("[ ]") || s.startsWith("[]")) {
            box = Optional.of(ActionItemStatus.OPEN);
            s = s.substring(s.indexOf(']') + 1).stripLeading();
        } else if (s.startsWith("[x]") || s.startsWith("[X]")) {
            box = Optional.of(ActionItemStatus.DONE);
            s = s.substring(3).stripLeading();
        }
        Optional<ActionItemId> id = Optional.empty();
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close > 0) {
                id = tryId(s.substring(1, close));
                if (id.isPresent()) {
                    s = s.substring(close + 1).stripLeading();
                }
            }
        } else {
            int end = 0;
            while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != ':') {
                end++;
            }
            id = tryId(s.substring(0, end));
            if (id.isPresent()) {
                s = s.substring(Math.min(s.length(), end + (end < s.length() && s.charAt(end) == ':' ? 1 : 0)))
                        .stripLeading();
            }
        }
        Optional<ActionItemType> type = Optional.empty();
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close > 0) {
                type = Syntax.parseLabel(ActionItemType.class, s.substring(1, close));
                if (type.isPresent()) {
                    s = s.substring(close + 1).stripLeading();
                }
            }
        }
        Optional<LocalDate> due = Optional.empty();
        Optional<OwnerHandle> owner = Optional.empty();
        if (!noSuffix) {
            String t = s;
            boolean dot = t.endsWith(".");
            if (dot) {
                t = t.substring(0, t.length() - 1);
            }
            Optional<OwnerAndDue> bracket = ownerAndDue(t);
            if (bracket.isPresent()) {
                owner = bracket.get().owner();
                due = Optional.of(bracket.get().due());
                t = t.substring(0, t.lastIndexOf('(')).stripTrailing();
            } else if (t.endsWith(")")) {
                int open = t.lastIndexOf("(@");
                if (open >= 0) {
                    try {
                        owner = Optional.of(OwnerHandle.parse(t.substring(open + 1, t.length() - 1)));
                        t = t.substring(0, open).stripTrailing();
                    } catch (IllegalArgumentException e) {
                        owner = Optional.empty();
                    }
                }
            }
            int by = t.lastIndexOf(" by ");
            if (by >= 0) {
                Optional<LocalDate> d = Syntax.parseDate(t.substring(by + 4));
                if (d.isPresent()) {
                    due = d;
                    t = t.substring(0, by).stripTrailing();
                }
            }
            if (due.isPresent() || owner.isPresent()) {
                s = t;
            }
        }
        return new ActionItemLine(id, type, Syntax.unescapeStart(s), due, owner, box);
    }

    /**
     * The owner and due date of a trailing bracket whose every part is one of them, or empty: the
     * writer's {@code (@owner)} reads as before, and a bracket with anything else stays text.
     */
    /** A trailing bracket's due date and, when it names one, its owner. */
    private record OwnerAndDue(Optional<OwnerHandle> owner, LocalDate due) {}

    /** The labels an owner or a due date may carry, each with what must follow it. */
    private static final String[] KEYS = {"owner:", "owner ", "due:", "due ", "by "};

    /**
     * The parts of a bracket's text between commas and semicolons, as {@code split("[,;]")} gives
     * them (trailing empty parts dropped), without compiling a pattern for every item.
     */
    private static List<String> parts(String text) {
        List<String> out = new ArrayList<>(4);
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ',' || text.charAt(i) == ';') {
                out.add(text.substring(from, i));
                from = i + 1;
            }
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** A part without its leading "owner:", "due", "by" or the like, matched ignoring case. */
    private static String withoutKey(String p) {
        for (String key : KEYS) {
            if (p.regionMatches(true, 0, key, 0, key.length())) {
                return p.substring(key.strip().length()).strip();
            }
        }
        return p;
    }

    private static Optional<OwnerAndDue> ownerAndDue(String t) {
        if (!t.endsWith(")")) {
            return Optional.empty();
        }
        int open = t.lastIndexOf('(');
        if (open < 0) {
            return Optional.empty();
        }
        OwnerHandle owner = null;
        LocalDate due = null;
        for (String part : parts(t.substring(open + 1, t.length() - 1))) {
            String p = withoutKey(part.strip());
            Optional<LocalDate> d = Syntax.parseDate(p);
            if (d.isPresent() && due == null) {
                due = d.get();
                continue;
            }
            if (p.startsWith("@") && owner == null) {
                try {
                    owner = OwnerHandle.parse(p);
                    continue;
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }
        if (owner == null && due == null) {
            return Optional.empty();
        }
        // the writer's "(@owner)" alone keeps its old reading below, with "by DATE" before it
        if (due == null) {
            return Optional.empty();
        }
        return Optional.of(new OwnerAndDue(Optional.ofNullable(owner), due));
    }

    private static Optional<ActionItemId> tryId(String text) {
        try {
            return Optional.of(ActionItemId.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether an action item written as this line would read back as it is.
     *
     * @param a the item
     * @return true if the line holds all of it
     */
    public boolean matches(ActionItem a) {
        return id.equals(a.id())
                && type.equals(a.type())
                && description.equals(a.description())
                && due.equals(a.dueDate())
                && owner.equals(a.owner())
                && checkbox.isEmpty();
    }
}
