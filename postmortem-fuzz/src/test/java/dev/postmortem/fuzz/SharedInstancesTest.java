package dev.postmortem.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.core.checks.PostmortemChecker;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.report.Report;
import dev.postmortem.core.testing.PostmortemGenerator;
import dev.postmortem.json.PostmortemJson;
import dev.postmortem.markdown.MarkdownReader;
import dev.postmortem.markdown.MarkdownWriter;
import dev.postmortem.markdown.ReadResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One checker, one Markdown reader and one JSON facade shared by 8 threads give what one thread gets. */
class SharedInstancesTest {
    private static final int DOCUMENTS = 10_000;

    private final PostmortemChecker checker = PostmortemChecker.builder().build();
    private final MarkdownReader reader = MarkdownReader.create();
    private final PostmortemJson json = PostmortemJson.create();

    private record Outcome(
            Postmortem fromMarkdown, int diagnostics, Postmortem fromJson, String rewritten, Report report) {}

    private Outcome process(String markdown, byte[] document) {
        ReadResult r = reader.read(markdown);
        Postmortem p = json.read(document);
        return new Outcome(r.postmortem(), r.diagnostics().size(), p, json.writeLine(p), checker.check(p));
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void eightThreadsOverTenThousandDocumentsMatchOneThread() throws Exception {
        MarkdownWriter writer = MarkdownWriter.create();
        List<String> markdown = new ArrayList<>(DOCUMENTS);
        List<byte[]> documents = new ArrayList<>(DOCUMENTS);
        for (int i = 0; i < DOCUMENTS; i++) {
            Postmortem p = PostmortemGenerator.generate(i);
            markdown.add(writer.write(p));
            documents.add(json.writeBytes(p));
        }
        List<Outcome> sequential = IntStream.range(0, DOCUMENTS)
                .mapToObj(i -> process(markdown.get(i), documents.get(i)))
                .toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Outcome>> futures = new ArrayList<>(DOCUMENTS);
            for (int i = DOCUMENTS - 1; i >= 0; i--) {
                int k = i;
                futures.add(pool.submit(() -> process(markdown.get(k), documents.get(k))));
            }
            for (int i = 0; i < DOCUMENTS; i++) {
                Outcome parallel = futures.get(DOCUMENTS - 1 - i).get();
                assertThat(parallel).as("document %d", i).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sequential).extracting(Outcome::diagnostics).containsOnly(0);
    }
}
