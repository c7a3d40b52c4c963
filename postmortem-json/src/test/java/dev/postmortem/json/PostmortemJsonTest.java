package dev.postmortem.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.postmortem.core.model.ActionItem;
import dev.postmortem.core.model.ActionItemStatus;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.SeverityLevel;
import dev.postmortem.core.model.SeverityScale;
import dev.postmortem.core.model.TimelineEvent;
import dev.postmortem.core.testing.SeedExample;
import dev.postmortem.json.common.JsonDocument;
import dev.postmortem.json.common.JsonOptions;
import dev.postmortem.json.common.JsonReadException;
import dev.postmortem.json.common.JsonWriteException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

class PostmortemJsonTest {
    private final PostmortemJson json = PostmortemJson.create();

    static String golden() throws IOException {
        try (InputStream in = PostmortemJsonTest.class.getResourceAsStream("/json/seed-example.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void writesTheSeedExampleAsTheReviewedGoldenFile() throws IOException {
        assertThat(json.write(SeedExample.postmortem())).isEqualTo(golden());
    }

    @Test
    void readsTheGoldenFileIntoTheSeedExample() throws IOException {
        assertThat(json.read(golden())).isEqualTo(SeedExample.postmortem());
    }

    @Test
    void writesSchemaVersionFirstAndTheFieldsInTheDocumentedOrder() {
        String text = json.writeLine(SeedExample.postmortem());
        assertThat(text)
                .startsWith("{\"schemaVersion\":" + JsonDocument.SCHEMA_VERSION + ",\"templateVersion\":\"1.2\"");
        List<String> order = List.of(
                "\"id\"",
                "\"title\"",
                "\"status\"",
                "\"severity\"",
                "\"window\"",
                "\"declaredDuration\"",
                "\"impactSummary\"",
                "\"authors\"",
                "\"timeline\"",
                "\"customerImpact\"",
                "\"contributingFactors\"",
                "\"actionItems\"",
                "\"justCultureAssessments\"",
                "\"lessons\"",
                "\"additionalSections\"");
        int last = -1;
        for (String name : order) {
            int at = text.indexOf(name + ":");
            assertThat(at).as(name).isGreaterThan(last);
            last = at;
        }
    }

    @Test
    void writesLowerCaseEnumsIsoValuesEmptyListsAndLeavesOutAbsentValues() {
        String text = json.writeLine(SeedExample.postmortem());
        assertThat(text)
                .contains("\"status\":\"draft\"")
                .contains("\"type\":\"prevention\"")
                .contains("\"window\":\"2026-05-19T10:02:00Z/2026-05-19T10:24:00Z\"")
                .contains("\"declaredDuration\":\"PT22M\"")
                .contains("\"dueDate\":\"2026-05-30\"")
                .contains("\"justCultureAssessments\":[]")
                .contains("\"acceptanceCriteria\":[]")
                .doesNotContain("null")
                .doesNotContain("fiveWhys")
                .doesNotContain("reviewMeetingDate")
                .doesNotContain("\"kind\"");
    }

    @Test
    void readsFromBytesStreamsAndReadersAlikeAndLeavesTheStreamOpen() throws IOException {
        byte[] bytes = json.writeBytes(SeedExample.postmortem());
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(golden());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(SeedExample.postmortem(), out);
        assertThat(out.toByteArray()).isEqualTo(bytes);

        ClosingProbe in = new ClosingProbe(bytes);
        assertThat(json.read(in)).isEqualTo(SeedExample.postmortem());
        assertThat(in.closed).isFalse();
        assertThat(json.read(bytes)).isEqualTo(SeedExample.postmortem());
        assertThat(json.read(new StringReader(golden()))).isEqualTo(SeedExample.postmortem());
    }

    @Test
    void compactOutputReadsBackToTheSamePostmortem() {
        PostmortemJson compact =
                PostmortemJson.of(JsonOptions.builder().prettyPrint(false).build());
        String text = compact.write(SeedExample.postmortem());
        assertThat(text).doesNotContain("\n").isEqualTo(json.writeLine(SeedExample.postmortem()));
        assertThat(json.read(text)).isEqualTo(SeedExample.postmortem());
    }

    @Test
    void keepsUnknownFieldsAtEveryLevelAndWritesThemBack() {
        String doc = "{\"schemaVersion\":1,\"title\":\"t\",\"x-tracker\":{\"id\":7,\"tags\":[\"a\",1.50,null]},"
                + "\"timeline\":[{\"at\":\"2026-05-19T10:02:00Z\",\"description\":\"d\",\"severityAtTime\":\"SEV2\"}],"
                + "\"actionItems\":[{\"description\":\"Add a canary check\",\"priority\":1e3}]}";
        Postmortem p = json.read(doc);
        assertThat(p.extensions()).containsExactly(Map.entry("x-tracker", "{\"id\":7,\"tags\":[\"a\",1.50,null]}"));
        assertThat(p.timeline().get(0).extensions()).containsExactly(Map.entry("severityAtTime", "\"SEV2\""));
        assertThat(p.actionItems().get(0).extensions()).containsExactly(Map.entry("priority", "1e3"));

        String written = json.writeLine(p);
        assertThat(written)
                .endsWith(",\"additionalSections\":[],\"x-tracker\":{\"id\":7,\"tags\":[\"a\",1.50,null]}}")
                .contains("\"description\":\"d\",\"severityAtTime\":\"SEV2\"}")
                .contains("\"priority\":1e3");
        assertThat(json.read(written)).isEqualTo(p);
    }

    @Test
    void strictReadingRejectsAnUnknownFieldWithItsPointer() {
        PostmortemJson strict =
                PostmortemJson.of(JsonOptions.builder().strict(true).build());
        String doc = "{\"schemaVersion\":1,\n\"actionItems\":[{\"description\":\"d\",\n  \"priority\":1}]}";
        assertThatThrownBy(() -> strict.read(doc)).isInstanceOfSatisfying(JsonReadException.class, e -> {
            assertThat(e.pointer()).isEqualTo("/actionItems/0/priority");
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).as("the column of the unknown field's value").isEqualTo(14);
            assertThat(e.problem()).isEqualTo("unknown field 'priority'");
            assertThat(e.expected()).contains("strict reading");
        });
    }

    @Test
    void refusesToWriteAnExtensionThatIsNotJsonOrReusesAKnownName() {
        Postmortem notJson = SeedExample.postmortem().withExtensions(Map.of("x", "{not json"));
        assertThatThrownBy(() -> json.write(notJson))
                .isInstanceOfSatisfying(
                        JsonWriteException.class, e -> assertThat(e.pointer()).isEqualTo("/x"))
                .hasMessageContaining("not one JSON value");
        Postmortem two = SeedExample.postmortem().withExtensions(Map.of("x", "1 2"));
        assertThatThrownBy(() -> json.write(two)).isInstanceOf(JsonWriteException.class);

        ActionItem item = SeedExample.postmortem().actionItems().get(0).withExtensions(Map.of("owner", "\"@x\""));
        Postmortem clash = SeedExample.postmortem().withActionItems(List.of(item));
        assertThatThrownBy(() -> json.write(clash))
                .isInstanceOfSatisfying(
                        JsonWriteException.class, e -> assertThat(e.pointer()).isEqualTo("/actionItems/0/owner"))
                .hasMessageContaining("has the name of a field");
    }

    @Test
    void aMapperThatFindsModulesReadsAndWritesTheSameDocument() throws IOException {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        assertThat(mapper.registeredModules())
                .anyMatch(m -> m.getRegistrationId().equals(PostmortemModule.NAME)
                        || m.getModuleName().equals(PostmortemModule.NAME));
        Postmortem seed = SeedExample.postmortem();
        assertThat(mapper.writeValueAsString(seed)).isEqualTo(json.writeLine(seed));
        assertThat(mapper.readValue(golden(), Postmortem.class)).isEqualTo(seed);

        Map<String, List<Postmortem>> envelope = Map.of("postmortems", List.of(seed));
        String text = mapper.writeValueAsString(envelope);
        assertThat(text).startsWith("{\"postmortems\":[{\"schemaVersion\":1");
        Map<String, List<Postmortem>> back =
                mapper.readValue(text, new TypeReference<Map<String, List<Postmortem>>>() {});
        assertThat(back.get("postmortems")).containsExactly(seed);
    }

    @Test
    void aReadErrorInsideACallersMapperCarriesTheReadException() {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        assertThatThrownBy(() -> mapper.readValue("{\"schemaVersion\":1,\"title\":7}", Postmortem.class))
                .isInstanceOf(DatabindException.class)
                .hasRootCauseInstanceOf(JsonReadException.class)
                .hasMessageContaining("/title");
    }

    @Test
    void theModuleWritesAndReadsSingleModelTypes() {
        JsonMapper mapper = PostmortemJson.create().mapper();
        TimelineEvent event = TimelineEvent.of(Instant.parse("2026-05-19T10:02:00Z"), "Deploy starts.");
        String text = mapper.writeValueAsString(event);
        assertThat(text).isEqualTo("{\"at\":\"2026-05-19T10:02:00Z\",\"description\":\"Deploy starts.\"}");
        assertThat(mapper.readValue(text, TimelineEvent.class)).isEqualTo(event);
        assertThat(mapper.writeValueAsString(ActionItemStatus.IN_PROGRESS)).isEqualTo("\"in_progress\"");
        assertThat(mapper.readValue("\"not_doing\"", ActionItemStatus.class)).isEqualTo(ActionItemStatus.NOT_DOING);
    }

    @Test
    void readsSeverityIdsWithTheConfiguredScale() {
        SeverityScale scale = SeverityScale.of(List.of(
                SeverityLevel.of("BLACK", "Outage", "", 1, List.of()),
                SeverityLevel.of("GREY", "Degraded", "", 2, List.of())));
        PostmortemJson custom =
                PostmortemJson.of(JsonOptions.builder().severityScale(scale).build());
        Postmortem p = custom.read("{\"schemaVersion\":1,\"severity\":\"BLACK\"}");
        assertThat(p.severity()).contains(scale.parse("BLACK"));
        assertThatThrownBy(() -> json.read("{\"schemaVersion\":1,\"severity\":\"BLACK\"}"))
                .isInstanceOfSatisfying(JsonReadException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/severity");
                    assertThat(e.expected()).contains("SEV1");
                });
    }

    @Test
    void optionsRejectLimitsThatCannotWork() {
        assertThatThrownBy(() -> JsonOptions.builder().maxNestingDepth(3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nests 5 deep");
        assertThatThrownBy(() -> JsonOptions.builder().maxStringLength(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PostmortemJson.of(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theModuleReportsTheVersionOfTheBuild() {
        tools.jackson.core.Version version = new PostmortemModule().version();
        assertThat(version.toString()).isEqualTo(System.getProperty("postmortem.version"));
        assertThat(version.getArtifactId()).isEqualTo("postmortem-json");
    }

    @Test
    void theSchemaShipsInTheJar() {
        assertThat(JsonDocument.schema()).contains("\"$id\": \"" + JsonDocument.SCHEMA_ID + "\"");
    }

    private static final class ClosingProbe extends ByteArrayInputStream {
        boolean closed;

        ClosingProbe(byte[] bytes) {
            super(bytes);
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }
}
