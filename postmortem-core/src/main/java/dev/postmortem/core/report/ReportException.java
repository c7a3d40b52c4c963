package dev.postmortem.core.report;

import java.util.stream.Collectors;

/**
 * Thrown by {@link Report#orThrow()} when a report holds errors. Its message lists every error;
 * {@link #report()} gives the whole report.
 */
public final class ReportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The report; transient because findings are not serializable, and exceptions rarely are sent. */
    private final transient Report report;

    /**
     * Creates the exception.
     *
     * @param report the report with errors
     */
    public ReportException(Report report) {
        super(message(report));
        this.report = report;
    }

    private static String message(Report report) {
        var errors = report.withSeverity(FindingSeverity.ERROR);
        return errors.size() + (errors.size() == 1 ? " error" : " errors") + ":\n"
                + errors.stream().map(f -> "  " + f).collect(Collectors.joining("\n"));
    }

    /**
     * The whole report, warnings included.
     *
     * @return the report
     */
    public Report report() {
        return report;
    }
}
