package dev.postmortem.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.postmortem.markdown.testing.ReadingFigures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads a folder of real published postmortems kept outside the repository (the project stores no
 * third-party text) and prints, per document and in total, what the reader made of them. Runs only
 * when the folder is given:
 *
 * <pre>
 * ./mvnw -B -q -pl postmortem-markdown test -Dtest=RealDocumentsReportTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dpostmortem.documents=FOLDER
 * </pre>
 */
class RealDocumentsReportTest {
    @Test
    void report() throws IOException {
        String folder = System.getProperty("postmortem.documents", "");
        assumeTrue(!folder.isEmpty(), "give -Dpostmortem.documents=FOLDER to read a folder of documents");
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of(folder))) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(files).as("Markdown files in " + folder).isNotEmpty();
        MarkdownReader reader = MarkdownReader.create();
        MarkdownWriter writer = MarkdownWriter.create();
        int timelineDocs = 0;
        int timelineRead = 0;
        int lessonDocs = 0;
        int lessonsRead = 0;
        int actionDocs = 0;
        int actionsRead = 0;
        int actionItems = 0;
        int severityDocs = 0;
        int severityRead = 0;
        int parked = 0;
        int lost = 0;
        int words = 0;
        int dated = 0;
        System.out.println("document | timeline heading/events | lessons heading/items | severity written/read"
                + " | dated | not understood | lost words");
        for (Path f : files) {
            ReadingFigures r = ReadingFigures.of(Files.readString(f, StandardCharsets.UTF_8), reader, writer);
            System.out.printf(
                    Locale.ROOT,
                    "%s | %s/%d | %s/%d | %s/%s | %s | %d | %d%n",
                    f.getFileName(),
                    r.timelineHeading(),
                    r.timelineEvents(),
                    r.lessonsHeading(),
                    r.lessonItems(),
                    r.severityWritten(),
                    r.severityRead(),
                    r.dateRead(),
                    r.notUnderstood(),
                    r.lostWords());
            if (r.timelineHeading()) {
                timelineDocs++;
                timelineRead += r.timelineEvents() > 0 ? 1 : 0;
            }
            if (r.lessonsHeading()) {
                lessonDocs++;
                lessonsRead += r.lessonItems() > 0 ? 1 : 0;
            }
            if (r.actionsHeading()) {
                actionDocs++;
                actionsRead += r.actionItems() > 0 ? 1 : 0;
            }
            actionItems += r.actionItems();
            if (r.severityWritten()) {
                severityDocs++;
                severityRead += r.severityRead() ? 1 : 0;
            }
            dated += r.dateRead() ? 1 : 0;
            parked += r.notUnderstood();
            lost += r.lostWords();
            words += r.words();
        }
        System.out.printf(
                Locale.ROOT,
                "%d documents: timeline read in %d of %d with a timeline heading; lessons in %d of %d;"
                        + " action items in %d of %d with an action heading (%d items);"
                        + " severity in %d of %d that write one; dated %d; %d sections not understood;"
                        + " %d of %d words lost%n",
                files.size(),
                timelineRead,
                timelineDocs,
                lessonsRead,
                lessonDocs,
                actionsRead,
                actionDocs,
                actionItems,
                severityRead,
                severityDocs,
                dated,
                parked,
                lost,
                words);
    }
}
