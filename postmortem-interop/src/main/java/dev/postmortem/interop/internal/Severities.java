package dev.postmortem.interop.internal;

import dev.postmortem.core.model.SeverityLevel;
import dev.postmortem.core.model.SeverityScale;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a tool's severity and priority names become levels of a scale: a team's own names first
 * ({@code P1} means {@code SEV2} here), then the names the tool's mapping ships with, then the
 * scale's own names. Immutable and thread-safe.
 */
public final class Severities {
    /** The standard scale with the shipped names only. */
    public static final Severities STANDARD = new Severities(SeverityScale.standard(), Map.of());

    private final SeverityScale scale;
    private final Map<String, String> names;

    private Severities(SeverityScale scale, Map<String, String> names) {
        this.scale = scale;
        this.names = names;
    }

    /**
     * A scale with a team's names for the tool's severities.
     *
     * @param scale the scale the levels are found on
     * @param names the tool's name (case ignored) to a level name of the scale
     * @return the severities
     * @throws IllegalArgumentException if a name maps to no level of the scale
     */
    public static Severities of(SeverityScale scale, Map<String, String> names) {
        Map<String, String> copy = new java.util.HashMap<>();
        for (Map.Entry<String, String> e : names.entrySet()) {
            if (scale.find(e.getValue()).isEmpty()) {
                throw new IllegalArgumentException("the severity name '" + e.getKey() + "' maps to '" + e.getValue()
                        + "', which is no level of the scale; use one of "
                        + scale.levels().stream().map(SeverityLevel::id).toList());
            }
            copy.put(e.getKey().strip().toLowerCase(Locale.ROOT), e.getValue());
        }
        return new Severities(scale, Map.copyOf(copy));
    }

    /**
     * The level of a tool's severity or priority name.
     *
     * @param mapping the tool's shipped mapping
     * @param name the tool's name, such as {@code P1} or {@code Major}
     * @return the level, or empty when nothing knows the name
     */
    Optional<SeverityLevel> find(Mapping mapping, String name) {
        String own = names.get(name.strip().toLowerCase(Locale.ROOT));
        if (own != null) {
            return scale.find(own);
        }
        Optional<String> mapped = mapping.get("severity", name.strip());
        return mapped.isPresent() ? scale.find(mapped.get()) : scale.find(name);
    }
}
