package dev.postmortem.core.checks;

import dev.postmortem.core.checks.config.CheckerConfig;
import dev.postmortem.core.checks.consistency.ConsistencyRules;
import dev.postmortem.core.checks.fivewhys.FiveWhysRules;
import dev.postmortem.core.checks.justculture.JustCultureRules;
import dev.postmortem.core.checks.language.BlameLanguageChecker;
import dev.postmortem.core.checks.language.LanguageRule;
import dev.postmortem.core.checks.lifecycle.LifecycleRules;
import dev.postmortem.core.checks.readiness.DefinitionOfReady;
import dev.postmortem.core.checks.readiness.ReadinessCriterion;
import dev.postmortem.core.checks.validation.PostmortemValidator;
import dev.postmortem.core.internal.Args;
import dev.postmortem.core.internal.language.SharedAnalyses;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.report.Finding;
import dev.postmortem.core.report.Report;
import dev.postmortem.core.report.RuleDescriptor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Runs every rule family over a postmortem and returns one report, sorted by location, with the
 * configuration's {@link dev.postmortem.core.checks.config.RuleSettings} applied: validation,
 * consistency, blame language, Definition of Ready, Five Whys, Just Culture and, when a clock is
 * given, the lifecycle rules. The lifecycle rules need today's date, and the checker never reads
 * the system clock on its own, so results are reproducible: pass {@link Clock#systemUTC()} to run
 * them against the real date. Build it once and share it: it is immutable and thread-safe.
 *
 * <pre>{@code
 * PostmortemChecker checker = PostmortemChecker.builder().clock(Clock.systemUTC()).build();
 * Report report = checker.check(postmortem);
 * }</pre>
 */
public final class PostmortemChecker {
    private final CheckerConfig config;
    private final Optional<Clock> clock;
    private final PostmortemValidator validator = PostmortemValidator.create();
    private final ConsistencyRules consistency;
    private final BlameLanguageChecker language;
    private final DefinitionOfReady readiness;
    private final FiveWhysRules fiveWhys;
    private final JustCultureRules justCulture;
    private final Optional<LifecycleRules> lifecycle;
    private final List<Check> checks;
    /** The built-in families, then the added checks, in the order they run. */
    private final List<Check> all;
    /** By position in {@link #all}: the rules each may report. */
    private final List<Map<String, RuleDescriptor>> allRules;

    private final List<RuleDescriptor> catalogue;

    private PostmortemChecker(Builder b) {
        this.config = b.config;
        this.clock = Optional.ofNullable(b.clock);
        this.checks = List.copyOf(b.checks);
        this.consistency = ConsistencyRules.of(config);
        this.language = BlameLanguageChecker.of(config);
        this.readiness = DefinitionOfReady.of(config);
        this.fiveWhys = FiveWhysRules.of(config);
        this.justCulture = JustCultureRules.of(config);
        this.lifecycle = clock.map(c -> LifecycleRules.of(config, c));
        List<Check> running = builtIns();
        List<Map<String, RuleDescriptor>> rulesOfAll = new ArrayList<>();
        Map<String, RuleDescriptor> listed = new LinkedHashMap<>();
        rules().forEach(r -> listed.put(r.id(), r)); // the lifecycle rules too, clock or not
        for (Check c : running) {
            Map<String, RuleDescriptor> own = new LinkedHashMap<>();
            c.rules().forEach(r -> own.putIfAbsent(r.id(), r));
            rulesOfAll.add(Map.copyOf(own));
            own.values().forEach(r -> listed.putIfAbsent(r.id(), r));
        }
        Set<String> families = new TreeSet<>();
        for (RuleDescriptor r : rules()) {
            families.add(r.id().substring(0, r.id().indexOf('.')));
        }
        for (Check c : checks) {
            List<RuleDescriptor> declared = c.rules();
            if (declared == null || declared.isEmpty()) {
                throw new IllegalArgumentException(
                        "check " + name(c) + " declares no rules; list the rules it reports in rules()");
            }
            Map<String, RuleDescriptor> own = new LinkedHashMap<>();
            for (RuleDescriptor r : declared) {
                String family = r.id().substring(0, r.id().indexOf('.'));
                if (families.contains(family)) {
                    throw new IllegalArgumentException("check " + name(c) + " declares rule '" + r.id()
                            + "' in a built-in family (" + String.join(", ", families)
                            + "); give the team's rules a family of their own, such as 'acme."
                            + r.id().substring(family.length() + 1) + "'");
                }
                if (listed.putIfAbsent(r.id(), r) != null) {
                    throw new IllegalArgumentException("rule '" + r.id() + "' is declared twice (by check " + name(c)
                            + " and by another check or a language rule file); every rule id must be unique");
                }
                own.put(r.id(), r);
            }
            rulesOfAll.add(Map.copyOf(own));
            running.add(c);
        }
        this.all = List.copyOf(running);
        this.allRules = List.copyOf(rulesOfAll);
        this.catalogue = List.copyOf(listed.values());
    }

    /**
     * A builder with the defaults: default configuration, no clock.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Every rule any family can report, with its default severity, in family order.
     *
     * @return the rule catalogue
     */
    public static List<RuleDescriptor> rules() {
        List<RuleDescriptor> all = new ArrayList<>(PostmortemValidator.RULES);
        all.addAll(ConsistencyRules.RULES);
        for (LanguageRule r : LanguageRule.values()) {
            all.add(new RuleDescriptor(r.id(), r.defaultSeverity(), r.message()));
        }
        for (ReadinessCriterion c : ReadinessCriterion.values()) {
            all.add(c.rule());
        }
        all.addAll(FiveWhysRules.RULES);
        all.addAll(JustCultureRules.RULES);
        all.addAll(LifecycleRules.RULES);
        return List.copyOf(all);
    }

    /**
     * Checks a postmortem.
     *
     * @param postmortem the postmortem
     * @return every finding of every enabled rule, sorted by location
     * @throws IllegalArgumentException if the postmortem is null
     */
    public Report check(Postmortem postmortem) {
        List<Finding> all = new ArrayList<>();
        check(postmortem, all::add);
        return Report.of(all);
    }

    /**
     * Checks a postmortem, handing each finding of every enabled rule (with the configured severity)
     * to a sink as it is found, family by family, instead of collecting them. A tool that keeps only
     * some findings of a huge document (the first thousand) holds only those: the blame-language
     * rules, which can find one or more per timeline line, never build their list.
     *
     * @param postmortem the postmortem
     * @param sink receives each finding, in no particular order
     * @throws IllegalArgumentException if an argument is null
     */
    public void check(Postmortem postmortem, Consumer<? super Finding> sink) {
        Args.notNull(postmortem, "postmortem");
        Args.notNull(sink, "sink");
        // the language check and the Definition of Ready read some texts alike: analyse each once
        SharedAnalyses.during(() -> {
            checkAll(postmortem, sink);
            return null;
        });
    }

    /** The built-in families, each a {@link Check}, in the order they run; lifecycle only with a clock. */
    private List<Check> builtIns() {
        List<Check> out = new ArrayList<>(List.of(validator, consistency, language, readiness, fiveWhys, justCulture));
        lifecycle.ifPresent(out::add);
        return out;
    }

    private void checkAll(Postmortem postmortem, Consumer<? super Finding> sink) {
        int builtIn = all.size() - checks.size();
        for (int i = 0; i < all.size(); i++) {
            Check c = all.get(i);
            // the context applies the rule settings, once, for every family alike
            CheckContext context = new CheckContext(name(c), allRules.get(i), config, clock, sink);
            if (i < builtIn) {
                c.check(postmortem, context);
                continue;
            }
            try {
                c.check(postmortem, context);
            } catch (RuntimeException e) {
                throw new IllegalStateException("check " + name(c) + " failed: " + e.getMessage(), e);
            }
        }
    }

    private static String name(Check c) {
        return c.getClass().getName();
    }

    /**
     * The checks added to the built-in families, in the order they run.
     *
     * @return the added checks
     */
    public List<Check> checks() {
        return checks;
    }

    /**
     * Every rule this checker can report: the built-in families' ({@link #rules()}, with the
     * language rule files the configuration adds) and then those of its added checks, for a report
     * that lists its rules (SARIF) or a configuration that names them.
     *
     * @return the rule catalogue
     */
    public List<RuleDescriptor> catalogue() {
        return catalogue;
    }

    /**
     * The blame-language checker this checker uses, for checking plain prose with the same
     * configuration.
     *
     * @return the language checker
     */
    public BlameLanguageChecker language() {
        return language;
    }

    /**
     * The configuration.
     *
     * @return the configuration
     */
    public CheckerConfig config() {
        return config;
    }

    /**
     * The clock, when lifecycle rules run.
     *
     * @return the clock, or empty
     */
    public Optional<Clock> clock() {
        return clock;
    }

    /** Builds a {@link PostmortemChecker}; not thread-safe. */
    public static final class Builder {
        private CheckerConfig config = CheckerConfig.defaults();
        private Clock clock;
        private final List<Check> checks = new ArrayList<>();

        private Builder() {}

        /**
         * Sets the configuration.
         *
         * @param config the configuration
         * @return this builder
         */
        public Builder config(CheckerConfig config) {
            this.config = Args.notNull(config, "config");
            return this;
        }

        /**
         * Sets the clock that says what day it is, and so turns the lifecycle rules on.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Args.notNull(clock, "clock");
            return this;
        }

        /**
         * Adds a team's check, run after the built-in families.
         *
         * @param check the check
         * @return this builder
         */
        public Builder addCheck(Check check) {
            checks.add(Args.notNull(check, "check"));
            return this;
        }

        /**
         * Adds every {@link Check} a class loader provides through {@link ServiceLoader}: those named
         * in {@code META-INF/services/dev.postmortem.core.checks.Check} on its class path, and those
         * a module provides.
         *
         * @param loader the class loader to look in
         * @return this builder
         * @throws IllegalArgumentException if a provider cannot be loaded or created, naming it
         */
        public Builder loadChecks(ClassLoader loader) {
            Args.notNull(loader, "loader");
            try {
                for (Check c : ServiceLoader.load(Check.class, loader)) {
                    checks.add(c);
                }
            } catch (ServiceConfigurationError e) {
                throw new IllegalArgumentException("cannot load a check: " + e.getMessage(), e);
            }
            return this;
        }

        /**
         * Builds the checker.
         *
         * @return the checker
         * @throws IllegalArgumentException if an added check declares no rules, a rule in a built-in
         *     family, or a rule another check declares too
         */
        public PostmortemChecker build() {
            return new PostmortemChecker(this);
        }
    }
}
