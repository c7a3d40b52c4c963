package dev.postmortem.core.checks.config;

import dev.postmortem.core.internal.Args;
import dev.postmortem.core.model.SeverityLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How many days after an incident its action items may fall due, by severity rank. The defaults:
 * SEV1 within 15 days, SEV2 within 30, SEV3 within 60, SEV4 and SEV5 within 90. The first two are
 * the project's choice for the guide's emphasis on treating remediation like product work (a
 * sprint or two); they sit inside the four and eight weeks that Atlassian's incident handbook sets
 * for priority actions. Each looser level doubles, capped at a quarter. A rank with no entry takes
 * the entry of the nearest more severe rank. Immutable and thread-safe.
 */
public final class DueDatePolicy {
    private static final DueDatePolicy DEFAULTS =
            new DueDatePolicy(new TreeMap<>(Map.of(1, 15, 2, 30, 3, 60, 4, 90, 5, 90)));

    private final java.util.NavigableMap<Integer, Integer> daysByRank;

    /**
     * The answer of {@link #maxDays} for each rank up to the highest with an entry (at most {@link
     * #LOOKED_UP}); a rank beyond them is searched for. Checks ask once per action item, so the
     * answer is looked up, not searched for.
     */
    private final List<Optional<Integer>> byRank;

    /** The highest rank whose answer is kept in {@link #byRank}; scales have a handful of levels. */
    private static final int LOOKED_UP = 64;

    private DueDatePolicy(java.util.NavigableMap<Integer, Integer> daysByRank) {
        this.daysByRank = daysByRank;
        List<Optional<Integer>> answers = new ArrayList<>();
        for (int rank = 0; rank <= Math.min(daysByRank.lastKey(), LOOKED_UP); rank++) {
            Map.Entry<Integer, Integer> e = daysByRank.floorEntry(rank);
            answers.add(e == null ? Optional.empty() : Optional.of(e.getValue()));
        }
        this.byRank = List.copyOf(answers);
    }

    /**
     * The default policy.
     *
     * @return the defaults
     */
    public static DueDatePolicy defaults() {
        return DEFAULTS;
    }

    /**
     * A policy from severity rank to the most days allowed.
     *
     * @param daysByRank rank (1 is the most severe) to a positive number of days
     * @return the policy
     * @throws IllegalArgumentException if the map is null or empty, or holds a non-positive value
     */
    public static DueDatePolicy of(Map<Integer, Integer> daysByRank) {
        Args.notNull(daysByRank, "due-date policy");
        if (daysByRank.isEmpty()) {
            throw new IllegalArgumentException("a due-date policy needs at least one severity rank");
        }
        TreeMap<Integer, Integer> copy = new TreeMap<>();
        daysByRank.forEach((rank, days) -> {
            if (rank == null || days == null || rank < 1 || days < 1) {
                throw new IllegalArgumentException(
                        "due-date policy entries map a rank of 1 or more to 1 or more days, not " + rank + " -> "
                                + days);
            }
            copy.put(rank, days);
        });
        return new DueDatePolicy(copy);
    }

    /**
     * The most days allowed for a severity.
     *
     * @param severity the severity
     * @return the days, or empty when no rank at or above the severity's has an entry
     */
    public Optional<Integer> maxDays(SeverityLevel severity) {
        Args.notNull(severity, "severity");
        int rank = severity.rank();
        if (rank < byRank.size()) {
            return byRank.get(rank);
        }
        Map.Entry<Integer, Integer> e = daysByRank.floorEntry(rank);
        return e == null ? Optional.empty() : Optional.of(e.getValue());
    }

    /**
     * The policy as rank to days.
     *
     * @return an unmodifiable sorted map
     */
    public Map<Integer, Integer> asMap() {
        return java.util.Collections.unmodifiableMap(daysByRank);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DueDatePolicy p && daysByRank.equals(p.daysByRank);
    }

    @Override
    public int hashCode() {
        return daysByRank.hashCode();
    }

    @Override
    public String toString() {
        return "DueDatePolicy" + daysByRank;
    }
}
