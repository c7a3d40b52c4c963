/**
 * The postmortem report: one self-contained HTML page of charts over a corpus of postmortems, built
 * from the core's {@code CorpusMetrics}, and the anonymous Blameless Health Audit of survey answers.
 * Packages named {@code internal} are not exported and are not API.
 */
module dev.postmortem.report {
    requires transitive dev.postmortem.core;
    requires org.apache.commons.csv;
    requires tools.jackson.core;

    exports dev.postmortem.report;
    exports dev.postmortem.report.survey;
}
