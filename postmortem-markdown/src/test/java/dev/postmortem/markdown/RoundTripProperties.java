package dev.postmortem.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.testing.PostmortemGenerator;
import org.junit.jupiter.api.Test;

/** {@code read(write(p))} equals {@code p} over generated postmortems; QuickTheories prints the seed. */
class RoundTripProperties {
    private final MarkdownWriter writer = MarkdownWriter.create();
    private final MarkdownReader reader = MarkdownReader.create();

    @Test
    void readOfWriteIsIdentity() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Postmortem p = PostmortemGenerator.generate(seed);
            String md = writer.write(p);
            ReadResult r = reader.read(md);
            assertThat(r.diagnostics()).as("seed %d:%n%s", seed, md).isEmpty();
            assertThat(r.postmortem()).as("seed %d:%n%s", seed, md).isEqualTo(p);
        });
    }

    @Test
    void writingIsStable() {
        qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
            String once = writer.write(PostmortemGenerator.generate(seed));
            assertThat(writer.write(reader.read(once).postmortem()))
                    .as("seed %d", seed)
                    .isEqualTo(once);
        });
    }

    @Test
    void mermaidOptionAddsADiagramTheReaderSkips() {
        Postmortem p = dev.postmortem.core.testing.SeedExample.postmortem();
        String md = MarkdownWriter.of(MarkdownWriter.Options.defaults().withMermaidTimeline(true))
                .write(p);
        assertThat(md).contains("```mermaid\ntimeline\n").contains("10\\:02 UTC : Automated CI/CD");
        assertThat(writer.write(p)).doesNotContain("mermaid");
        ReadResult r = reader.read(md);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.postmortem()).isEqualTo(p);
    }

    @Test
    void aTeamsOwnMermaidDiagramIsKeptWhereverItStands() {
        String md = "# Outage\n\n## Root cause analysis\n\nThe load balancer sits in front, like this:\n\n"
                + "```mermaid\nflowchart LR\n    UT(User Traffic) --> LB\n```\n\n"
                + "The provider had flapping BGP sessions.\n";
        Postmortem p = reader.read(md).postmortem();
        assertThat(p.contributingFactors())
                .extracting(dev.postmortem.core.model.ContributingFactor::description)
                .anySatisfy(d -> assertThat(d).contains("```mermaid\nflowchart LR"));
        assertThat(writer.write(p)).contains("UT(User Traffic) --> LB");
        // a timeline given only as a diagram is no writer's extra: it is kept, not skipped
        Postmortem only = reader.read("# Outage\n\n## Timeline\n\n```mermaid\ntimeline\n    2025 : launch\n```\n")
                .postmortem();
        assertThat(writer.write(only)).contains("2025 : launch");
    }
}
