package dev.postmortem.json.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.testing.PostmortemGenerator;
import dev.postmortem.core.testing.SeedExample;
import dev.postmortem.json.common.JsonLine;
import dev.postmortem.json.common.JsonOptions;
import dev.postmortem.json.common.JsonReadException;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Jackson 2 binding on its own; {@code CrossBindingTest} in postmortem-json compares it with
 * the Jackson 3 binding byte for byte.
 */
class PostmortemJsonTest {
    private final PostmortemJson json = PostmortemJson.create();

    @Test
    void readingWhatWasWrittenGivesThePostmortemBack() {
        qt().withExamples(500).forAll(PostmortemGenerator.postmortems()).checkAssert(p -> {
            assertThat(json.read(json.write(p))).isEqualTo(p);
            assertThat(json.read(new ByteArrayInputStream(json.writeBytes(p)))).isEqualTo(p);
        });
    }

    @Test
    void writesSchemaVersionFirstAndPrettyOutputEndsWithALineBreak() {
        String text = json.write(SeedExample.postmortem());
        assertThat(text)
                .startsWith("{\n  \"schemaVersion\": 1,\n  \"templateVersion\": \"1.2\",")
                .endsWith("}\n");
        assertThat(text).contains("\"justCultureAssessments\": [],");
    }

    @Test
    void findAndRegisterModulesFindsTheModule() throws Exception {
        assertThat(ObjectMapper.findModules()).extracting(Module::getModuleName).contains(PostmortemModule.NAME);
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        Postmortem seed = SeedExample.postmortem();
        assertThat(mapper.writeValueAsString(seed)).isEqualTo(json.writeLine(seed));
        assertThat(mapper.readValue(json.writeLine(seed), Postmortem.class)).isEqualTo(seed);
    }

    @Test
    void theModuleReportsTheVersionOfTheBuild() {
        assertThat(PostmortemModule.of(JsonOptions.defaults()).version())
                .hasToString(System.getProperty("postmortem.version"))
                .returns("postmortem-json-jackson2", com.fasterxml.jackson.core.Version::getArtifactId);
    }

    @Test
    void keepsUnknownFieldsUnlessStrict() {
        String doc = "{\"schemaVersion\":1,\"timeline\":[{\"at\":\"2026-05-19T10:02:00Z\",\"description\":\"d\","
                + "\"source\":{\"tool\":\"pager\"}}]}";
        Postmortem p = json.read(doc);
        assertThat(p.timeline().get(0).extensions()).isEqualTo(Map.of("source", "{\"tool\":\"pager\"}"));
        assertThat(json.writeLine(p)).contains("\"description\":\"d\",\"source\":{\"tool\":\"pager\"}}");

        PostmortemJson strict =
                PostmortemJson.of(JsonOptions.builder().strict(true).build());
        assertThatThrownBy(() -> strict.read(doc))
                .isInstanceOfSatisfying(
                        JsonReadException.class, e -> assertThat(e.pointer()).isEqualTo("/timeline/0/source"));
    }

    @Test
    void readErrorsNameThePointerLineAndColumn() {
        assertThatThrownBy(() -> json.read(
                        "{\"schemaVersion\":1,\n\"actionItems\":[{\"description\":\"d\",\"dueDate\":\"soon\"}]}"))
                .isInstanceOfSatisfying(JsonReadException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/actionItems/0/dueDate");
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(45);
                    assertThat(e.expected()).isEqualTo("an ISO-8601 date such as 2025-02-20");
                });
        assertThatThrownBy(() -> json.read("{\"schemaVersion\":1,\"x\":" + "[".repeat(5_000)))
                .isInstanceOfSatisfying(
                        JsonReadException.class, e -> assertThat(e.expected()).contains("maxNestingDepth"));
    }

    @Test
    void readsJsonLinesPastABadLine() {
        String good = json.writeLine(SeedExample.postmortem());
        List<JsonLine> lines = json.readLines(new StringReader(good + "\n[1]\n" + good)).stream()
                .toList();
        assertThat(lines).extracting(JsonLine::lineNumber).containsExactly(1L, 2L, 3L);
        assertThat(lines.get(1).error())
                .hasValueSatisfying(e -> assertThat(e.line()).isEqualTo(2));
        assertThat(lines.get(2).postmortem()).contains(SeedExample.postmortem());
    }
}
