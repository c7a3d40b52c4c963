package dev.postmortem.interop.internal;

import dev.postmortem.json.common.JsonReadException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a vendor's JSON export into a tree within limits: the document's length is checked before
 * it is parsed (so the tree is never larger than a bounded multiple of the limit), nesting, string,
 * number and name lengths are capped by Jackson's read constraints, and a repeated field is an
 * error. Every failure is a {@link JsonReadException} with a JSON pointer. Immutable and
 * thread-safe.
 */
public final class JsonInput {
    /** The default longest document, in bytes: 20 MB, far above a large incident's export. */
    public static final long DEFAULT_MAX_LENGTH = 20_000_000L;

    private final long maxLength;
    private final JsonFactory factory;
    private final JsonMapper mapper;

    private JsonInput(long maxLength) {
        this.maxLength = maxLength;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(100)
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxLength))
                        .maxNumberLength(100)
                        .maxNameLength(1_000)
                        .maxDocumentLength(maxLength)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        // trailing content is reported by this class, in its own words
        this.mapper = JsonMapper.builder(factory)
                .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /**
     * The reader with a length limit.
     *
     * @param maxLength the longest document, in bytes; positive
     * @return the reader
     * @throws IllegalArgumentException if the limit is not positive
     */
    public static JsonInput of(long maxLength) {
        if (maxLength <= 0) {
            throw new IllegalArgumentException("the document length limit " + maxLength + " must be positive");
        }
        return new JsonInput(maxLength);
    }

    /**
     * The length limit.
     *
     * @return the longest document, in bytes
     */
    public long maxLength() {
        return maxLength;
    }

    /**
     * Reads a stream to its end, at most the limit.
     *
     * @param in the stream, not closed
     * @return the document's root
     * @throws JsonReadException if the stream is longer than the limit or not JSON
     * @throws UncheckedIOException if the stream cannot be read
     */
    public Node read(InputStream in) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        long total = 0;
        try {
            int n;
            while ((n = in.read(chunk)) > 0) {
                total += n;
                if (total > maxLength) {
                    throw tooLong();
                }
                buf.write(chunk, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the document: " + e.getMessage(), e);
        }
        return read(buf.toString(StandardCharsets.UTF_8));
    }

    /**
     * Reads a document.
     *
     * @param json the text
     * @return the document's root
     * @throws JsonReadException if the text is longer than the limit or not JSON
     */
    public Node read(String json) {
        if (json == null || json.isBlank()) {
            throw JsonReadException.of("", 0, 0, "the document is empty", "a JSON object", null);
        }
        if (json.length() > maxLength || json.getBytes(StandardCharsets.UTF_8).length > maxLength) {
            throw tooLong();
        }
        JsonParser parser = factory.createParser(ObjectReadContext.empty(), json);
        try (parser) {
            JsonNode root = mapper.readTree(parser);
            if (parser.nextToken() != null) {
                TokenStreamLocation at = parser.currentTokenLocation();
                throw JsonReadException.of(
                        "",
                        at.getLineNr(),
                        at.getColumnNr(),
                        "there is more after the document",
                        "one JSON object",
                        null);
            }
            return Node.root(root);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String pointer = parser.streamReadContext() == null
                    ? ""
                    : parser.streamReadContext().pathAsPointer().toString();
            throw JsonReadException.of(
                    pointer,
                    at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(),
                    e.getOriginalMessage(),
                    "well-formed JSON within the limits (nesting 100, names 1000 characters, numbers 100 digits)",
                    e);
        }
    }

    private JsonReadException tooLong() {
        return JsonReadException.of(
                "",
                0,
                0,
                "the document is longer than the limit of " + maxLength + " bytes",
                "a document within the limit; export one incident at a time or raise the limit",
                null);
    }
}
