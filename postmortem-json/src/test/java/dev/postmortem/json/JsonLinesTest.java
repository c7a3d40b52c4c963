package dev.postmortem.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.core.model.Postmortem;
import dev.postmortem.json.common.JsonLine;
import dev.postmortem.json.common.JsonLinesReader;
import dev.postmortem.json.common.JsonLinesWriter;
import dev.postmortem.json.common.JsonOptions;
import dev.postmortem.json.testing.JsonFixtures;
import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class JsonLinesTest {
    private final PostmortemJson json = PostmortemJson.create();

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void streamsAHundredThousandPostmortemsWithoutHoldingThem() throws Exception {
        int total = 100_000;
        List<Postmortem> distinct =
                IntStream.range(0, 500).mapToObj(JsonFixtures::generate).toList();
        PipedReader pipeIn = new PipedReader(1 << 16);
        PipedWriter pipeOut = new PipedWriter(pipeIn);
        CompletableFuture<Long> producer = CompletableFuture.supplyAsync(() -> {
            try (JsonLinesWriter out = json.writeLines(pipeOut)) {
                for (int i = 0; i < total; i++) {
                    out.write(distinct.get(i % distinct.size()));
                }
                return out.count();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        List<WeakReference<Postmortem>> sample = new ArrayList<>();
        long read = 0;
        long errors = 0;
        try (JsonLinesReader in = json.readLines(pipeIn)) {
            while (in.hasNext()) {
                JsonLine line = in.next();
                if (line.error().isPresent()) {
                    errors++;
                    continue;
                }
                Postmortem p = line.postmortem().orElseThrow();
                if (read < 200) {
                    sample.add(new WeakReference<>(p));
                }
                if (read % 997 == 0) {
                    assertThat(p).isEqualTo(distinct.get((int) (read % distinct.size())));
                }
                read++;
            }
        }
        assertThat(producer.get(60, TimeUnit.SECONDS)).isEqualTo(total);
        assertThat(read).isEqualTo(total);
        assertThat(errors).isZero();

        // The reader kept none of the postmortems it handed out: once the caller lets go, they go.
        for (int i = 0; i < 20 && sample.stream().anyMatch(r -> r.get() != null); i++) {
            System.gc();
            Thread.sleep(50);
        }
        assertThat(sample.stream().filter(r -> r.get() != null).count())
                .as("postmortems still reachable after reading")
                .isZero();
    }

    @Test
    void aBadLineIsReportedWithItsNumberAndTheRestAreRead() {
        String good = json.writeLine(JsonFixtures.generate(1));
        String input = good + "\n{bad\n\n{\"schemaVersion\":2}\r\n" + good + "\n";
        List<JsonLine> lines = new ArrayList<>();
        json.readLines(new StringReader(input)).forEachRemaining(lines::add);

        assertThat(lines).extracting(JsonLine::lineNumber).containsExactly(1L, 2L, 4L, 5L);
        assertThat(lines.get(0).postmortem()).contains(JsonFixtures.generate(1));
        assertThat(lines.get(1).error()).hasValueSatisfying(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.getMessage()).contains("line 2");
        });
        assertThat(lines.get(2).error()).hasValueSatisfying(e -> {
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.pointer()).isEqualTo("/schemaVersion");
        });
        assertThat(lines.get(3).postmortem()).contains(JsonFixtures.generate(1));
    }

    @Test
    void aLineLongerThanTheDocumentLimitIsSkippedUnread() {
        PostmortemJson small =
                PostmortemJson.of(JsonOptions.builder().maxDocumentLength(100).build());
        String input = "{\"schemaVersion\":1,\"title\":\"" + "x".repeat(500) + "\"}\n{\"schemaVersion\":1}";
        List<JsonLine> lines = small.readLines(new StringReader(input)).stream().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).error())
                .hasValueSatisfying(e -> assertThat(e.problem()).contains("longer than 100 characters"));
        assertThat(lines.get(1).postmortem()).isPresent();
    }

    @Test
    void writesOneCompactLinePerPostmortem() throws IOException {
        StringWriter out = new StringWriter();
        try (JsonLinesWriter w = json.writeLines(out)) {
            w.write(JsonFixtures.generate(1)).write(JsonFixtures.generate(2));
            assertThat(w.count()).isEqualTo(2);
        }
        String[] lines = out.toString().split("\n", -1);
        assertThat(lines).hasSize(3);
        assertThat(lines[2]).isEmpty();
        assertThat(json.read(lines[1])).isEqualTo(JsonFixtures.generate(2));
    }
}
