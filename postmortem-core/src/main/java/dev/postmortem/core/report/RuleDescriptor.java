package dev.postmortem.core.report;

import dev.postmortem.core.internal.Args;

/**
 * What a rule is: its stable id, its default severity and a one-line description, as tools such as
 * a SARIF writer or a README table list them.
 *
 * @param id the rule id, {@code family.rule}
 * @param defaultSeverity the severity before any configuration
 * @param description what the rule reports
 */
public record RuleDescriptor(String id, FindingSeverity defaultSeverity, String description) {
    /**
     * Checks the components.
     *
     * @param id the rule id
     * @param defaultSeverity the severity
     * @param description the description
     */
    public RuleDescriptor {
        Args.notNull(id, "rule id");
        Args.notNull(defaultSeverity, "default severity");
        Args.notNull(description, "description");
    }

    /**
     * A finding of this rule.
     *
     * @param path the property path
     * @param message the message
     * @return the finding at the default severity
     */
    public Finding finding(String path, String message) {
        return Finding.of(id, defaultSeverity, path, message);
    }
}
