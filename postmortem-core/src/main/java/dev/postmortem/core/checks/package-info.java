/**
 * The one entry point: {@link dev.postmortem.core.checks.PostmortemChecker} runs every rule family
 * (validation, consistency, and the blameless families in the sub-packages) and returns one report
 * sorted by location. {@link dev.postmortem.core.checks.config.RuleSettings} disables rules or changes
 * their severity by rule id or family.
 */
package dev.postmortem.core.checks;
