package dev.postmortem.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.postmortem.core.checks.PostmortemChecker;
import dev.postmortem.core.checks.language.BlameLanguageChecker;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.TimelineEvent;
import dev.postmortem.core.report.Finding;
import dev.postmortem.core.report.Report;
import dev.postmortem.json.PostmortemJson;
import dev.postmortem.json.common.JsonOptions;
import dev.postmortem.json.common.JsonReadException;
import dev.postmortem.markdown.MarkdownReader;
import dev.postmortem.markdown.ReadResult;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs no person writes but a program or an attacker might, across every reader and the
 * checker. Each must end with the documented result or error; the assertions are on the work done
 * (what was read, how many findings), and the timeouts are generous guards against a hang, not
 * measurements.
 */
class HostileInputSuiteTest {
    private static final MarkdownReader MARKDOWN = MarkdownReader.create();
    private static final BlameLanguageChecker LANGUAGE = BlameLanguageChecker.create();
    private static final PostmortemChecker CHECKER = PostmortemChecker.builder().build();

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aHundredThousandNestedListsAreReadAsText() {
        String md = "## 3. Systems Root Cause Matrix\n\n" + "- ".repeat(100_000) + "deepest\n";
        ReadResult r = MARKDOWN.read(md);
        assertThat(r.postmortem()).isNotNull();
        assertThat(r.diagnostics().size()).isLessThanOrEqualTo(1);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aHundredMegabyteLineIsReadAndChecked() {
        String line = "The consumer lag grew while the queue alert stayed green. ".repeat(1_750_000);
        assertThat(line.length()).isGreaterThan(100_000_000);
        ReadResult r = MARKDOWN.read(
                "* Incident ID: INC-2026-05-19-001\n\n## 1. Event Timeline\n\n* 10:02 UTC | " + line + "\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.postmortem().timeline()).hasSize(1);
        assertThat(r.postmortem().timeline().get(0).description())
                .hasSize(line.strip().length());
        List<Finding> findings = LANGUAGE.checkText(line);
        assertThat(findings).isEmpty();
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aMillionTimelineEventsAreCheckedAndRoundTripped() {
        List<TimelineEvent> events = new ArrayList<>(1_000_000);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 1_000_000; i++) {
            events.add(TimelineEvent.of(start.plusSeconds(i), "Replica " + (i % 7) + " reports lag."));
        }
        Postmortem p = Postmortem.builder()
                .title("Replication lag storm")
                .timeline(events)
                .build();
        Report report = CHECKER.check(p);
        assertThat(report.findings()).noneMatch(f -> f.ruleId().startsWith("language."));
        assertThat(report.findings()).noneMatch(f -> f.path().startsWith("timeline["));

        PostmortemJson big = PostmortemJson.of(JsonOptions.builder()
                .maxDocumentLength(200_000_000)
                .prettyPrint(false)
                .build());
        byte[] json = big.writeBytes(p);
        assertThat(big.read(json).timeline()).hasSize(1_000_000);
        assertThatThrownBy(() -> PostmortemJson.create().read(json))
                .isInstanceOf(JsonReadException.class)
                .hasMessageContaining("maxDocumentLength");
    }

    /** Inputs built against backtracking and quadratic scans, one per family of language cues. */
    static Stream<String> pathologicalProse() {
        return Stream.of(
                "failed to ".repeat(60_000),
                "Dave failed to ".repeat(40_000),
                "should have ".repeat(60_000),
                "careless sloppy lazy ".repeat(40_000),
                "human error ".repeat(60_000),
                "obviously just simply ".repeat(40_000),
                "who broke ".repeat(60_000),
                "the team failed ".repeat(40_000),
                "retrain remind ".repeat(60_000),
                "Dave's Dave's Dave's ".repeat(40_000),
                "'s".repeat(200_000),
                ".".repeat(500_000),
                "`".repeat(300_000) + "x",
                "<!-- postmortem-ignore ".repeat(40_000),
                "a".repeat(1_000_000),
                "Dave\u0000failed\u0000to ".repeat(40_000));
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("pathologicalProse")
    @Timeout(value = 20, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void pathologicalProseEndsWithFindingsBoundedByItsWords(String text) {
        List<Finding> findings = LANGUAGE.checkText(text);
        long words = text.split("[\\s\\u0000]+").length;
        assertThat((long) findings.size()).isLessThanOrEqualTo(words + 1);
        for (Finding f : findings) {
            assertThat(f.span().orElseThrow().endOffset()).isLessThanOrEqualTo(text.length());
        }
        assertThat(LANGUAGE.checkRemediation(text.substring(0, Math.min(text.length(), 100_000))))
                .isNotNull();
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void pathologicalMarkdownIsRead() {
        List<String> documents = List.of(
                "[".repeat(200_000),
                "*a ".repeat(100_000),
                "_".repeat(200_000),
                // commonmark-java before 0.32 was quadratic on a run of '<' (issue 447); each inline
                // opener below is 1 MB and must read in bounded time (the hang guard above)
                "<".repeat(1 << 20),
                "<!--".repeat(1 << 18),
                "<![CDATA[".repeat((1 << 20) / 9),
                "<?".repeat(1 << 19),
                "`".repeat(1 << 20),
                "*".repeat(1 << 20),
                "|".repeat(100_000) + "\n" + "|-".repeat(50_000) + "\n",
                "* 10:02 UTC | ".repeat(50_000),
                "## 4. Remediation Action Items\n\n" + "* [AI-1] [".repeat(50_000),
                "# \n".repeat(100_000));
        for (String md : documents) {
            ReadResult r = MARKDOWN.read(md);
            assertThat(r.postmortem()).isNotNull();
            assertThat(r.diagnostics().size()).isLessThanOrEqualTo(md.length());
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void invalidUtf8AndNulBytesAreDocumentedErrorsOrReplacedCharacters() {
        byte[] invalid = {'{', '"', 's', 'c', 'h', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'};
        assertThatThrownBy(() -> PostmortemJson.create().read(invalid)).isInstanceOf(JsonReadException.class);
        byte[] nul = "{\"schemaVersion\":1,\"title\":\"a\u0000b\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PostmortemJson.create().read(nul)).isInstanceOf(JsonReadException.class);
        byte[] nulOutside = "{\"schemaVersion\":1}\u0000".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PostmortemJson.create().read(nulOutside)).isInstanceOf(JsonReadException.class);

        // Decoded leniently, invalid UTF-8 becomes U+FFFD, which the Markdown reader keeps as text.
        String decoded = new String(
                new byte[] {'#', ' ', 'T', (byte) 0xFF, 'x', '\n', '\n', '*', ' ', 'a', 0, 'b', '\n'},
                StandardCharsets.UTF_8);
        ReadResult r = MARKDOWN.read(decoded);
        assertThat(r.postmortem().title()).isEqualTo("T\uFFFDx");
        assertThat(LANGUAGE.checkText("Dave\u0000 failed to check.\u0000")).isNotEmpty();
    }
}
