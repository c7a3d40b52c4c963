package dev.postmortem.cli.internal;

import dev.postmortem.core.report.FindingSeverity;
import java.util.Optional;

/**
 * A finding placed in its file: 1-based line and column of its start and end.
 *
 * @param ruleId the rule id
 * @param severity the severity
 * @param message the message
 * @param suggestion how to fix it, if the rule has one
 * @param line the start line
 * @param column the start column
 * @param endLine the end line
 * @param endColumn the column just after the end
 * @param modelPath the path in the postmortem model, such as {@code actionItems[0].description}
 * @param excerpt the flagged text, or empty
 */
public record Located(
        String ruleId,
        FindingSeverity severity,
        String message,
        Optional<String> suggestion,
        int line,
        int column,
        int endLine,
        int endColumn,
        String modelPath,
        String excerpt) {}
