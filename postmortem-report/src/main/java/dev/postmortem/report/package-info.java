/**
 * The HTML report over a corpus of postmortems ({@link dev.postmortem.report.HtmlReport}): charts of
 * the numbers {@code postmortem metrics} prints, the maturity level with its evidence, a table of
 * the postmortems, and optionally the health audit, in one file that opens offline.
 */
package dev.postmortem.report;
