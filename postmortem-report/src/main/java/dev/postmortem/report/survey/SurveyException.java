package dev.postmortem.report.survey;

/**
 * A survey or question file that cannot be used as it is. The message names the file and the line
 * and says what to fix.
 */
public final class SurveyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, where, and how to fix it
     */
    public SurveyException(String message) {
        super(message);
    }
}
