package dev.postmortem.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.markdown.testing.ReadingFigures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layout corpus: 60 documents in {@code src/test/resources/layouts/}, each written by the
 * project to mimic the layout of one real published postmortem or template (its headings,
 * metadata forms, timeline forms, tables, front matter and quirks) with invented content;
 * {@code index.tsv} names the source each mimics and what the document holds (timeline entries,
 * lessons, action items, severity, date). The test reads every document and holds the reader to
 * what real documents need: their timeline, lessons, severity and date read, few parked sections
 * and no lost words.
 *
 * <p>The issue that built the corpus sets targets (timeline and lessons in 95% of the documents
 * that have them, severity and date wherever stated, at most one parked section per ten documents,
 * no lost word). The floors below are what the reader reaches today, measured when they were set;
 * raise them as it improves, never lower them to pass. Each test prints its figure and target.
 */
class LayoutCorpusTest {
    private static final double TIMELINE_FLOOR = 0.98;
    private static final double LESSONS_FLOOR = 0.97;
    private static final double SEVERITY_FLOOR = 1.0;
    private static final double DATE_FLOOR = 1.0;
    private static final int PARKED_CEILING = 2;
    private static final int LOST_WORDS_CEILING = 0;

    record Entry(String file, String layout, int timeline, int lessons, int actions, String severity, String date) {}

    private static final List<Entry> ENTRIES = new ArrayList<>();
    private static final List<ReadingFigures> FIGURES = new ArrayList<>();

    @BeforeAll
    static void readAll() throws IOException {
        String index = resource("index.tsv");
        MarkdownReader reader = MarkdownReader.create();
        MarkdownWriter writer = MarkdownWriter.create();
        for (String line : index.split("\n")) {
            String[] f = line.split("\t");
            if (line.isBlank() || f[0].equals("file")) {
                continue;
            }
            Entry e = new Entry(
                    f[0], f[1], Integer.parseInt(f[3]), Integer.parseInt(f[4]), Integer.parseInt(f[5]), f[6], f[7]);
            ENTRIES.add(e);
            FIGURES.add(ReadingFigures.of(resource(e.file()), reader, writer));
        }
        System.out.println("file | layout | timeline expected/read | lessons expected/read | severity | date |"
                + " not understood | lost words");
        for (int i = 0; i < ENTRIES.size(); i++) {
            Entry e = ENTRIES.get(i);
            ReadingFigures r = FIGURES.get(i);
            System.out.printf(
                    Locale.ROOT,
                    "%s | %s | %d/%d | %d/%d | %s/%s | %s/%s | %d | %d%n",
                    e.file(),
                    e.layout(),
                    e.timeline(),
                    r.timelineEvents(),
                    e.lessons(),
                    r.lessonItems(),
                    e.severity(),
                    r.postmortem().severity().map(s -> s.id()).orElse("-"),
                    e.date(),
                    e.date().equals("-") ? "-" : r.hasDate(LocalDate.parse(e.date())),
                    r.notUnderstood(),
                    r.lostWords());
        }
    }

    @Test
    void theCorpusIsWhatTheIssueAsksFor() {
        assertThat(ENTRIES).hasSizeGreaterThanOrEqualTo(60);
        assertThat(ENTRIES.stream().map(Entry::layout).distinct().count()).isGreaterThanOrEqualTo(12);
    }

    @Test
    void timelinesAreRead() {
        double share = share(e -> e.timeline() > 0, (e, r) -> r.timelineEvents() > 0);
        System.out.printf(Locale.ROOT, "timeline read in %.3f of the documents with one (target 0.95)%n", share);
        assertThat(share).isGreaterThanOrEqualTo(TIMELINE_FLOOR);
    }

    @Test
    void lessonsAreRead() {
        double share = share(e -> e.lessons() > 0, (e, r) -> r.lessonItems() > 0);
        System.out.printf(Locale.ROOT, "lessons read in %.3f of the documents with them (target 0.95)%n", share);
        assertThat(share).isGreaterThanOrEqualTo(LESSONS_FLOOR);
    }

    @Test
    void severityIsRead() {
        // read as the level the document states, not merely some level
        double share = share(
                e -> !e.severity().equals("-"),
                (e, r) -> r.postmortem()
                        .severity()
                        .equals(dev.postmortem.core.model.SeverityScale.standard()
                                .find(e.severity())));
        System.out.printf(Locale.ROOT, "severity read in %.3f of the documents that state one (target 1.0)%n", share);
        assertThat(share).isGreaterThanOrEqualTo(SEVERITY_FLOOR);
    }

    @Test
    void theDateIsRead() {
        double share = share(e -> !e.date().equals("-"), (e, r) -> r.hasDate(LocalDate.parse(e.date())));
        System.out.printf(Locale.ROOT, "date read in %.3f of the documents that state one (target 1.0)%n", share);
        assertThat(share).isGreaterThanOrEqualTo(DATE_FLOOR);
    }

    @Test
    void fewSectionsAreParked() {
        int parked = FIGURES.stream().mapToInt(ReadingFigures::notUnderstood).sum();
        System.out.printf(
                Locale.ROOT,
                "%d sections not understood in %d documents (target at most %d)%n",
                parked,
                FIGURES.size(),
                FIGURES.size() / 10);
        assertThat(parked).isLessThanOrEqualTo(PARKED_CEILING);
    }

    @Test
    void fewWordsAreLostOnTheWayBackToMarkdown() {
        int lost = FIGURES.stream().mapToInt(ReadingFigures::lostWords).sum();
        int words = FIGURES.stream().mapToInt(ReadingFigures::words).sum();
        System.out.printf(Locale.ROOT, "%d of %d words lost (target 0)%n", lost, words);
        assertThat(lost).isLessThanOrEqualTo(LOST_WORDS_CEILING);
    }

    private static double share(
            java.util.function.Predicate<Entry> has, java.util.function.BiPredicate<Entry, ReadingFigures> read) {
        int n = 0;
        int ok = 0;
        for (int i = 0; i < ENTRIES.size(); i++) {
            if (has.test(ENTRIES.get(i))) {
                n++;
                ok += read.test(ENTRIES.get(i), FIGURES.get(i)) ? 1 : 0;
            }
        }
        return n == 0 ? 1.0 : ok / (double) n;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = LayoutCorpusTest.class.getResourceAsStream("/layouts/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The shipped profile for a fixture's layout, where one is shipped. */
    private static java.util.Optional<String> profileOf(String layout) {
        for (String name : LayoutProfile.shipped()) {
            if (layout.startsWith(name.equals("kubernetes-test-infra") ? "k8s-test-infra" : name)) {
                return java.util.Optional.of(name);
            }
        }
        return java.util.Optional.empty();
    }

    @Test
    void eachShippedProfileReadsItsLayoutsFixturesWithNothingItRequiresMissing() throws IOException {
        int read = 0;
        for (int i = 0; i < ENTRIES.size(); i++) {
            Entry e = ENTRIES.get(i);
            java.util.Optional<String> name = profileOf(e.layout());
            if (name.isEmpty()) {
                continue;
            }
            LayoutProfile profile = LayoutProfile.named(name.get());
            ReadingFigures standard = FIGURES.get(i);
            String doc = resource(e.file());
            ReadingFigures withProfile = ReadingFigures.of(
                    doc,
                    MarkdownReader.of(dev.postmortem.core.model.SeverityScale.standard(), profile),
                    MarkdownWriter.create());
            assertThat(withProfile.timelineEvents()).as(e.file()).isGreaterThanOrEqualTo(standard.timelineEvents());
            assertThat(withProfile.lessonItems()).as(e.file()).isGreaterThanOrEqualTo(standard.lessonItems());
            if (standard.timelineEvents() > 0) {
                // a timeline the reader finds is never reported missing by the profile that requires it
                assertThat(profile.missing(withProfile.postmortem()))
                        .as(e.file())
                        .doesNotContain("timeline");
            }
            read++;
        }
        assertThat(read).as("fixtures of a shipped profile's layout").isGreaterThanOrEqualTo(25);
    }
}
