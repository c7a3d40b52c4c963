/**
 * Bean Validation constraints and payloads used by the model. The payloads set a finding's
 * severity: {@link dev.postmortem.core.model.constraints.Required} marks a part a complete
 * postmortem must have (a warning in a draft, an error otherwise);
 * {@link dev.postmortem.core.model.constraints.Warning} marks a warning. Other violations are
 * errors. The constraint validators are internal.
 */
package dev.postmortem.core.model.constraints;
