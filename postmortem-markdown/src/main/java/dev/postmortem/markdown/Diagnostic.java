package dev.postmortem.markdown;

/**
 * Something the reader did not understand: where (1-based line and column), what it found and what
 * it expected. The text it could not map is kept in an additional section, so nothing is lost.
 *
 * @param line the line, from 1
 * @param column the column, from 1
 * @param message what was not understood
 * @param expected what the reader expected there
 */
public record Diagnostic(int line, int column, String message, String expected) {
    @Override
    public String toString() {
        return line + ":" + column + ": " + message + " (expected " + expected + ")";
    }
}
