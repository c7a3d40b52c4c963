/**
 * The {@code language.*} rule family: blame language in postmortem prose, after the guide's
 * sections 1, 4 and 7. {@link dev.postmortem.core.checks.language.BlameLanguageChecker} finds a
 * person named as the actor of a failure, possessive and counterfactual blame, "failed to" and its
 * kin aimed at people, character judgements, "human error" given as a cause, fault-finding
 * questions, minimisers, passive aggression, blame aimed at a team, and remediation that only asks
 * for training or more care, and clearing the system to blame a person; each finding carries its
 * exact span and a blameless rewording or the systemic question to ask instead. The rules and their
 * word lists are resource files of the postmortem-core jar ({@code dev/postmortem/core/language/}),
 * and a team adds its own through {@link dev.postmortem.core.checks.config.CheckerConfig}.
 */
package dev.postmortem.core.checks.language;
