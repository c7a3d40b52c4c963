package dev.postmortem.json.common;

import java.util.Objects;

/**
 * A JSON document that cannot be read as a postmortem: malformed JSON, a value of the wrong type, a
 * value the model does not accept, an unknown field in strict mode or a document beyond the
 * configured limits.
 *
 * <p>Every read error names where it is (a JSON pointer such as {@code /timeline/0/at}, the empty
 * pointer for the document itself, and the 1-based line and column of the offending token), what is
 * wrong and what was expected. A reader that throws it returns no partially filled postmortem.
 * Immutable.
 */
public final class JsonReadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pointer;

    private final long line;
    private final long column;
    private final String problem;
    private final String expected;

    private JsonReadException(
            String pointer, long line, long column, String problem, String expected, Throwable cause) {
        super(format(pointer, line, column, problem, expected), cause);
        this.pointer = pointer;
        this.line = line;
        this.column = column;
        this.problem = problem;
        this.expected = expected;
    }

    /**
     * Creates a read error; used by the JSON bindings.
     *
     * @param pointer the JSON pointer of the offending value, empty for the document itself
     * @param line the 1-based line, or 0 when unknown
     * @param column the 1-based column, or 0 when unknown
     * @param problem what is wrong, such as {@code 'yesterday' is not an instant}
     * @param expected what was expected, such as {@code an ISO-8601 instant}
     * @param cause the underlying exception, or null
     * @return the exception
     */
    public static JsonReadException of(
            String pointer, long line, long column, String problem, String expected, Throwable cause) {
        return new JsonReadException(
                Objects.requireNonNull(pointer, "pointer"),
                Math.max(0, line),
                Math.max(0, column),
                Objects.requireNonNull(problem, "problem"),
                Objects.requireNonNull(expected, "expected"),
                cause);
    }

    private static String format(String pointer, long line, long column, String problem, String expected) {
        String where = pointer.isEmpty() ? "document" : pointer;
        String at = line > 0 ? " (line " + line + ", column " + column + ")" : "";
        return "at " + where + at + ": " + problem + "; expected " + expected;
    }

    /**
     * The same error at another line, for a JSON Lines reader that reads each line as its own
     * document.
     *
     * @param lineNumber the 1-based line number in the JSON Lines input
     * @return the error with that line
     */
    public JsonReadException atLine(long lineNumber) {
        return new JsonReadException(pointer, lineNumber, column, problem, expected, getCause());
    }

    /**
     * The JSON pointer (RFC 6901) of the offending value; empty for the document itself.
     *
     * @return the pointer, such as {@code /actionItems/2/dueDate}
     */
    public String pointer() {
        return pointer;
    }

    /**
     * The 1-based line of the offending token.
     *
     * @return the line, or 0 when unknown
     */
    public long line() {
        return line;
    }

    /**
     * The 1-based column of the offending token.
     *
     * @return the column, or 0 when unknown
     */
    public long column() {
        return column;
    }

    /**
     * What is wrong, without the location.
     *
     * @return the problem
     */
    public String problem() {
        return problem;
    }

    /**
     * What was expected at that place.
     *
     * @return the expectation
     */
    public String expected() {
        return expected;
    }
}
