package dev.postmortem.core.model.constraints;

import jakarta.validation.Payload;

/** Constraint payload marking a finding reported as a warning. */
public interface Warning extends Payload {}
