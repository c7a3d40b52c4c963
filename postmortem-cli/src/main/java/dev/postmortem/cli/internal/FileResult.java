package dev.postmortem.cli.internal;

import dev.postmortem.core.report.FindingSeverity;
import java.util.List;
import java.util.Optional;

/**
 * What checking one file gave: its findings in line order, or why it could not be read.
 *
 * @param path the path as shown, relative to the working directory with {@code /} separators
 * @param findings the findings, sorted by line and column
 * @param unreadable why the file could not be read, if it could not
 */
public record FileResult(String path, List<Located> findings, Optional<String> unreadable) {
    /**
     * Counts the findings of a severity.
     *
     * @param severity the severity
     * @return the count
     */
    public long count(FindingSeverity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
