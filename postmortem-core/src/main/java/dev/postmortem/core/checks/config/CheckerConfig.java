package dev.postmortem.core.checks.config;

import dev.postmortem.core.internal.Args;
import dev.postmortem.core.model.Fraction;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one configuration object of the checks:
 *
 * <ul>
 *   <li>{@link #rules()}: disabled rules and severity overrides;
 *   <li>{@link #roster()}: the team's people directory, names the language rules treat as people in
 *       addition to the built-in first-name list;
 *   <li>{@link #allowlist()}: words and phrases never reported (a product called "Bob", a term of art);
 *   <li>{@link #languageWords()} and {@link #languageRules()}: words a team adds to the language
 *       rules' word classes (its team names, role words, products that look like people) and rule
 *       files of its own, in the format of the built-in ones;
 *   <li>{@link #dueDatePolicy()}: days allowed for action items by severity;
 *   <li>{@link #reviewMinBusinessDays()} to {@link #reviewMaxBusinessDays()} (3 to 5 by default) and
 *       {@link #holidays()}: when the review meeting is due;
 *   <li>{@link #timelineTolerance()} and {@link #budgetTolerance()}: the consistency tolerances;
 *   <li>{@link #sloReference()}: an SLO from outside the postmortem to compare budget figures with.
 * </ul>
 *
 * Immutable and thread-safe; build with {@link #builder()}.
 */
public final class CheckerConfig {
    /** The longest review window {@link Builder#reviewWindow} accepts: a year of business days. */
    public static final int MAX_REVIEW_DAYS = 260;

    private static final CheckerConfig DEFAULTS = builder().build();

    private final RuleSettings rules;
    private final Set<String> roster;
    private final Set<String> allowlist;
    private final Map<String, Set<String>> languageWords;
    private final List<String> languageRules;
    private final DueDatePolicy dueDatePolicy;
    private final int reviewMin;
    private final int reviewMax;
    private final Set<LocalDate> holidays;
    private final Duration timelineTolerance;
    private final Fraction budgetTolerance;
    private final Optional<SloReference> sloReference;

    private CheckerConfig(Builder b) {
        this.rules = b.rules;
        this.roster = Set.copyOf(b.roster);
        this.allowlist = Set.copyOf(b.allowlist);
        Map<String, Set<String>> words = new LinkedHashMap<>();
        b.languageWords.forEach((k, v) -> words.put(k, Set.copyOf(v)));
        this.languageWords = java.util.Collections.unmodifiableMap(words);
        this.languageRules = List.copyOf(b.languageRules);
        this.dueDatePolicy = b.dueDatePolicy;
        this.reviewMin = b.reviewMin;
        this.reviewMax = b.reviewMax;
        this.holidays = Set.copyOf(b.holidays);
        this.timelineTolerance = b.timelineTolerance;
        this.budgetTolerance = b.budgetTolerance;
        this.sloReference = b.sloReference;
    }

    /**
     * The defaults.
     *
     * @return the default configuration
     */
    public static CheckerConfig defaults() {
        return DEFAULTS;
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
     * A builder starting from this configuration.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.rules = rules;
        b.roster.addAll(roster);
        b.allowlist.addAll(allowlist);
        languageWords.forEach((k, v) ->
                b.languageWords.computeIfAbsent(k, x -> new LinkedHashSet<>()).addAll(v));
        b.languageRules.addAll(languageRules);
        b.dueDatePolicy = dueDatePolicy;
        b.reviewMin = reviewMin;
        b.reviewMax = reviewMax;
        b.holidays.addAll(holidays);
        b.timelineTolerance = timelineTolerance;
        b.budgetTolerance = budgetTolerance;
        b.sloReference = sloReference;
        return b;
    }

    /**
     * Disabled rules and severity overrides.
     *
     * @return the rule settings
     */
    public RuleSettings rules() {
        return rules;
    }

    /**
     * People's names from the team's directory, lower case.
     *
     * @return the roster
     */
    public Set<String> roster() {
        return roster;
    }

    /**
     * Words and phrases never reported, lower case.
     *
     * @return the allowlist
     */
    public Set<String> allowlist() {
        return allowlist;
    }

    /**
     * Words added to the language rules' word classes, by class name ({@code team}, {@code person},
     * {@code not-person}, {@code system}, ...; the classes are the files listed in the built-in
     * {@code language/classes/index.txt}).
     *
     * @return the additions, in the order given
     */
    public Map<String, Set<String>> languageWords() {
        return languageWords;
    }

    /**
     * Rule files added to the built-in language rules, as text in the rule-file format.
     *
     * @return the rule files' texts
     */
    public List<String> languageRules() {
        return languageRules;
    }

    /**
     * Days allowed for action items by severity.
     *
     * @return the policy
     */
    public DueDatePolicy dueDatePolicy() {
        return dueDatePolicy;
    }

    /**
     * The earliest business day after the incident for the review meeting.
     *
     * @return the days, 3 by default
     */
    public int reviewMinBusinessDays() {
        return reviewMin;
    }

    /**
     * The latest business day after the incident for the review meeting.
     *
     * @return the days, 5 by default
     */
    public int reviewMaxBusinessDays() {
        return reviewMax;
    }

    /**
     * Days that are not business days besides weekends.
     *
     * @return the holidays
     */
    public Set<LocalDate> holidays() {
        return holidays;
    }

    /**
     * How far outside the window a timeline event may lie.
     *
     * @return the tolerance, one hour by default
     */
    public Duration timelineTolerance() {
        return timelineTolerance;
    }

    /**
     * How far apart two budget figures may be.
     *
     * @return the tolerance, 0.1 percentage points by default
     */
    public Fraction budgetTolerance() {
        return budgetTolerance;
    }

    /**
     * The SLO the postmortems' budget figures are compared with, when one is given (such as from an
     * OpenSLO document and the window's event counts).
     *
     * @return the reference, or empty
     */
    public Optional<SloReference> sloReference() {
        return sloReference;
    }

    /** Builds a {@link CheckerConfig}; not thread-safe. */
    public static final class Builder {
        private RuleSettings rules = RuleSettings.defaults();
        private final Set<String> roster = new LinkedHashSet<>();
        private final Set<String> allowlist = new LinkedHashSet<>();
        private final Map<String, Set<String>> languageWords = new LinkedHashMap<>();
        private final List<String> languageRules = new ArrayList<>();
        private DueDatePolicy dueDatePolicy = DueDatePolicy.defaults();
        private int reviewMin = 3;
        private int reviewMax = 5;
        private final Set<LocalDate> holidays = new LinkedHashSet<>();
        private Duration timelineTolerance = Duration.ofHours(1);
        private Fraction budgetTolerance = Fraction.parse("0.1%");
        private Optional<SloReference> sloReference = Optional.empty();

        private Builder() {}

        /**
         * Sets the rule settings.
         *
         * @param rules the settings
         * @return this builder
         */
        public Builder rules(RuleSettings rules) {
            this.rules = Args.notNull(rules, "rule settings");
            return this;
        }

        /**
         * Adds people's names (first names or full names) from the team's directory.
         *
         * @param names the names
         * @return this builder
         */
        public Builder roster(Iterable<String> names) {
            for (String name : Args.notNull(names, "roster")) {
                for (String part : Args.notNull(name, "roster name").strip().split("\\s+")) {
                    if (!part.isEmpty()) {
                        roster.add(part.toLowerCase(Locale.ROOT));
                    }
                }
            }
            return this;
        }

        /**
         * Adds words or phrases that are never reported.
         *
         * @param terms the terms
         * @return this builder
         */
        public Builder allowlist(Iterable<String> terms) {
            for (String term : Args.notNull(terms, "allowlist")) {
                String t = Args.notNull(term, "allowlist term").strip().toLowerCase(Locale.ROOT);
                if (!t.isEmpty()) {
                    allowlist.add(t);
                }
            }
            return this;
        }

        /**
         * Adds words or phrases to a word class of the language rules: a team's own team names
         * ({@code team}), role words ({@code person}), or products that look like people ({@code
         * not-person}). The class name is checked when a checker is built from the configuration.
         *
         * @param wordClass the class, such as {@code team}
         * @param words the words or phrases
         * @return this builder
         */
        public Builder languageWords(String wordClass, Iterable<String> words) {
            String c = Args.notNull(wordClass, "word class").strip();
            if (c.isEmpty()) {
                throw new IllegalArgumentException("word class must not be empty");
            }
            Set<String> set = languageWords.computeIfAbsent(c, k -> new LinkedHashSet<>());
            for (String w : Args.notNull(words, "words")) {
                String t = Args.notNull(w, "word").strip().toLowerCase(Locale.ROOT);
                if (!t.isEmpty()) {
                    set.add(t);
                }
            }
            return this;
        }

        /**
         * Adds a language rule file, in the format of the built-in rule files (see the README). It is
         * parsed and its patterns compiled when a checker is built from the configuration.
         *
         * @param ruleFileText the rule file's text
         * @return this builder
         */
        public Builder languageRule(String ruleFileText) {
            languageRules.add(Args.notNull(ruleFileText, "rule file"));
            return this;
        }

        /**
         * Sets the due-date policy.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder dueDatePolicy(DueDatePolicy policy) {
            this.dueDatePolicy = Args.notNull(policy, "due-date policy");
            return this;
        }

        /**
         * Sets when the review meeting is due, in business days after the incident ends.
         *
         * @param min the earliest, 0 or more
         * @param max the latest, at least {@code min} and at most {@value CheckerConfig#MAX_REVIEW_DAYS}
         * @return this builder
         * @throws IllegalArgumentException if out of order, negative or longer than a year
         */
        public Builder reviewWindow(int min, int max) {
            if (min < 0 || max < min || max > MAX_REVIEW_DAYS) {
                throw new IllegalArgumentException("review window " + min + " to " + max
                        + " business days must satisfy 0 <= min <= max <= " + MAX_REVIEW_DAYS
                        + " (a year of business days)");
            }
            this.reviewMin = min;
            this.reviewMax = max;
            return this;
        }

        /**
         * Adds holidays, skipped like weekends when counting business days.
         *
         * @param dates the dates
         * @return this builder
         */
        public Builder holidays(Iterable<LocalDate> dates) {
            for (LocalDate d : Args.notNull(dates, "holidays")) {
                holidays.add(Args.notNull(d, "holiday"));
            }
            return this;
        }

        /**
         * Sets how far outside the window a timeline event may lie.
         *
         * @param tolerance the tolerance, not negative
         * @return this builder
         */
        public Builder timelineTolerance(Duration tolerance) {
            Args.notNull(tolerance, "timeline tolerance");
            if (tolerance.isNegative()) {
                throw new IllegalArgumentException("timeline tolerance " + tolerance + " must not be negative");
            }
            this.timelineTolerance = tolerance;
            return this;
        }

        /**
         * Sets how far apart two budget figures may be.
         *
         * @param tolerance a share of the budget, such as 0.1%
         * @return this builder
         */
        public Builder budgetTolerance(Fraction tolerance) {
            this.budgetTolerance = Args.notNull(tolerance, "budget tolerance");
            return this;
        }

        /**
         * Sets the SLO the postmortems' budget figures are compared with.
         *
         * @param reference the reference
         * @return this builder
         */
        public Builder sloReference(SloReference reference) {
            this.sloReference = Optional.of(Args.notNull(reference, "SLO reference"));
            return this;
        }

        /**
         * Builds the configuration.
         *
         * @return the configuration
         */
        public CheckerConfig build() {
            return new CheckerConfig(this);
        }
    }
}
