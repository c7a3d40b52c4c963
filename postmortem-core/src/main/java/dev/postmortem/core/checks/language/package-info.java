/**
 * The {@code language.*} rule family: blame language in postmortem prose, after the guide's
 * sections 1, 4 and 7. {@link dev.postmortem.core.checks.language.BlameLanguageChecker} finds a
 * person named as the actor of a failure, possessive and counterfactual blame, "failed to" and its
 * kin aimed at people, character judgements, "human error" given as a cause, fault-finding
 * questions, minimisers, passive aggression, blame aimed at a team, and remediation that only asks
 * for training or more care; each finding carries its exact span and a blameless rewording or the
 * systemic question to ask instead.
 */
package dev.postmortem.core.checks.language;
