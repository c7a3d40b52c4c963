/**
 * Incident metrics derived from timelines: time to detect, acknowledge, mitigate, recover and
 * resolve for one postmortem ({@link dev.postmortem.core.metrics.IncidentMetrics}) and their count,
 * median and 90th percentile across many ({@link dev.postmortem.core.metrics.MetricsSummary}).
 */
package dev.postmortem.core.metrics;
