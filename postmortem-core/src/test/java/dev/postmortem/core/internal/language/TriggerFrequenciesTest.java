package dev.postmortem.core.internal.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.postmortem.core.testing.BlameCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The sentence shares that choose each pattern's trigger ({@code trigger-frequencies.txt}): they
 * name features the built-in vocabulary has, they never change a finding, and they are written
 * from a folder of real postmortems by {@link #writeFromAFolder}.
 */
class TriggerFrequenciesTest {
    private static final String RESOURCE = "/dev/postmortem/core/language/trigger-frequencies.txt";

    @Test
    void everyLineNamesAFeatureOfTheBuiltInVocabulary() {
        Map<String, Integer> shares = RuleEngine.shares(RESOURCE);
        Vocabulary v = RuleEngine.compile(RuleEngine.builtInRules(), Map.of()).vocabulary();
        assertThat(shares).isNotEmpty();
        assertThat(shares.keySet())
                .as("names no feature of the built-in vocabulary")
                .allSatisfy(name -> assertThat(v.featureNamed(name)).as(name).isNotNegative());
        assertThat(shares.get("<start>")).as("every sentence has a first token").isEqualTo(10_000);
    }

    @Test
    void aFeatureNameRoundTrips() {
        Vocabulary v = RuleEngine.compile(RuleEngine.builtInRules(), Map.of()).vocabulary();
        for (String name : List.of("<person>", "<past>", "careless", "'s")) {
            assertThat(v.featureName(v.featureNamed(name))).isEqualTo(name);
        }
        assertThat(v.featureNamed("<no-such-class>")).isNegative();
        assertThat(v.featureNamed("zzzq")).isNegative();
    }

    @Test
    void aMalformedLineIsRefusedWithItsText() {
        assertThatThrownBy(() -> RuleEngine.shares("/dev/postmortem/core/language/abbreviations.txt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("expected 'feature<TAB>sentences in 10,000'");
    }

    /**
     * The shares only choose where a pattern waits and which token it tests first: an engine
     * compiled with them finds exactly what one compiled without them finds, rule by rule and span
     * by span, on every sentence of the corpus and of the committed labelled sets.
     */
    @Test
    void triggerChoiceNeverChangesAFinding() throws IOException {
        RuleEngine measured = RuleEngine.compile(RuleEngine.builtInRules(), Map.of());
        RuleEngine counted = RuleEngine.compile(RuleEngine.builtInRules(), Map.of(), Map.of());
        List<String> texts = new ArrayList<>();
        BlameCorpus.load().sentences().forEach(s -> texts.add(s.text()));
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/language/sets"))) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    String[] cols = line.split("\t");
                    if (!line.startsWith("#") && cols.length == 5) {
                        texts.add(cols[4]);
                    }
                }
            }
        }
        assertThat(texts).hasSizeGreaterThan(3_000);
        int hits = 0;
        for (String text : texts) {
            List<String> a = hits(measured, text);
            assertThat(a).as(text).isEqualTo(hits(counted, text));
            hits += a.size();
        }
        assertThat(hits).as("findings compared").isGreaterThan(500);
    }

    private static List<String> hits(RuleEngine engine, String text) {
        return engine.run(engine.analyse(text, Set.of()), LanguageRuleFile.Mode.PROSE).stream()
                .map(h -> h.rule().id() + "@" + h.start() + "-" + h.end())
                .toList();
    }

    /**
     * Writes {@code target/trigger-frequencies.txt} from the Markdown postmortems of the folders
     * named by {@code -Dpostmortem.documents} (comma-separated), each file read whole as prose as
     * {@code tools/corpus/quiet-text.sh} reads it: for each class and context feature, and each
     * literal word that occurs, in how many sentences of 10,000 it stands. Copy the file over the
     * resource to use it; only speed depends on it.
     */
    @Test
    @EnabledIfSystemProperty(named = "postmortem.documents", matches = ".+")
    void writeFromAFolder() throws IOException {
        RuleEngine engine = RuleEngine.compile(RuleEngine.builtInRules(), Map.of(), Map.of());
        Vocabulary v = engine.vocabulary();
        long[] counts = new long[v.size()];
        long sentences = 0;
        int files = 0;
        for (String dir : System.getProperty("postmortem.documents").split(",")) {
            List<Path> docs;
            try (Stream<Path> walk = Files.walk(Path.of(dir.strip()))) {
                docs = walk.filter(Files::isRegularFile)
                        .filter(p -> {
                            String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                            return Stream.of(".md", ".markdown", ".mdx", ".qmd", ".md.erb")
                                    .anyMatch(n::endsWith);
                        })
                        .sorted()
                        .toList();
            }
            for (Path doc : docs) {
                files++;
                sentences += count(engine, Files.readString(doc, StandardCharsets.UTF_8), counts);
            }
        }
        assertThat(sentences).as("sentences read").isGreaterThan(1_000);
        Map<String, Long> out = new TreeMap<>();
        for (int f = 0; f < counts.length; f++) {
            String name = v.featureName(f);
            if (name.startsWith("<#")) {
                continue; // a reserved context id
            }
            long share = Math.round(counts[f] * 10_000.0 / sentences);
            if (counts[f] > 0 && share == 0) {
                share = 1;
            }
            if (share > 0 || name.startsWith("<")) {
                out.put(name, share);
            }
        }
        StringBuilder text = new StringBuilder()
                .append("# In how many sentences of 10,000 of real postmortems each feature stands: every class and\n")
                .append("# context feature, and each literal word of the rules that occurs. A pattern waits on its\n")
                .append(
                        "# rarest token and tests its rarest first; only speed depends on this file, never a finding.\n")
                .append("# Written by TriggerFrequenciesTest.writeFromAFolder from ")
                .append(files)
                .append(" files, ")
                .append(sentences)
                .append(" sentences (see tools/corpus/README.md).\n");
        out.forEach(
                (name, share) -> text.append(name).append('\t').append(share).append('\n'));
        Path target = Path.of("target/trigger-frequencies.txt");
        Files.writeString(target, text, StandardCharsets.UTF_8);
        System.out.println("wrote " + target.toAbsolutePath() + ": " + out.size() + " features, " + files + " files, "
                + sentences + " sentences");
        assertThat(RuleEngine.sharesOf(text.toString(), target.toString())).hasSize(out.size());
    }

    private static void mark(int f, boolean[] seen, List<Integer> marked) {
        if (!seen[f]) {
            seen[f] = true;
            marked.add(f);
        }
    }

    /** Counts the sentences of a text and, per feature, the sentences that hold it. */
    private static long count(RuleEngine engine, String text, long[] counts) {
        Vocabulary v = engine.vocabulary();
        Analysis a = engine.analyse(text, Set.of());
        a.readThings(v);
        ScannedText s = a.scanned();
        int n = s.sentencesWithTokens();
        boolean[] seen = new boolean[counts.length];
        List<Integer> marked = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int k = s.sentenceFrom(i); k < s.sentenceFrom(i + 1); k++) {
                long context = a.context(k);
                while (context != 0) {
                    mark(Long.numberOfTrailingZeros(context), seen, marked);
                    context &= context - 1;
                }
                long[] words = a.words(k);
                for (int w = 0; w < words.length; w++) {
                    long bits = words[w];
                    while (bits != 0) {
                        mark((w << 6) + Long.numberOfTrailingZeros(bits), seen, marked);
                        bits &= bits - 1;
                    }
                }
            }
            for (int f : marked) {
                counts[f]++;
                seen[f] = false;
            }
            marked.clear();
        }
        return n;
    }
}
