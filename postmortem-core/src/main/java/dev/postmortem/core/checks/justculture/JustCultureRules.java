package dev.postmortem.core.checks.justculture;

import dev.postmortem.core.checks.RuleFamily;
import dev.postmortem.core.checks.config.CheckerConfig;
import dev.postmortem.core.checks.language.BlameLanguageChecker;
import dev.postmortem.core.internal.Args;
import dev.postmortem.core.internal.language.ScannedText;
import dev.postmortem.core.internal.language.Token;
import dev.postmortem.core.model.JustCultureAssessment;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.report.Finding;
import dev.postmortem.core.report.FindingSeverity;
import dev.postmortem.core.report.RuleDescriptor;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks Just Culture assessments:
 *
 * <ul>
 *   <li>{@code justculture.name-recorded} (error): the role field holds a person's name; record the
 *       role ("on-call engineer"), never the person;
 *   <li>{@code justculture.missing-rationale} (warning): no rationale for the classification (what
 *       was known at the time, whether the procedure was workable);
 * </ul>
 *
 * Immutable and thread-safe.
 */
public final class JustCultureRules extends RuleFamily {
    /** {@code justculture.name-recorded}: a Just Culture assessment records a person's name instead of a role. */
    public static final RuleDescriptor NAME_RECORDED = new RuleDescriptor(
            "justculture.name-recorded",
            FindingSeverity.ERROR,
            "a Just Culture assessment records a person's name instead of a role");

    /** {@code justculture.missing-rationale}: a Just Culture assessment gives no rationale for its classification. */
    public static final RuleDescriptor MISSING_RATIONALE = new RuleDescriptor(
            "justculture.missing-rationale",
            FindingSeverity.WARNING,
            "a Just Culture assessment gives no rationale for its classification");

    /** The rules of this family, in the order above. */
    public static final List<RuleDescriptor> RULES = List.of(NAME_RECORDED, MISSING_RATIONALE);

    private final CheckerConfig config;
    private final BlameLanguageChecker language;

    private JustCultureRules(CheckerConfig config) {
        super(RULES, config.rules());
        this.config = config;
        this.language = BlameLanguageChecker.of(config);
    }

    /**
     * The rules with a configuration (its roster extends the name list).
     *
     * @param config the configuration
     * @return the rules
     */
    public static JustCultureRules of(CheckerConfig config) {
        return new JustCultureRules(Args.notNull(config, "config"));
    }

    @Override
    protected List<Finding> findings(Postmortem postmortem) {
        Args.notNull(postmortem, "postmortem");
        List<Finding> out = new ArrayList<>();
        List<JustCultureAssessment> all = postmortem.justCultureAssessments();
        for (int i = 0; i < all.size(); i++) {
            JustCultureAssessment a = all.get(i);
            for (Token t : ScannedText.scan(a.role()).tokens()) {
                if ((t.capitalised() && language.isKnownName(t.norm()))
                        || config.roster().contains(t.norm())) {
                    out.add(
                            NAME_RECORDED.finding(
                                    "justCultureAssessments[" + i + "].role",
                                    "the role '" + a.role()
                                            + "' looks like a person's name; record the role that acted, such as 'on-call engineer'"));
                    break;
                }
            }
            if (a.rationale().isBlank()) {
                out.add(MISSING_RATIONALE.finding(
                        "justCultureAssessments[" + i + "].rationale",
                        "say why the action is "
                                + a.classification()
                                        .name()
                                        .toLowerCase(java.util.Locale.ROOT)
                                        .replace('_', ' ')
                                + ": what was visible at the time, and whether the procedure was workable; CulpabilityTree walks"
                                + " the questions"));
            }
        }
        return out;
    }
}
