package dev.postmortem.interop.internal;

import dev.postmortem.json.common.JsonReadException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A value of a vendor's document with its JSON pointer, so that every error names where it is.
 * Absent and {@code null} values are the same: absent.
 *
 * @param json the value; {@link MissingNode} when absent
 * @param pointer the JSON pointer of the value
 */
public record Node(JsonNode json, String pointer) {
    /**
     * The document's root.
     *
     * @param json the root
     * @return the node
     */
    public static Node root(JsonNode json) {
        return new Node(json, "");
    }

    /**
     * A field of this object; absent when this is not an object or has no such field.
     *
     * @param name the field's name
     * @return the field
     */
    public Node get(String name) {
        JsonNode v = json.isObject() ? json.get(name) : null;
        return new Node(v == null ? MissingNode.getInstance() : v, pointer + "/" + escape(name));
    }

    /**
     * Follows fields one after another.
     *
     * @param names the names
     * @return the value at the end
     */
    public Node path(String... names) {
        Node n = this;
        for (String name : names) {
            n = n.get(name);
        }
        return n;
    }

    /**
     * Whether the value is present and not {@code null}.
     *
     * @return true when present
     */
    public boolean present() {
        return !json.isMissingNode() && !json.isNull();
    }

    /**
     * This value, which must be an object.
     *
     * @param what what the object is, for the message
     * @return this
     * @throws JsonReadException if it is absent or not an object
     */
    public Node object(String what) {
        if (!json.isObject()) {
            throw error(present() ? "the value is not an object" : "the field is missing", what + " (a JSON object)");
        }
        return this;
    }

    /**
     * The elements of this array; none when absent.
     *
     * @return the elements with their pointers
     * @throws JsonReadException if the value is present and not an array
     */
    public List<Node> elements() {
        if (!present()) {
            return List.of();
        }
        if (!json.isArray()) {
            throw error("the value is not an array", "a JSON array");
        }
        List<Node> out = new ArrayList<>(json.size());
        for (int i = 0; i < json.size(); i++) {
            out.add(new Node(json.get(i), pointer + "/" + i));
        }
        return out;
    }

    /**
     * The text of this string, when present.
     *
     * @return the text, or empty when absent
     * @throws JsonReadException if the value is present and not a string
     */
    public Optional<String> text() {
        if (!present()) {
            return Optional.empty();
        }
        if (!json.isString()) {
            throw error("the value is not a string", "a JSON string");
        }
        return Optional.of(json.stringValue());
    }

    /**
     * The text of this string, which must be present.
     *
     * @param what what the text is, for the message
     * @return the text
     * @throws JsonReadException if absent or not a string
     */
    public String requiredText(String what) {
        return text().orElseThrow(() -> error("the field is missing", what));
    }

    /**
     * This string as an ISO-8601 instant with an offset, when present.
     *
     * @return the instant, or empty when absent
     * @throws JsonReadException if present and not such an instant
     */
    public Optional<Instant> instant() {
        Optional<String> t = text();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(t.get()).toInstant());
        } catch (DateTimeParseException e) {
            throw error(
                    "'" + t.get() + "' is not a date and time",
                    "an ISO-8601 date and time with an offset, such as 2026-03-04T10:15:00Z");
        }
    }

    /**
     * This string as an instant, which must be present.
     *
     * @param what what the instant is, for the message
     * @return the instant
     * @throws JsonReadException if absent or not an instant
     */
    public Instant requiredInstant(String what) {
        return instant().orElseThrow(() -> error("the field is missing", what + ", an ISO-8601 date and time"));
    }

    /**
     * This whole number, when present.
     *
     * @return the number, or empty when absent
     * @throws JsonReadException if present and not a whole number that fits a long
     */
    public OptionalLong number() {
        if (!present()) {
            return OptionalLong.empty();
        }
        if (!json.isIntegralNumber() || !json.canConvertToLong()) {
            throw error("the value is not a whole number", "a whole number such as 42");
        }
        return OptionalLong.of(json.longValue());
    }

    /**
     * An error at this value.
     *
     * @param problem what is wrong
     * @param expected what was expected
     * @return the error
     */
    public JsonReadException error(String problem, String expected) {
        return JsonReadException.of(pointer, 0, 0, problem, expected, null);
    }

    /**
     * The fields of this object other than the mapped ones, as compact JSON text: what the model has
     * no place for, kept as an extension.
     *
     * @param mapped the names of the fields the importer mapped
     * @return the other fields as a JSON object's text, or empty when there are none
     */
    public Optional<String> unmapped(Collection<String> mapped) {
        if (!json.isObject()) {
            return Optional.empty();
        }
        ObjectNode rest = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> e : json.properties()) {
            if (!mapped.contains(e.getKey())) {
                rest.set(e.getKey(), e.getValue());
            }
        }
        return rest.isEmpty() ? Optional.empty() : Optional.of(rest.toString());
    }

    /** Escapes a field name for a JSON pointer (RFC 6901). */
    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
