package dev.postmortem.core.checks.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.postmortem.core.checks.language.BlameCorpusEvaluationTest.Counts;
import dev.postmortem.core.testing.BlameCorpus;
import dev.postmortem.core.testing.BlameCorpus.Sentence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Measures the blame-language checker on a labelled set of sentences kept outside the repository
 * (the project stores no third-party text), such as a fresh set gathered to see whether a round
 * of rules generalises to text nobody tuned them on. Skipped unless a file is given:
 *
 * <pre>{@code
 * ./mvnw -B -q -pl postmortem-core test -Dtest=LabelledSetReportTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dpostmortem.labelled=FILE
 * }</pre>
 *
 * <p>The file is tab-separated, one sentence per line: label ({@code blame} or {@code ok}),
 * category and genre (those of the corpus), source, text; {@code #} starts a comment line. The
 * report (precision, recall and F1 overall, per category and per genre) is printed and written to
 * {@code target/labelled-set-report.txt}. Its sentences are listed only with {@code
 * -Dpostmortem.labelled.list=true}: a set read sentence by sentence stops being unseen.
 */
class LabelledSetReportTest {
    @Test
    void reportsPrecisionAndRecallOnTheGivenSet() throws IOException {
        String file = System.getProperty("postmortem.labelled", "");
        assumeTrue(!file.isEmpty(), "give -Dpostmortem.labelled=FILE to measure a labelled set");
        List<Sentence> sentences = read(Path.of(file));
        assertThat(sentences).as("sentences in " + file).isNotEmpty();

        BlameLanguageChecker checker = BlameLanguageChecker.create();
        Counts all = new Counts();
        Map<String, Counts> categories = new LinkedHashMap<>();
        Map<String, Counts> genres = new LinkedHashMap<>();
        List<String> listed = new ArrayList<>();
        for (Sentence s : sentences) {
            boolean flagged = BlameCorpusEvaluationTest.flagged(checker, s);
            all.add(s.blame(), flagged);
            categories.computeIfAbsent(s.category(), k -> new Counts()).add(s.blame(), flagged);
            genres.computeIfAbsent(s.genre(), k -> new Counts()).add(s.blame(), flagged);
            if (flagged != s.blame()) {
                listed.add((flagged ? "FALSE-ALARM " : "MISS        ") + s.category() + "  " + s.text());
            }
        }
        StringBuilder out =
                new StringBuilder("Blame-language checker on " + Path.of(file).getFileName() + "\n\n");
        BlameCorpusEvaluationTest.table(out, "set", Map.of("set", all), java.util.function.Function.identity());
        out.append("\n");
        BlameCorpusEvaluationTest.table(out, "category", categories, java.util.function.Function.identity());
        out.append("\n");
        BlameCorpusEvaluationTest.table(out, "genre", genres, java.util.function.Function.identity());
        if (Boolean.getBoolean("postmortem.labelled.list")) {
            out.append("\nMisses and false alarms: ").append(listed.size()).append("\n");
            listed.forEach(l -> out.append(l).append("\n"));
        }
        System.out.print(out);
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve("labelled-set-report.txt"), out, StandardCharsets.UTF_8);
        }
        assertThat(all.size()).isEqualTo(sentences.size());
    }

    /** Reads the set; a line that is not label, known category, genre, source and text is an error. */
    static List<Sentence> read(Path file) throws IOException {
        List<Sentence> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] c = l.split("\t", -1);
            if (c.length != 5 || !(c[0].equals("blame") || c[0].equals("ok"))) {
                throw new IllegalArgumentException(file + " line " + (i + 1)
                        + ": expected label (blame|ok), category, genre, source and text, tab-separated");
            }
            boolean blame = c[0].equals("blame");
            if (!BlameCorpus.knownCategory(blame, c[1])) {
                throw new IllegalArgumentException(
                        file + " line " + (i + 1) + ": category '" + c[1] + "' is not one of the corpus's for " + c[0]);
            }
            out.add(new Sentence("line-" + (i + 1), blame, c[1], c[2], "external", c[3], c[4], "external"));
        }
        return out;
    }

    @Test
    void aLineThatIsNotASentenceOfTheSetIsRefusedWithItsNumber(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path f = dir.resolve("set.tsv");
        Files.writeString(
                f,
                "# label\tcategory\tgenre\tsource\ttext\n"
                        + "blame\tcharacter\tforum\thttps://example.org/1\tThe on-call engineer was careless.\n"
                        + "ok\tcharacter\tforum\thttps://example.org/2\tThe cache was warmed.\n");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> read(f))
                .withMessageContaining("line 3")
                .withMessageContaining("category 'character'");
        Files.writeString(f, "blame\tcharacter\tforum\tThe on-call engineer was careless.\n");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> read(f))
                .withMessageContaining("line 1");
    }

    @Test
    void aWellFormedSetIsReadWithItsLabels(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path f = dir.resolve("set.tsv");
        Files.writeString(
                f,
                "blame\tcharacter\tforum\thttps://example.org/1\tThe on-call engineer was careless.\n"
                        + "ok\tplain\tnews\thttps://example.org/2\tThe cache was warmed.\n");
        assertThat(read(f))
                .extracting(Sentence::blame, Sentence::category, Sentence::genre)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(true, "character", "forum"),
                        org.assertj.core.groups.Tuple.tuple(false, "plain", "news"));
    }
}
