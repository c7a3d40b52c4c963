/**
 * Configuration shared by every rule family: {@link dev.postmortem.core.checks.config.CheckerConfig}
 * (people roster, allowlist, due-date policy, review window, tolerances) and
 * {@link dev.postmortem.core.checks.config.RuleSettings} (disabled rules and severity overrides).
 */
package dev.postmortem.core.checks.config;
