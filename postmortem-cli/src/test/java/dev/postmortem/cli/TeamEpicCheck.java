package dev.postmortem.cli;

import dev.postmortem.core.checks.Check;
import dev.postmortem.core.checks.CheckContext;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.report.FindingSeverity;
import dev.postmortem.core.report.RuleDescriptor;
import java.util.List;

/**
 * A team's check, as a team would write it: a postmortem names its follow-up epic in an additional
 * section titled "Epic". {@link TeamChecksTest} packs it into a jar with its service file.
 */
public final class TeamEpicCheck implements Check {
    static final RuleDescriptor EPIC =
            new RuleDescriptor("acme.epic-section", FindingSeverity.ERROR, "a postmortem names its follow-up epic");

    /** Creates the check; the service loader calls this. */
    public TeamEpicCheck() {}

    @Override
    public List<RuleDescriptor> rules() {
        return List.of(EPIC);
    }

    @Override
    public void check(Postmortem p, CheckContext context) {
        if (p.additionalSections().stream().noneMatch(s -> s.title().equalsIgnoreCase("Epic"))) {
            context.report(EPIC, "additionalSections", "add an 'Epic' section that links the follow-up work");
        }
    }
}
