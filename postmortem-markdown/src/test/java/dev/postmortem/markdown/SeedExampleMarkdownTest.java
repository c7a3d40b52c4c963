package dev.postmortem.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.core.testing.SeedExample;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The guide's example, written by the project as Markdown in the template's layout. */
class SeedExampleMarkdownTest {
    static String resource(String name) throws IOException {
        try (InputStream in = SeedExampleMarkdownTest.class.getResourceAsStream("/markdown/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsWithNoDiagnosticsIntoTheModelBuiltInCode() throws IOException {
        ReadResult r = MarkdownReader.create().read(resource("seed-example.md"));
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.postmortem()).isEqualTo(SeedExample.postmortem());
    }

    @Test
    void writingTheModelGivesTheCanonicalDocumentByteForByte() throws IOException {
        assertThat(MarkdownWriter.create().write(SeedExample.postmortem())).isEqualTo(resource("seed-example.md"));
    }
}
