package dev.postmortem.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.core.model.AdditionalSection;
import dev.postmortem.core.report.SourceMap;
import dev.postmortem.core.report.SourceRange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The source map the reader builds: each part placed at the block, item or row it was read from. */
class SourceMapReadingTest {
    private static final String DOC = String.join(
            "\n",
            "# Checkout latency after a pool change",
            "",
            "* Incident ID: INC-2026-03-20-001",
            "* Severity Tier: Tier 2 (Significant Impact)",
            "",
            "## Notes",
            "",
            "```",
            "The pool shrank to four connections.",
            "```",
            "",
            "## 1. Event Timeline",
            "",
            "* 14:02 UTC | [Trigger] The pool shrank to four connections.",
            "* 14:05 UTC | [Detection] The pool shrank to four connections.",
            "",
            "## 4. Remediation Action Items (SMART Goals)",
            "",
            "| ID | Type | Description | Owner | Due |",
            "| --- | --- | --- | --- | --- |",
            "| AI-1 | Prevention | Validate pool sizes in CI | @platform | 2026-03-27 |",
            "| AI-2 | Prevention | Validate pool sizes in CI | @platform | 2026-03-28 |",
            "",
            "## Lessons Learned",
            "",
            "### What Went Well",
            "",
            "* The alert fired within two minutes,",
            "  and paged the right rotation.",
            "");

    private static int lineStart(String line) {
        return DOC.indexOf("\n" + line) + 1;
    }

    @Test
    void twoEntriesWithTheSameTextArePlacedOnTheirOwnLinesNotInTheCodeBlock() {
        ReadResult r = MarkdownReader.create().read(DOC);
        SourceMap m = r.sources();
        assertThat(r.postmortem().timeline()).hasSize(2);
        String text = "The pool shrank to four connections.";
        int first = DOC.indexOf("* 14:02");
        int second = DOC.indexOf("* 14:05");
        assertThat(m.range("/timeline/0").map(SourceRange::start)).hasValue(first);
        assertThat(m.range("/timeline/1").map(SourceRange::start)).hasValue(second);
        assertThat(m.offsetOf("/timeline/0/description", 0).getAsInt()).isEqualTo(DOC.indexOf(text, first));
        assertThat(m.offsetOf("/timeline/1/description", 4).getAsInt()).isEqualTo(DOC.indexOf(text, second) + 4);
    }

    @Test
    void tableRowsWithTheSameTextArePlacedOnTheirOwnRows() {
        SourceMap m = MarkdownReader.create().read(DOC).sources();
        int row2 = lineStart("| AI-2");
        assertThat(m.range("/actionItems/1").map(SourceRange::start)).hasValue(row2);
        assertThat(m.offsetOf("/actionItems/1/description", 0).getAsInt())
                .isEqualTo(DOC.indexOf("Validate pool sizes in CI", row2));
        assertThat(m.nearest("/actionItems/1/owner")).hasValue("/actionItems/1");
    }

    @Test
    void aTextOverSeveralLinesIsMappedLineByLine() {
        ReadResult r = MarkdownReader.create().read(DOC);
        SourceMap m = r.sources();
        String lesson = r.postmortem().lessons().wentWell().get(0);
        assertThat(lesson).contains("\n");
        int second = lesson.indexOf("and paged");
        assertThat(m.offsetOf("/lessons/wentWell/0", second).getAsInt()).isEqualTo(DOC.indexOf("and paged"));
        assertThat(m.range("/lessons/wentWell").map(SourceRange::start)).hasValue(lineStart("### What Went Well"));
    }

    @Test
    void headerLinesAndTheTitleArePlacedOnTheirLines() {
        SourceMap m = MarkdownReader.create().read(DOC).sources();
        assertThat(m.range("/title").map(SourceRange::start)).hasValue(0);
        assertThat(m.range("/severity").map(SourceRange::start)).hasValue(lineStart("* Severity Tier"));
        assertThat(m.range("/id").map(SourceRange::start)).hasValue(lineStart("* Incident ID"));
        // a section kept as written spans its heading and its blocks, up to the next heading
        assertThat(m.range("/additionalSections/0"))
                .hasValue(SourceRange.of(lineStart("## Notes"), DOC.indexOf("```\n\n## 1.") + 3));
    }

    @Test
    void textInTheFrontMatterIsPlacedOnItsLine() {
        for (String eol : List.of("\n", "\r\n")) {
            String doc = ("---\ntitle: Cache outage\ntags: [ \"cache\", \"botched deploy\" ]\n---\n\n# Cache outage\n\n"
                            + "## Summary\n\nThe cache expired.\n")
                    .replace("\n", eol);
            ReadResult r = MarkdownReader.create().read(doc);
            SourceMap m = r.sources();
            assertThat(r.postmortem().additionalSections().get(0).title()).isEmpty();
            String body = r.postmortem().additionalSections().get(0).body();
            int at = body.indexOf("botched");
            assertThat(m.range("/additionalSections/0").map(SourceRange::start)).hasValue(0);
            assertThat(m.offsetOf("/additionalSections/0/body", at).getAsInt()).isEqualTo(doc.indexOf("botched"));
        }
    }

    @Test
    void everyLineEndingGivesTheSamePlacesRelativeToItsLines() {
        for (String eol : List.of("\r\n", "\r")) {
            String doc = DOC.replace("\n", eol);
            SourceMap m = MarkdownReader.create().read(doc).sources();
            int second = doc.indexOf("* 14:05");
            assertThat(m.range("/timeline/1").map(SourceRange::start)).hasValue(second);
            assertThat(m.offsetOf("/timeline/1/description", 0).getAsInt())
                    .isEqualTo(doc.indexOf("The pool shrank", second));
        }
    }

    @Test
    void notesKeptFromSeveralPlacesOfTheTimelineAreMappedLineByLine() {
        String doc = "# Outage\n\n**Date:** 2026-03-20\n\n## Timeline\n\n| Time | Event |\n| --- | --- |\n"
                + "| 10:00 UTC | The alert fires. |\n\nThe deploy looked fine at first.\n\n"
                + "- 10:05 UTC - The pool drains.\n\nThen: this is probably the model change\n"
                + "and the deploy is blocked\n";
        ReadResult r = MarkdownReader.create().read(doc);
        int notes = -1;
        for (int i = 0; i < r.postmortem().additionalSections().size(); i++) {
            if (r.postmortem().additionalSections().get(i).title().endsWith("(notes)")) {
                notes = i;
            }
        }
        assertThat(notes).as("the timeline's notes").isNotNegative();
        String body = r.postmortem().additionalSections().get(notes).body();
        assertThat(body).startsWith("Table columns:").contains("The deploy looked fine", "the model change");
        SourceMap m = r.sources();
        String pointer = "/additionalSections/" + notes + "/body";
        // the reader's own "Table columns" line is passed over; the lines after it stand where written
        assertThat(m.offsetOf(pointer, body.indexOf("The deploy looked")).getAsInt())
                .isEqualTo(doc.indexOf("The deploy looked"));
        assertThat(m.offsetOf(pointer, body.indexOf("probably the model")).getAsInt())
                .isEqualTo(doc.indexOf("probably the model"));
        assertThat(m.offsetOf(pointer, body.indexOf("the deploy is blocked")).getAsInt())
                .isEqualTo(doc.indexOf("the deploy is blocked"));
    }

    @Test
    void aLongTimelineOfUndatedLinesKeptAsNotesIsMappedFromItsFirstLine() {
        // no date, so every line is a note: the notes are mapped from their own start, not from
        // where the last field of the same range was found
        StringBuilder doc = new StringBuilder("# Big\n\n## 1. Event Timeline\n\n");
        for (int i = 0; i < 300; i++) {
            doc.append(String.format("* 10:%02d UTC | The queue drained, step %d.%n", i % 60, i));
        }
        String md = doc.toString();
        ReadResult r = MarkdownReader.create().read(md);
        assertThat(r.postmortem().timeline()).isEmpty();
        String body = r.postmortem().additionalSections().get(0).body();
        String pointer = "/additionalSections/0/body";
        assertThat(r.sources().offsetOf(pointer, 0).getAsInt()).isEqualTo(md.indexOf("* 10:00 UTC"));
        String last = "step 299.";
        assertThat(r.sources().offsetOf(pointer, body.indexOf(last)).getAsInt()).isEqualTo(md.indexOf(last));
    }

    @Test
    void impactProseUnderSubheadingsIsPlacedWhereItStands() {
        // the symptoms are placed at the first subheading; lines under the next one are found after it
        String doc = "# Outage\n\n## Impact\n\n### User Impact\n\n- Checkout failed for paying customers.\n\n"
                + "### Business Impact\n\n- Refunds were asked for by several teams.\n- Support load doubled for a week.\n";
        ReadResult r = MarkdownReader.create().read(doc);
        String symptoms = r.postmortem().customerImpact().get().userSymptoms();
        for (String line : java.util.List.of("Checkout failed", "Refunds were", "Support load")) {
            assertThat(r.sources()
                            .offsetOf("/customerImpact/userSymptoms", symptoms.indexOf(line))
                            .getAsInt())
                    .as(line)
                    .isEqualTo(doc.indexOf(line));
        }
    }

    @Test
    void aMetadataLineKeptAsWrittenIsTiedToItsValueInTheSource() {
        String doc = "# Task run without approval\n\n**Severity**: SEV3\n**Status**: Resolved\n"
                + "**Impact**: Nearly completed a task without the owner's approval\n\n## Summary\n\nA task ran early.\n";
        ReadResult r = MarkdownReader.create().read(doc);
        int n = r.postmortem().additionalSections().size() - 1;
        AdditionalSection meta = r.postmortem().additionalSections().get(n);
        assertThat(meta.title()).isEqualTo("Metadata");
        String pointer = "/additionalSections/" + n + "/body";
        int inBody = meta.body().indexOf("without the owner's");
        assertThat(r.sources().offsetOf(pointer, inBody).getAsInt()).isEqualTo(doc.indexOf("without the owner's"));
        assertThat(r.sources()
                        .offsetOf(pointer, meta.body().indexOf("Resolved"))
                        .getAsInt())
                .isEqualTo(doc.indexOf("Resolved"));
    }
}
