package dev.postmortem.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.postmortem.core.model.Postmortem;
import dev.postmortem.json.common.JsonOptions;
import dev.postmortem.json.common.JsonReadException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Documents written to hurt the reader. Each must fail fast with a {@link JsonReadException} that
 * says which limit or rule it broke; the timeouts only guard against a hang, they measure nothing.
 */
@Timeout(value = 20, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileJsonTest {
    private final PostmortemJson json = PostmortemJson.create();

    private static JsonReadException readError(PostmortemJson json, String doc) {
        try {
            json.read(doc);
        } catch (JsonReadException e) {
            return e;
        }
        throw new AssertionError("the document was read: " + doc.substring(0, Math.min(200, doc.length())));
    }

    @Test
    void tenThousandDeepNestingInAnUnknownFieldStopsAtTheNestingLimit() {
        String doc = "{\"schemaVersion\":1,\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        JsonReadException e = readError(json, doc);
        assertThat(e.expected()).contains("nested at most 100 deep").contains("maxNestingDepth");
        assertThat(e.pointer()).startsWith("/x/0/0/0");
        assertThat(e.column()).isBetween(100L, 200L);
    }

    @Test
    void tenThousandDeepNestingWhereAStringBelongsFailsAtTheFirstBracket() {
        String doc = "{\"schemaVersion\":1,\"title\":" + "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_001);
        JsonReadException e = readError(json, doc);
        assertThat(e.pointer()).isEqualTo("/title");
        assertThat(e.problem()).isEqualTo("found an object");
        assertThat(e.expected()).isEqualTo("the title as a string");
        assertThat(e.column()).isEqualTo(28);
    }

    @Test
    void aHundredMegabyteStringStopsAtTheStringLimit() {
        StringBuilder b = new StringBuilder(100_000_100);
        b.append("{\"schemaVersion\":1,\"title\":\"");
        b.append("a".repeat(100_000_000));
        b.append("\"}");
        String doc = b.toString();
        JsonReadException e = readError(json, doc);
        assertThat(e.expected())
                .contains("strings of at most 2000000 characters")
                .contains("maxStringLength");
        assertThat(e.pointer()).isEqualTo("/title");

        byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> json.read(bytes))
                .isInstanceOfSatisfying(
                        JsonReadException.class,
                        x -> assertThat(x.expected()).containsAnyOf("maxStringLength", "maxDocumentLength"));
    }

    @Test
    void aDocumentLongerThanTheLimitStopsAtTheDocumentLimit() {
        PostmortemJson small =
                PostmortemJson.of(JsonOptions.builder().maxDocumentLength(1_000).build());
        String doc = "{\"schemaVersion\":1,\"authors\":[" + "\"role\",".repeat(1_000) + "\"last\"]}";
        JsonReadException e = readError(small, doc);
        assertThat(e.expected()).contains("a document of at most 1000 characters");
    }

    @Test
    void aDocumentOverTheLimitIsReportedWhereItCrossesTheLimitWithEveryLineEnding() {
        int limit = 50_000;
        PostmortemJson small =
                PostmortemJson.of(JsonOptions.builder().maxDocumentLength(limit).build());
        for (String eol : List.of("\n", "\r\n", "\r")) {
            String doc = "{\"schemaVersion\": 1," + eol + "\"authors\": [" + eol
                    + ("\"" + "r".repeat(37) + "\"," + eol).repeat(4_000) + "\"last\"]}";
            // the line and column of character number 'limit', counted here
            String before = doc.substring(0, limit).replace("\r\n", "\n").replace('\r', '\n');
            long line = before.chars().filter(c -> c == '\n').count() + 1;
            long column = before.length() - before.lastIndexOf('\n');
            JsonReadException e = readError(small, doc);
            assertThat(e.expected()).contains("a document of at most 50000 characters");
            assertThat(e.line()).as(eol.replace("\r", "CR").replace("\n", "LF")).isEqualTo(line);
            assertThat(e.column()).isEqualTo(column);
        }
    }

    @Test
    void aSyntaxErrorIsAtTheSameLineAndColumnWithLfCrlfAndCr() {
        String lf = "{\n  \"schemaVersion\": 1,\n  \"title\": \"Queue stall\",\n  \"status\": ,\n}\n";
        JsonReadException expected = readError(json, lf);
        assertThat(expected.line()).isEqualTo(4);
        for (String eol : List.of("\r\n", "\r")) {
            JsonReadException e = readError(json, lf.replace("\n", eol));
            assertThat(e.line()).as(eol.replace("\r", "CR").replace("\n", "LF")).isEqualTo(expected.line());
            assertThat(e.column()).isEqualTo(expected.column());
        }
    }

    @Test
    void duplicateKeysAreRejectedAtTheSecondOccurrence() {
        JsonReadException top = readError(json, "{\"schemaVersion\":1,\"title\":\"a\",\"title\":\"b\"}");
        assertThat(top.problem()).contains("Duplicate").contains("title");
        assertThat(top.expected()).isEqualTo("each field at most once");
        assertThat(top.line()).isEqualTo(1);
        assertThat(top.column()).isBetween(33L, 40L);

        JsonReadException inExtension = readError(json, "{\"schemaVersion\":1,\"x\":{\"a\":1,\"a\":2}}");
        assertThat(inExtension.expected()).isEqualTo("each field at most once");

        // A caller's mapper without duplicate detection still gets the codec's own check.
        tools.jackson.databind.json.JsonMapper plain = tools.jackson.databind.json.JsonMapper.builder()
                .findAndAddModules()
                .build();
        assertThatThrownBy(() -> plain.readValue(
                        "{\"schemaVersion\":1,\"timeline\":[{\"at\":\"2026-05-19T10:02:00Z\",\"description\":\"a\","
                                + "\"description\":\"b\"}]}",
                        Postmortem.class))
                .hasRootCauseInstanceOf(JsonReadException.class)
                .hasMessageContaining("'description' appears twice")
                .hasMessageContaining("/timeline/0/description");
    }

    @Test
    void valuesOfTheWrongTypeNameWhatWasExpected() {
        JsonReadException timeline = readError(json, "{\"schemaVersion\":1,\"timeline\":{\"at\":\"x\"}}");
        assertThat(timeline.pointer()).isEqualTo("/timeline");
        assertThat(timeline.problem()).isEqualTo("found an object");
        assertThat(timeline.expected()).isEqualTo("an array");

        JsonReadException count =
                readError(json, "{\"schemaVersion\":1,\"impactSummary\":{\"failedRequests\":\"12,400\"}}");
        assertThat(count.pointer()).isEqualTo("/impactSummary/failedRequests");
        assertThat(count.expected()).contains("a whole number");

        JsonReadException version = readError(json, "{\"schemaVersion\":\"1\"}");
        assertThat(version.problem()).isEqualTo("found a string");
    }

    @Test
    void aTypeConfusionAttemptIsReadAsDataOrRejectedNeverInstantiated() {
        JsonReadException wrapped = readError(json, "[\"dev.postmortem.core.model.Postmortem\",{\"schemaVersion\":1}]");
        assertThat(wrapped.pointer()).isEmpty();
        assertThat(wrapped.problem()).isEqualTo("found an array");

        JsonReadException typed = readError(
                json,
                "{\"schemaVersion\":1,\"severity\":{\"@class\":\"java.net.URL\",\"val\":\"http://example.invalid\"}}");
        assertThat(typed.pointer()).isEqualTo("/severity");
        assertThat(typed.problem()).isEqualTo("found an object");

        Postmortem inert = json.read("{\"schemaVersion\":1,\"@class\":\"java.lang.ProcessBuilder\"}");
        assertThat(inert.extensions()).containsEntry("@class", "\"java.lang.ProcessBuilder\"");

        PostmortemJson strict =
                PostmortemJson.of(JsonOptions.builder().strict(true).build());
        assertThat(readError(strict, "{\"schemaVersion\":1,\"@class\":\"java.lang.ProcessBuilder\"}")
                        .problem())
                .isEqualTo("unknown field '@class'");

        // No default typing on the facade's mapper: a class-name wrapper stays a plain list.
        Object value = json.mapper().readValue("[\"java.lang.ProcessBuilder\",[\"true\"]]", Object.class);
        assertThat(value).isInstanceOf(List.class);
    }

    @Test
    void longNumbersAndNamesStopAtTheirLimits() {
        JsonReadException number = readError(
                json, "{\"schemaVersion\":1,\"impactSummary\":{\"failedRequests\":1" + "0".repeat(500) + "}}");
        assertThat(number.expected()).contains("maxNumberLength");

        JsonReadException big =
                readError(json, "{\"schemaVersion\":1,\"impactSummary\":{\"failedRequests\":99999999999999999999}}");
        assertThat(big.problem()).contains("too large");

        JsonReadException name = readError(json, "{\"schemaVersion\":1,\"" + "n".repeat(5_000) + "\":1}");
        assertThat(name.expected()).contains("maxNameLength");
    }

    /** Found by JsonReaderFuzzTest: bytes Jackson takes for UTF-32 that hold no valid code point. */
    static final byte[] UNDECODABLE = java.util.Base64.getDecoder()
            .decode("AQAAAAAAAAAAAAD/////////////////////////////////////////////////////////////////////////"
                    + "AAAAAAAAAAAAACg=");

    @Test
    void bytesThatDoNotDecodeAreAReadErrorNotAnInputOutputError() {
        JsonReadException e = null;
        try {
            json.read(UNDECODABLE);
        } catch (JsonReadException x) {
            e = x;
        }
        assertThat(e).isNotNull();
        assertThat(e.expected()).isEqualTo("JSON text in UTF-8, UTF-16 or UTF-32");
        assertThatThrownBy(() -> json.read(new java.io.ByteArrayInputStream(UNDECODABLE)))
                .isInstanceOf(JsonReadException.class);
        assertThatThrownBy(() ->
                        dev.postmortem.json.jackson2.PostmortemJson.create().read(UNDECODABLE))
                .isInstanceOfSatisfying(
                        JsonReadException.class,
                        x -> assertThat(x.expected()).isEqualTo("JSON text in UTF-8, UTF-16 or UTF-32"));
    }

    @Test
    void malformedAndTruncatedInputNamesWhereItStopped() {
        JsonReadException truncated = readError(json, "{\"schemaVersion\":1,\n\"title\":\"abc");
        assertThat(truncated.line()).isEqualTo(2);
        assertThat(truncated.expected()).isEqualTo("well-formed JSON (RFC 8259)");

        JsonReadException empty = readError(json, "");
        assertThat(empty.problem()).isEqualTo("found the end of the input");

        JsonReadException trailing = readError(json, "{\"schemaVersion\":1} {\"schemaVersion\":1}");
        assertThat(trailing.problem()).isEqualTo("more content after the postmortem");

        JsonReadException nul = readError(json, "{\"schemaVersion\":1,\"title\":\"a\u0000b\"}");
        assertThat(nul.expected()).isEqualTo("well-formed JSON (RFC 8259)");

        byte[] invalidUtf8 = {'{', '"', 's', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'};
        assertThatThrownBy(() -> json.read(invalidUtf8)).isInstanceOf(JsonReadException.class);
    }
}
