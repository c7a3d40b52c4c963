package dev.postmortem.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.postmortem.core.testing.PostmortemGenerator;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The reader never throws; the checks on results prove the whole input was read. Timeouts are hang guards. */
@Timeout(value = 20, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileInputTest {
    private final MarkdownReader reader = MarkdownReader.create();

    @Test
    void arbitraryText_neverThrows() {
        qt().withExamples(500)
                .forAll(strings().allPossible().ofLengthBetween(0, 300))
                .checkAssert(text -> {
                    ReadResult r = reader.read(text);
                    assertThat(r.postmortem()).isNotNull();
                });
    }

    @Test
    void mutatedDocuments_neverThrow() {
        qt().withExamples(300).forAll(longs().all(), integers().between(1, 20)).checkAssert((seed, edits) -> {
            StringBuilder md = new StringBuilder(MarkdownWriter.create().write(PostmortemGenerator.generate(seed)));
            Random r = new Random(seed);
            String junk = "#*-[]|:`>\n \\<!--→12.AI-";
            for (int i = 0; i < edits && md.length() > 0; i++) {
                int at = r.nextInt(md.length());
                switch (r.nextInt(3)) {
                    case 0 -> md.deleteCharAt(at);
                    case 1 -> md.insert(at, junk.charAt(r.nextInt(junk.length())));
                    default -> md.setCharAt(at, junk.charAt(r.nextInt(junk.length())));
                }
            }
            assertThat(reader.read(md.toString()).postmortem()).isNotNull();
        });
    }

    @Test
    void oneMegabyteTimeline_isReadWhole() {
        StringBuilder md = new StringBuilder("* Incident ID: INC-2026-05-19-001\n\n## 1. Event Timeline\n\n");
        int n = 0;
        while (md.length() < 1_048_576) {
            md.append("* 10:02 UTC | The cache returned stale entries after the deploy.\n");
            n++;
        }
        ReadResult r = reader.read(md.toString());
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.postmortem().timeline()).hasSize(n);
    }

    @Test
    void oneMegabyteOfUnreadableLines_isKeptWhole() {
        String line = "* sometime | the cache fell over\n";
        String md = "## Timeline\n\n" + line.repeat(1_048_576 / line.length());
        ReadResult r = reader.read(md);
        assertThat(r.diagnostics()).hasSize(1_048_576 / line.length());
        assertThat(r.postmortem().additionalSections())
                .singleElement()
                .satisfies(s -> assertThat(s.body().split("\n\n")).hasSize(1_048_576 / line.length()));
    }

    @Test
    void oneMegabyteLine_isKept() {
        String line = "x".repeat(1_048_576);
        ReadResult r = reader.read("## Notes\n\n" + line);
        assertThat(r.postmortem().additionalSections().get(0).body()).hasSize(1_048_576);
    }

    @Test
    void deepNesting_doesNotBlowTheStack() {
        String lists = "* a\n";
        ReadResult r1 = reader.read("## Notes\n\n" + "* ".repeat(10_000) + "level\n");
        assertThat(r1.postmortem().additionalSections()).isNotEmpty();
        ReadResult r2 = reader.read("## Notes\n\n" + ">".repeat(100_000) + " deep\n" + lists);
        assertThat(r2.postmortem().additionalSections()).isNotEmpty();
        ReadResult r3 = reader.read("## Notes\n\n" + "[".repeat(50_000) + "x" + "]".repeat(50_000));
        assertThat(r3.postmortem().additionalSections().get(0).body()).hasSize(100_001);
    }
}
