package dev.postmortem.core.internal.validation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Treats every no-argument, non-void method as a property getter named like the method, so
 * constraints on Immutables accessors such as {@code title()} are seen. Hibernate Validator's default
 * accepts only {@code getX()} and {@code isX()} and would silently skip them.
 */
public final class AccessorPropertySelectionStrategy implements GetterPropertySelectionStrategy {
    private static final Set<String> EXCLUDED = Set.of("toString", "hashCode", "getClass", "clone", "builder");

    @Override
    public Optional<String> getProperty(ConstrainableExecutable executable) {
        if (executable.getParameterTypes().length != 0
                || executable.getReturnType() == void.class
                || EXCLUDED.contains(executable.getName())) {
            return Optional.empty();
        }
        return Optional.of(executable.getName());
    }

    @Override
    public List<String> getGetterMethodNameCandidates(String propertyName) {
        return List.of(propertyName);
    }
}
