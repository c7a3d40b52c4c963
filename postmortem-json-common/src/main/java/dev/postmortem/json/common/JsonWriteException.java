package dev.postmortem.json.common;

/**
 * A postmortem that cannot be written as JSON: an extension field whose value is not JSON text, or
 * whose name is the name of a field the document already has. Immutable.
 */
public final class JsonWriteException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pointer;

    private JsonWriteException(String pointer, String message, Throwable cause) {
        super("cannot write " + (pointer.isEmpty() ? "the document" : pointer) + ": " + message, cause);
        this.pointer = pointer;
    }

    /**
     * Creates a write error; used by the JSON bindings.
     *
     * @param pointer the JSON pointer of the value that cannot be written
     * @param message what is wrong and how to fix it
     * @param cause the underlying exception, or null
     * @return the exception
     */
    public static JsonWriteException of(String pointer, String message, Throwable cause) {
        return new JsonWriteException(pointer, message, cause);
    }

    /**
     * The JSON pointer of the value that cannot be written.
     *
     * @return the pointer
     */
    public String pointer() {
        return pointer;
    }
}
