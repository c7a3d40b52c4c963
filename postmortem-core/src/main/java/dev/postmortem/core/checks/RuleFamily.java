package dev.postmortem.core.checks;

import dev.postmortem.core.checks.config.RuleSettings;
import dev.postmortem.core.internal.Args;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.report.Finding;
import dev.postmortem.core.report.Report;
import dev.postmortem.core.report.RuleDescriptor;
import java.util.List;

/**
 * A {@link Check} that finds its problems as a list and can also be run on its own: the shape of
 * the built-in families ({@code ConsistencyRules}, {@code DefinitionOfReady}, {@code FiveWhysRules},
 * {@code JustCultureRules}, {@code LifecycleRules}), and a convenient base for a team's check. A
 * subclass says what it finds in {@link #findings(Postmortem)}; run by the checker, the checker's
 * context applies the rule settings; run alone with {@link #check(Postmortem)}, the settings given
 * at construction apply. Subclasses must be immutable and thread-safe, as checks are.
 */
public abstract class RuleFamily implements Check {
    private final List<RuleDescriptor> rules;
    private final RuleSettings settings;

    /**
     * Creates the family.
     *
     * @param rules the rules it may report
     * @param settings the rule settings {@link #check(Postmortem)} applies when it runs alone
     * @throws IllegalArgumentException if an argument is null
     */
    protected RuleFamily(List<RuleDescriptor> rules, RuleSettings settings) {
        this.rules = List.copyOf(Args.notNull(rules, "rules"));
        this.settings = Args.notNull(settings, "settings");
    }

    @Override
    public final List<RuleDescriptor> rules() {
        return rules;
    }

    @Override
    public final void check(Postmortem postmortem, CheckContext context) {
        Args.notNull(context, "context");
        findings(Args.notNull(postmortem, "postmortem")).forEach(context::report);
    }

    /**
     * Checks a postmortem on its own, with the rule settings given at construction.
     *
     * @param postmortem the postmortem
     * @return the findings, sorted by location
     * @throws IllegalArgumentException if the postmortem is null
     */
    public Report check(Postmortem postmortem) {
        return settings.report(findings(Args.notNull(postmortem, "postmortem")));
    }

    /**
     * What the family finds, before any rule settings.
     *
     * @param postmortem the postmortem, not null
     * @return the findings, in any order
     */
    protected abstract List<Finding> findings(Postmortem postmortem);
}
