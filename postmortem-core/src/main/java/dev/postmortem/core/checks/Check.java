package dev.postmortem.core.checks;

import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.report.RuleDescriptor;
import java.util.List;

/**
 * A family of rules a team adds to the checker: "every SEV1 links its epic", "our template needs a
 * Detection section". Add one with {@link PostmortemChecker.Builder#addCheck}, or let the builder
 * find it with {@link PostmortemChecker.Builder#loadChecks(ClassLoader)}: on the class path, name the
 * class in {@code META-INF/services/dev.postmortem.core.checks.Check}; in a module, {@code provides
 * dev.postmortem.core.checks.Check with ...}. The command line loads checks from a jar named with
 * {@code --checks}.
 *
 * <p>A check declares its rules (their ids, default severities and descriptions) once, in {@link
 * #rules()}, and reports only those, through the {@link CheckContext}; the context applies the
 * team's rule settings (disabled rules, changed severities), so a check never reads them itself.
 * Rule ids have a family prefix of the team's own ({@code acme.sev1-links-epic}); the built-in
 * families' prefixes are taken. Implementations must be thread-safe: one checker, and so one
 * check, serves many threads.
 *
 * <pre>{@code
 * public final class EpicLinkCheck implements Check {
 *     static final RuleDescriptor EPIC = new RuleDescriptor(
 *             "acme.sev1-links-epic", FindingSeverity.ERROR, "a SEV1 postmortem links its follow-up epic");
 *
 *     public List<RuleDescriptor> rules() {
 *         return List.of(EPIC);
 *     }
 *
 *     public void check(Postmortem p, CheckContext context) {
 *         boolean sev1 = p.severity().map(s -> s.rank() == 1).orElse(false);
 *         if (sev1 && p.additionalSections().stream().noneMatch(s -> s.title().equals("Epic"))) {
 *             context.report(EPIC, "", "a SEV1 postmortem needs an 'Epic' section linking its follow-up work");
 *         }
 *     }
 * }
 * }</pre>
 */
public interface Check {
    /**
     * The rules this check may report, each once.
     *
     * @return the rules
     */
    List<RuleDescriptor> rules();

    /**
     * Checks a postmortem and reports what it finds to the context.
     *
     * @param postmortem the postmortem
     * @param context where findings go, with the team's rule settings applied
     */
    void check(Postmortem postmortem, CheckContext context);
}
