package dev.postmortem.core.checks;

import dev.postmortem.core.checks.config.RuleSettings;
import dev.postmortem.core.checks.consistency.ConsistencyRules;
import dev.postmortem.core.checks.validation.PostmortemValidator;
import dev.postmortem.core.internal.Args;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.report.Finding;
import dev.postmortem.core.report.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every rule family over a postmortem and returns one report, sorted by location, with the
 * {@link RuleSettings} applied. Build it once and reuse it: it is immutable and thread-safe.
 *
 * <pre>{@code
 * PostmortemChecker checker = PostmortemChecker.builder().build();
 * Report report = checker.check(postmortem);
 * report.orThrow(); // or inspect report.findings()
 * }</pre>
 */
public final class PostmortemChecker {
    private final RuleSettings settings;
    private final ConsistencyRules consistency;
    private final PostmortemValidator validator = PostmortemValidator.create();

    private PostmortemChecker(Builder b) {
        this.settings = b.settings;
        this.consistency = b.consistency;
    }

    /**
     * A builder with the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks a postmortem.
     *
     * @param postmortem the postmortem
     * @return every finding of every enabled rule, sorted by location
     * @throws IllegalArgumentException if the postmortem is null
     */
    public Report check(Postmortem postmortem) {
        Args.notNull(postmortem, "postmortem");
        List<Finding> all = new ArrayList<>();
        all.addAll(validator.validate(postmortem).findings());
        all.addAll(consistency.check(postmortem).findings());
        List<Finding> kept = new ArrayList<>(all.size());
        for (Finding f : all) {
            settings.apply(f).ifPresent(kept::add);
        }
        return Report.of(kept);
    }

    /**
     * The rule settings in force.
     *
     * @return the settings
     */
    public RuleSettings settings() {
        return settings;
    }

    /** Builds a {@link PostmortemChecker}; not thread-safe. */
    public static final class Builder {
        private RuleSettings settings = RuleSettings.defaults();
        private ConsistencyRules consistency = ConsistencyRules.standard();

        private Builder() {}

        /**
         * Sets which rules run and at what severity.
         *
         * @param settings the settings
         * @return this builder
         */
        public Builder settings(RuleSettings settings) {
            this.settings = Args.notNull(settings, "rule settings");
            return this;
        }

        /**
         * Sets the consistency rules' tolerances.
         *
         * @param consistency the rules
         * @return this builder
         */
        public Builder consistency(ConsistencyRules consistency) {
            this.consistency = Args.notNull(consistency, "consistency rules");
            return this;
        }

        /**
         * Builds the checker.
         *
         * @return the checker
         */
        public PostmortemChecker build() {
            return new PostmortemChecker(this);
        }
    }
}
