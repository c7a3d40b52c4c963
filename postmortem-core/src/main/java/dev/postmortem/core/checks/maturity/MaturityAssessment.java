package dev.postmortem.core.checks.maturity;

import dev.postmortem.core.checks.config.CheckerConfig;
import dev.postmortem.core.checks.language.BlameLanguageChecker;
import dev.postmortem.core.checks.language.LanguageRule;
import dev.postmortem.core.checks.readiness.DefinitionOfReady;
import dev.postmortem.core.checks.readiness.ItemReadiness;
import dev.postmortem.core.checks.readiness.ReadinessCriterion;
import dev.postmortem.core.internal.Args;
import dev.postmortem.core.model.ActionItem;
import dev.postmortem.core.model.ActionItemStatus;
import dev.postmortem.core.model.Postmortem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Assesses a team's blameless maturity from its postmortems. Indicators and thresholds (the
 * guide gives the levels' signs, not numbers; these are the project's):
 *
 * <ul>
 *   <li><b>blame-language rate</b>: share of postmortems with blaming language, at most 10%;
 *   <li><b>action items present</b>: share of postmortems with an action item, at least 90%;
 *   <li><b>action items owned</b>: share of items with a specific owner, at least 90%;
 *   <li><b>done on time</b>: share of items due by today that are done (or deliberately not done), at
 *       least 80%;
 *   <li><b>Just Culture used</b>: share of postmortems with a Just Culture assessment, at least 50%;
 *   <li><b>near-misses recorded</b>: share of postmortems that are near-misses (the scale's least
 *       severe level, or no failed requests with a "where we got lucky" lesson), at least 10%;
 *   <li><b>what went well recorded</b>: share with a "what went well" lesson, at least 50%.
 * </ul>
 *
 * Level 0 (Reactive Blaming) when the blame rate is above its bar; 1 (Passive No-Blame) when blame
 * is rare but action items are missing, unowned or late; 2 (Active Blameless) when they are
 * present, owned and done on time; 3 (Just Culture Integration) when Just Culture is used as well;
 * 4 (Generative SRE Core) when near-misses and what went well are recorded too. Immutable and
 * thread-safe.
 */
public final class MaturityAssessment {
    /** The levels of the model. */
    public enum Level {
        /** Focus on individual fault. */
        REACTIVE_BLAMING(0, "Reactive Blaming"),
        /** Safe to acknowledge slips, but remediation lacks teeth. */
        PASSIVE_NO_BLAME(1, "Passive No-Blame"),
        /** System focus; action items owned and done. */
        ACTIVE_BLAMELESS(2, "Active Blameless"),
        /** Human error, at-risk and reckless behaviour told apart. */
        JUST_CULTURE_INTEGRATION(3, "Just Culture Integration"),
        /** Near-misses and limits shared before they bite. */
        GENERATIVE_SRE_CORE(4, "Generative SRE Core");

        private final int number;
        private final String archetype;

        Level(int number, String archetype) {
            this.number = number;
            this.archetype = archetype;
        }

        /**
         * The level's number, 0 to 4.
         *
         * @return the number
         */
        public int number() {
            return number;
        }

        /**
         * The guide's name for the level.
         *
         * @return the archetype
         */
        public String archetype() {
            return archetype;
        }
    }

    /**
     * One indicator with its evidence.
     *
     * @param name the indicator
     * @param value the measured share, or empty when nothing could be measured
     * @param threshold the bar
     * @param atMost whether the value must be at most (true) or at least (false) the bar
     * @param met whether the bar is met
     * @param evidence the counts behind the value
     */
    public record Indicator(
            String name, Optional<Double> value, double threshold, boolean atMost, boolean met, String evidence) {}

    /**
     * The outcome.
     *
     * @param level the level
     * @param indicators every indicator, in the order above
     * @param postmortems how many postmortems were assessed
     */
    public record Result(Level level, List<Indicator> indicators, int postmortems) {
        /**
         * The indicator with a name.
         *
         * @param name the name
         * @return the indicator
         */
        public Indicator indicator(String name) {
            return indicators.stream()
                    .filter(i -> i.name().equals(name))
                    .findFirst()
                    .orElseThrow();
        }

        /**
         * What would move the team up a level: the indicators the next level asks for that are not
         * met yet (none at level 4).
         *
         * @return the unmet indicators of the next level, in the order above
         */
        public List<Indicator> toMoveUp() {
            List<String> next = switch (level) {
                case REACTIVE_BLAMING -> List.of("blame-language rate");
                case PASSIVE_NO_BLAME -> List.of("action items present", "action items owned", "done on time");
                case ACTIVE_BLAMELESS -> List.of("Just Culture used");
                case JUST_CULTURE_INTEGRATION -> List.of("near-misses recorded", "what went well recorded");
                case GENERATIVE_SRE_CORE -> List.of();
            };
            return indicators.stream()
                    .filter(i -> next.contains(i.name()) && !i.met())
                    .toList();
        }
    }

    private final BlameLanguageChecker language;
    private final DefinitionOfReady readiness;
    private final Clock clock;

    private MaturityAssessment(CheckerConfig config, Clock clock) {
        this.language = BlameLanguageChecker.of(config);
        this.readiness = DefinitionOfReady.of(config);
        this.clock = clock;
    }

    /**
     * An assessment with a configuration and a clock (for "due by today").
     *
     * @param config the configuration
     * @param clock the clock
     * @return the assessment
     */
    public static MaturityAssessment of(CheckerConfig config, Clock clock) {
        return new MaturityAssessment(Args.notNull(config, "config"), Args.notNull(clock, "clock"));
    }

    /**
     * Assesses the postmortems.
     *
     * @param postmortems the postmortems
     * @return the level and its evidence
     */
    public Result assess(Collection<Postmortem> postmortems) {
        Args.notNull(postmortems, "postmortems");
        LocalDate today = LocalDate.now(clock);
        int n = 0;
        int blamed = 0;
        int withItems = 0;
        int items = 0;
        int owned = 0;
        int due = 0;
        int doneWhenDue = 0;
        int justCulture = 0;
        int nearMiss = 0;
        int wentWell = 0;
        for (Postmortem p : postmortems) {
            Args.notNull(p, "postmortem");
            n++;
            if (language.check(p).findings().stream()
                    .anyMatch(f -> !f.ruleId().equals(LanguageRule.TRAINING_ONLY.id())
                            && !f.ruleId().equals(LanguageRule.MINIMISER.id()))) {
                blamed++;
            }
            withItems += p.actionItems().isEmpty() ? 0 : 1;
            for (ItemReadiness r : readiness.assess(p)) {
                items++;
                owned += r.result(ReadinessCriterion.EXPLICIT_OWNER).passed() ? 1 : 0;
                ActionItem item = r.item();
                if (item.dueDate().isPresent() && !item.dueDate().get().isAfter(today)) {
                    due++;
                    doneWhenDue += item.status() == ActionItemStatus.DONE || item.status() == ActionItemStatus.NOT_DOING
                            ? 1
                            : 0;
                }
            }
            justCulture += p.justCultureAssessments().isEmpty() ? 0 : 1;
            boolean leastSevere = p.severity().map(s -> s.rank() >= 5).orElse(false);
            boolean noFailures = p.customerImpact()
                            .map(c -> c.failedRequests().orElse(0) == 0)
                            .orElse(true)
                    && p.impactSummary()
                            .map(s -> s.failedRequests().orElse(0) == 0)
                            .orElse(true);
            nearMiss += leastSevere || (noFailures && !p.lessons().gotLucky().isEmpty()) ? 1 : 0;
            wentWell += p.lessons().wentWell().isEmpty() ? 0 : 1;
        }
        List<Indicator> ind = new ArrayList<>();
        ind.add(indicator("blame-language rate", blamed, n, 0.10, true, "postmortems with blaming language"));
        ind.add(indicator("action items present", withItems, n, 0.90, false, "postmortems with an action item"));
        ind.add(indicator("action items owned", owned, items, 0.90, false, "action items with a specific owner"));
        ind.add(indicator("done on time", doneWhenDue, due, 0.80, false, "items due by " + today + " that are closed"));
        ind.add(indicator(
                "Just Culture used", justCulture, n, 0.50, false, "postmortems with a Just Culture assessment"));
        ind.add(indicator("near-misses recorded", nearMiss, n, 0.10, false, "postmortems that record a near-miss"));
        ind.add(indicator(
                "what went well recorded", wentWell, n, 0.50, false, "postmortems that record what went well"));
        Level level;
        if (n == 0 || !ind.get(0).met()) {
            level = Level.REACTIVE_BLAMING;
        } else if (!(ind.get(1).met() && ind.get(2).met() && ind.get(3).met())) {
            level = Level.PASSIVE_NO_BLAME;
        } else if (!ind.get(4).met()) {
            level = Level.ACTIVE_BLAMELESS;
        } else if (!(ind.get(5).met() && ind.get(6).met())) {
            level = Level.JUST_CULTURE_INTEGRATION;
        } else {
            level = Level.GENERATIVE_SRE_CORE;
        }
        return new Result(level, List.copyOf(ind), n);
    }

    private static Indicator indicator(String name, int count, int of, double threshold, boolean atMost, String what) {
        if (of == 0) {
            return new Indicator(
                    name, Optional.empty(), threshold, atMost, false, "no evidence: nothing to count (" + what + ")");
        }
        double value = count / (double) of;
        boolean met = atMost ? value <= threshold : value >= threshold;
        return new Indicator(name, Optional.of(value), threshold, atMost, met, count + " of " + of + " " + what);
    }
}
