package dev.postmortem.core.checks.validation;

import dev.postmortem.core.checks.Check;
import dev.postmortem.core.checks.CheckContext;
import dev.postmortem.core.internal.Args;
import dev.postmortem.core.internal.Text;
import dev.postmortem.core.internal.validation.ValidatorHolder;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.PostmortemStatus;
import dev.postmortem.core.model.constraints.Required;
import dev.postmortem.core.model.constraints.Warning;
import dev.postmortem.core.report.Finding;
import dev.postmortem.core.report.FindingSeverity;
import dev.postmortem.core.report.Report;
import dev.postmortem.core.report.RuleDescriptor;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Validates a postmortem against the model's Bean Validation constraints and reports every
 * violation at once as {@code validation.*} findings.
 *
 * <p>Rule ids: {@code validation.required} for a part a complete postmortem must have (a warning
 * while the postmortem is a {@link PostmortemStatus#DRAFT draft}, an error in review or final),
 * otherwise {@code validation.} and the constraint's name in kebab case, such as
 * {@code validation.not-blank} or {@code validation.chronological-timeline}. Paths name accessors
 * and list indexes, such as {@code actionItems[0].description}.
 *
 * <p>The underlying validator is built once per class loader; instances are immutable and
 * thread-safe, so one can serve a whole application.
 */
public final class PostmortemValidator implements Check {
    private static final PostmortemValidator INSTANCE = new PostmortemValidator();

    /** The rules of this family. */
    public static final List<RuleDescriptor> RULES = List.of(
            new RuleDescriptor(
                    "validation.required",
                    FindingSeverity.ERROR,
                    "a part a complete postmortem needs is missing (a warning while the postmortem is a draft)"),
            new RuleDescriptor("validation.not-blank", FindingSeverity.ERROR, "a text the model needs is blank"),
            new RuleDescriptor(
                    "validation.chronological-timeline",
                    FindingSeverity.ERROR,
                    "a timeline event is earlier than the one before it"),
            new RuleDescriptor(
                    "validation.review-not-before-incident",
                    FindingSeverity.ERROR,
                    "the review meeting is dated before the incident ended"),
            new RuleDescriptor(
                    "validation.budget-not-increased",
                    FindingSeverity.ERROR,
                    "more error budget remains after the incident than before"),
            new RuleDescriptor(
                    "validation.rationale-when-not-doing",
                    FindingSeverity.ERROR,
                    "an action item marked not doing has no rationale"),
            new RuleDescriptor(
                    "validation.human-error-kind-fits",
                    FindingSeverity.ERROR,
                    "a slip, lapse or mistake is given for a classification other than human error"));

    private PostmortemValidator() {}

    /**
     * The validator.
     *
     * @return the shared instance
     */
    public static PostmortemValidator create() {
        return INSTANCE;
    }

    /**
     * Validates a postmortem.
     *
     * @param postmortem the postmortem
     * @return every finding, sorted by location
     * @throws IllegalArgumentException if the postmortem is null
     */
    public Report validate(Postmortem postmortem) {
        Args.notNull(postmortem, "postmortem");
        Set<ConstraintViolation<Postmortem>> violations =
                ValidatorHolder.validator().validate(postmortem);
        boolean draft = postmortem.status() == PostmortemStatus.DRAFT;
        List<Finding> findings = new ArrayList<>(violations.size());
        for (ConstraintViolation<Postmortem> v : violations) {
            findings.add(toFinding(v, draft));
        }
        return Report.of(findings);
    }

    @Override
    public List<RuleDescriptor> rules() {
        return RULES;
    }

    /**
     * Validates a postmortem and reports each finding to a checker's context.
     *
     * @param postmortem the postmortem
     * @param context where findings go
     */
    @Override
    public void check(Postmortem postmortem, CheckContext context) {
        Args.notNull(context, "context");
        validate(postmortem).findings().forEach(context::report);
    }

    /**
     * Validates any part of the model, such as a single action item, with paths relative to it.
     * Required parts are reported as errors.
     *
     * @param part the object
     * @return every finding, sorted by location
     * @throws IllegalArgumentException if the object is null
     */
    public Report validatePart(Object part) {
        Args.notNull(part, "part");
        List<Finding> findings = new ArrayList<>();
        for (ConstraintViolation<Object> v : ValidatorHolder.validator().validate(part)) {
            findings.add(toFinding(v, false));
        }
        return Report.of(findings);
    }

    private static Finding toFinding(ConstraintViolation<?> v, boolean draft) {
        ConstraintDescriptor<?> d = v.getConstraintDescriptor();
        Set<Class<? extends jakarta.validation.Payload>> payload = d.getPayload();
        String rule;
        FindingSeverity severity;
        if (payload.contains(Required.class)) {
            rule = "validation.required";
            severity = draft ? FindingSeverity.WARNING : FindingSeverity.ERROR;
        } else {
            rule = "validation." + Text.kebab(d.getAnnotation().annotationType().getSimpleName());
            severity = payload.contains(Warning.class) ? FindingSeverity.WARNING : FindingSeverity.ERROR;
        }
        return Finding.of(rule, severity, path(v.getPropertyPath()), v.getMessage());
    }

    static String path(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                out.append('[').append(at == null ? "" : at).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(name);
            }
        }
        return out.toString();
    }
}
