package dev.postmortem.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.report.SourceRange;
import dev.postmortem.json.JsonReadResult;
import dev.postmortem.json.PostmortemJson;
import dev.postmortem.json.common.JsonReadException;

/**
 * The JSON reader throws only {@link JsonReadException}, and whatever it reads writes and reads
 * back to an equal postmortem.
 */
class JsonReaderFuzzTest {
    private static final PostmortemJson JSON = PostmortemJson.create();

    @FuzzTest(maxDuration = "10m")
    void readsAnyBytesOrReportsWhy(FuzzedDataProvider data) {
        byte[] input = data.consumeRemainingAsBytes();
        Postmortem p;
        try {
            p = JSON.read(input);
        } catch (JsonReadException e) {
            assertThat(e.getMessage()).startsWith("at ");
            assertThat(e.expected()).isNotBlank();
            return;
        }
        assertThat(JSON.read(JSON.write(p))).isEqualTo(p);
    }

    @FuzzTest(maxDuration = "10m")
    void readsAnyTextWithItsSourceMapOrReportsWhereItStopped(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        JsonReadResult r;
        try {
            r = JSON.readWithSources(text);
        } catch (JsonReadException e) {
            assertThat(e.getMessage()).startsWith("at ");
            long lines = text.lines().count() + 1;
            assertThat(e.line()).isBetween(0L, Math.max(1, lines));
            return;
        }
        assertThat(r.postmortem()).isEqualTo(JSON.read(text));
        for (String pointer : r.sources().pointers()) {
            SourceRange range = r.sources().range(pointer).orElseThrow();
            assertThat(range.end()).as(pointer).isLessThanOrEqualTo(text.length());
            r.sources().offsetOf(pointer, 0).ifPresent(o -> assertThat(o).isBetween(0, text.length()));
        }
    }
}
