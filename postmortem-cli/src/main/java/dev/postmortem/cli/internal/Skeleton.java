package dev.postmortem.cli.internal;

import dev.postmortem.core.model.IncidentId;
import dev.postmortem.core.model.SeverityLevel;
import java.util.Optional;

/**
 * The skeleton {@code postmortem new} prints: every section of the template v1.2, each with a
 * guidance comment taken from the guide. A draft: {@code check} reports what is missing as
 * warnings, never as errors, until its status is set to in review.
 */
public final class Skeleton {
    private Skeleton() {}

    /**
     * The skeleton.
     *
     * @param id the incident id, if known
     * @param severity the severity, if known
     * @return the Markdown text
     */
    public static String markdown(Optional<IncidentId> id, Optional<SeverityLevel> severity) {
        StringBuilder b = new StringBuilder();
        b.append("<!-- A blameless postmortem (template v1.2). Describe what the system allowed, not who erred:\n")
                .append(
                        "     name roles, never people; ask how the system let this happen. Replace every comment. -->\n\n");
        b.append("* Template: v1.2\n");
        id.ifPresent(i -> b.append("* Incident ID: ").append(i).append('\n'));
        severity.ifPresent(
                s -> b.append("* Severity Tier: ").append(s.displayName()).append('\n'));
        b.append("\n<!-- Header still to add:\n")
                .append("* Incident ID: INC-YYYY-MM-DD-NNN (if not given above)\n")
                .append("* Severity Tier: Tier 1 (High Impact) (if not given above)\n")
                .append("* Total Duration: 00:22 Minutes (10:02 UTC → 10:24 UTC)\n")
                .append("* Calculated Impact: failed requests; error budget consumed\n")
                .append("* Document Authors: roles, such as SRE On-Call Engine -->\n\n");
        b.append("## 1. Event Timeline\n\n")
                .append("<!-- One line per event, in UTC, from trigger to all-clear:\n")
                .append("* 10:02 UTC | Automated CI/CD triggers deploy for `service` v1.2.3. -->\n\n");
        b.append("## 2. Customer & SLO Impact\n\n")
                .append("<!-- * User Symptoms: what users saw\n")
                .append("* Affected Segment: which users, regions or endpoints\n")
                .append("* Error Budget Consumption: Budget dropped from 94.2% remaining down to 91.1%. -->\n\n");
        b.append("## 3. Systems Root Cause Matrix\n\n")
                .append("<!-- One line per system gap that allowed the incident, never a person:\n")
                .append("* Missing Integration Test: what the pipeline did not check. -->\n\n");
        b.append("## 4. Remediation Action Items (SMART Goals)\n\n")
                .append("<!-- Specific, owned, dated, aimed at the system (training alone is not a fix):\n")
                .append(
                        "* [AI-101] [Prevention] Add a validation test for the failing path by 2026-05-30 (@team). -->\n");
        return b.toString();
    }
}
