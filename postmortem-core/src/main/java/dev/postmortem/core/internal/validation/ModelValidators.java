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
import dev.postmortem.core.model.constraints.Present;
import dev.postmortem.core.model.constraints.RationaleWhenNotDoing;
import dev.postmortem.core.model.constraints.ReviewNotBeforeIncident;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The constraint validators of the model's custom constraints; registered by {@link ValidatorHolder}. */
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
}
