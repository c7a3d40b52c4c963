package dev.postmortem.core.model.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every constraint of a model type, for a Jakarta Validation provider configured the standard way.
 *
 * <p>The model's constraints sit on accessors such as {@code title()}, which a default validator
 * does not read as properties (it looks for {@code getTitle()}). This type-level constraint closes
 * that gap: a plain {@code Validation.buildDefaultValidatorFactory().getValidator()}, a Spring
 * {@code @Valid} parameter or any other standard set-up validates the annotated object through the
 * library's own validator and reports each of its violations with its message and its path, such
 * as {@code actionItems[0].owner}. Inside the library's own validator it reports nothing, so no
 * violation is reported twice.
 *
 * <p>Its validator is found through the {@code jakarta.validation.ConstraintValidator} service,
 * declared by the core module (and in {@code META-INF/services} for the class path), which
 * Hibernate Validator loads; no application configuration is needed.
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ModelConstraints {
    /**
     * The message, used only if a violation carries none of its own.
     *
     * @return the message
     */
    String message() default "the postmortem model has a violation; see the violations' own messages";

    /**
     * The groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
