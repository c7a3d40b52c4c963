package dev.postmortem.core.internal.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.BeanDescriptor;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Builds the one Hibernate Validator the library uses: provider chosen directly (no service
 * lookup), accessor-style getters, the model's constraint validators found through the {@code
 * jakarta.validation.ConstraintValidator} service the core module provides (so the public
 * annotations name no internal class, and a validator an application builds the standard way finds
 * them too), and parameter-only message interpolation (no expression language: our messages need
 * none, and it keeps Jakarta EL off the class path).
 */
public final class ValidatorHolder {
    private static final ValidatorFactory FACTORY = build();
    private static final ThreadLocal<Boolean> RUNNING = new ThreadLocal<>();
    private static final Validator VALIDATOR = new Guarded(FACTORY.getValidator());

    private ValidatorHolder() {}

    /**
     * The shared validator; thread-safe.
     *
     * @return the validator
     */
    public static Validator validator() {
        return VALIDATOR;
    }

    /**
     * Whether this library's validator is running on this thread: the bridge for standard
     * validators ({@link ModelValidators.Delegating}) then stays quiet, since this validator reads
     * the accessors itself.
     *
     * @return true inside a validation by {@link #validator()}
     */
    static boolean running() {
        return RUNNING.get() != null;
    }

    /** The validator, marking the thread while it runs. */
    private record Guarded(Validator validator) implements Validator {
        private <T> T marked(Supplier<T> work) {
            if (RUNNING.get() != null) {
                return work.get();
            }
            RUNNING.set(Boolean.TRUE);
            try {
                return work.get();
            } finally {
                RUNNING.remove();
            }
        }

        @Override
        public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... groups) {
            return marked(() -> validator.validate(object, groups));
        }

        @Override
        public <T> Set<ConstraintViolation<T>> validateProperty(T object, String propertyName, Class<?>... groups) {
            return marked(() -> validator.validateProperty(object, propertyName, groups));
        }

        @Override
        public <T> Set<ConstraintViolation<T>> validateValue(
                Class<T> beanType, String propertyName, Object value, Class<?>... groups) {
            return marked(() -> validator.validateValue(beanType, propertyName, value, groups));
        }

        @Override
        public BeanDescriptor getConstraintsForClass(Class<?> clazz) {
            return validator.getConstraintsForClass(clazz);
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            return validator.unwrap(type);
        }

        @Override
        public ExecutableValidator forExecutables() {
            return validator.forExecutables();
        }
    }

    private static ValidatorFactory build() {
        HibernateValidatorConfiguration config = Validation.byProvider(HibernateValidator.class)
                .providerResolver(() -> List.of(new HibernateValidator()))
                .configure();
        return config.getterPropertySelectionStrategy(new AccessorPropertySelectionStrategy())
                .messageInterpolator(new ParameterMessageInterpolator())
                .failFast(false)
                .buildValidatorFactory();
    }
}
