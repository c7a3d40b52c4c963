package dev.postmortem.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.postmortem.core.testing.SeedExample;
import dev.postmortem.json.common.JsonDocument;
import dev.postmortem.json.common.JsonReadException;
import dev.postmortem.json.testing.JsonFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonSchemaTest {
    private static Schema schema;
    private final PostmortemJson json = PostmortemJson.create();

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = JsonDocument.openSchema()) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in);
        }
    }

    private static List<Error> validate(String document) {
        return schema.validate(document, InputFormat.JSON);
    }

    static String pointer(NodePath path) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            b.append('/')
                    .append(String.valueOf(path.getElement(i))
                            .replace("~", "~0")
                            .replace("/", "~1"));
        }
        return b.toString();
    }

    @Test
    void theSeedExampleAndItsGoldenFileAreValid() throws IOException {
        assertThat(validate(json.write(SeedExample.postmortem()))).isEmpty();
        assertThat(validate(PostmortemJsonTest.golden())).isEmpty();
    }

    @Test
    void everyDocumentTheWriterProducesIsValid() {
        qt().withExamples(500)
                .forAll(JsonFixtures.postmortems())
                .checkAssert(p -> assertThat(validate(json.write(p)))
                        .as(json.writeLine(p))
                        .isEmpty());
    }

    static Stream<Arguments> invalidDocuments() {
        return Stream.of(
                Arguments.of("{\"title\":\"t\"}", "", "required", "'schemaVersion' is missing"),
                Arguments.of("{\"schemaVersion\":2}", "/schemaVersion", "const", "not supported"),
                Arguments.of("{\"schemaVersion\":1,\"title\":7}", "/title", "type", "found a whole number"),
                Arguments.of("{\"schemaVersion\":1,\"title\":null}", "/title", "type", "found null"),
                Arguments.of("{\"schemaVersion\":1,\"authors\":\"SRE\"}", "/authors", "type", "found a string"),
                Arguments.of("{\"schemaVersion\":1,\"id\":\"INC-19\"}", "/id", "pattern", "is not valid"),
                Arguments.of("{\"schemaVersion\":1,\"status\":\"closed\"}", "/status", "enum", "not a known value"),
                Arguments.of(
                        "{\"schemaVersion\":1,\"timeline\":[{\"description\":\"d\"}]}",
                        "/timeline/0",
                        "required",
                        "'at' is missing"),
                Arguments.of(
                        "{\"schemaVersion\":1,\"timeline\":[{\"at\":\"yesterday\",\"description\":\"d\"}]}",
                        "/timeline/0/at",
                        "pattern",
                        "is not an instant"),
                Arguments.of(
                        "{\"schemaVersion\":1,\"impactSummary\":{\"budgetConsumed\":1.5}}",
                        "/impactSummary/budgetConsumed",
                        "maximum",
                        "is not a fraction"),
                Arguments.of(
                        "{\"schemaVersion\":1,\"customerImpact\":{\"failedRequests\":-3}}",
                        "/customerImpact/failedRequests",
                        "minimum",
                        "is negative"),
                Arguments.of(
                        "{\"schemaVersion\":1,\"actionItems\":[{\"description\":\"d\",\"owner\":\"team alpha\"}]}",
                        "/actionItems/0/owner",
                        "pattern",
                        "is not valid"),
                Arguments.of(
                        "{\"schemaVersion\":1,\"actionItems\":[{\"description\":\"d\",\"dueDate\":\"20/02/2025\"}]}",
                        "/actionItems/0/dueDate",
                        "pattern",
                        "is not a date"),
                Arguments.of(
                        "{\"schemaVersion\":1,\"justCultureAssessments\":[{\"role\":\"r\",\"action\":\"a\","
                                + "\"classification\":\"negligence\"}]}",
                        "/justCultureAssessments/0/classification",
                        "enum",
                        "not a known value"),
                Arguments.of("[]", "", "type", "found an array"));
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("invalidDocuments")
    void anInvalidDocumentIsRejectedByTheSchemaAndTheReaderAtTheSamePlace(
            String document, String pointer, String keyword, String readerProblem) {
        List<Error> errors = validate(document);
        assertThat(errors).as("schema errors for %s", document).anySatisfy(e -> {
            assertThat(pointer(e.getInstanceLocation())).isEqualTo(pointer);
            assertThat(e.getKeyword()).isEqualTo(keyword);
        });
        assertThatThrownBy(() -> json.read(document)).isInstanceOfSatisfying(JsonReadException.class, e -> {
            assertThat(e.pointer()).isEqualTo(pointer);
            assertThat(e.problem()).contains(readerProblem);
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.column()).isPositive();
        });
    }
}
