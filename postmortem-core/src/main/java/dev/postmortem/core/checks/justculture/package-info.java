/**
 * The {@code justculture.*} rule family and an advisory walk through the culpability decision
 * tree ({@link dev.postmortem.core.checks.justculture.CulpabilityTree}) that classifies an action
 * as human error, at-risk or reckless behaviour with the guide's recommended response.
 */
package dev.postmortem.core.checks.justculture;
