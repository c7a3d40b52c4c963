package dev.postmortem.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.core.model.AdditionalSection;
import dev.postmortem.core.model.Postmortem;
import org.junit.jupiter.api.Test;

/** What the reader keeps under "(notes)" and "(not understood)" reads back as it was written. */
class KeptSectionsTest {
    private final MarkdownReader reader = MarkdownReader.create();
    private final MarkdownWriter writer = MarkdownWriter.create();

    @Test
    void aTimelinesNotesReadBackAsNotesNotAsASecondTimeline() {
        Postmortem p = reader.read("""
                        # Cache outage

                        ## Timeline

                        2026-03-21 (all times UTC)

                        - 14:02 - cache nodes evicted
                        - 14:10 - eviction stopped
                        """).postmortem();
        assertThat(p.additionalSections()).extracting(AdditionalSection::title).containsExactly("Timeline (notes)");
        Postmortem again = reader.read(writer.write(p)).postmortem();
        assertThat(again).isEqualTo(p);
    }
}
