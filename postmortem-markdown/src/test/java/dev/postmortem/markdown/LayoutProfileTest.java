package dev.postmortem.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.SeverityScale;
import org.junit.jupiter.api.Test;

class LayoutProfileTest {
    private final LayoutProfile ours = LayoutProfile.builder()
            .heading("timeline", "What happened when")
            .headingContaining("actions", "follow-up work")
            .heading("impact", "Timeline")
            .require("five-whys")
            .require("timeline")
            .build();

    @Test
    void theStandardRulesReadPublishedHeadings() {
        LayoutProfile standard = LayoutProfile.standard();
        assertThat(standard.section("## 1. Event Timeline")).contains("timeline");
        assertThat(standard.section("Timeline (all times approximate)")).contains("timeline");
        assertThat(standard.section("🔥 What went poorly")).contains("went-wrong");
        assertThat(standard.section("What can we learn and improve?")).contains("lessons");
        assertThat(standard.section("What happened when")).isEmpty();
        assertThat(standard.requiredSections()).isEmpty();
    }

    @Test
    void aTeamsHeadingsComeBeforeTheStandardOnes() {
        assertThat(ours.section("What happened when?")).contains("timeline");
        assertThat(ours.section("3. Follow-up work for the quarter")).contains("actions");
        assertThat(ours.section("Timeline")).contains("impact"); // the team's rule wins
        assertThat(ours.section("Chain of events")).contains("timeline"); // the standard ones still apply
    }

    @Test
    void theReaderReadsByTheProfile() {
        String doc = "# Queue backlog\n\nDate: 2026-03-14\n\n## What happened when\n\n- 14:02 UTC - Consumers stall\n";
        assertThat(MarkdownReader.create().read(doc).postmortem().timeline()).isEmpty();
        Postmortem p =
                MarkdownReader.of(SeverityScale.standard(), ours).read(doc).postmortem();
        assertThat(p.timeline()).hasSize(1);
        assertThat(ours.missing(p)).containsExactly("five-whys");
    }

    @Test
    void unknownSectionsAndEmptyHeadingsAreRejectedByName() {
        assertThatThrownBy(() -> LayoutProfile.builder().heading("chronology", "When"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown section 'chronology'")
                .hasMessageContaining("five-whys");
        assertThatThrownBy(() -> LayoutProfile.builder().heading("timeline", "🔥 !"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no words");
        assertThatThrownBy(() -> LayoutProfile.standard().missing(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theShippedProfilesLoadAndAnUnknownNameSaysWhichExist() {
        assertThat(LayoutProfile.shipped())
                .containsExactly(
                        "guide",
                        "google-sre",
                        "pagerduty",
                        "atlassian",
                        "mybinder",
                        "kubernetes-test-infra",
                        "rust-blog");
        for (String name : LayoutProfile.shipped()) {
            assertThat(LayoutProfile.named(name).requiredSections()).as(name).contains("timeline");
        }
        assertThatThrownBy(() -> LayoutProfile.named("confluence"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown layout profile 'confluence'")
                .hasMessageContaining("google-sre");
    }

    @Test
    void aShippedProfileReadsItsTemplatesHeadingsAndRequiresItsSections() {
        LayoutProfile pagerduty = LayoutProfile.named("pagerduty");
        assertThat(pagerduty.section("What Didn't Go So Well?")).contains("went-wrong");
        assertThat(pagerduty.section("Contributing Factors")).contains("factors");
        assertThat(LayoutProfile.named("atlassian").section("Corrective actions"))
                .contains("actions");
        assertThat(LayoutProfile.named("kubernetes-test-infra").section("What went poorly"))
                .contains("went-wrong");
        assertThat(LayoutProfile.named("rust-blog").section("Root cause identification: The Five Whys"))
                .contains("five-whys");
        String doc = "# Sync outage\n\nDate: 2022-03-17\n\n## Timeline\n\n- 10:05 UTC - Lag alert fires\n\n"
                + "## Contributing Factors\n\n- A renewed certificate was not trusted by the brokers.\n";
        Postmortem p =
                MarkdownReader.of(SeverityScale.standard(), pagerduty).read(doc).postmortem();
        assertThat(pagerduty.missing(p)).containsExactly("actions");
    }

    @Test
    void aTeamStartsFromAShippedProfileAndAddsItsOwnWords() {
        LayoutProfile team = LayoutProfile.builder(LayoutProfile.named("google-sre"))
                .heading("timeline", "What happened when")
                .require("five-whys")
                .build();
        assertThat(team.section("What happened when")).contains("timeline");
        assertThat(team.section("Root Causes")).contains("factors");
        assertThat(team.requiredSections()).contains("impact", "factors", "actions", "timeline", "five-whys");
    }
}
