/**
 * Postmortems and the tools around them: draft postmortems imported from PagerDuty, incident.io and
 * Opsgenie exports ({@link dev.postmortem.interop.IncidentImporter}), action items exported as CSV,
 * Jira bulk-create bodies and GitHub issue bodies ({@link dev.postmortem.interop.ActionExporter}),
 * and error budgets from OpenSLO documents ({@link dev.postmortem.interop.OpenSlo}). Its
 * {@code internal} package is not exported and is not API.
 */
module dev.postmortem.interop {
    requires transitive dev.postmortem.core;
    requires transitive dev.postmortem.json.common;
    requires dev.postmortem.json;
    requires dev.postmortem.markdown;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;
    requires org.apache.commons.csv;

    exports dev.postmortem.interop;
}
