package dev.postmortem.core.model.constraints;

import jakarta.validation.Payload;

/** Constraint payload marking a part a complete postmortem must have: a warning while the postmortem is a draft, an error once it is in review or final. */
public interface Required extends Payload {}
