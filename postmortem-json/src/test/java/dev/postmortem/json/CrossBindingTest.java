package dev.postmortem.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.TimelineEvent;
import dev.postmortem.core.testing.SeedExample;
import dev.postmortem.json.common.JsonOptions;
import dev.postmortem.json.common.JsonReadException;
import dev.postmortem.json.testing.JsonFixtures;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Jackson 2 binding against the Jackson 3 one: the same bytes, the same errors. */
class CrossBindingTest {
    private final dev.postmortem.json.jackson2.PostmortemJson jackson2 =
            dev.postmortem.json.jackson2.PostmortemJson.create();
    private final PostmortemJson jackson3 = PostmortemJson.create();

    @Test
    void bothBindingsWriteTheSameBytesAndReadEachOthersOutput() {
        qt().withExamples(300).forAll(JsonFixtures.postmortems()).checkAssert(p -> {
            byte[] two = jackson2.writeBytes(p);
            byte[] three = jackson3.writeBytes(p);
            assertThat(two).isEqualTo(three);
            assertThat(jackson2.writeLine(p)).isEqualTo(jackson3.writeLine(p));
            assertThat(jackson2.read(three)).isEqualTo(p);
            assertThat(jackson3.read(two)).isEqualTo(p);
        });
    }

    @Test
    void escapingIsTheSameForSlashesControlCharactersAndAstralCharacters() {
        String tricky = "a/b </script> \u0001\t\n\u007f \"q\" \\ é 監視 😀 \u2028 end";
        Postmortem p = SeedExample.postmortem()
                .withTitle(tricky)
                .withTimeline(List.of(TimelineEvent.of(Instant.parse("2026-05-19T10:02:00Z"), tricky)));
        assertThat(jackson2.writeBytes(p)).isEqualTo(jackson3.writeBytes(p));
        assertThat(jackson2.write(p)).isEqualTo(jackson3.write(p)).contains("a/b", "😀");
        assertThat(jackson3.read(jackson2.write(p))).isEqualTo(p);
    }

    @Test
    void theSeedExampleMatchesTheReviewedGoldenFile() throws Exception {
        String golden;
        try (var in = JsonFixtures.class.getResourceAsStream("/json/seed-example.json")) {
            golden = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String written = jackson2.write(SeedExample.postmortem());
        assertThat(written).isEqualTo(jackson3.write(SeedExample.postmortem()));
        assertThat(written).isEqualTo(golden);
        assertThat(jackson2.read(new StringReader(written))).isEqualTo(SeedExample.postmortem());
    }

    @Test
    void findAndRegisterModulesFindsTheJackson2Module() throws Exception {
        assertThat(ObjectMapper.findModules())
                .extracting(Module::getModuleName)
                .contains(dev.postmortem.json.jackson2.PostmortemModule.NAME);
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        Postmortem seed = SeedExample.postmortem();
        assertThat(mapper.writeValueAsString(seed)).isEqualTo(jackson3.writeLine(seed));
        assertThat(mapper.readValue(jackson3.writeLine(seed), Postmortem.class)).isEqualTo(seed);
        assertThatThrownBy(() -> mapper.readValue("{\"schemaVersion\":1,\"title\":7}", Postmortem.class))
                .hasRootCauseInstanceOf(JsonReadException.class)
                .hasMessageContaining("/title");
    }

    static Stream<String> invalidDocuments() {
        return Stream.of(
                "{\"title\":\"t\"}",
                "{\"schemaVersion\":2}",
                "{\"schemaVersion\":1,\n  \"title\":7}",
                "{\"schemaVersion\":1,\"timeline\":[{\"description\":\"d\"}]}",
                "{\"schemaVersion\":1,\"timeline\":[{\"at\":\"yesterday\",\"description\":\"d\"}]}",
                "{\"schemaVersion\":1,\"status\":\"closed\"}",
                "{\"schemaVersion\":1,\"x\":" + "[".repeat(500) + "]".repeat(500) + "}",
                "{\"schemaVersion\":1,\"title\":\"" + "a".repeat(3_000_000) + "\"}",
                "{\"schemaVersion\":1,\"impactSummary\":{\"failedRequests\":1" + "0".repeat(200) + "}}",
                "[\"dev.postmortem.core.model.Postmortem\",{}]",
                "{\"schemaVersion\":1,\"title\":\"abc",
                "");
    }

    @ParameterizedTest
    @MethodSource("invalidDocuments")
    void bothBindingsReportTheSameError(String document) {
        JsonReadException two = error(() -> jackson2.read(document));
        JsonReadException three = error(() -> jackson3.read(document));
        assertThat(two.pointer()).isEqualTo(three.pointer());
        assertThat(two.line()).isEqualTo(three.line());
        assertThat(two.expected()).isEqualTo(three.expected());
        if (!three.expected().startsWith("well-formed") && !three.expected().contains("JsonOptions")) {
            // Jackson's own wording of a syntax or limit error may differ between versions; ours may not.
            assertThat(two.getMessage()).isEqualTo(three.getMessage());
        }
    }

    @Test
    void bothBindingsPlaceAnErrorInAStringDocumentByItsText() {
        JsonOptions small = JsonOptions.builder().maxDocumentLength(1_000).build();
        String doc = "{\"schemaVersion\":1,\r\n\"authors\":[" + "\"role\",\r\n".repeat(500) + "\"last\"]}";
        JsonReadException two = error(
                () -> dev.postmortem.json.jackson2.PostmortemJson.of(small).read(doc));
        JsonReadException three = error(() -> PostmortemJson.of(small).read(doc));
        assertThat(three.expected()).contains("a document of at most 1000 characters");
        assertThat(two.expected()).isEqualTo(three.expected());
        assertThat(List.of(two.line(), two.column())).isEqualTo(List.of(three.line(), three.column()));
    }

    @Test
    void bothBindingsTreatDuplicatesAndUnknownFieldsAlike() {
        String duplicate = "{\"schemaVersion\":1,\"title\":\"a\",\"title\":\"b\"}";
        assertThat(error(() -> jackson2.read(duplicate)).expected()).isEqualTo("each field at most once");

        JsonOptions strict = JsonOptions.builder().strict(true).build();
        String unknown = "{\"schemaVersion\":1,\"priority\":1}";
        assertThat(error(() -> dev.postmortem.json.jackson2.PostmortemJson.of(strict)
                                .read(unknown))
                        .getMessage())
                .isEqualTo(error(() ->
                                dev.postmortem.json.PostmortemJson.of(strict).read(unknown))
                        .getMessage());
        assertThat(jackson2.read(unknown).extensions()).containsEntry("priority", "1");
    }

    private static JsonReadException error(Runnable read) {
        try {
            read.run();
        } catch (JsonReadException e) {
            return e;
        }
        throw new AssertionError("the document was read");
    }
}
