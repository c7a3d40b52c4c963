package dev.postmortem.markdown.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.markdown.MarkdownReader;
import dev.postmortem.markdown.MarkdownWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the reading figures count as a written severity, the denominator of the severity figure. */
class ReadingFiguresTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '~',
            value = {
                "Severity: SEV2~true",
                "**Incident severity:** SEV2~true",
                "- **Severity**: high~true",
                "| Severity | SEV1 |~true",
                "Search kept working. Severity: **Major**.~true",
                "Two factors increased severity:~false",
                "| 15:45 | Database | Asked to restart the add-on provider in priority |~false",
                "We set the priority: first the queue, then the cache.~false"
            })
    void aSeverityIsWrittenOnlyAsALabel(String line, boolean written) {
        String doc = "# Queue backlog\n\nDate: 2021-06-01\n\n" + line + "\n";
        ReadingFigures f = ReadingFigures.of(doc, MarkdownReader.create(), MarkdownWriter.create());
        assertThat(f.severityWritten()).as(line).isEqualTo(written);
    }
}
