package dev.postmortem.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.postmortem.core.model.ActionItem;
import dev.postmortem.core.model.ActionItemStatus;
import dev.postmortem.core.model.AdditionalSection;
import dev.postmortem.core.model.ContributingFactor;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.TimelineEvent;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What people really write: other separators, bullets, heading levels and forms. */
class LenientReadingTest {
    private final MarkdownReader reader = MarkdownReader.create();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "10:02 UTC → 10:24 UTC",
                "10:02 -> 10:24",
                "10:02 - 10:24",
                "10:02 UTC – 10:24 UTC",
                "2026-05-19 10:02 UTC → 2026-05-19 10:24 UTC"
            })
    void windowSeparatorsAndUtc(String window) {
        Postmortem p = reader.read("- Incident ID: INC-2026-05-19-001\n- Total Duration: 22 min (" + window + ")\n")
                .postmortem();
        assertThat(p.window().get().start()).isEqualTo(Instant.parse("2026-05-19T10:02:00Z"));
        assertThat(p.window().get().duration()).isEqualTo(Duration.ofMinutes(22));
        assertThat(p.declaredDuration()).contains(Duration.ofMinutes(22));
    }

    @Test
    void headingLevelsNumberingBulletsAndSeverityForms() {
        String md = "+ Incident ID: INC-2026-05-19-001\n+ Severity: sev 2\n\n### 4) Timeline\n\n"
                + "+ 23:50 | a\n+ 23:58 UTC | b\n+ 00:04 | c\n\n#### Follow-ups\n\n- [x] AI-42 Add integration test for"
                + " timeout path by 2025-03-15 (@jane)\n- [] AI-43 Add a canary stage\n";
        ReadResult r = reader.read(md);
        assertThat(r.diagnostics()).isEmpty();
        Postmortem p = r.postmortem();
        assertThat(p.severity().get().id()).isEqualTo("SEV2");
        assertTimes(p, "2026-05-19T23:50:00Z", "2026-05-19T23:58:00Z", "2026-05-20T00:04:00Z");
        assertThat(p.actionItems())
                .extracting(ActionItem::status)
                .containsExactly(ActionItemStatus.DONE, ActionItemStatus.OPEN);
        assertThat(p.actionItems().get(0).owner().get().name()).isEqualTo("jane");
        assertThat(p.actionItems().get(1).description()).isEqualTo("Add a canary stage");
    }

    @Test
    void nullAndEmptyInput_giveAnEmptyDraft() {
        assertThat(reader.read(null).postmortem())
                .isEqualTo(Postmortem.builder().build());
        assertThat(reader.read("").isClean()).isTrue();
    }

    @Test
    void htmlCommentsAreNotReadAsContentButKeptAsWritten() {
        String md = "<!-- Describe the system, not the person. -->\n\n* Incident ID: INC-2026-05-19-001\n\n"
                + "<!-- Header still to add:\n* Severity Tier: Tier 1 (High Impact) -->\n\n"
                + "## 1. Event Timeline\n\n<!-- One line per event:\n* 10:02 UTC | example -->\n\n"
                + "* 10:05 UTC | Monitors fire.\n\n## Notes\n\n<!-- kept: this section is not the template's -->\n";
        ReadResult r = reader.read(md);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.postmortem().severity()).isEmpty();
        assertThat(r.postmortem().timeline())
                .extracting(TimelineEvent::description)
                .containsExactly("Monitors fire.");
        assertThat(r.postmortem().additionalSections())
                .extracting(AdditionalSection::title)
                .containsExactly("Notes", "");
        assertThat(r.postmortem().additionalSections().get(0).body()).contains("<!-- kept");
        // the comments outside kept sections, together and as written, in an untitled section
        assertThat(r.postmortem().additionalSections().get(1).body())
                .isEqualTo("<!-- Describe the system, not the person. -->\n\n"
                        + "<!-- Header still to add:\n* Severity Tier: Tier 1 (High Impact) -->\n\n"
                        + "<!-- One line per event:\n* 10:02 UTC | example -->");
        // written before the title, they are read again as comments: a second trip changes nothing
        Postmortem once = r.postmortem();
        Postmortem twice = reader.read(MarkdownWriter.create().write(once)).postmortem();
        assertThat(twice).isEqualTo(once);
    }

    @Test
    void aBlogsFrontMatterDateGivesWayToTheIncidentDateInItsOpening() {
        String opening = "---\ndate: 2022-03-22 09:14:37\ntitle: Sync outage\n---\n\n## Overview\n\n";
        Postmortem told = reader.read(opening + "On March 17th, the sync service rejected every write.\n")
                .postmortem();
        assertThat(told.date()).contains(java.time.LocalDate.parse("2022-03-17"));
        Postmortem untold = reader.read(opening + "The sync service rejected every write.\n")
                .postmortem();
        assertThat(untold.date())
                .as("no date in the prose: the front matter's")
                .contains(java.time.LocalDate.parse("2022-03-22"));
        Postmortem later =
                reader.read(opening + "On March 30th we will review the fix.\n").postmortem();
        assertThat(later.date())
                .as("a date after publication is not the incident's")
                .contains(java.time.LocalDate.parse("2022-03-22"));
        Postmortem stated = reader.read("- Incident date: 2022-03-16\n\nOn March 17th the sync failed.\n")
                .postmortem();
        assertThat(stated.date()).as("a Date line is the incident's").contains(java.time.LocalDate.parse("2022-03-16"));
    }

    @Test
    void aBoldDateLineInTheTimelineSetsTheDayOfTheTimesAfterIt() {
        String md = "---\ndate: 2024-05-17\n---\n\n# Account takeover\n\n## Timeline\n\n**Date: 2024-05-13**\n\n"
                + "- 03:18:09 new account registered\n- 03:20:41 account added as an owner\n";
        ReadResult r = reader.read(md);
        assertThat(r.postmortem().timeline())
                .extracting(TimelineEvent::at)
                .containsExactly(Instant.parse("2024-05-13T03:18:09Z"), Instant.parse("2024-05-13T03:20:41Z"));
        assertThat(r.postmortem().additionalSections())
                .as("the line is kept with the timeline's notes")
                .anySatisfy(a -> assertThat(a.body()).contains("Date: 2024-05-13"));
    }

    @Test
    void severityStatedInProseOrAsTimeSpentInALevel() {
        assertThat(reader.read("# Outage\n\n1. Summary - Search broke for an hour. Severity: **Major**.\n")
                        .postmortem()
                        .severity()
                        .map(s -> s.id()))
                .contains("SEV2");
        String table = "# Outage\n\n| Metric | Value |\n| --- | --- |\n| Time in SEV-1 | 0mins |\n"
                + "| Time in SEV-2 | 95mins |\n";
        assertThat(reader.read(table).postmortem().severity().map(s -> s.id()))
                .as("the most severe level with time spent in it")
                .contains("SEV2");
        assertThat(reader.read("# Outage\n\nA 48 minute outage.\n\n| Time in P1 | 48mins |\n| --- | --- |\n")
                        .postmortem()
                        .severity()
                        .map(s -> s.id()))
                .contains("SEV1");
    }

    @Test
    void timelineLinesWithoutAPlaceableTimeAreTheTimelinesNotesAndAreReported() {
        String md = "# Upload outage\n\n- Date: 2025-03-02\n\n## Timeline\n\n"
                + "* 09:10 UTC - Uploads start failing.\n"
                + "* `unknown` - Partner labs keep uploading manifests.\n"
                + "* [???] Throttling crosses the point where health declines\n"
                + "* [dashboard](https://grafana.example.org/d/launches)\n";
        ReadResult r = reader.read(md);
        assertThat(r.postmortem().timeline()).hasSize(1);
        assertThat(r.postmortem().additionalSections())
                .noneMatch(a -> a.title().endsWith("(not understood)"))
                .anySatisfy(a -> assertThat(a.title()).isEqualTo("Timeline (notes)"));
        String notes = r.postmortem().additionalSections().stream()
                .filter(a -> a.title().equals("Timeline (notes)"))
                .findFirst()
                .orElseThrow()
                .body();
        assertThat(notes).contains("Partner labs keep uploading", "Throttling crosses", "grafana.example.org");
        assertThat(r.diagnostics())
                .filteredOn(d -> d.message().startsWith("kept as a note of the timeline"))
                .hasSize(3);
    }

    @Test
    void aDateBulletOverLinesThatSayWhatHappenedIsAnEntryOfThatDay() {
        String md = "# Key leak\n\n## Timeline of events\n\n- 2021-11-02[^3]:\n    The image was published\n"
                + "    with the key inside.\n\n- 2021-11-05: The key was revoked.\n";
        Postmortem p = reader.read(md).postmortem();
        assertThat(p.timeline())
                .extracting(TimelineEvent::at)
                .containsExactly(Instant.parse("2021-11-02T00:00:00Z"), Instant.parse("2021-11-05T00:00:00Z"));
        assertThat(p.timeline().get(0).description()).contains("The image was published", "with the key inside.");
    }

    @Test
    void aDateLineOverAListOfUntimedItemsMakesEachItemAnEntryOfThatDay() {
        String md = "# Policy bypass\n\n## Timeline\n\nAll times US/Pacific\n\n2021-01-20:\n"
                + "* A bypass of the access policy was reported in private.\n\n2021-03-25:\n"
                + "* A design for the fix went out for comment.\n* The disclosure date was set.\n\n"
                + "2021-04-01:\n* 09:30 The first patches were uploaded.\n\n"
                + "Patches followed for every supported release.\n\n"
                + "* A list after prose holds no day.\n";
        ReadResult r = reader.read(md);
        Postmortem p = r.postmortem();
        assertThat(p.timeline())
                .extracting(TimelineEvent::description)
                .containsExactly(
                        "A bypass of the access policy was reported in private.",
                        "A design for the fix went out for comment.",
                        "The disclosure date was set.",
                        "The first patches were uploaded.");
        assertThat(p.timeline().get(0).at().toString()).startsWith("2021-01-20T");
        assertThat(p.timeline().get(2).at()).isEqualTo(p.timeline().get(1).at());
        assertThat(p.timeline().get(3).at().toString()).startsWith("2021-04-01T");
        // the list after the prose paragraph has no day: its item stays a note, and nothing is lost
        String notes = p.additionalSections().stream()
                .filter(a -> a.title().equals("Timeline (notes)"))
                .findFirst()
                .orElseThrow()
                .body();
        assertThat(notes).contains("All times US/Pacific", "Patches followed", "A list after prose holds no day.");
        Postmortem twice = reader.read(MarkdownWriter.create().write(p)).postmortem();
        assertThat(twice.timeline()).isEqualTo(p.timeline());
    }

    @Test
    void aBoldLabelBeforeItsTimeIsAnEvent() {
        String md = "# Validator stall\n\n## Timeline of events\n\n"
                + "- **Incident start:**        2025-08-18 23:15 UTC\n"
                + "- __Detected__: 2025-08-18 23:25 UTC (disk alerts)\n"
                + "- **Recovered:** 2025-08-19 00:35 UTC\n";
        Postmortem p = reader.read(md).postmortem();
        assertTimes(p, "2025-08-18T23:15:00Z", "2025-08-18T23:25:00Z", "2025-08-19T00:35:00Z");
        assertThat(p.timeline().get(0).description()).isEqualTo("Incident start");
        assertThat(p.timeline().get(2).description()).isEqualTo("Recovered");
    }

    @Test
    void aTableRowDatedToTheDayIsAnEntryOfThatDay() {
        String md = "# Peg loss\n\n## Timeline\n\n| Time | Event |\n| --- | --- |\n"
                + "| 2022-05-07 | Large withdrawals from the lending pool. |\n"
                + "| 2022-05-08 14:00 UTC | The pool rebalanced. |\n"
                + "| 2022-05-09 | Reserves were sold to defend the price. |\n";
        Postmortem p = reader.read(md).postmortem();
        assertTimes(p, "2022-05-07T00:00:00Z", "2022-05-08T14:00:00Z", "2022-05-09T00:00:00Z");
        assertThat(p.timeline().get(2).description()).isEqualTo("Reserves were sold to defend the price.");
    }

    @Test
    void aTimeWithoutItsColonAfterADateAndAGluedAmOrPmAreRead() {
        String md = "# Inflation bug\n\n## Timeline (UTC)\n\n"
                + "- 2022-02-02 1625: A report arrives by e-mail.\n"
                + "- 2022-02-02 1650: The response call begins.\n\n"
                + "### 2022-02-03 10:45a\n\nThe patched release is built.\n\n"
                + "### 12:29p\n\nThe release is published.\n";
        Postmortem p = reader.read(md).postmortem();
        assertTimes(p, "2022-02-02T16:25:00Z", "2022-02-02T16:50:00Z", "2022-02-03T10:45:00Z", "2022-02-03T12:29:00Z");
        assertThat(p.timeline().get(0).description()).isEqualTo("A report arrives by e-mail.");
    }

    @Test
    void fourDigitsAfterADateWithoutASeparatorAreACountNotATime() {
        String md = "# Rollout\n\n## Timeline\n\n- 2022-02-02 14:02 UTC - The rollout starts.\n"
                + "- 2022-02-02 2000 requests failed.\n";
        Postmortem p = reader.read(md).postmortem();
        assertThat(p.timeline())
                .extracting(TimelineEvent::at)
                .doesNotContain(Instant.parse("2022-02-02T20:00:00Z"))
                .contains(Instant.parse("2022-02-02T14:02:00Z"));
    }

    @Test
    void aSeverityWithARemarkAfterItsLevelIsReadAndTheRemarkKept() {
        String md = "# Cluster outage\n\n**Date:** 2026-04-12\n"
                + "**Severity:** Critical (complete cluster outage; API server unreachable)\n\n"
                + "## Summary\n\nThe control plane lost quorum.\n";
        Postmortem p = reader.read(md).postmortem();
        assertThat(p.severity().map(s -> s.id())).contains("SEV1");
        assertThat(MarkdownWriter.create().write(p)).contains("complete cluster outage; API server unreachable");
        assertThat(reader.read("# Outage\n\nSeverity: Major (checkout only) for two hours.\n")
                        .postmortem()
                        .severity()
                        .map(s -> s.id()))
                .contains("SEV2");
        assertThat(reader.read("# Outage\n\n**Severity:** Enormous (everything)\n")
                        .postmortem()
                        .severity())
                .as("a remark does not make an unknown level known")
                .isEmpty();
    }

    @Test
    void aSectionOfTimedLinesIsTheTimelineWhenNoHeadingNamesOne() {
        String md = "# Cascading node failures\n\n**Date:** 2026-03-20\n\n## Leadup\n\n"
                + "- **00:27 UTC:** The web service opens connections quickly.\n"
                + "- **00:32 UTC:** The database reaches its connection limit.\n"
                + "- **00:42 UTC:** A status incident is opened.\n\n"
                + "## Response\n\n- 01:10 UTC: The node restarts.\n- 01:20 UTC: Service is back.\n"
                + "- 01:30 UTC: The incident is closed.\n";
        Postmortem p = reader.read(md).postmortem();
        assertThat(p.timeline())
                .extracting(e -> e.at().atOffset(java.time.ZoneOffset.UTC).toLocalTime())
                .as("the first timed section only; the second stays the team's own section")
                .containsExactly(
                        java.time.LocalTime.of(0, 27), java.time.LocalTime.of(0, 32), java.time.LocalTime.of(0, 42));
        assertThat(p.additionalSections()).extracting(AdditionalSection::title).contains("Response");
        String written = MarkdownWriter.create().write(p);
        assertThat(written).contains("## Leadup").contains("The web service opens");
        Postmortem back = reader.read(written).postmortem();
        assertThat(back.timeline()).as("read back by its timed lines").isEqualTo(p.timeline());
        assertThat(back.additionalSections()).isEqualTo(p.additionalSections());
    }

    @Test
    void timedLinesUnderAnotherHeadingStayThereWhenATimelineHeadingExists() {
        String md =
                "# Outage\n\n**Date:** 2026-03-20\n\n## Timeline\n\n- 10:00 UTC - The alert fires.\n\n## Response\n\n"
                        + "- 10:05 UTC: A responder joins.\n- 10:10 UTC: The node is drained.\n"
                        + "- 10:20 UTC: Service is back.\n";
        Postmortem p = reader.read(md).postmortem();
        assertThat(p.timeline()).hasSize(1);
        assertThat(p.additionalSections()).extracting(AdditionalSection::title).contains("Response");
    }

    @Test
    void aDayHeadingWithWordsAfterItsDateStartsThatDaysEntryAndTheTimelineGoesOn() {
        String md = "# Testnet outage\n\n## Timeline of events\n\n### March 5, 2025: Testnet issue\n\n"
                + "Some operators met in person and found the fault.\n\n"
                + "### ~9:43 AM: Identifying the issue\n\nA client team confirms the fault.\n\n"
                + "### 10:57 AM: Fix released\n\nThe patched client is out.\n";
        Postmortem p = reader.read(md).postmortem();
        assertTimes(p, "2025-03-05T00:00:00Z", "2025-03-05T09:43:00Z", "2025-03-05T10:57:00Z");
        assertThat(p.timeline().get(0).description())
                .startsWith("Testnet issue")
                .contains("met in person");
        assertThat(p.additionalSections()).isEmpty();
    }

    @Test
    void aTimeRangeWhoseEndAloneSaysAmOrPmSaysItForItsStart() {
        String md = "# Release day\n\n**Date:** 2025-03-05\n\n## Timeline\n\n"
                + "- 10:07 - 10:29 AM: The response call runs.\n"
                + "- 11:50 - 12:10 PM: The fix is tested.\n"
                + "- 1:42 - 1:59 PM: The release goes out.\n";
        Postmortem p = reader.read(md).postmortem();
        assertTimes(p, "2025-03-05T10:07:00Z", "2025-03-05T11:50:00Z", "2025-03-05T13:42:00Z");
        assertThat(p.timeline().get(2).description()).contains("1:59 PM", "The release goes out.");
    }

    /** Asserts the instants of a postmortem's timeline, in order. */
    private static void assertTimes(Postmortem p, String... instants) {
        assertThat(p.timeline())
                .extracting(TimelineEvent::at)
                .containsExactly(
                        java.util.Arrays.stream(instants).map(Instant::parse).toArray(Instant[]::new));
    }

    @Test
    void theNotesOfAnUndatedTimelineStayNotesWhenReadBack() {
        // no date: the timed lines cannot be placed, so they are kept as the timeline's notes; the
        // notes section the writer writes is not taken for a timeline when read again
        String md = "# Outage\n\n## Timeline\n\n- 10:00 UTC - The alert fires.\n"
                + "- 10:05 UTC - The pool drains.\n- 10:09 UTC - The pool is back.\n";
        Postmortem p = reader.read(md).postmortem();
        assertThat(p.timeline()).isEmpty();
        MarkdownWriter writer = MarkdownWriter.create();
        Postmortem back = reader.read(writer.write(p)).postmortem();
        assertThat(back.timeline()).isEmpty();
        assertThat(back.additionalSections()).isEqualTo(p.additionalSections());
        assertThat(writer.write(back)).isEqualTo(writer.write(p));
    }

    @Test
    void aSectionOfKeptNotesIsNeverTakenForTheTimeline() {
        // "(notes)" is the heading the writer gives what it keeps; timed lines there stay notes
        String md = "# Outage\n\n**Date:** 2026-03-20\n\n## Leadup (notes)\n\n- 10:00 UTC - The alert fires.\n"
                + "- 10:05 UTC - The pool drains.\n- 10:09 UTC - The pool is back.\n";
        Postmortem p = reader.read(md).postmortem();
        assertThat(p.timeline()).isEmpty();
        assertThat(p.additionalSections()).extracting(AdditionalSection::title).containsExactly("Leadup (notes)");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "What we're doing to prevent this",
                "What we are changing",
                "How we will prevent this from happening again"
            })
    void aSectionOnWhatTheTeamIsDoingHoldsTheActionItems(String heading) {
        String md = "# Cache outage\n\n## " + heading + "\n\nWe are taking two steps.\n\n"
                + "- Add a lock around the restart script\n- Alert on cache misses above half\n";
        Postmortem p = reader.read(md).postmortem();
        assertThat(p.actionItems())
                .extracting(ActionItem::description)
                .containsExactly("Add a lock around the restart script", "Alert on cache misses above half");
        assertThat(p.additionalSections())
                .extracting(AdditionalSection::body)
                .containsExactly("We are taking two steps.");
    }

    @Test
    void aBoldLineNamingTheSectionItStandsInIsKeptNotDropped() {
        // "**Follow-ups:**" under "## Action items" once entered the same section again and lost the line
        String md = "# Cache outage\n\n## Action items\n\n**Follow-ups:**\n\n- Lock the restart script\n\n"
                + "**Add a lock so this stops happening again:**\n\n- Alert on cache misses\n";
        Postmortem p = reader.read(md).postmortem();
        assertThat(p.actionItems())
                .extracting(ActionItem::description)
                .containsExactly("Lock the restart script", "Alert on cache misses");
        assertThat(p.additionalSections())
                .extracting(AdditionalSection::body)
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("**Follow-ups:**", "**Add a lock so this stops happening again:**");
        Postmortem again = reader.read(MarkdownWriter.create().write(p)).postmortem();
        assertThat(again.actionItems()).isEqualTo(p.actionItems());
        assertThat(again.additionalSections()).isEqualTo(p.additionalSections());

        // the label is no lesson and no part of the impact's text
        String other = "# Cache outage\n\n## Lessons learned\n\n**Key takeaways:**\n\n- Locks need tests\n\n"
                + "## Impact\n\n**Impact:**\n\nUsers saw errors.\n";
        Postmortem q = reader.read(other).postmortem();
        assertThat(q.lessons().learned()).containsExactly("Locks need tests");
        assertThat(q.customerImpact().orElseThrow().userSymptoms()).isEqualTo("Users saw errors.");
        assertThat(q.additionalSections())
                .extracting(AdditionalSection::body)
                .containsExactly("**Key takeaways:**", "**Impact:**");
    }

    @Test
    void aSectionHeadedCauseHoldsTheFactorsAndReadsBackTheSame() {
        String md = "# Reward pool drained\n\n## Cause\n\n- The reward pool ran empty at epoch 4,000.\n"
                + "- No alert watched the pool's balance.\n\n## Impact\n\nRewards were missing for two days.\n";
        ReadResult r = reader.read(md);
        assertThat(r.postmortem().contributingFactors())
                .extracting(ContributingFactor::title)
                .containsExactly("The reward pool ran empty at epoch 4,000.", "No alert watched the pool's balance.");
        assertThat(r.postmortem().headings()).containsEntry("factors", "Cause");
        assertThat(r.postmortem().additionalSections()).isEmpty();
        assertThat(reader.read(MarkdownWriter.create().write(r.postmortem()))
                        .postmortem()
                        .contributingFactors())
                .isEqualTo(r.postmortem().contributingFactors());
    }

    @Test
    void aFactorLabelOverANestedListIsOneFactorWhoseDescriptionIsThatListAndReadsBackTheSame() {
        String md = "# Outage\n\n## Contributing factors\n\n- Disk alerts: set for a larger volume.\n"
                + "- Underlying causes:\n  - The tiering unit stayed failed after a reboot.\n"
                + "  - The replay container kept a stale view of the mount.\n";
        ReadResult r = reader.read(md);
        assertThat(r.postmortem().contributingFactors())
                .extracting(ContributingFactor::title, ContributingFactor::description)
                .containsExactly(
                        tuple("Disk alerts", "set for a larger volume."),
                        tuple(
                                "Underlying causes",
                                "- The tiering unit stayed failed after a reboot.\n"
                                        + "- The replay container kept a stale view of the mount."));
        assertThat(r.postmortem().additionalSections()).isEmpty();
        String written = MarkdownWriter.create().write(r.postmortem());
        assertThat(written).contains("* Underlying causes:\n  - The tiering unit");
        assertThat(reader.read(written).postmortem().contributingFactors())
                .isEqualTo(r.postmortem().contributingFactors());
    }

    @Test
    void aFactorLabelOverAListFollowedByProseIsKeptAsNotes() {
        String md = "# Outage\n\n## Contributing factors\n\n- Underlying causes:\n  - A stale mount.\n\n"
                + "  Found by the smoke test.\n";
        ReadResult r = reader.read(md);
        assertThat(r.postmortem().contributingFactors()).isEmpty();
        assertThat(r.postmortem().additionalSections().get(0).body()).contains("A stale mount.");
    }

    @Test
    void aBoldDateWithItsMonthsNameStartsAnEntryOfThatDayAndARangeOfDaysStaysANote() {
        String md = "# Outage\n\n## Timeline\n\n- **September 27, 2025**: Stale counts found during routine work\n"
                + "- **Sep 28, 2025** - Cause found and fixed\n- **October 2-5, 2025** - Backfill ran\n";
        ReadResult r = reader.read(md);
        assertTimes(r.postmortem(), "2025-09-27T00:00:00Z", "2025-09-28T00:00:00Z");
        assertThat(r.postmortem().timeline().get(0).description()).isEqualTo("Stale counts found during routine work");
        assertThat(r.postmortem().additionalSections().get(0).body()).contains("**October 2-5, 2025** - Backfill ran");
    }

    @Test
    void aCodeBlockOfTimedLinesBeforeAnyEventIsTheTimelineAndALogAfterAnEventStaysWithIt() {
        String md =
                "# Outage\n\n## Timeline\n\nAll times in UTC.\n\n```\n2026-06-17 18:05 Block 9 is made, nodes stall\n"
                        + "2026-06-17 19:10 Stall reported in the operators' chat\n2026-06-18 06:00 Fix merged\n```\n";
        Postmortem p = reader.read(md).postmortem();
        assertTimes(p, "2026-06-17T18:05:00Z", "2026-06-17T19:10:00Z", "2026-06-18T06:00:00Z");
        assertThat(p.timeline().get(0).description()).isEqualTo("Block 9 is made, nodes stall");

        String withLog = "# Outage\n\n## Timeline\n\n- 2026-06-17 18:05 UTC - Nodes stall\n\n```\n"
                + "2026-06-17 18:05:01 ERROR hash mismatch\n2026-06-17 18:05:02 ERROR hash mismatch\n"
                + "2026-06-17 18:05:03 ERROR hash mismatch\n```\n";
        Postmortem q = reader.read(withLog).postmortem();
        assertTimes(q, "2026-06-17T18:05:00Z");
        assertThat(q.timeline().get(0).description()).contains("18:05:03 ERROR hash mismatch");
    }

    @Test
    void anIconBeforeTheSeverityAndWordsWhereACountWasExpectedAreReadNotDropped() {
        String md = "# Outage\n\n**Severity**: \uD83D\uDD34 Critical\n\n## Impact\n\n"
                + "- **Affected Users**: Customers who bought the Pro tier that week\n"
                + "- **Failed Requests**: most checkout calls for two hours\n";
        Postmortem p = reader.read(md).postmortem();
        assertThat(p.severity().get().id()).isEqualTo("SEV1");
        assertThat(p.customerImpact().get().affectedSegment()).isEqualTo("Customers who bought the Pro tier that week");
        assertThat(p.customerImpact().get().affectedUsers()).isEmpty();
        assertThat(p.customerImpact().get().failedRequests()).isEmpty();
        assertThat(p.customerImpact().get().userSymptoms()).contains("most checkout calls for two hours");
    }

    @Test
    void aBoldImpactLabelUnderACauseAfterTheImpactSectionStaysWithThatCause() {
        String md = "# Outage\n\n## Impact\n\nCheckout failed for paying customers.\n\n## Root cause\n\n"
                + "### 1. Tier map\n\nThe tier map fell back to the free tier.\n\n**Impact**:\n"
                + "- renewals kept the wrong tier\n\n**Resolution**: the map now rejects unknown ids.\n";
        Postmortem p = reader.read(md).postmortem();
        assertThat(p.customerImpact().get().userSymptoms()).isEqualTo("Checkout failed for paying customers.");
        assertThat(p.additionalSections())
                .filteredOn(a -> a.title().equals("1. Tier map"))
                .singleElement()
                .satisfies(
                        a -> assertThat(a.body()).contains("**Impact**:", "renewals kept the wrong tier", "rejects"));
    }

    @Test
    void aTimelineLineWrappedInTheSourceStaysOneParagraphAndReadsBackTheSame() {
        String md = "# Outage\n\n## Timeline\n\n- 2026-04-01 15:19 UTC: We audited the uploads, looking for any that\n"
                + "  skipped the staging step. We found none.\n- 2026-04-01 15:53 UTC: Disclosure moved by a day.\n";
        Postmortem p = reader.read(md).postmortem();
        assertThat(p.timeline().get(0).description())
                .isEqualTo("We audited the uploads, looking for any that\nskipped the staging step. We found none.");
        assertThat(reader.read(MarkdownWriter.create().write(p)).postmortem().timeline())
                .isEqualTo(p.timeline());
    }

    @Test
    void aCodeBlockLeftOpenWithAStrayBacktickIsStillTheTimeline() {
        // the closing fence written as one backtick: the block runs to the end of the document
        String md = "# Outage\n\n## Timeline\n\n```\n2026-06-17 18:05 Block 9 is made, nodes stall\n"
                + "2026-06-17 19:10 Stall reported in the operators' chat\n2026-06-18 06:00 Fix merged\n`\n";
        Postmortem p = reader.read(md).postmortem();
        assertTimes(p, "2026-06-17T18:05:00Z", "2026-06-17T19:10:00Z", "2026-06-18T06:00:00Z");
        assertThat(p.timeline().get(2).description()).isEqualTo("Fix merged");
    }

    @Test
    void fourDigitTimesUnderATimeColumnAreTimesAndElsewhereStayText() {
        String md = "# Outage\n\n**Date:** 2019-02-04\n\n## Timeline\n\n| Time | Event |\n| --- | --- |\n"
                + "| 0730 | The metadata is renewed. |\n| 0809 UTC | Provisioning fails with a 403. |\n"
                + "| 1230 hrs | The incident is closed. |\n";
        Postmortem p = reader.read(md).postmortem();
        assertTimes(p, "2019-02-04T07:30:00Z", "2019-02-04T08:09:00Z", "2019-02-04T12:30:00Z");
        assertThat(p.timeline().get(2).description()).isEqualTo("The incident is closed.");

        // not a time of day: 2460 has no such hour
        String notTimes = "# Outage\n\n**Date:** 2019-02-04\n\n## Timeline\n\n| Time | Event |\n| --- | --- |\n"
                + "| 2460 | Something. |\n";
        assertThat(reader.read(notTimes).postmortem().timeline()).isEmpty();

        // four digits under a column that is not a time column stay what they are
        String elsewhere =
                "# Outage\n\n**Date:** 2019-02-04\n\n## Timeline\n\n| Time | Event | Build |\n| --- | --- | --- |\n"
                        + "| 07:30 | The metadata is renewed. | 1230 |\n";
        Postmortem q = reader.read(elsewhere).postmortem();
        assertTimes(q, "2019-02-04T07:30:00Z");
        assertThat(q.timeline().get(0).description()).isEqualTo("The metadata is renewed. — Build: 1230");
    }

    @Test
    void columnsHeadedByTimeZonesAreTimesInThoseZones() {
        String md = "# Backup outage\n\n## Timeline\n\n| NZST | UTC | Event |\n| --- | --- | --- |\n"
                + "| 2026-06-17 09:46 | 2026-06-16 21:46 | The cleanup step fails quietly. |\n"
                + "| 2026-06-19 17:00 | — | The daily report turns red. |\n";
        Postmortem p = reader.read(md).postmortem();
        // the first zone column that holds a full date, read in its own zone; the other is kept as text
        assertTimes(p, "2026-06-16T21:46:00Z", "2026-06-19T05:00:00Z");
        assertThat(p.timeline().get(0).description())
                .isEqualTo("The cleanup step fails quietly. — UTC: 2026-06-16 21:46");
    }

    @Test
    void aTimeWrittenWithAFullStopStartsAnEntryAndADecimalDoesNot() {
        String md =
                "# Outage\n\n## Timeline\n\n28 September 2021\n\n08.33 The replication between the clusters is set up\n\n"
                        + "9.06 The search API is tested locally and works\n\n2.50 1.25 ratio seen on the dashboard\n";
        Postmortem p = reader.read(md).postmortem();
        assertTimes(p, "2021-09-28T08:33:00Z", "2021-09-28T09:06:00Z");
        assertThat(p.timeline().get(1).description()).isEqualTo("The search API is tested locally and works");
        // "2.50 1.25 ratio": a number after the first is no event's text; the line is kept as a note
        assertThat(p.additionalSections().get(0).body()).isEqualTo("2.50 1.25 ratio seen on the dashboard");
    }

    @Test
    void headingsThatGroupTimedLinesUnderTheTimelineKeepThemInIt() {
        String md = "# Replica stall\n\n**Date:** 2026-01-12\n\n## Timeline\n\n### Block 41\n\n#### Replica A\n"
                + "- `12:46:40Z` - Starts the round\n- `12:46:43Z` - Commits block 41\n\n#### Replica B\n"
                + "- `12:46:53Z` - Joins the round late\n\n### Notes\n\nThe clocks were in sync.\n";
        Postmortem p = reader.read(md).postmortem();
        assertTimes(p, "2026-01-12T12:46:40Z", "2026-01-12T12:46:43Z", "2026-01-12T12:46:53Z");
        // the group headings are kept as the timeline's notes; a heading over no timed lines still
        // ends the timeline as a section of its own
        assertThat(p.additionalSections())
                .anySatisfy(s -> assertThat(s.body()).contains("Block 41").contains("Replica B"));
        assertThat(p.additionalSections()).anySatisfy(s -> assertThat(s.title()).isEqualTo("Notes"));
    }

    @Test
    void aTimelineTableWhoseHeaderSpellsTheFormatIsReadAndItsEmptyRowsAreDropped() {
        // the header names the time by its format, the event column "Note/comment/action"; the date
        // is written year first with spaces and an at sign before the time
        String md = "# CDN 404s\n\n## Timeline\n\n| YYYY MM DD @ hh:mm UTC | Person(s) | Note/comment/action |\n"
                + "| :---- | :---- | :---- |\n| **2025 01 27 @ 15:58 UTC** | **Robots** | **Deploy starts** |\n"
                + "| 2025/01/27 16:03 UTC | SRE | Pages return 404 |\n|  |  |  |\n";
        ReadResult r = reader.read(md);
        assertTimes(r.postmortem(), "2025-01-27T15:58:00Z", "2025-01-27T16:03:00Z");
        assertThat(r.diagnostics())
                .as("an empty template row is neither an event nor a note")
                .noneSatisfy(d -> assertThat(d.toString()).contains("|  |"));
    }

    @Test
    void aSeverityWrittenAsACodeAndTheTeamsOwnLabelIsReadByItsCode() {
        // "P2 Medium": the code decides (P2 is SEV2), though "Medium" alone would be SEV3
        assertThat(severityId("# Boot failure\n\n**Severity:** P2 Medium\n")).contains("SEV2");
        assertThat(severityId("# Symbols 502\n\n* **Incident Severity**: S4-LOW\n"))
                .contains("SEV4");
        assertThat(severityId("# Outage\n\n**Severity:** P9 Whatever\n"))
                .as("a code the scale does not have stays unread")
                .isEmpty();
    }

    @Test
    void aSeverityLineUnderAnIssueHeadingIsThatIssuesAndKeptInItsSection() {
        String md =
                "# Maintenance failures\n\nDate: 2026-06-21\n**Severity:** P1 High\n\n## Summary\n\nThree things broke.\n\n"
                        + "## Issue 2: token revoked\n\n**Severity:** Medium - pushes failed for an hour.\n\nThe token was rotated.\n";
        Postmortem p = reader.read(md).postmortem();
        assertThat(p.severity().map(s -> s.id())).as("the document's own level").contains("SEV1");
        assertThat(p.additionalSections())
                .anySatisfy(s -> assertThat(s.body()).contains("Medium - pushes failed for an hour"));
        assertThat(MarkdownWriter.create().write(p)).contains("P1 High");
    }

    @Test
    void aDocumentBetweenTwoThematicBreaksIsMarkdownNotFrontMatter() {
        String md = "---\n\n# Laptop boot failure\n\nDate: 2026-06-10\n**Severity:** P2 Medium\n\n## Summary\n\n"
                + "The new kernel's initramfs was incomplete: *and* the splash hid the prompt.\n\n---\n";
        ReadResult r = reader.read(md);
        assertThat(r.postmortem().title()).isEqualTo("Laptop boot failure");
        assertThat(r.postmortem().severity().map(s -> s.id())).contains("SEV2");
        assertThat(r.diagnostics()).noneSatisfy(d -> assertThat(d.toString()).contains("front matter"));
        // front matter that is simply broken YAML, with no heading in it, is still kept whole and reported
        ReadResult broken = reader.read("---\ntitle: [unclosed\n---\n# Outage\n");
        assertThat(broken.diagnostics())
                .anySatisfy(d -> assertThat(d.toString()).contains("not YAML"));
    }

    @Test
    void aTemplatesItalicInstructionsAreKeptAsNotesAndACauseOverSubPointsIsOneFactor() {
        String md =
                "# Signer outage\n\n## Contributing Factors\n\n*\\<Why did this happen? Probe past the surface.\\>*\n\n"
                        + "* The restart was left to the nightly cron\n  * The root certificate had expired the day before\n"
                        + "* Alerts were muted during the migration\n\n## Action Items\n\n"
                        + "| Jira Ticket | Context / Summary / Reason |\n| :---- | :---- |\n| [AUT-433](https://example.net/AUT-433) | "
                        + "An expired cert should not crash startup |\n";
        ReadResult r = reader.read(md);
        assertThat(r.postmortem().contributingFactors())
                .extracting(ContributingFactor::title)
                .containsExactly("The restart was left to the nightly cron", "Alerts were muted during the migration");
        assertThat(r.postmortem().contributingFactors().get(0).description())
                .contains("The root certificate had expired the day before");
        assertThat(r.postmortem().additionalSections())
                .anySatisfy(s -> assertThat(s.body()).contains("Why did this happen?"));
        assertThat(r.postmortem().actionItems())
                .extracting(ActionItem::description)
                .containsExactly("An expired cert should not crash startup");
        assertThat(r.postmortem().actionItems().get(0).ticket())
                .hasValueSatisfying(t -> assertThat(t).contains("AUT-433"));
        assertThat(r.diagnostics()).noneSatisfy(d -> assertThat(d.toString()).contains("not understood"));
    }

    /** The id of the severity a document is read with. */
    private java.util.Optional<String> severityId(String md) {
        return reader.read(md).postmortem().severity().map(s -> s.id());
    }

    @Test
    void aLooseHeaderListWithALongBoldKeyIsStillTheHeader() {
        // two lists with a blank line between are one loose list; the second's bold key is long
        String md =
                "# Symbols outage\n\n## All times in UTC\n\n* **Incident Severity**: S4-LOW\n* **Current Status**: Resolved\n\n"
                        + "* **Magnitude of Impact / Affected products:** crash reports could not be uploaded\n\n## Summary\n\nThe proxy broke.\n";
        ReadResult r = reader.read(md);
        assertThat(r.postmortem().severity().map(s -> s.id())).contains("SEV4");
        assertThat(MarkdownWriter.create().write(r.postmortem())).contains("crash reports could not be uploaded");
        // a plain key stays short: prose with a colon in it is not a header line
        Postmortem plain = reader.read(
                        "# Outage\n\n- Severity: SEV2\n- The thing we learned the hard way today: backups rot\n")
                .postmortem();
        assertThat(MarkdownWriter.create().write(plain))
                .as("the list stays where it was, not moved to the metadata")
                .doesNotContain("## Metadata")
                .contains("The thing we learned the hard way today: backups rot");
    }

    @Test
    void anImpactBulletWithSubPointsIsPartOfTheSymptoms() {
        String md =
                "# Signer outage\n\n## Impact\n\n* New add-ons could not be signed\n* Builds (an issue for emergency patches)\n"
                        + "  * Nightly builds might have been blocked\n";
        ReadResult r = reader.read(md);
        assertThat(r.postmortem().customerImpact().get().userSymptoms())
                .contains("New add-ons could not be signed")
                .contains("Builds (an issue for emergency patches)")
                .contains("Nightly builds might have been blocked");
        assertThat(r.diagnostics()).noneSatisfy(d -> assertThat(d.toString()).contains("not understood"));
    }

    @Test
    void aCodeBlockTimelineTakesItsIndentedLinesAsTheTextOfTheEntryAbove() {
        String md = "# 2026-10-08 Agent offline\n\n## Timeline\n\n```\n16:42:06  token refresh refused: the user\n"
                + "          could not be authenticated\n16:53:55  disconnect alert fires\n~23:29    pod deleted\n```\n";
        Postmortem p = reader.read(md).postmortem();
        assertTimes(p, "2026-10-08T16:42:06Z", "2026-10-08T16:53:55Z", "2026-10-08T23:29:00Z");
        assertThat(p.timeline().get(0).description())
                .isEqualTo("token refresh refused: the user could not be authenticated");

        // without the indentation the second line is no entry, and the block is no timeline
        String unindented = md.replace("          could", "could");
        assertThat(reader.read(unindented).postmortem().timeline()).isEmpty();
    }

    @Test
    void aDayNumberedHeadingUnderTheTimelineSetsTheDayOfTheRowsBelowIt() {
        String md = "# Node failure\n\n## Timeline\n\n### Day 1 - January 23, 2026\n\n| Time | Event |\n|---|---|\n"
                + "| 21:07 | Last SSH activity on the control plane |\n| 23:03 | Last kubelet heartbeat |\n\n"
                + "### Day 2 (January 24, 2026)\n\n| Time | Event |\n|---|---|\n| 08:15 | Node found unresponsive |\n";
        ReadResult r = reader.read(md);
        assertTimes(r.postmortem(), "2026-01-23T21:07:00Z", "2026-01-23T23:03:00Z", "2026-01-24T08:15:00Z");
        // the day's number is kept with the timeline's notes, not lost
        assertThat(r.postmortem().additionalSections())
                .anySatisfy(a -> assertThat(a.body()).contains("Day 1", "Day 2"));

        // a numbered day with a name and no date is a section of its own, as before
        String named =
                "# Build failure\n\n## Timeline\n\n### Day 1 - Initial failure\n\n- The build fails on a chunk split\n";
        assertThat(reader.read(named).postmortem().additionalSections())
                .anySatisfy(a -> assertThat(a.title()).isEqualTo("Day 1 - Initial failure"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"––", "--", "—"})
    void aDashWrittenTwiceAfterTheTimeIsOneSeparator(String dash) {
        String md = "# Registry degradation\n\n**Date:** 2023-11-21\n\n## Timeline\n\n- Nov 21, 18:20 UTC " + dash
                + " bot queries begin\n- Nov 22, 19:50 UTC " + dash + " registry stable\n";
        Postmortem p = reader.read(md).postmortem();
        assertTimes(p, "2023-11-21T18:20:00Z", "2023-11-22T19:50:00Z");
        assertThat(p.timeline())
                .extracting(TimelineEvent::description)
                .containsExactly("bot queries begin", "registry stable");
    }

    @Test
    void aBoldLabelWithANoteInBracketsIsTheSectionsHeading() {
        String md =
                "# Order failures\n\n**Date:** 2025-10-21\n\n## Investigation\n\n**Timeline of Changes** (Last 10 days):\n"
                        + "- **Oct 19**: Audit fixes deployed\n- **Oct 15**: Cache layer enabled\n";
        Postmortem p = reader.read(md).postmortem();
        assertTimes(p, "2025-10-19T00:00:00Z", "2025-10-15T00:00:00Z");
        assertThat(p.headings()).containsEntry("timeline", "Timeline of Changes (Last 10 days)");
    }

    @Test
    void aHeaderSetOffAsAQuoteIsTheHeader() {
        String md = "# Silent schema mismatch\n\n> **Date:** 2026-03-02 | **Severity:** \uD83D\uDD34 Critical\n\n"
                + "## Summary\n\nProducts vanished from the catalogue.\n";
        Postmortem p = reader.read(md).postmortem();
        assertThat(p.date()).contains(java.time.LocalDate.parse("2026-03-02"));
        assertThat(p.severity().get().id()).isEqualTo("SEV1");

        // a quote that is not "key: value" lines stays a quote in the text
        String quoted = "# Outage\n\n> Our service was down for two hours.\n\n## Summary\n\nThe cache failed.\n";
        Postmortem q = reader.read(quoted).postmortem();
        assertThat(q.severity()).isEmpty();
        assertThat(q.additionalSections()).anySatisfy(a -> assertThat(a.body()).contains("> Our service was down"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"P0 - Production outage", "High: session could not start", "Sev 0"})
    void aSeverityWithARemarkAfterAColonOrCountedFromZeroIsRead(String written) {
        String md = "# Outage\n\n**Severity:** " + written + "\n\n## Summary\n\nThe cache failed.\n";
        String expected = written.startsWith("High") ? "SEV2" : "SEV1";
        assertThat(reader.read(md).postmortem().severity().get().id()).isEqualTo(expected);
    }

    @Test
    void frontMatterThatIsNotYamlStillGivesItsPlainKeyLines() {
        // "component: mixed: cron" makes the whole block invalid YAML
        String md = "---\ndate: 2026-05-26\nseverity: P2\ncomponent: mixed: cron / systemd\ntags:\n  - infra\n---\n\n"
                + "# Replay gaps\n\n## Summary\n\nBars were missing after a reboot.\n";
        ReadResult r = reader.read(md);
        assertThat(r.postmortem().date()).contains(java.time.LocalDate.parse("2026-05-26"));
        assertThat(r.postmortem().severity().get().id()).isEqualTo("SEV2");
        assertThat(r.diagnostics()).anySatisfy(d -> assertThat(d.toString()).contains("not YAML"));
        // the front matter is still kept as written
        assertThat(r.postmortem().additionalSections().get(0).body()).contains("component: mixed: cron / systemd");
    }

    @Test
    void aSetextHeadingOfSeveralLinesKeepsEveryLineAndReadsBackTheSame() {
        // a stray "-" under a paragraph makes the whole paragraph a heading (pages pasted as text)
        String md = "# Outage\n\nUpdate on the disruption\nOn the 25th the archive slowed down.\nWhat happened?\n-\n"
                + "The cache was cleared during a restart.\n\n## Lessons\n\n- Alerts worked.\n";
        Postmortem p = reader.read(md).postmortem();
        assertThat(p.additionalSections())
                .extracting(AdditionalSection::title)
                .contains("Update on the disruption On the 25th the archive slowed down. What happened?");
        assertThat(reader.read(MarkdownWriter.create().write(p)).postmortem().additionalSections())
                .isEqualTo(p.additionalSections());
    }

    @Test
    void aPreventionSectionIsTheActionItemsAndASecondHeadingOfThemRightAfterIsKept() {
        String md =
                "# Dispatcher stopped\n\n## Root cause\n\nThe link drop killed the tick thread.\n\n## Prevention\n\n"
                        + "- Catch the link error in the tick loop\n\n## Follow-ups\n\n- Add a reconnect test for the PLC link\n";
        Postmortem p = reader.read(md).postmortem();
        assertThat(p.actionItems())
                .extracting(ActionItem::description)
                .containsExactly("Catch the link error in the tick loop", "Add a reconnect test for the PLC link");
        assertThat(p.additionalSections()).anySatisfy(a -> assertThat(a.body()).contains("Follow-ups"));
        assertThat(p.headings()).containsEntry("actions", "Prevention");

        // "Root cause and prevention" stays the causes
        String causes = "# Outage\n\n## Root cause and prevention\n\n- The cache was cleared during a restart.\n";
        assertThat(reader.read(causes).postmortem().actionItems()).isEmpty();
    }
}
