package dev.postmortem.core.model;

import dev.postmortem.core.internal.Args;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An ordered set of {@link SeverityLevel}s: the {@link #standard() standard} SEV1 to SEV5 scale or
 * a team's own. Levels are ordered by their explicit rank, most severe first.
 *
 * <p>The standard levels also answer to the guide's tier form, so {@code SEV1}, {@code Sev 1},
 * {@code Tier 1} and {@code Tier 1 (High Impact)} all find the same level, and to {@code P1} to
 * {@code P5} and {@code S1} to {@code S5} (the priority and the bug-tracker severity forms);
 * {@code P0}, {@code SEV0}, {@code S0} and {@code Severity 0}, the top of scales that count from
 * zero, are SEV1 (a team whose P1 is its second level declares its own scale);
 * {@code Critical}, {@code Major} and {@code Minor} are SEV1, SEV2 and SEV3, as on
 * Atlassian's scale and many teams' own; {@code High}, {@code Medium} and {@code Low} are SEV2, SEV3
 * and SEV4, as on the Critical / High / Medium / Low scale of issue trackers (a team whose top level
 * is "High" declares its own scale). The status-page scales that postmortems published on status
 * sites write in their front matter map by the share of users they describe: {@code major-outage}
 * and {@code down} are SEV1, {@code partial-outage} and {@code disrupted} SEV2, {@code
 * degraded-performance} and {@code degraded} SEV3; {@code under-maintenance} and {@code notice}
 * describe no incident and find no level. Immutable and thread-safe.
 */
public final class SeverityScale {
    private static final SeverityScale STANDARD = new SeverityScale(List.of(
            standardLevel(1, "High Impact", "A critical service is down or badly degraded for many users; all hands."),
            standardLevel(2, "Significant Impact", "A major feature or a large share of users is affected."),
            standardLevel(
                    3,
                    "Moderate Impact",
                    "A minor feature or a small share of users is affected; a workaround exists."),
            standardLevel(4, "Low Impact", "Little user-visible impact; degraded redundancy or internal tooling."),
            standardLevel(
                    5, "Minimal Impact", "No user impact: a near-miss or a cosmetic issue worth learning from.")));

    private final List<SeverityLevel> levels;

    private SeverityScale(List<SeverityLevel> levels) {
        this.levels = levels;
    }

    private static SeverityLevel standardLevel(int n, String label, String description) {
        return SeverityLevel.of("SEV" + n, label, description, n, aliases(n, label));
    }

    /**
     * The names a standard level also answers to: the guide's tier forms and its label alone
     * ({@code High Impact}), {@code P1}, {@code S1}, {@code Severity 1}, for the first three levels the words
     * of Atlassian's and many teams' scales, {@code Critical}, {@code Major} and {@code Minor}, and
     * for the second to fourth {@code High}, {@code Medium} and {@code Low}.
     */
    private static List<String> aliases(int n, String label) {
        List<String> out = new java.util.ArrayList<>(
                List.of("Tier " + n + " (" + label + ")", "Tier " + n, "P" + n, "S" + n, "Severity " + n, label));
        if (n <= 3) {
            out.add(new String[] {"Critical", "Major", "Minor"}[n - 1]);
        }
        if (n >= 2 && n <= 4) {
            // the four-word scale of issue trackers: Critical, High, Medium, Low
            out.add(new String[] {"High", "Medium", "Low"}[n - 2]);
        }
        // the status-page scales: a component's status on Atlassian Statuspage (major outage,
        // partial outage, degraded performance) and an incident's on cState (down, disrupted);
        // "under maintenance" and "notice" name no incident level and answer to none
        if (n == 1) {
            // a scale that counts from zero (P0, SEV0) has its worst level at zero: whatever the
            // team's scale below it, zero is the top, and so is SEV1 here
            out.addAll(List.of("Major Outage", "Down", "P0", "SEV0", "S0", "Severity 0"));
        } else if (n == 2) {
            out.addAll(List.of("Partial Outage", "Disrupted"));
        } else if (n == 3) {
            out.addAll(List.of("Degraded Performance", "Degraded"));
        }
        return List.copyOf(out);
    }

    /**
     * The standard scale SEV1 (most severe) to SEV5, labelled High, Significant, Moderate, Low and
     * Minimal Impact.
     *
     * @return the standard scale
     */
    public static SeverityScale standard() {
        return STANDARD;
    }

    /**
     * Creates a team's own scale.
     *
     * @param levels the levels, in any order; at least one, with distinct ranks and names
     * @return the scale, ordered by rank
     * @throws IllegalArgumentException if the list is empty, or two levels share a rank or a name
     */
    public static SeverityScale of(List<SeverityLevel> levels) {
        Args.notNull(levels, "severity levels");
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("a severity scale needs at least one level");
        }
        List<SeverityLevel> sorted = new ArrayList<>(levels.size());
        for (SeverityLevel level : levels) {
            sorted.add(Args.notNull(level, "severity level"));
        }
        sorted.sort(Comparator.comparingInt(SeverityLevel::rank));
        Set<Integer> ranks = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (SeverityLevel level : sorted) {
            if (!ranks.add(level.rank())) {
                throw new IllegalArgumentException("two severity levels share rank " + level.rank());
            }
            List<String> all = new ArrayList<>(level.aliases());
            all.add(level.id());
            for (String name : all) {
                if (!names.add(SeverityLevel.key(name))) {
                    throw new IllegalArgumentException("two severity levels answer to '" + name + "'");
                }
            }
        }
        return new SeverityScale(List.copyOf(sorted));
    }

    /**
     * The levels, most severe first.
     *
     * @return the levels, unmodifiable
     */
    public List<SeverityLevel> levels() {
        return levels;
    }

    /**
     * Finds the level that answers to the text (its id or an alias).
     *
     * @param text the text, such as {@code SEV1} or {@code Tier 1 (High Impact)}
     * @return the level, or empty when none answers
     */
    public Optional<SeverityLevel> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (SeverityLevel level : levels) {
            if (level.answersTo(text)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /**
     * Finds the level that answers to the text, or fails.
     *
     * @param text the text
     * @return the level
     * @throws IllegalArgumentException if no level answers, naming the levels that exist
     */
    public SeverityLevel parse(String text) {
        Args.notNull(text, "severity");
        return find(text)
                .orElseThrow(
                        () -> new IllegalArgumentException("unknown severity '" + text.strip() + "': expected one of "
                                + levels.stream().map(SeverityLevel::id).collect(Collectors.joining(", "))));
    }

    /**
     * Finds the level with the given rank.
     *
     * @param rank the rank
     * @return the level, or empty
     */
    public Optional<SeverityLevel> byRank(int rank) {
        return levels.stream().filter(l -> l.rank() == rank).findFirst();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SeverityScale other && levels.equals(other.levels);
    }

    @Override
    public int hashCode() {
        return levels.hashCode();
    }

    @Override
    public String toString() {
        return levels.stream().map(SeverityLevel::id).collect(Collectors.joining(" > ", "SeverityScale[", "]"));
    }
}
