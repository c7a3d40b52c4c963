package dev.postmortem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.markdown.testing.ReadingFigures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code convert --to json} loses no word of a real team's document: for every document of the
 * Markdown module's layout corpus, every word of the source (markup and the parts of dates and
 * times aside, as {@link ReadingFigures#words} counts them) is in the JSON's strings as often as in
 * the source. The Markdown module's own corpus test holds the same for Markdown written back.
 *
 * <p>A section under the template's own heading ("Lessons Learned", "What Went Well") is a field
 * of the JSON ({@code lessons}, {@code wentWell}) and its heading is not kept as text: the field
 * stands for it, and the Markdown writer gives the heading back from it. So a field name counts as
 * the words of the template heading it stands for; a team's own heading is kept in {@code
 * headings} and counts as text.
 */
class LosslessConvertTest {
    /** The template's heading for each section field, as the Markdown writer writes it. */
    private static final Map<String, String> TEMPLATE_HEADINGS = Map.of(
            "timeline", "1. Event Timeline",
            "customerImpact", "2. Customer & SLO Impact",
            "contributingFactors", "3. Systems Root Cause Matrix",
            "actionItems", "4. Remediation Action Items (SMART Goals)",
            "lessons", "Lessons Learned",
            "wentWell", "What Went Well",
            "wentWrong", "What Went Wrong",
            "gotLucky", "Where We Got Lucky",
            "fiveWhys", "Five Whys",
            "justCultureAssessments", "Just Culture Assessments");

    @TempDir
    Path tmp;

    @Test
    void everyWordOfEveryLayoutFixtureReachesTheJson() throws IOException {
        List<String> files = new ArrayList<>();
        for (String line : resource("index.tsv").split("\n")) {
            String file = line.split("\t")[0];
            if (!line.isBlank() && file.endsWith(".md")) {
                files.add(file);
            }
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(60);
        JsonMapper json = JsonMapper.builder().build();
        List<String> losses = new ArrayList<>();
        int total = 0;
        for (String file : files) {
            String markdown = resource(file);
            Path in = tmp.resolve(file);
            Files.writeString(in, markdown);
            Path out = tmp.resolve(file + ".json");
            PostmortemCliTest.Run r = PostmortemCliTest.run(
                    tmp, "", Map.of(), false, "convert", "--to", "json", "-o", out.toString(), file);
            assertThat(r.code()).as(file + ": " + r.err()).isZero();
            StringBuilder strings = new StringBuilder();
            collect(json.readTree(Files.readString(out)), strings);
            Map<String, Integer> source = ReadingFigures.words(markdown);
            Map<String, Integer> written = ReadingFigures.words(strings.toString());
            for (Map.Entry<String, Integer> e : source.entrySet()) {
                total += e.getValue();
                int lost = e.getValue() - written.getOrDefault(e.getKey(), 0);
                if (lost > 0) {
                    losses.add(file + ": '" + e.getKey() + "' x" + lost);
                }
            }
        }
        System.out.printf(
                "%d lost words of %d in %d documents converted to JSON%n", losses.size(), total, files.size());
        assertThat(total).isGreaterThan(20_000);
        assertThat(losses).isEmpty();
    }

    /** Every string and field name of a JSON tree, each on its own line. */
    private static void collect(JsonNode node, StringBuilder out) {
        if (node.isString()) {
            out.append(node.asString()).append('\n');
        } else if (node.isNumber()) {
            out.append(node.asString()).append('\n');
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            out.append(e.getKey()).append('\n');
            if (!e.getValue().isEmpty()) {
                out.append(TEMPLATE_HEADINGS.getOrDefault(e.getKey(), "")).append('\n');
            }
            collect(e.getValue(), out);
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                collect(element, out);
            }
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = LosslessConvertTest.class.getResourceAsStream("/layouts/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
