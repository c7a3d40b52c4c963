package dev.postmortem.json.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Facts about the JSON document: its schema version and its JSON Schema.
 *
 * <p>The document is one JSON object with {@code schemaVersion} as its first field. The version is
 * an integer that changes only when a change could make an existing reader misread a document: a
 * field removed or renamed, a type or meaning changed, an enum value removed. Adding an optional
 * field or an enum value does not change it, because readers keep fields they do not know (see
 * {@link JsonOptions#strict()}). A reader rejects a document of another version.
 */
public final class JsonDocument {
    /** The schema version this library writes and reads. */
    public static final int SCHEMA_VERSION = 1;

    /** The {@code $id} of the JSON Schema (draft 2020-12) of the document. */
    public static final String SCHEMA_ID = "https://postmortem.dev/schema/postmortem-1.schema.json";

    /** Where the JSON Schema is on the class path. */
    public static final String SCHEMA_RESOURCE = "/META-INF/postmortem/postmortem-1.schema.json";

    private JsonDocument() {}

    /**
     * Opens the JSON Schema (draft 2020-12) of the document, shipped in this jar.
     *
     * @return a new stream of the schema's UTF-8 bytes; the caller closes it
     * @throws IllegalStateException if the jar is incomplete
     */
    public static InputStream openSchema() {
        InputStream in = JsonDocument.class.getResourceAsStream(SCHEMA_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the JSON Schema " + SCHEMA_RESOURCE + " is missing from the jar");
        }
        return in;
    }

    /**
     * The JSON Schema as text.
     *
     * @return the schema
     * @throws UncheckedIOException if the resource cannot be read
     */
    public static String schema() {
        try (InputStream in = openSchema()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
