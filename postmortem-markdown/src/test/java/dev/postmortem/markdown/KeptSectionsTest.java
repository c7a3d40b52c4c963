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

    @Test
    void aHeadingInsideTheImpactIsPartOfItsTextAndReadsBack() {
        Postmortem p = reader.read("""
                        # Cache outage

                        ## Impact

                        ### End user impact

                        Search answered slowly for forty minutes.

                        ### Customer impact

                        No orders were lost.
                        """).postmortem();
        assertThat(p.customerImpact().get().userSymptoms())
                .isEqualTo("End user impact\n\nSearch answered slowly for forty minutes.\n\n"
                        + "Customer impact\n\nNo orders were lost.");
        assertThat(reader.read(writer.write(p)).postmortem()).isEqualTo(p);
    }

    @Test
    void aTimelineTablesColumnNamesAreKeptWithItsNotes() {
        Postmortem p = reader.read("""
                        # Cache outage

                        ## Timeline

                        | Time (UTC) | Event |
                        | ---------- | ----- |
                        | 2026-03-21 14:02 | cache nodes evicted |
                        """).postmortem();
        assertThat(p.timeline()).hasSize(1);
        assertThat(p.additionalSections())
                .extracting(AdditionalSection::title, AdditionalSection::body)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Timeline (notes)", "Table columns: Time (UTC) | Event"));
        assertThat(reader.read(writer.write(p)).postmortem()).isEqualTo(p);
    }
}
