package dev.postmortem.json.common.internal;

import dev.postmortem.json.common.JsonOptions;
import dev.postmortem.json.common.JsonReadException;
import java.util.Locale;

/**
 * Turns a Jackson read error message into what the reader expected, naming the option that sets a
 * limit the document went beyond. Both Jackson versions word their limit errors the same way.
 */
public final class Limits {
    private Limits() {}

    /**
     * The read error for an exception Jackson threw while reading, with what was expected.
     *
     * @param pointer where the parser was
     * @param line the line Jackson reported, 0 when it reported none
     * @param column the column Jackson reported, 0 when it reported none
     * @param message Jackson's message without the source excerpt it may append, or null
     * @param options the options in force, for the limits the message may name
     * @param cause Jackson's exception
     * @return the read error
     */
    public static JsonReadException readError(
            String pointer, long line, long column, String message, JsonOptions options, Throwable cause) {
        return JsonReadException.of(pointer, line, column, problem(message), expected(message, options), cause);
    }

    /**
     * What was expected where Jackson reported a read error.
     *
     * @param message Jackson's message
     * @param options the options in force
     * @return the expectation
     */
    public static String expected(String message, JsonOptions options) {
        String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (m.contains("nesting depth")) {
            return "objects and arrays nested at most " + options.maxNestingDepth()
                    + " deep (JsonOptions.maxNestingDepth)";
        }
        if (m.contains("string value length")) {
            return "strings of at most " + options.maxStringLength() + " characters (JsonOptions.maxStringLength)";
        }
        if (m.contains("number value length")) {
            return "numbers of at most " + options.maxNumberLength() + " characters (JsonOptions.maxNumberLength)";
        }
        if (m.contains("name length")) {
            return "field names of at most " + options.maxNameLength() + " characters (JsonOptions.maxNameLength)";
        }
        if (m.contains("document length")) {
            return "a document of at most " + options.maxDocumentLength()
                    + " characters (JsonOptions.maxDocumentLength)";
        }
        if (m.contains("utf-") || m.contains("ucs-4") || m.contains("encoding") || m.contains("endianness")) {
            return "JSON text in UTF-8, UTF-16 or UTF-32";
        }
        if (m.contains("duplicate")) {
            return "each field at most once";
        }
        return "well-formed JSON (RFC 8259)";
    }

    /**
     * The first line of a Jackson message, without the source excerpt Jackson may append.
     *
     * @param message the message
     * @return the first line
     */
    public static String problem(String message) {
        if (message == null || message.isBlank()) {
            return "the input is not well-formed JSON";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
