/**
 * The {@code lifecycle.*} rule family: the review meeting within 3 to 5 business days of the
 * incident, drafts past that deadline, and action items past their due date, all as of a date from
 * an injected {@link java.time.Clock}.
 */
package dev.postmortem.core.checks.lifecycle;
