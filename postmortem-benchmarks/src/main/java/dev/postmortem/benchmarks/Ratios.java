package dev.postmortem.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JMH's JSON results and the live-heap lines and prints the table of ratios, ending with one
 * line per comparison: {@code ratio <name> <measured> target <target>}.
 */
public final class Ratios {
    private Ratios() {}

    private record Comparison(String name, String measured, String baseline, double target, String what) {}

    private static final List<Comparison> COMPARISONS = List.of(
            new Comparison(
                    "markdown-read-seed",
                    "MarkdownReadBenchmark.readSeed",
                    "MarkdownReadBenchmark.parseSeed",
                    1.5,
                    "Markdown read of the seed example / commonmark parse"),
            new Comparison(
                    "markdown-read-1mb",
                    "MarkdownReadBenchmark.read1mb",
                    "MarkdownReadBenchmark.parse1mb",
                    1.5,
                    "Markdown read of 1 MB / commonmark parse"),
            new Comparison(
                    "json-read-seed",
                    "JsonBenchmark.read",
                    "JsonBenchmark.readPlain",
                    1.3,
                    "JSON read / plain Jackson on records"),
            new Comparison(
                    "json-write-seed",
                    "JsonBenchmark.write",
                    "JsonBenchmark.writePlain",
                    1.3,
                    "JSON write / plain Jackson on records"),
            new Comparison(
                    "language-check-1mb",
                    "LanguageBenchmark.check1mb",
                    "LanguageBenchmark.sentences1mb",
                    3.0,
                    "blame-language check of 1 MB / BreakIterator sentences"),
            new Comparison(
                    "full-check-seed",
                    "CheckBenchmark.check",
                    "CheckBenchmark.validateOnly",
                    3.0,
                    "full check / Hibernate Validator alone"),
            new Comparison(
                    "check-scaling-10k-vs-1k",
                    "ScalingBenchmark.checkAll:10000",
                    "ScalingBenchmark.checkAll:1000",
                    11.0,
                    "checking 10,000 / checking 1,000 postmortems"));

    /**
     * Prints the table.
     *
     * @param args the JMH JSON results file, then the live-heap lines file
     * @throws Exception if a file cannot be read
     */
    public static void main(String[] args) throws Exception {
        Map<String, Double> scores = new HashMap<>();
        Map<String, Double> errors = new HashMap<>();
        JsonNode results = JsonMapper.builder().build().readTree(Files.readString(Path.of(args[0])));
        for (JsonNode r : results) {
            String name = r.get("benchmark").asString();
            name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            JsonNode params = r.get("params");
            if (params != null && params.has("count")) {
                name = name + ":" + params.get("count").asString();
            }
            scores.put(name, number(r.at("/primaryMetric/score")));
            errors.put(name, number(r.at("/primaryMetric/scoreError")));
        }
        Map<Long, Long> heap = new HashMap<>();
        if (args.length > 1) {
            for (String line : Files.readAllLines(Path.of(args[1]))) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length == 3 && parts[0].equals("liveheap")) {
                    heap.put(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
                }
            }
        }
        List<String> ratioLines = new ArrayList<>();
        System.out.printf(
                Locale.ROOT,
                "%-26s %14s %14s %8s %7s  %s%n",
                "comparison",
                "measured",
                "baseline",
                "ratio",
                "target",
                "");
        for (Comparison c : COMPARISONS) {
            Double m = scores.get(c.measured());
            Double b = scores.get(c.baseline());
            if (m == null || b == null) {
                System.out.printf(Locale.ROOT, "%-26s not measured%n", c.name());
                continue;
            }
            double ratio = m / b;
            System.out.printf(
                    Locale.ROOT,
                    "%-26s %14s %14s %8.2f %7.1f  %s%s%n",
                    c.name(),
                    format(m, errors.get(c.measured())),
                    format(b, errors.get(c.baseline())),
                    ratio,
                    c.target(),
                    c.what(),
                    ratio <= c.target() ? "" : "  MISSED");
            ratioLines.add(String.format(Locale.ROOT, "ratio %s %.2f target %s", c.name(), ratio, trim(c.target())));
        }
        if (heap.containsKey(10_000L) && heap.containsKey(100_000L)) {
            double ratio = heap.get(100_000L) / (double) heap.get(10_000L);
            System.out.printf(
                    Locale.ROOT,
                    "%-26s %14s %14s %8.2f %7.1f  %s%s%n",
                    "jsonl-live-heap-100k-vs-10k",
                    heap.get(100_000L) / 1024 + " KiB",
                    heap.get(10_000L) / 1024 + " KiB",
                    ratio,
                    1.2,
                    "largest live heap streaming 100,000 / 10,000 postmortems",
                    ratio <= 1.2 ? "" : "  MISSED");
            ratioLines.add(String.format(Locale.ROOT, "ratio jsonl-live-heap-100k-vs-10k %.2f target 1.2", ratio));
        }
        System.out.println();
        ratioLines.forEach(System.out::println);
    }

    /** A JMH number, which JMH writes as the string "NaN" when it has none. */
    private static double number(JsonNode n) {
        return n.isNumber() ? n.asDouble() : Double.NaN;
    }

    private static String format(double score, Double error) {
        return String.format(Locale.ROOT, "%.1f±%.1f", score, error == null || error.isNaN() ? 0 : error);
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
