/**
 * The results every check returns: {@link dev.postmortem.core.report.Finding}s with a stable rule
 * id, a severity, a property path and, for text, an exact span, collected in an immutable
 * {@link dev.postmortem.core.report.Report}. A report holds every problem at once; call
 * {@link dev.postmortem.core.report.Report#orThrow()} to turn errors into an exception.
 */
package dev.postmortem.core.report;
