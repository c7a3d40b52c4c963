package dev.postmortem.core.model;

import dev.postmortem.core.internal.Args;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One level of a {@link SeverityScale}: a short id ({@code SEV1}), a label ({@code High Impact}), a
 * description, an explicit rank (1 is the most severe) and the other names it answers to, such as
 * the guide's {@code Tier 1 (High Impact)}.
 *
 * <p>The rank is given, never taken from digits in the id or label, so a team's scale may use any
 * names. Immutable and thread-safe.
 */
public final class SeverityLevel {
    private final String id;
    private final String label;
    private final String description;
    private final int rank;
    private final List<String> aliases;

    private SeverityLevel(String id, String label, String description, int rank, List<String> aliases) {
        this.id = id;
        this.label = label;
        this.description = description;
        this.rank = rank;
        this.aliases = aliases;
    }

    /**
     * Creates a level.
     *
     * @param id the short id, such as {@code SEV1}; not blank
     * @param label a short label, such as {@code High Impact}; may be empty
     * @param description what qualifies an incident for the level; may be empty
     * @param rank the position on the scale, 1 for the most severe; positive
     * @param aliases other names the level answers to, such as {@code Tier 1 (High Impact)}
     * @return the level
     * @throws IllegalArgumentException if an argument is null, the id blank or the rank not positive
     */
    public static SeverityLevel of(String id, String label, String description, int rank, List<String> aliases) {
        Args.notNull(id, "severity id");
        Args.notNull(label, "severity label");
        Args.notNull(description, "severity description");
        Args.notNull(aliases, "severity aliases");
        if (id.isBlank()) {
            throw new IllegalArgumentException("severity id must not be blank; expected a short id such as SEV1");
        }
        if (rank < 1) {
            throw new IllegalArgumentException("severity rank " + rank + " must be 1 or more (1 is the most severe)");
        }
        List<String> copy = new ArrayList<>(aliases.size());
        for (String alias : aliases) {
            copy.add(Args.notNull(alias, "severity alias").strip());
        }
        return new SeverityLevel(id.strip(), label.strip(), description.strip(), rank, List.copyOf(copy));
    }

    /**
     * The short id, such as {@code SEV1}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The label, such as {@code High Impact}; may be empty.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * What qualifies an incident for this level; may be empty.
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    /**
     * The rank: 1 is the most severe, larger numbers are less severe.
     *
     * @return the rank
     */
    public int rank() {
        return rank;
    }

    /**
     * The other names this level answers to, in the order given; the first is the form the Markdown
     * writer uses for the template's "Severity Tier" line when there is one.
     *
     * @return the aliases, unmodifiable
     */
    public List<String> aliases() {
        return aliases;
    }

    /**
     * The name written in a postmortem's header: the first alias, or the id when there is none.
     *
     * @return the display name, such as {@code Tier 1 (High Impact)}
     */
    public String displayName() {
        return aliases.isEmpty() ? id : aliases.get(0);
    }

    /**
     * Whether this level answers to the text: its id or any alias, ignoring case, white space,
     * hyphens and underscores ({@code sev-1}, {@code SEV 1} and {@code SEV1} are one name).
     *
     * @param text the text
     * @return true when it names this level
     */
    public boolean answersTo(String text) {
        if (text == null) {
            return false;
        }
        String key = key(text);
        if (key.isEmpty()) {
            return false;
        }
        if (key.equals(key(id))) {
            return true;
        }
        for (String alias : aliases) {
            if (key.equals(key(alias))) {
                return true;
            }
        }
        return false;
    }

    static String key(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '-' && c != '_') {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether this level is more severe than the other (a smaller rank).
     *
     * @param other the other level
     * @return true if more severe
     */
    public boolean isMoreSevereThan(SeverityLevel other) {
        return rank < Args.notNull(other, "other severity").rank;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SeverityLevel other
                && id.equals(other.id)
                && label.equals(other.label)
                && description.equals(other.description)
                && rank == other.rank
                && aliases.equals(other.aliases);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, label, description, rank, aliases);
    }

    /**
     * The id, such as {@code SEV1}; {@link SeverityScale#parse(String)} reads it back.
     *
     * @return the id
     */
    @Override
    public String toString() {
        return id;
    }
}
