package dev.postmortem.core.internal.validation;

import dev.postmortem.core.model.constraints.BudgetNotIncreased;
import dev.postmortem.core.model.constraints.ChronologicalTimeline;
import dev.postmortem.core.model.constraints.HumanErrorKindFits;
import dev.postmortem.core.model.constraints.Present;
import dev.postmortem.core.model.constraints.RationaleWhenNotDoing;
import dev.postmortem.core.model.constraints.ReviewNotBeforeIncident;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Builds the one Hibernate Validator the library uses: provider chosen directly (no service
 * lookup), accessor-style getters, the model's constraint validators registered by mapping (so the
 * public annotations name no internal class), and parameter-only message interpolation (no
 * expression language: our messages need none, and it keeps Jakarta EL off the class path).
 */
public final class ValidatorHolder {
    private static final ValidatorFactory FACTORY = build();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    private ValidatorHolder() {}

    /**
     * The shared validator; thread-safe.
     *
     * @return the validator
     */
    public static Validator validator() {
        return VALIDATOR;
    }

    private static ValidatorFactory build() {
        HibernateValidatorConfiguration config = Validation.byProvider(HibernateValidator.class)
                .providerResolver(() -> List.of(new HibernateValidator()))
                .configure();
        ConstraintMapping mapping = config.createConstraintMapping();
        mapping.constraintDefinition(ChronologicalTimeline.class).validatedBy(ModelValidators.Chronological.class);
        mapping.constraintDefinition(ReviewNotBeforeIncident.class)
                .validatedBy(ModelValidators.ReviewAfterIncident.class);
        mapping.constraintDefinition(BudgetNotIncreased.class).validatedBy(ModelValidators.BudgetOrder.class);
        mapping.constraintDefinition(RationaleWhenNotDoing.class).validatedBy(ModelValidators.NotDoingRationale.class);
        mapping.constraintDefinition(HumanErrorKindFits.class).validatedBy(ModelValidators.ErrorKindFits.class);
        mapping.constraintDefinition(Present.class).validatedBy(ModelValidators.OptionalPresent.class);
        return config.addMapping(mapping)
                .getterPropertySelectionStrategy(new AccessorPropertySelectionStrategy())
                .messageInterpolator(new ParameterMessageInterpolator())
                .failFast(false)
                .buildValidatorFactory();
    }
}
