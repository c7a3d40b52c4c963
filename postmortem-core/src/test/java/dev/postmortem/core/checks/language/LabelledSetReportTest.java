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
 * Measures the blame-language checker on a labelled set of sentences, such as a fresh set gathered
 * to see whether a round of rules generalises to text nobody tuned them on. Sets from the
 * twenty-eighth on are committed as paraphrases in {@code src/test/resources/language/sets/} (their
 * originals stay outside the repository), so that a later round can be measured on them again.
 * The measurement is skipped unless a file is given:
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
 *
 * <p>A set split by document into two halves (one read for rules, the other kept unseen) is
 * measured half by half with {@code -Dpostmortem.labelled.half=SALT:even} or {@code SALT:odd}: a
 * sentence belongs to the even half when the first byte of the SHA-256 of {@code SALT}, a colon
 * and its source is even, so every sentence of a document lands in the same half.
 *
 * <p>{@code -Dpostmortem.labelled=unread} pools the parts that no round has read, as {@code
 * sets/unread.txt} lists them: the report's categories then say where the rules fall short on
 * text nobody tuned them on.
 */
class LabelledSetReportTest {
    @Test
    void reportsPrecisionAndRecallOnTheGivenSet() throws IOException {
        String file = System.getProperty("postmortem.labelled", "");
        assumeTrue(!file.isEmpty(), "give -Dpostmortem.labelled=FILE to measure a labelled set");
        List<Sentence> sentences = file.equals(UNREAD)
                ? unread(SETS.resolve("unread.txt"))
                : half(read(Path.of(file)), System.getProperty("postmortem.labelled.half", ""));
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
                String rules = flagged
                        ? " ["
                                + String.join(
                                        ",",
                                        checker.checkText(s.text()).stream()
                                                .map(f -> f.ruleId())
                                                .distinct()
                                                .toList())
                                + "]"
                        : "";
                listed.add((flagged ? "FALSE-ALARM " : "MISS        ") + s.category() + rules + "  " + s.text());
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

    /** The value of {@code postmortem.labelled} that pools the parts no round has read. */
    static final String UNREAD = "unread";

    /** Where the committed sets and their list of unread parts are. */
    static final Path SETS = Path.of("src/test/resources/language/sets");

    /**
     * The sentences of the parts a list names, pooled: lines {@code FILE [SALT:half]}, {@code #}
     * comments, files beside the list.
     *
     * @param list the list
     * @return the sentences, part after part
     * @throws IllegalArgumentException naming the line, for a missing file, a bad half or a part
     *     listed twice
     */
    static List<Sentence> unread(Path list) throws IOException {
        List<Sentence> out = new ArrayList<>();
        java.util.Set<String> files = new java.util.HashSet<>();
        List<String> lines = Files.readAllLines(list, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\\s+");
            Path set = list.resolveSibling(f[0]);
            if (f.length > 2 || !Files.isRegularFile(set) || !files.add(f[0])) {
                throw new IllegalArgumentException(list + " line " + (i + 1)
                        + ": expected a set file beside the list, listed once, and at most a half; got '" + l + "'");
            }
            out.addAll(half(read(set), f.length == 2 ? f[1] : ""));
        }
        return out;
    }

    /**
     * The sentences of one half of a set split by document, or all of them.
     *
     * @param sentences the set
     * @param spec {@code SALT:even} or {@code SALT:odd}, or empty for the whole set
     * @return the sentences of that half, in their order
     * @throws IllegalArgumentException for a spec of another form
     */
    static List<Sentence> half(List<Sentence> sentences, String spec) {
        if (spec.isEmpty()) {
            return sentences;
        }
        int colon = spec.lastIndexOf(':');
        String which = colon < 0 ? "" : spec.substring(colon + 1);
        if (colon <= 0 || !(which.equals("even") || which.equals("odd"))) {
            throw new IllegalArgumentException(
                    "postmortem.labelled.half must be SALT:even or SALT:odd, such as fresh5:odd; got '" + spec + "'");
        }
        String salt = spec.substring(0, colon);
        boolean even = which.equals("even");
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : sentences) {
            if (inEvenHalf(salt, s.source()) == even) {
                out.add(s);
            }
        }
        return out;
    }

    /** Whether a document falls in the even half of a split salted with a word. */
    static boolean inEvenHalf(String salt, String source) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((salt + ":" + source).getBytes(StandardCharsets.UTF_8));
            return (d[0] & 1) == 0;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Test
    void theHalvesOfASplitPartitionTheSetByDocument(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path f = dir.resolve("set.tsv");
        StringBuilder text = new StringBuilder();
        for (int doc = 0; doc < 40; doc++) {
            for (int line = 0; line < 3; line++) {
                text.append(line == 0 ? "blame\tcharacter" : "ok\tplain")
                        .append("\tforum\thttps://example.org/")
                        .append(doc)
                        .append("\tSentence ")
                        .append(line)
                        .append(" of document ")
                        .append(doc)
                        .append(".\n");
            }
        }
        Files.writeString(f, text);
        List<Sentence> all = read(f);
        List<Sentence> even = half(all, "salt:even");
        List<Sentence> odd = half(all, "salt:odd");
        assertThat(even.size() + odd.size()).isEqualTo(all.size());
        assertThat(even).isNotEmpty().doesNotContainAnyElementsOf(odd);
        // a document's sentences stay together, and the same salt always splits the same way
        assertThat(even.stream().map(Sentence::source).distinct().count() * 3).isEqualTo(even.size());
        assertThat(half(all, "salt:even")).isEqualTo(even);
        // another salt splits the documents otherwise
        assertThat(half(all, "pepper:even")).isNotEqualTo(even);
        assertThat(half(all, "")).isEqualTo(all);
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> half(all, "salt:both"))
                .withMessageContaining("SALT:even or SALT:odd");
    }

    /**
     * The committed sets are read as the report reads them, and keep apart from the corpus and from
     * each other: no source of theirs is a document of the corpus or of another set, and no document
     * gives more than six sentences, so that a set measures text the corpus did not teach and no
     * single document dominates it.
     */
    @Test
    void committedSetsAreWellFormedAndShareNoDocument() throws IOException {
        Path dir = SETS;
        List<Path> sets;
        try (var files = Files.list(dir)) {
            sets = files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList();
        }
        assertThat(sets).as("committed sets in " + dir).isNotEmpty();
        java.util.Set<String> corpusSources = new java.util.HashSet<>();
        BlameCorpus.load().documents().values().forEach(d -> corpusSources.add(d.source()));
        Map<String, Path> seenIn = new LinkedHashMap<>();
        for (Path set : sets) {
            List<Sentence> sentences = read(set);
            assertThat(sentences)
                    .as(set + " holds both labels")
                    .anyMatch(Sentence::blame)
                    .anyMatch(s -> !s.blame());
            Map<String, Integer> perSource = new LinkedHashMap<>();
            sentences.forEach(s -> perSource.merge(s.source(), 1, Integer::sum));
            assertThat(perSource.keySet())
                    .as(set + ": sources that are corpus documents")
                    .doesNotContainAnyElementsOf(corpusSources);
            assertThat(perSource)
                    .as(set + ": documents with more than six sentences")
                    .allSatisfy((source, n) -> assertThat(n).as(source).isLessThanOrEqualTo(6));
            for (String source : perSource.keySet()) {
                Path earlier = seenIn.putIfAbsent(source, set);
                assertThat(earlier)
                        .as(source + " is in " + set + " and in another set")
                        .isNull();
            }
        }
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

    /**
     * The committed list of unread parts names committed sets and valid halves, and pools a few
     * hundred sentences with both labels, so that the pooled figure measures something.
     */
    @Test
    void theCommittedListOfUnreadPartsPoolsSentencesOfBothLabels() throws IOException {
        List<Sentence> pool = unread(SETS.resolve("unread.txt"));
        assertThat(pool.size()).isGreaterThan(500);
        assertThat(pool).anyMatch(Sentence::blame).anyMatch(s -> !s.blame());
    }

    @Test
    void aListOfUnreadPartsIsPooledInOrder_andABadLineIsRefusedWithItsNumber(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        StringBuilder text = new StringBuilder();
        for (int doc = 0; doc < 20; doc++) {
            text.append(doc % 2 == 0 ? "blame\tcharacter" : "ok\tplain")
                    .append("\tforum\thttps://example.org/")
                    .append(doc)
                    .append("\tSentence of document ")
                    .append(doc)
                    .append(".\n");
        }
        Files.writeString(dir.resolve("a.tsv"), text);
        Files.writeString(dir.resolve("b.tsv"), "ok\tplain\tnews\thttps://example.org/b\tThe cache was warmed.\n");
        Path list = dir.resolve("unread.txt");
        Files.writeString(list, "# parts\na.tsv salt:odd\nb.tsv\n");
        List<Sentence> pooled = unread(list);
        List<Sentence> odd = half(read(dir.resolve("a.tsv")), "salt:odd");
        assertThat(pooled).hasSize(odd.size() + 1);
        assertThat(pooled.subList(0, odd.size())).isEqualTo(odd);
        assertThat(pooled.get(odd.size()).text()).isEqualTo("The cache was warmed.");

        Files.writeString(list, "a.tsv salt:odd\nmissing.tsv\n");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> unread(list))
                .withMessageContaining("line 2");
        Files.writeString(list, "a.tsv salt:odd\na.tsv salt:even\n");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> unread(list))
                .withMessageContaining("line 2");
        Files.writeString(list, "a.tsv salt:both\n");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> unread(list))
                .withMessageContaining("SALT:even or SALT:odd");
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
