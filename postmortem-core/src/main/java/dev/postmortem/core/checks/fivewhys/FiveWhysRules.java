package dev.postmortem.core.checks.fivewhys;

import dev.postmortem.core.checks.RuleFamily;
import dev.postmortem.core.checks.config.CheckerConfig;
import dev.postmortem.core.checks.language.BlameLanguageChecker;
import dev.postmortem.core.checks.language.LanguageRule;
import dev.postmortem.core.internal.Args;
import dev.postmortem.core.internal.language.ScannedText;
import dev.postmortem.core.internal.language.Token;
import dev.postmortem.core.model.FiveWhys;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.WhyStep;
import dev.postmortem.core.report.Finding;
import dev.postmortem.core.report.FindingSeverity;
import dev.postmortem.core.report.RuleDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks a Five Whys analysis:
 *
 * <ul>
 *   <li>{@code fivewhys.ends-in-person} (error): the last answer blames a person or gives human
 *       error as the cause, or names only people and no system ("Because the engineer made a
 *       typo"). Ask one more why: what let the error through?
 *   <li>{@code fivewhys.root-fix-not-systemic} (warning): the root fix only asks for training or care,
 *       or contains blame language: the same rules as action items;
 *   <li>{@code fivewhys.missing-root-fix} (warning): steps but no root system fix;
 *   <li>{@code fivewhys.too-few-steps} (warning): fewer than three steps rarely reach a system cause;
 *   <li>{@code fivewhys.missing-problem} (info): no problem statement to start from.
 * </ul>
 *
 * Immutable and thread-safe.
 */
public final class FiveWhysRules extends RuleFamily {
    /** {@code fivewhys.ends-in-person}: the chain ends in a person or in human error instead of a system condition. */
    public static final RuleDescriptor ENDS_IN_PERSON = new RuleDescriptor(
            "fivewhys.ends-in-person",
            FindingSeverity.ERROR,
            "the chain ends in a person or in human error instead of a system condition");

    /** {@code fivewhys.root-fix-not-systemic}: the root fix asks only for training or care, or contains blame language. */
    public static final RuleDescriptor ROOT_FIX_NOT_SYSTEMIC = new RuleDescriptor(
            "fivewhys.root-fix-not-systemic",
            FindingSeverity.WARNING,
            "the root fix asks only for training or care, or contains blame language");

    /** {@code fivewhys.missing-root-fix}: the chain has no root system fix. */
    public static final RuleDescriptor MISSING_ROOT_FIX = new RuleDescriptor(
            "fivewhys.missing-root-fix", FindingSeverity.WARNING, "the chain has no root system fix");

    /** {@code fivewhys.too-few-steps}: the chain has fewer than three steps. */
    public static final RuleDescriptor TOO_FEW_STEPS = new RuleDescriptor(
            "fivewhys.too-few-steps", FindingSeverity.WARNING, "the chain has fewer than three steps");

    /** {@code fivewhys.missing-problem}: the chain states no problem. */
    public static final RuleDescriptor MISSING_PROBLEM =
            new RuleDescriptor("fivewhys.missing-problem", FindingSeverity.INFO, "the chain states no problem");

    /** The rules of this family, in the order above. */
    public static final List<RuleDescriptor> RULES =
            List.of(ENDS_IN_PERSON, ROOT_FIX_NOT_SYSTEMIC, MISSING_ROOT_FIX, TOO_FEW_STEPS, MISSING_PROBLEM);

    private static final Set<String> BLAMING_RULES = Set.of(
            LanguageRule.PERSON_NAMED.id(),
            LanguageRule.POSSESSIVE_BLAME.id(),
            LanguageRule.COUNTERFACTUAL.id(),
            LanguageRule.FAILED_TO.id(),
            LanguageRule.CHARACTER_JUDGEMENT.id(),
            LanguageRule.HUMAN_ERROR_CAUSE.id(),
            LanguageRule.TEAM_BLAME.id());

    private final BlameLanguageChecker language;

    private FiveWhysRules(CheckerConfig config) {
        super(RULES, config.rules());
        this.language = BlameLanguageChecker.of(config);
    }

    /**
     * The rules with a configuration.
     *
     * @param config the configuration
     * @return the rules
     */
    public static FiveWhysRules of(CheckerConfig config) {
        return new FiveWhysRules(Args.notNull(config, "config"));
    }

    @Override
    protected List<Finding> findings(Postmortem postmortem) {
        Args.notNull(postmortem, "postmortem");
        List<Finding> out = new ArrayList<>();
        postmortem.fiveWhys().ifPresent(w -> check(w, out));
        return out;
    }

    private void check(FiveWhys w, List<Finding> out) {
        if (w.problem().isBlank()) {
            out.add(MISSING_PROBLEM.finding(
                    "fiveWhys.problem",
                    "state the problem the chain starts from, such as the" + " customer-visible symptom"));
        }
        if (!w.steps().isEmpty() && w.steps().size() < 3) {
            out.add(TOO_FEW_STEPS.finding(
                    "fiveWhys.steps",
                    "the chain has " + w.steps().size() + " step"
                            + (w.steps().size() == 1 ? "" : "s")
                            + "; keep asking why until the answer is a missing standard,"
                            + " safeguard or requirement (usually three to five steps)"));
        }
        if (!w.steps().isEmpty()) {
            int last = w.steps().size() - 1;
            WhyStep step = w.steps().get(last);
            String why = endsInPerson(step.answer());
            if (why != null) {
                out.add(
                        ENDS_IN_PERSON.finding(
                                "fiveWhys.steps[" + last + "].answer",
                                "the chain ends in " + why
                                        + "; ask one more why: what in the system let this happen, and what would have caught it?"));
            }
            if (w.rootSystemFix().isBlank()) {
                out.add(MISSING_ROOT_FIX.finding(
                        "fiveWhys.rootSystemFix",
                        "name the systemic fix the chain leads to, such as a"
                                + " standard, an automated check or a pipeline change"));
            }
        }
        if (!w.rootSystemFix().isBlank()) {
            if (language.isTrainingOnly(w.rootSystemFix())) {
                out.add(ROOT_FIX_NOT_SYSTEMIC.finding(
                        "fiveWhys.rootSystemFix",
                        "the root fix only asks for training, reminders or"
                                + " more care; fix the system so the error cannot happen or is caught"));
            } else if (language.checkText(w.rootSystemFix()).stream()
                    .anyMatch(f -> BLAMING_RULES.contains(f.ruleId()))) {
                out.add(ROOT_FIX_NOT_SYSTEMIC.finding(
                        "fiveWhys.rootSystemFix",
                        "the root fix contains blame language; describe the" + " system change only"));
            }
        }
    }

    /** Why an answer ends the chain in a person, or null when it does not. */
    private String endsInPerson(String answer) {
        for (Finding f : language.checkText(answer)) {
            if (f.ruleId().equals(LanguageRule.HUMAN_ERROR_CAUSE.id())) {
                return "human error";
            }
            if (BLAMING_RULES.contains(f.ruleId())) {
                return "a person (" + f.ruleId() + ")";
            }
        }
        boolean person = false;
        for (Token t : ScannedText.scan(answer).tokens()) {
            String w = t.norm();
            if (language.isSystemWord(w) || t.masked()) {
                return null;
            }
            if (w.equals("human") || w.equals("mistake") || w.equals("typo")) {
                person = true;
            }
            if ((language.isPersonWord(w) && !w.equals("it"))
                    || (t.capitalised() && !t.sentenceStart() && language.isKnownName(w))
                    || (t.capitalised() && t.sentenceStart() && language.isKnownName(w))) {
                person = true;
            }
        }
        return person ? "a person's action with no system condition behind it" : null;
    }
}
