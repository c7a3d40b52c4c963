package dev.postmortem.core.checks.language;

import dev.postmortem.core.internal.language.LanguageRuleFile;
import dev.postmortem.core.internal.language.RuleEngine;
import dev.postmortem.core.report.FindingSeverity;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The built-in rules of the {@code language} family by stable id. Each rule is a file of {@code
 * language/rules/} in the postmortem-core jar, which holds its patterns, default severity, message,
 * suggestion and examples; this enum names them for code that refers to a rule.
 */
public enum LanguageRule {
    /** A person's name as the actor of a failure: "John ran the migration without testing it". */
    PERSON_NAMED("language.person-named"),
    /** Possessive blame: "Alice's change broke prod". */
    POSSESSIVE_BLAME("language.possessive-blame"),
    /** Hindsight aimed at people: "he should have checked". */
    COUNTERFACTUAL("language.counterfactual"),
    /** "failed to / forgot to / neglected to / didn't bother to" aimed at people. */
    FAILED_TO("language.failed-to"),
    /** Character judgements: careless, sloppy, lazy, incompetent. */
    CHARACTER_JUDGEMENT("language.character-judgement"),
    /** "human error" given as the cause. */
    HUMAN_ERROR_CAUSE("language.human-error-cause"),
    /** "whose fault", "to blame", "who caused this". */
    FAULT_FINDING("language.fault-finding"),
    /** Minimisers aimed at people: "obviously", "simply should". */
    MINIMISER("language.minimiser"),
    /** Passive aggression: "despite being told", "yet again". */
    PASSIVE_AGGRESSION("language.passive-aggression"),
    /** Blame aimed at a team: "the DB team ignored the alert". */
    TEAM_BLAME("language.team-blame"),
    /** A remedy aimed at people: training, reminders, more care, discipline. */
    TRAINING_ONLY("language.training-only"),
    /** Clearing the system in order to blame a person: "the tooling worked as designed". */
    SYSTEM_CLEARED("language.system-cleared");

    private final String id;

    LanguageRule(String id) {
        this.id = id;
    }

    /**
     * The stable rule id.
     *
     * @return the id, such as {@code language.counterfactual}
     */
    public String id() {
        return id;
    }

    /**
     * The default severity.
     *
     * @return the severity
     */
    public FindingSeverity defaultSeverity() {
        return file().severity();
    }

    /**
     * What the rule reports and how to fix it.
     *
     * @return the message
     */
    public String message() {
        return file().message();
    }

    /**
     * The blameless rewording or systemic question to ask instead.
     *
     * @return the suggestion
     */
    public String suggestion() {
        return file().suggestion();
    }

    private LanguageRuleFile file() {
        return BuiltIn.FILES.get(id);
    }

    /** The built-in rule files by id, read once on first use. */
    private static final class BuiltIn {
        static final Map<String, LanguageRuleFile> FILES =
                RuleEngine.builtInRules().stream().collect(Collectors.toUnmodifiableMap(LanguageRuleFile::id, f -> f));
    }
}
