package dev.postmortem.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.postmortem.core.report.SourceRange;
import dev.postmortem.markdown.Diagnostic;
import dev.postmortem.markdown.MarkdownReader;
import dev.postmortem.markdown.MarkdownWriter;
import dev.postmortem.markdown.ReadResult;
import java.nio.charset.StandardCharsets;

/** The Markdown reader never throws, and its diagnostics and source places point inside the document. */
class MarkdownReaderFuzzTest {
    private static final MarkdownReader READER = MarkdownReader.create();
    private static final MarkdownWriter WRITER = MarkdownWriter.create();

    @FuzzTest(maxDuration = "10m")
    void readsAnyTextWithoutThrowing(FuzzedDataProvider data) {
        String markdown = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
        ReadResult result = READER.read(markdown);
        long lines = markdown.lines().count() + 1;
        for (Diagnostic d : result.diagnostics()) {
            // the reader catches its own failures to keep the document; the fuzzer must still see them
            assertThat(d.message()).doesNotContain("the reader failed on it");
            assertThat(d.line()).isBetween(1, (int) Math.max(1, lines));
            assertThat(d.column()).isPositive();
        }
        // every place the reader gives lies inside the document, and so does every mapped character
        for (String pointer : result.sources().pointers()) {
            SourceRange r = result.sources().range(pointer).orElseThrow();
            assertThat(r.end()).as(pointer).isLessThanOrEqualTo(markdown.length());
            result.sources().offsetOf(pointer, 0).ifPresent(o -> assertThat(o).isBetween(0, markdown.length()));
        }
        // What was read can be written, and the writing reads back to the same postmortem.
        String written = WRITER.write(result.postmortem());
        READER.read(written);
    }
}
