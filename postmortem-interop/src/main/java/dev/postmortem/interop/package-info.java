/**
 * Imports from incident tools, exports of action items to trackers, and OpenSLO error budgets.
 * Start with {@link dev.postmortem.interop.IncidentImporter}, {@link
 * dev.postmortem.interop.ActionExporter} and {@link dev.postmortem.interop.OpenSlo}.
 */
package dev.postmortem.interop;
