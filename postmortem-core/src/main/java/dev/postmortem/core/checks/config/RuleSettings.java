package dev.postmortem.core.checks.config;

import dev.postmortem.core.internal.Args;
import dev.postmortem.core.report.Finding;
import dev.postmortem.core.report.FindingSeverity;
import dev.postmortem.core.report.Report;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which rules run and at what severity. A selector is a rule id ({@code language.counterfactual}), a
 * family ({@code language} or {@code language.*}), or {@code *} for every rule; the most specific
 * selector wins (rule id, then family, then {@code *}). Immutable and thread-safe; build with
 * {@link #builder()}.
 */
public final class RuleSettings {
    private static final RuleSettings DEFAULTS = new Builder().build();

    private final Set<String> disabled;
    private final Map<String, FindingSeverity> severities;

    private RuleSettings(Set<String> disabled, Map<String, FindingSeverity> severities) {
        this.disabled = disabled;
        this.severities = severities;
    }

    /**
     * Every rule enabled at its default severity.
     *
     * @return the defaults
     */
    public static RuleSettings defaults() {
        return DEFAULTS;
    }

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether a rule runs.
     *
     * @param ruleId the rule id
     * @return false if the rule, its family or {@code *} is disabled
     */
    public boolean isEnabled(String ruleId) {
        Args.notNull(ruleId, "rule id");
        return disabled.isEmpty()
                || (!disabled.contains(ruleId) && !disabled.contains(family(ruleId)) && !disabled.contains("*"));
    }

    /**
     * The severity override for a rule, if any.
     *
     * @param ruleId the rule id
     * @return the most specific override, or empty
     */
    public Optional<FindingSeverity> severityOf(String ruleId) {
        Args.notNull(ruleId, "rule id");
        if (severities.isEmpty()) {
            return Optional.empty();
        }
        FindingSeverity s = severities.get(ruleId);
        if (s == null) {
            s = severities.get(family(ruleId));
        }
        if (s == null) {
            s = severities.get("*");
        }
        return Optional.ofNullable(s);
    }

    /**
     * Applies the settings to a finding.
     *
     * @param finding the finding
     * @return the finding with its severity overridden, or empty when its rule is disabled
     */
    public Optional<Finding> apply(Finding finding) {
        Args.notNull(finding, "finding");
        if (!isEnabled(finding.ruleId())) {
            return Optional.empty();
        }
        if (severities.isEmpty()) {
            return Optional.of(finding); // the defaults: nothing to override
        }
        return Optional.of(
                severityOf(finding.ruleId()).map(finding::withSeverity).orElse(finding));
    }

    /**
     * Applies the settings to findings and collects what is left in a report.
     *
     * @param findings the findings
     * @return a report of the enabled findings, with severities overridden, sorted by location
     */
    public Report report(Collection<Finding> findings) {
        Args.notNull(findings, "findings");
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            apply(f).ifPresent(kept::add);
        }
        return Report.of(kept);
    }

    /**
     * The disabled selectors.
     *
     * @return the selectors, normalised ({@code language.*} is stored as {@code language})
     */
    public Set<String> disabled() {
        return disabled;
    }

    /**
     * The severity overrides.
     *
     * @return selector to severity, normalised as {@link #disabled()}
     */
    public Map<String, FindingSeverity> severities() {
        return severities;
    }

    private static String family(String ruleId) {
        int dot = ruleId.indexOf('.');
        return dot < 0 ? ruleId : ruleId.substring(0, dot);
    }

    /**
     * Normalises a selector: strips white space and a trailing {@code .*}.
     *
     * @param selector the selector
     * @return the normalised selector
     * @throws IllegalArgumentException if it is blank or contains white space
     */
    public static String normalise(String selector) {
        Args.notNull(selector, "rule selector");
        String s = selector.strip();
        if (s.endsWith(".*")) {
            s = s.substring(0, s.length() - 2);
        }
        if (s.isEmpty() || s.contains(" ")) {
            throw new IllegalArgumentException("rule selector '" + selector
                    + "' must be a rule id such as language.counterfactual, a family such as language, or *");
        }
        return s;
    }

    /** Builds {@link RuleSettings}; not thread-safe. */
    public static final class Builder {
        private final Set<String> disabled = new LinkedHashSet<>();
        private final Map<String, FindingSeverity> severities = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Disables a rule, a family or every rule.
         *
         * @param selector the selector
         * @return this builder
         */
        public Builder disable(String selector) {
            disabled.add(normalise(selector));
            return this;
        }

        /**
         * Reports a rule, a family or every rule at another severity.
         *
         * @param selector the selector
         * @param severity the severity
         * @return this builder
         */
        public Builder severity(String selector, FindingSeverity severity) {
            severities.put(normalise(selector), Args.notNull(severity, "severity"));
            return this;
        }

        /**
         * Builds the settings.
         *
         * @return the settings
         */
        public RuleSettings build() {
            return new RuleSettings(Set.copyOf(disabled), Map.copyOf(severities));
        }
    }
}
