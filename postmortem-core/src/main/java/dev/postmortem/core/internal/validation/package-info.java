/**
 * Internal: the Hibernate Validator set-up (accessor-style properties, constraint validators,
 * message interpolation without an expression language). Not API.
 */
package dev.postmortem.core.internal.validation;
