/**
 * The {@code validation.*} rule family: Bean Validation (Hibernate Validator) of the model's
 * constraints, single fields and cross-field rules, reported as findings with property paths.
 */
package dev.postmortem.core.checks.validation;
