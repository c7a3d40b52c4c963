package dev.postmortem.core.checks;

import dev.postmortem.core.checks.config.CheckerConfig;
import dev.postmortem.core.internal.Args;
import dev.postmortem.core.report.Finding;
import dev.postmortem.core.report.RuleDescriptor;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a {@link Check} reports to, for one postmortem: the checker's configuration, its clock if it
 * has one, and a sink that applies the team's rule settings (a disabled rule's findings are
 * dropped, a changed severity replaces the default) before the finding reaches the report. Made
 * by the checker for each check and postmortem; confined to the thread that runs the check.
 */
public final class CheckContext {
    private final String checkName;
    private final Map<String, RuleDescriptor> rules;
    private final CheckerConfig config;
    private final Optional<Clock> clock;
    private final Consumer<? super Finding> sink;

    CheckContext(
            String checkName,
            Map<String, RuleDescriptor> rules,
            CheckerConfig config,
            Optional<Clock> clock,
            Consumer<? super Finding> sink) {
        this.checkName = checkName;
        this.rules = rules;
        this.config = config;
        this.clock = clock;
        this.sink = sink;
    }

    /**
     * The checker's configuration, for a check that reads the team's roster, allowlist or due-date
     * policy.
     *
     * @return the configuration
     */
    public CheckerConfig config() {
        return config;
    }

    /**
     * The clock that says what day it is, when the checker has one: without it, a check must not
     * judge anything by today's date, so that results stay reproducible.
     *
     * @return the clock, or empty
     */
    public Optional<Clock> clock() {
        return clock;
    }

    /**
     * Reports a finding of one of the check's rules, at the rule's default severity unless the
     * settings change it.
     *
     * @param rule one of the check's {@link Check#rules() rules}
     * @param path the property path, such as {@code actionItems[0].owner}, or empty for the whole
     *     postmortem
     * @param message what is wrong and how to fix it
     * @throws IllegalArgumentException if an argument is null or the rule is not the check's own
     */
    public void report(RuleDescriptor rule, String path, String message) {
        Args.notNull(rule, "rule");
        report(Finding.of(rule.id(), rule.defaultSeverity(), path, message));
    }

    /**
     * Reports a finding built in full (with a suggestion or a span), at its own severity unless the
     * settings change it.
     *
     * @param finding a finding of one of the check's rules
     * @throws IllegalArgumentException if the finding is null or its rule is not the check's own
     */
    public void report(Finding finding) {
        Args.notNull(finding, "finding");
        if (!rules.containsKey(finding.ruleId())) {
            throw new IllegalArgumentException("check " + checkName + " reported rule '" + finding.ruleId()
                    + "', which its rules() does not declare; declare it there: " + rules.keySet());
        }
        config.rules().apply(finding).ifPresent(sink);
    }
}
