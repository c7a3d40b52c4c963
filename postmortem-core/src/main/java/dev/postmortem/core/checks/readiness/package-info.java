/**
 * The {@code readiness.*} rule family: the guide's Definition of Ready for remediation work, item
 * by item, with every criterion passed or failed and why.
 */
package dev.postmortem.core.checks.readiness;
