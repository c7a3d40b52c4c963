package dev.postmortem.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.postmortem.core.model.ActionItem;
import dev.postmortem.core.model.ActionItemStatus;
import dev.postmortem.core.model.ActionItemType;
import dev.postmortem.core.model.AdditionalSection;
import dev.postmortem.core.model.ContributingFactor;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.TimelineEvent;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Hand-written documents in Google SRE and PagerDuty layouts, written by the project. */
class OtherLayoutsTest {
    private final MarkdownReader reader = MarkdownReader.create();

    @Test
    void googleSreLayout() throws IOException {
        Postmortem p =
                reader.read(SeedExampleMarkdownTest.resource("google-sre.md")).postmortem();
        assertThat(p.title()).isEqualTo("Shakespeare Search Outage Postmortem");
        assertThat(p.timeline())
                .extracting(TimelineEvent::at, TimelineEvent::description)
                .containsExactly(
                        tuple(
                                Instant.parse("2026-03-21T14:51:00Z"),
                                "News reports that a new Shakespearean sonnet has been discovered"),
                        tuple(Instant.parse("2026-03-21T14:53:00Z"), "Traffic to Shakespeare search increases by 88x"),
                        tuple(
                                Instant.parse("2026-03-21T14:54:00Z"),
                                "OUTAGE BEGINS - Search backends start melting down under load"),
                        tuple(Instant.parse("2026-03-21T15:28:00Z"), "Paged on-call for the search service"),
                        tuple(
                                Instant.parse("2026-03-21T16:00:00Z"),
                                "OUTAGE MITIGATED - Traffic redirected to a sacrificial cluster"));
        assertThat(p.customerImpact().get().userSymptoms())
                .isEqualTo("An estimated 1.21 billion queries were lost; no revenue impact.");
        assertThat(p.contributingFactors())
                .extracting(ContributingFactor::title)
                .containsExactly("Root Causes", "Trigger");
        assertThat(p.actionItems())
                .extracting(
                        ActionItem::description,
                        a -> a.type().orElse(null),
                        a -> a.owner().map(Object::toString).orElse(""),
                        a -> a.ticket().orElse(""))
                .containsExactly(
                        tuple(
                                "Update playbook with instructions for responding to cascading failure",
                                ActionItemType.MITIGATION,
                                "@sre-oncall",
                                ""),
                        tuple(
                                "Use flux capacitor to balance load between clusters",
                                ActionItemType.PREVENTION,
                                "@traffic-lead",
                                "Bug 5554823"),
                        tuple(
                                "Schedule cascading failure test during next DiRT",
                                ActionItemType.PROCESS,
                                "@dirt-coordinator",
                                ""));
        assertThat(p.lessons().wentWell()).containsExactly("Monitoring quickly alerted us to the high rate of 500s.");
        assertThat(p.lessons().wentWrong())
                .containsExactly("We are out of practice in responding to cascading failure.");
        assertThat(p.lessons().gotLucky()).hasSize(1);
        assertThat(p.additionalSections())
                .extracting(AdditionalSection::title)
                .containsExactly(
                        "Summary", "Resolution", "Detection", "Action Items (notes)", "Timeline (notes)", "Metadata");
        assertThat(p.date()).contains(LocalDate.of(2026, 3, 21));
        // the action table's own column names are kept with the section's notes
        assertThat(p.additionalSections().get(3).body()).isEqualTo("Table columns: Action Item | Type | Owner | Bug");
        // the day line of the timeline dates its entries and is kept as written
        assertThat(p.additionalSections().get(4).body()).isEqualTo("2026-03-21 (all times UTC)");
        // a status line the reader cannot take as a status is reported and kept as written
        assertThat(p.additionalSections().get(5).body()).isEqualTo("- Status: Complete, action items in progress");
        assertThat(p.authors()).containsExactly("search SRE rotation");
        assertThat(p.additionalSections().get(1).body())
                .isEqualTo("Directed traffic to a sacrificial cluster and added 10x capacity.");
    }

    @Test
    void pagerDutyLayout() throws IOException {
        ReadResult r = reader.read(SeedExampleMarkdownTest.resource("pagerduty.md"));
        assertThat(r.diagnostics()).isEmpty();
        Postmortem p = r.postmortem();
        assertThat(p.severity().get().id()).isEqualTo("SEV2");
        assertThat(p.declaredDuration()).contains(Duration.ofMinutes(47));
        assertThat(p.window().get().start()).isEqualTo(Instant.parse("2026-08-04T23:40:00Z"));
        assertThat(p.window().get().end()).isEqualTo(Instant.parse("2026-08-05T00:27:00Z"));
        assertThat(p.timeline())
                .extracting(TimelineEvent::at)
                .containsExactly(
                        Instant.parse("2026-08-04T23:40:00Z"),
                        Instant.parse("2026-08-04T23:48:00Z"),
                        Instant.parse("2026-08-04T23:55:00Z"),
                        Instant.parse("2026-08-05T00:12:00Z"),
                        Instant.parse("2026-08-05T00:27:00Z"));
        assertThat(p.customerImpact().get().failedRequests()).hasValue(3200);
        assertThat(p.customerImpact().get().affectedSegment()).isEqualTo("All regions.");
        assertThat(p.contributingFactors())
                .extracting(ContributingFactor::title)
                .containsExactly("Cache Configuration Validation", "Missing Load Test");
        assertThat(p.actionItems())
                .extracting(
                        a -> a.id().get().toString(),
                        ActionItem::status,
                        a -> a.dueDate().get(),
                        a -> a.owner().get().toString())
                .containsExactly(
                        tuple("AI-7", ActionItemStatus.OPEN, LocalDate.of(2026, 8, 20), "@platform-team"),
                        tuple("AI-8", ActionItemStatus.DONE, LocalDate.of(2026, 8, 10), "@checkout-sre"));
        assertThat(p.actionItems().get(0).description())
                .isEqualTo("Add a lower bound for cache TTL to the config schema");
        assertThat(p.lessons().wentWell()).containsExactly("The revert was one click.");
        assertThat(p.lessons().wentWrong()).containsExactly("The alert fired eight minutes after the change.");
        assertThat(p.additionalSections())
                .extracting(AdditionalSection::title)
                .containsExactly("Summary", "What Happened", "Messaging");
    }

    @Test
    void unreadableLines_becomeDiagnosticsAndAreKeptWithTheTimelinesNotes() {
        String md = "* Incident ID: INC-2026-13-01-001\n\n## Timeline\n\n* sometime | the cache fell over\n";
        ReadResult r = reader.read(md);
        assertThat(r.diagnostics()).extracting(Diagnostic::line).containsExactly(1, 5);
        assertThat(r.diagnostics().get(0).expected()).contains("INC-YYYY-MM-DD-NNN");
        assertThat(r.postmortem().additionalSections())
                .extracting(AdditionalSection::title, AdditionalSection::body)
                .containsExactly(
                        tuple("Timeline (notes)", "* sometime | the cache fell over"),
                        // the malformed id is reported and kept as written, not dropped
                        tuple("Metadata", "- Incident ID: INC-2026-13-01-001"));
    }
}
