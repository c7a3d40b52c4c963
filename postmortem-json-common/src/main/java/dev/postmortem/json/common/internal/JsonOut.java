package dev.postmortem.json.common.internal;

/** A generator as the codec sees it; each binding implements it over its Jackson generator. */
public interface JsonOut {
    /** Starts an object. */
    void startObject();

    /** Ends an object. */
    void endObject();

    /** Starts an array. */
    void startArray();

    /** Ends an array. */
    void endArray();

    /**
     * Writes a field name.
     *
     * @param name the name
     */
    void name(String name);

    /**
     * Writes a string value.
     *
     * @param value the value
     */
    void string(String value);

    /**
     * Writes a whole number.
     *
     * @param value the value
     */
    void number(long value);

    /**
     * Writes a number as given, such as {@code 0.942}.
     *
     * @param plain the number's text, already valid JSON
     */
    void number(String plain);

    /**
     * Writes a boolean.
     *
     * @param value the value
     */
    void bool(boolean value);

    /** Writes {@code null}. */
    void nul();

    /**
     * Writes a value given as JSON text, checking that it is one well-formed JSON value.
     *
     * @param pointer where the value goes, for the error message
     * @param json the JSON text
     * @throws dev.postmortem.json.common.JsonWriteException if the text is not one JSON value
     */
    void json(String pointer, String json);
}
