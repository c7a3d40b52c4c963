package dev.postmortem.core.report;

import dev.postmortem.core.internal.Args;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem a check found: a stable rule id namespaced by family ({@code validation.required},
 * {@code consistency.budget-figures}, {@code language.counterfactual}), a severity, the property
 * path it concerns ({@code actionItems[0].owner}, empty for the whole document), a message that says
 * what to check and how to fix it, an optional suggestion (a blameless rewording or the systemic
 * question to ask), and, for text, the exact span. Immutable and thread-safe.
 */
public final class Finding {
    /**
     * The report order: by path, then by span, then rule id, then message, so that a report lists
     * findings by location and is deterministic.
     */
    public static final Comparator<Finding> BY_LOCATION = Comparator.comparing(Finding::path)
            .thenComparingInt(f -> f.span == null ? -1 : f.span.startOffset())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    private final String ruleId;
    private final FindingSeverity severity;
    private final String path;
    private final String message;
    // held as null when absent, so that a check reporting thousands of findings builds no Optional
    // it never reads; the accessors hand out Optionals
    private final String suggestion;
    private final Span span;

    private Finding(
            String ruleId, FindingSeverity severity, String path, String message, String suggestion, Span span) {
        this.ruleId = ruleId;
        this.severity = severity;
        this.path = path;
        this.message = message;
        this.suggestion = suggestion;
        this.span = span;
    }

    /**
     * Creates a finding without suggestion or span.
     *
     * @param ruleId the rule id, {@code family.rule}
     * @param severity the severity
     * @param path the property path, or empty for the whole document
     * @param message what is wrong and how to fix it
     * @return the finding
     * @throws IllegalArgumentException if an argument is null, or the rule id has no family
     */
    public static Finding of(String ruleId, FindingSeverity severity, String path, String message) {
        return new Finding(
                checkRuleId(ruleId),
                Args.notNull(severity, "severity"),
                Args.notNull(path, "path"),
                Args.notNull(message, "message"),
                null,
                null);
    }

    /**
     * Creates a finding with a suggestion and a span at once, as a check that reports many does,
     * instead of {@link #of(String, FindingSeverity, String, String)} followed by
     * {@link #withSuggestion} and {@link #withSpan}, which build a copy each.
     *
     * @param ruleId the rule id, {@code family.rule}
     * @param severity the severity
     * @param path the property path, or empty for the whole document
     * @param message what is wrong and how to fix it
     * @param suggestion a blameless rewording or a question to ask instead
     * @param span where in the text
     * @return the finding
     * @throws IllegalArgumentException if an argument is null, or the rule id has no family
     */
    public static Finding of(
            String ruleId, FindingSeverity severity, String path, String message, String suggestion, Span span) {
        return new Finding(
                checkRuleId(ruleId),
                Args.notNull(severity, "severity"),
                Args.notNull(path, "path"),
                Args.notNull(message, "message"),
                Args.notNull(suggestion, "suggestion"),
                Args.notNull(span, "span"));
    }

    private static String checkRuleId(String ruleId) {
        Args.notNull(ruleId, "rule id");
        int dot = ruleId.indexOf('.');
        if (dot <= 0 || dot == ruleId.length() - 1) {
            throw new IllegalArgumentException(
                    "rule id '" + ruleId + "' must be family.rule, such as language.counterfactual");
        }
        return ruleId;
    }

    /**
     * A copy with a suggestion.
     *
     * @param suggestion a blameless rewording or a question to ask instead
     * @return the new finding
     */
    public Finding withSuggestion(String suggestion) {
        return new Finding(ruleId, severity, path, message, Args.notNull(suggestion, "suggestion"), span);
    }

    /**
     * A copy with a span.
     *
     * @param span where in the text
     * @return the new finding
     */
    public Finding withSpan(Span span) {
        return new Finding(ruleId, severity, path, message, suggestion, Args.notNull(span, "span"));
    }

    /**
     * A copy with another severity, as a configuration's override gives.
     *
     * @param severity the severity
     * @return the new finding
     */
    public Finding withSeverity(FindingSeverity severity) {
        return new Finding(ruleId, Args.notNull(severity, "severity"), path, message, suggestion, span);
    }

    /**
     * A copy with another path, for findings on a part that is embedded in a larger document.
     *
     * @param path the path
     * @return the new finding
     */
    public Finding withPath(String path) {
        return new Finding(ruleId, severity, Args.notNull(path, "path"), message, suggestion, span);
    }

    /**
     * The stable rule id, {@code family.rule}.
     *
     * @return the rule id
     */
    public String ruleId() {
        return ruleId;
    }

    /**
     * The family: the part of the rule id before the first dot, such as {@code language}.
     *
     * @return the family
     */
    public String family() {
        return ruleId.substring(0, ruleId.indexOf('.'));
    }

    /**
     * The severity.
     *
     * @return the severity
     */
    public FindingSeverity severity() {
        return severity;
    }

    /**
     * The property path, such as {@code actionItems[0].owner}; empty for the whole document.
     *
     * @return the path
     */
    public String path() {
        return path;
    }

    /**
     * What is wrong and how to fix it.
     *
     * @return the message
     */
    public String message() {
        return message;
    }

    /**
     * A blameless rewording or the systemic question to ask instead.
     *
     * @return the suggestion, or empty
     */
    public Optional<String> suggestion() {
        return Optional.ofNullable(suggestion);
    }

    /**
     * Where in the text, for findings on text.
     *
     * @return the span, or empty
     */
    public Optional<Span> span() {
        return Optional.ofNullable(span);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f
                && ruleId.equals(f.ruleId)
                && severity == f.severity
                && path.equals(f.path)
                && message.equals(f.message)
                && Objects.equals(suggestion, f.suggestion)
                && Objects.equals(span, f.span);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, severity, path, message, suggestion, span);
    }

    /**
     * {@code severity rule-id path[@span]: message}.
     *
     * @return the finding as one line
     */
    @Override
    public String toString() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + " " + ruleId + " "
                + (path.isEmpty() ? "<document>" : path)
                + (span == null ? "" : "@" + span) + ": " + message;
    }
}
