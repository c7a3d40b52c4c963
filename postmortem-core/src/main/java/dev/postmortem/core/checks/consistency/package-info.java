/**
 * The {@code consistency.*} rule family: checks that figures stated in two places of one
 * postmortem agree (declared duration and window, budget figures, failed requests, incident date),
 * that timeline events lie in or near the window, and that action items refer to factors and ids
 * that exist.
 */
package dev.postmortem.core.checks.consistency;
