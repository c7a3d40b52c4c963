/**
 * The {@code fivewhys.*} rule family: a Five Whys chain must end in a system condition, not in a
 * person or in "human error", and lead to a systemic fix.
 */
package dev.postmortem.core.checks.fivewhys;
