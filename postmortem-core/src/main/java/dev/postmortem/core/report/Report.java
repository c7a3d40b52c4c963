package dev.postmortem.core.report;

import dev.postmortem.core.internal.Args;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Every finding of a check, sorted by location ({@link Finding#BY_LOCATION}). A report is valid
 * when it holds no {@link FindingSeverity#ERROR}. Immutable and thread-safe.
 */
public final class Report {
    private static final Report EMPTY = new Report(List.of());

    private final List<Finding> findings;

    private Report(List<Finding> findings) {
        this.findings = findings;
    }

    /**
     * A report of the findings, sorted by location.
     *
     * @param findings the findings, in any order
     * @return the report
     */
    public static Report of(Collection<Finding> findings) {
        Args.notNull(findings, "findings");
        List<Finding> sorted = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            sorted.add(Args.notNull(f, "finding"));
        }
        sorted.sort(Finding.BY_LOCATION);
        return new Report(List.copyOf(sorted));
    }

    /**
     * The report with no findings.
     *
     * @return an empty report
     */
    public static Report empty() {
        return EMPTY;
    }

    /**
     * All findings, sorted by location.
     *
     * @return the findings, unmodifiable
     */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * Whether no finding is an error.
     *
     * @return true when there is no error
     */
    public boolean isValid() {
        return findings.stream().noneMatch(f -> f.severity() == FindingSeverity.ERROR);
    }

    /**
     * Whether there are no findings at all.
     *
     * @return true when empty
     */
    public boolean isEmpty() {
        return findings.isEmpty();
    }

    /**
     * The findings of exactly one severity.
     *
     * @param severity the severity
     * @return the findings, in report order
     */
    public List<Finding> withSeverity(FindingSeverity severity) {
        Args.notNull(severity, "severity");
        return filter(f -> f.severity() == severity).findings;
    }

    /**
     * The findings at or above a severity, as a CI's {@code --fail-on} threshold asks.
     *
     * @param threshold the least severity to keep
     * @return the findings, in report order
     */
    public List<Finding> atLeast(FindingSeverity threshold) {
        Args.notNull(threshold, "threshold");
        return filter(f -> f.severity().isAtLeast(threshold)).findings;
    }

    /**
     * The findings whose rule id starts with the prefix, such as {@code language.}.
     *
     * @param prefix the prefix
     * @return the findings, in report order
     */
    public List<Finding> withRulePrefix(String prefix) {
        Args.notNull(prefix, "prefix");
        return filter(f -> f.ruleId().startsWith(prefix)).findings;
    }

    /**
     * A report of the findings that match.
     *
     * @param predicate which findings to keep
     * @return the filtered report
     */
    public Report filter(Predicate<Finding> predicate) {
        Args.notNull(predicate, "predicate");
        return new Report(findings.stream().filter(predicate).collect(Collectors.toUnmodifiableList()));
    }

    /**
     * This report and another, merged and sorted.
     *
     * @param other the other report
     * @return the merged report
     */
    public Report merge(Report other) {
        Args.notNull(other, "other report");
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(other.findings);
        return of(all);
    }

    /**
     * Returns this report when it is valid, or throws.
     *
     * @return this report
     * @throws ReportException listing every error when there is one
     */
    public Report orThrow() {
        if (!isValid()) {
            throw new ReportException(this);
        }
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Report r && findings.equals(r.findings);
    }

    @Override
    public int hashCode() {
        return findings.hashCode();
    }

    /**
     * One finding a line.
     *
     * @return the report as text
     */
    @Override
    public String toString() {
        return findings.isEmpty()
                ? "no findings"
                : findings.stream().map(Finding::toString).collect(Collectors.joining("\n"));
    }
}
