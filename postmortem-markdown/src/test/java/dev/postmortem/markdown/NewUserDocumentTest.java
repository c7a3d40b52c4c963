package dev.postmortem.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.postmortem.core.model.ActionItem;
import dev.postmortem.core.model.ActionItemStatus;
import dev.postmortem.core.model.AdditionalSection;
import dev.postmortem.core.model.ContributingFactor;
import dev.postmortem.core.model.Fraction;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.PostmortemStatus;
import dev.postmortem.core.model.SloWindow;
import dev.postmortem.core.model.TimelineEvent;
import dev.postmortem.markdown.internal.ActionItemLine;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A postmortem written the way engineers write one, not in the template's layout: a `- Date:` line,
 * bold `**Severity:**` and `**Authors:**` keys, `- 14:02 UTC - ...` timeline lines with no incident
 * id, checklist action items with the owner and due date in a trailing bracket, and an error
 * budget in prose. Every one of them is read.
 */
class NewUserDocumentTest {
    private final Postmortem p = read();

    private static Postmortem read() {
        try {
            ReadResult r = MarkdownReader.create().read(SeedExampleMarkdownTest.resource("new-user.md"));
            assertThat(r.diagnostics()).isEmpty();
            return r.postmortem();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void headerKeysInBoldAndADateLine() {
        assertThat(p.title()).isEqualTo("Checkout latency spike after cache config change");
        assertThat(p.date()).contains(LocalDate.of(2026, 3, 14));
        assertThat(p.severity().orElseThrow().id()).isEqualTo("SEV2");
        assertThat(p.authors()).containsExactly("@payments-sre", "@checkout-team");
    }

    @Test
    void everyTimelineLineFallsOnTheStatedDate() {
        assertThat(p.timeline())
                .extracting(TimelineEvent::at, TimelineEvent::description)
                .containsExactly(
                        tuple(
                                Instant.parse("2026-03-14T14:02:00Z"),
                                "Cache eviction policy change deployed to the checkout cluster"),
                        tuple(Instant.parse("2026-03-14T14:09:00Z"), "p99 latency alert fires for checkout"),
                        tuple(Instant.parse("2026-03-14T14:21:00Z"), "On-call rolls back the cache change"),
                        tuple(Instant.parse("2026-03-14T14:40:00Z"), "Latency back to normal"));
    }

    @Test
    void actionItemsKeepTheirOwnerAndDueDate() {
        assertThat(p.actionItems())
                .extracting(
                        ActionItem::description,
                        a -> a.owner().map(Object::toString).orElse(""),
                        a -> a.dueDate().orElse(null),
                        ActionItem::status)
                .containsExactly(
                        tuple(
                                "Add a canary stage for cache configuration changes",
                                "@payments-team",
                                LocalDate.of(2026, 3, 28),
                                ActionItemStatus.OPEN),
                        tuple(
                                "Alert on eviction rate, not only latency",
                                "@checkout-team",
                                LocalDate.of(2026, 3, 21),
                                ActionItemStatus.DONE));
    }

    @Test
    void theErrorBudgetLineIsRead() {
        var budget = p.customerImpact().orElseThrow().errorBudget().orElseThrow();
        assertThat(budget.sloTarget()).contains(Fraction.parse("99.9%"));
        assertThat(budget.window()).contains(SloWindow.calendar(SloWindow.CalendarPeriod.MONTH));
        assertThat(p.impactSummary().orElseThrow().budgetConsumed()).contains(Fraction.parse("41%"));
        assertThat(p.customerImpact().orElseThrow().userSymptoms())
                .isEqualTo("About 12,000 checkouts were slower than 2 s.");
    }

    @Test
    void frontMatterSeverityIsNotReadOverByASeverityInTheText() {
        String doc = "---\ntitle: Queue backlog\nseverity: SEV3\ndate: 2026-03-14\n---\n\n"
                + "Unlike the SEV-1 last month, this stayed small.\n";
        Postmortem read = MarkdownReader.create().read(doc).postmortem();
        assertThat(read.severity().orElseThrow().id()).isEqualTo("SEV3");
        assertThat(read.title()).isEqualTo("Queue backlog");
        assertThat(read.date()).contains(LocalDate.of(2026, 3, 14));
        Postmortem noStatedSeverity = MarkdownReader.create()
                .read("# Queue backlog\n\nWe declared a SEV-2 at 14:05.\n")
                .postmortem();
        assertThat(noStatedSeverity.severity().orElseThrow().id()).isEqualTo("SEV2");
    }

    @Test
    void aRegionZoneIsReadAtTheDateOfEachEntrySoSummerAndWinterTimeBothConvert() {
        String doc = "# Two incidents\n\n## Timeline\n\nAll times in PT.\n\n"
                + "- 2026-07-01 09:00 - Summer entry\n- 2026-01-15 09:00 - Winter entry\n"
                + "- 2026-01-15 09:30 EST - Entry with its own zone\n";
        assertThat(MarkdownReader.create().read(doc).postmortem().timeline())
                .extracting(TimelineEvent::at)
                .containsExactly(
                        Instant.parse("2026-07-01T16:00:00Z"),
                        Instant.parse("2026-01-15T17:00:00Z"),
                        Instant.parse("2026-01-15T14:30:00Z"));
    }

    @Test
    void htmlTablesFromExportedDocumentsAreReadRowByRow() {
        String doc = "# Sync outage\n\nDate: 2022-03-22\n\n## Timeline\n\n<table>\n<thead>\n"
                + "<tr class=\"header\"><th><strong>Time (EST)</strong></th><th>Notes</th></tr>\n</thead>\n<tbody>\n"
                + "<tr><td>10:05AM</td><td>Lag alert fires &amp; pods restart</td></tr>\n"
                + "<tr><td>soon after</td><td>Someone looks at the logs</td></tr>\n"
                + "<tr><td></td><td></td></tr>\n</tbody>\n</table>\n";
        ReadResult r = MarkdownReader.create().read(doc);
        assertThat(r.postmortem().timeline())
                .extracting(TimelineEvent::at, TimelineEvent::description)
                .containsExactly(tuple(Instant.parse("2022-03-22T15:05:00Z"), "Lag alert fires & pods restart"));
        assertThat(r.diagnostics())
                .singleElement()
                .satisfies(d -> assertThat(d.message())
                        .contains("kept as a note of the timeline, not as an entry: | soon after | Someone looks at the"
                                + " logs |"));
    }

    @Test
    void aNumberedListOfLabelledSectionsIsReadSectionBySection() {
        String doc = "# Search outage, 2025-04-22\n\n## Report\n\nAudience: customers.\n\n"
                + "1. Impact Analysis - Search returned errors for 98 minutes.\n"
                + "1. Brief timeline of events\n   - 09:12 UTC - Node pool upgrade starts\n"
                + "1. Root Cause - Disks detached slower than nodes drained.\n"
                + "1. Closure - Contact support with questions.\n";
        Postmortem read = MarkdownReader.create().read(doc).postmortem();
        assertThat(read.customerImpact().orElseThrow().userSymptoms())
                .isEqualTo("Search returned errors for 98 minutes.");
        assertThat(read.timeline())
                .extracting(TimelineEvent::at)
                .containsExactly(Instant.parse("2025-04-22T09:12:00Z"));
        assertThat(read.contributingFactors())
                .extracting(ContributingFactor::title, ContributingFactor::description)
                .containsExactly(tuple("Root Cause", "Disks detached slower than nodes drained."));
        assertThat(read.additionalSections())
                .extracting(AdditionalSection::title, AdditionalSection::body)
                .contains(tuple("Report", "Audience: customers."), tuple("Closure", "Contact support with questions."));
    }

    @Test
    void aNumberedSectionWhoseLabelIsAHeaderKeyIsReadAsTheHeader() {
        String doc = "# Sign-in disruption post-mortem\n\n"
                + "1. Incident Date\n   - March 3, 2021\n"
                + "2. Authors\n   - Identity on-call\n   - Platform lead\n"
                + "3. Severity - SEV2\n"
                + "4. Timeline\n   - 2021-03-03 04:10 UTC: token refresh starts failing\n"
                + "5. Root Cause\n   - A certificate on the identity host expired.\n";
        Postmortem read = MarkdownReader.create().read(doc).postmortem();
        assertThat(read.date()).contains(LocalDate.of(2021, 3, 3));
        assertThat(read.authors()).containsExactly("Identity on-call", "Platform lead");
        assertThat(read.severity()).map(s -> s.id()).contains("SEV2");
        assertThat(read.additionalSections())
                .extracting(AdditionalSection::title)
                .doesNotContain("Incident Date", "Authors", "Severity");
        Postmortem again = MarkdownReader.create()
                .read(MarkdownWriter.create().write(read))
                .postmortem();
        assertThat(again.authors()).isEqualTo(read.authors());
        assertThat(again.date()).isEqualTo(read.date());
    }

    @Test
    void aHeaderKeyLabelOverProseStaysItsOwnSection() {
        // two paragraphs under one author item are not a list of names: kept as written
        String doc = "# Queue backlog\n\nDate: 2021-06-01\n\n"
                + "1. Authors\n   - Written by the queue team.\n\n     Reviewed in the weekly meeting.\n"
                + "2. Root Cause\n   - The consumer pool was sized for weekday traffic.\n";
        Postmortem read = MarkdownReader.create().read(doc).postmortem();
        assertThat(read.authors()).isEmpty();
        assertThat(read.additionalSections())
                .extracting(AdditionalSection::title)
                .contains("Authors");
    }

    @Test
    void aBarOfBoldKeysOnOneLineIsOneHeaderLineEach() {
        String doc = "# Postmortem: compactor halts on bad blocks\n\n"
                + "**Date:** 2021-06-01 | **Severity:** SEV-2\n"
                + "**Author:** Storage on-call | **Status:** Final\n\n"
                + "## Timeline\n\n- 14:02 UTC - the compactor halts\n";
        Postmortem read = MarkdownReader.create().read(doc).postmortem();
        assertThat(read.date()).contains(LocalDate.of(2021, 6, 1));
        assertThat(read.severity()).map(s -> s.id()).contains("SEV2");
        assertThat(read.authors()).containsExactly("Storage on-call");
        assertThat(read.status()).isEqualTo(PostmortemStatus.FINAL);
    }

    @Test
    void aDateLineThatSaysMoreThanItsDateIsKeptAsWritten() {
        Postmortem range = MarkdownReader.create()
                .read("# Compactor halts\n\nDate: 2021-06-01 to 2021-06-02\n")
                .postmortem();
        assertThat(range.date()).contains(LocalDate.of(2021, 6, 1));
        assertThat(range.additionalSections())
                .extracting(AdditionalSection::body)
                .anySatisfy(b -> assertThat(b).contains("Date: 2021-06-01 to 2021-06-02"));
        Postmortem plain = MarkdownReader.create()
                .read("# Compactor halts\n\nDate: Tuesday, June 1st, 2021\n")
                .postmortem();
        assertThat(plain.date()).contains(LocalDate.of(2021, 6, 1));
        assertThat(plain.additionalSections())
                .extracting(AdditionalSection::title)
                .doesNotContain("Metadata");
    }

    @Test
    void aStatusLineOfTheTemplatesChoicesIsReadAtItsBoldChoiceAndKeptAsWritten() {
        ReadResult r = MarkdownReader.create()
                .read("# kubeadm hangs on init\n\n**Status:** \\[draft | pending feedback | **final**\\]\n");
        assertThat(r.postmortem().status()).isEqualTo(PostmortemStatus.FINAL);
        assertThat(r.diagnostics()).noneMatch(d -> d.message().contains("unknown status"));
        assertThat(r.postmortem().additionalSections())
                .extracting(AdditionalSection::body)
                .anySatisfy(b -> assertThat(b).contains("pending feedback"));
        // two choices in bold say nothing of which holds
        ReadResult two = MarkdownReader.create().read("# Hang\n\nStatus: [**draft** | **final**]\n");
        assertThat(two.diagnostics()).anyMatch(d -> d.message().contains("unknown status"));
    }

    @Test
    void aParentheticalThatIsNotOwnerAndDateStaysText() {
        ActionItemLine line = ActionItemLine.parse("Retry the job (twice, due to flakiness)");
        assertThat(line.description()).isEqualTo("Retry the job (twice, due to flakiness)");
        assertThat(line.owner()).isEmpty();
        assertThat(line.due()).isEmpty();
    }
}
