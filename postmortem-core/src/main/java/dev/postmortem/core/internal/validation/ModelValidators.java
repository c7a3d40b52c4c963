package dev.postmortem.core.internal.validation;

import dev.postmortem.core.model.ActionItem;
import dev.postmortem.core.model.ActionItemStatus;
import dev.postmortem.core.model.BehaviourType;
import dev.postmortem.core.model.ErrorBudget;
import dev.postmortem.core.model.JustCultureAssessment;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.TimelineEvent;
import dev.postmortem.core.model.constraints.BudgetNotIncreased;
import dev.postmortem.core.model.constraints.ChronologicalTimeline;
import dev.postmortem.core.model.constraints.HumanErrorKindFits;
import dev.postmortem.core.model.constraints.ModelConstraints;
import dev.postmortem.core.model.constraints.Present;
import dev.postmortem.core.model.constraints.RationaleWhenNotDoing;
import dev.postmortem.core.model.constraints.ReviewNotBeforeIncident;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The constraint validators of the model's custom constraints; registered by {@link ValidatorHolder}
 * and, for validators configured the standard way, through the {@code
 * jakarta.validation.ConstraintValidator} service.
 */
public final class ModelValidators {
    private ModelValidators() {}

    /** Checks {@link ChronologicalTimeline}: reports each event that is earlier than the one before it. */
    public static final class Chronological implements ConstraintValidator<ChronologicalTimeline, Object> {
        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            if (!(value instanceof Postmortem p)) {
                return true;
            }
            List<TimelineEvent> events = p.timeline();
            boolean valid = true;
            for (int i = 1; i < events.size(); i++) {
                if (events.get(i).at().isBefore(events.get(i - 1).at())) {
                    if (valid) {
                        context.disableDefaultConstraintViolation();
                    }
                    valid = false;
                    context.buildConstraintViolationWithTemplate(Messages.escape("timeline event " + (i + 1) + " at "
                                    + events.get(i).at() + " is earlier than event " + i + " at "
                                    + events.get(i - 1).at() + "; sort the timeline by time or correct the time"))
                            .addPropertyNode("timeline")
                            .addPropertyNode("at")
                            .inIterable()
                            .atIndex(i)
                            .addConstraintViolation();
                }
            }
            return valid;
        }
    }

    /** Checks {@link ReviewNotBeforeIncident}: the review date is not before the window's end date (UTC). */
    public static final class ReviewAfterIncident implements ConstraintValidator<ReviewNotBeforeIncident, Object> {
        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            if (!(value instanceof Postmortem p)
                    || p.reviewMeetingDate().isEmpty()
                    || p.window().isEmpty()) {
                return true;
            }
            LocalDate ended = p.window().get().end().atOffset(ZoneOffset.UTC).toLocalDate();
            if (!p.reviewMeetingDate().get().isBefore(ended)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(Messages.escape("the review meeting date "
                            + p.reviewMeetingDate().get() + " is before the incident ended on " + ended
                            + "; correct the date or the window"))
                    .addPropertyNode("reviewMeetingDate")
                    .addConstraintViolation();
            return false;
        }
    }

    /** Checks {@link BudgetNotIncreased}: the remaining budget after is not above before. */
    public static final class BudgetOrder implements ConstraintValidator<BudgetNotIncreased, Object> {
        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            if (!(value instanceof ErrorBudget b)
                    || b.remainingBefore().isEmpty()
                    || b.remainingAfter().isEmpty()) {
                return true;
            }
            if (b.remainingAfter().get().compareTo(b.remainingBefore().get()) <= 0) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(
                            Messages.escape("the error budget remaining after the incident ("
                                    + b.remainingAfter().get() + ") is above what remained before ("
                                    + b.remainingBefore().get()
                                    + "); an incident spends budget, so check whether the two figures are swapped"))
                    .addPropertyNode("remainingAfter")
                    .addConstraintViolation();
            return false;
        }
    }

    /** Checks {@link RationaleWhenNotDoing}. */
    public static final class NotDoingRationale implements ConstraintValidator<RationaleWhenNotDoing, Object> {
        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            if (!(value instanceof ActionItem item) || item.status() != ActionItemStatus.NOT_DOING) {
                return true;
            }
            if (item.statusRationale().filter(r -> !r.isBlank()).isPresent()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("statusRationale")
                    .addConstraintViolation();
            return false;
        }
    }

    /** Checks {@link HumanErrorKindFits}. */
    public static final class ErrorKindFits implements ConstraintValidator<HumanErrorKindFits, Object> {
        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            if (!(value instanceof JustCultureAssessment a)
                    || a.humanErrorKind().isEmpty()
                    || a.classification() == BehaviourType.HUMAN_ERROR) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("humanErrorKind")
                    .addConstraintViolation();
            return false;
        }
    }

    /** Checks {@link Present}: the optional holds a value. */
    public static final class OptionalPresent implements ConstraintValidator<Present, Optional<?>> {
        @Override
        public boolean isValid(Optional<?> value, ConstraintValidatorContext context) {
            return value != null && value.isPresent();
        }
    }

    /**
     * Checks {@link ModelConstraints}: validates the object with the library's own validator (which
     * reads the accessors' constraints) and reports each violation with its path. Quiet while the
     * library's own validator runs on this thread, so that one neither recurses nor reports a
     * violation twice.
     */
    public static final class Delegating implements ConstraintValidator<ModelConstraints, Object> {
        /** Creates the validator; a provider calls this. */
        public Delegating() {}

        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            if (value == null || ValidatorHolder.running()) {
                return true;
            }
            List<ConstraintViolation<Object>> found = ValidatorHolder.validator().validate(value).stream()
                    .filter(v -> !seenByEveryValidator(v, value))
                    .sorted(java.util.Comparator.comparing((ConstraintViolation<Object> v) ->
                                    v.getPropertyPath().toString())
                            .thenComparing(ConstraintViolation::getMessage))
                    .toList();
            if (found.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            found.forEach(v -> report(v, context));
            return false;
        }

        /**
         * Whether a violation comes from a constraint on the validated object's own type, which any
         * validator reads without help (the timeline order, say): reporting it again would double it.
         */
        private static boolean seenByEveryValidator(ConstraintViolation<Object> v, Object value) {
            if (v.getLeafBean() != value) {
                return false;
            }
            Class<? extends java.lang.annotation.Annotation> type =
                    v.getConstraintDescriptor().getAnnotation().annotationType();
            for (Class<?> c = value.getClass(); c != null; c = c.getSuperclass()) {
                if (c.isAnnotationPresent(type)) {
                    return true;
                }
            }
            return false;
        }

        /** Adds one violation at the same path under the validated object. */
        private static void report(ConstraintViolation<Object> v, ConstraintValidatorContext context) {
            ConstraintValidatorContext.ConstraintViolationBuilder b =
                    context.buildConstraintViolationWithTemplate(Messages.escape(v.getMessage()));
            Object at = b;
            for (Path.Node node : v.getPropertyPath()) {
                if (node.getKind() != ElementKind.PROPERTY && node.getKind() != ElementKind.BEAN) {
                    continue;
                }
                Object next = node.getKind() == ElementKind.PROPERTY ? addProperty(at, node.getName()) : addBean(at);
                if (next == null) {
                    continue; // a bean node at the root: the object itself
                }
                at = next;
                if (node.isInIterable()) {
                    at = inIterable(at, node);
                }
            }
            addViolation(at);
        }

        private static Object addProperty(Object at, String name) {
            if (at instanceof ConstraintValidatorContext.ConstraintViolationBuilder b) {
                return b.addPropertyNode(name);
            }
            if (at instanceof ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext c) {
                return c.addPropertyNode(name);
            }
            if (at instanceof ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext c) {
                return c.addPropertyNode(name);
            }
            if (at instanceof ConstraintValidatorContext.ConstraintViolationBuilder.NodeContextBuilder c) {
                return c.addPropertyNode(name);
            }
            return at; // a bean node ends a path: nothing follows it
        }

        private static Object addBean(Object at) {
            if (at instanceof ConstraintValidatorContext.ConstraintViolationBuilder) {
                return null;
            }
            if (at instanceof ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext c) {
                return c.addBeanNode();
            }
            if (at instanceof ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext c) {
                return c.addBeanNode();
            }
            if (at instanceof ConstraintValidatorContext.ConstraintViolationBuilder.NodeContextBuilder c) {
                return c.addBeanNode();
            }
            return null;
        }

        private static Object inIterable(Object at, Path.Node node) {
            if (at instanceof ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext c) {
                var ctx = c.inIterable();
                return node.getIndex() != null
                        ? ctx.atIndex(node.getIndex())
                        : node.getKey() != null ? ctx.atKey(node.getKey()) : ctx;
            }
            if (at
                    instanceof
                    ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext c) {
                var ctx = c.inIterable();
                return node.getIndex() != null
                        ? ctx.atIndex(node.getIndex())
                        : node.getKey() != null ? ctx.atKey(node.getKey()) : ctx;
            }
            return at;
        }

        private static void addViolation(Object at) {
            if (at instanceof ConstraintValidatorContext.ConstraintViolationBuilder b) {
                b.addConstraintViolation();
            } else if (at
                    instanceof ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext c) {
                c.addConstraintViolation();
            } else if (at
                    instanceof ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext c) {
                c.addConstraintViolation();
            } else if (at instanceof ConstraintValidatorContext.ConstraintViolationBuilder.NodeContextBuilder c) {
                c.addConstraintViolation();
            } else if (at instanceof ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeContextBuilder c) {
                c.addConstraintViolation();
            } else {
                ((ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderDefinedContext) at)
                        .addConstraintViolation();
            }
        }
    }
}
