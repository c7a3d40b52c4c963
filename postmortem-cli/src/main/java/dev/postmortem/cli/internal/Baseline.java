package dev.postmortem.cli.internal;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The findings a team has accepted for now: {@code check --baseline FILE} reports and fails only on
 * the others, and counts those gone since as fixed; {@code check --write-baseline FILE} records a
 * run's findings.
 *
 * <p>The file is JSON, one finding per line, sorted by path, rule and fingerprint, so a change to
 * it reads as a short diff (its schema is {@code META-INF/postmortem/baseline.schema.json} in the
 * jar):
 *
 * <pre>
 * {
 *   "version": 1,
 *   "findings": [
 *     {"path":"docs/pm/db.md","ruleId":"language.person-named","fingerprint":"0f3a...","count":1,"field":"contributingFactors[].description","text":"Dave"}
 *   ]
 * }
 * </pre>
 *
 * <p>A finding is in the baseline when its file's path and its {@link Fingerprints fingerprint}
 * are, and fewer findings of that file with that fingerprint came before it than the entry counts.
 * {@code field} and {@code text} only help a reader of the file. Immutable and thread-safe.
 */
public final class Baseline {
    /** The version written into and expected in every baseline. */
    public static final int VERSION = 1;

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{16}");
    private static final Set<String> ROOT_KEYS = Set.of("version", "findings");
    private static final Set<String> ENTRY_KEYS = Set.of("path", "ruleId", "fingerprint", "count", "field", "text");
    private static final int TEXT_LIMIT = 60;
    private static final Comparator<Entry> ORDER =
            Comparator.comparing(Entry::path).thenComparing(Entry::ruleId).thenComparing(Entry::fingerprint);

    private final Map<String, Map<String, Entry>> byPath;
    private final int size;

    private Baseline(Map<String, Map<String, Entry>> byPath, int size) {
        this.byPath = byPath;
        this.size = size;
    }

    /**
     * A group of findings of one file that share a fingerprint.
     *
     * @param path the file's display path
     * @param ruleId the rule
     * @param fingerprint the findings' fingerprint
     * @param count how many findings of the file have it
     * @param field the field they are in, without list positions, or empty
     * @param text the flagged text, shortened, or empty
     */
    public record Entry(String path, String ruleId, String fingerprint, int count, String field, String text) {}

    /**
     * A file's result with the findings of the baseline taken out.
     *
     * @param result the file's result with only the findings not in the baseline
     * @param baselined how many findings the baseline took out
     * @param fixed the baseline's findings of this file that were not found again, with how many
     */
    public record Applied(FileResult result, long baselined, List<Entry> fixed) {}

    /** A baseline file that cannot be used. The message is one line that names the file. */
    public static final class BaselineException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BaselineException(String message) {
            super(message);
        }
    }

    /**
     * How many findings the baseline holds.
     *
     * @return the sum of the entries' counts
     */
    public int size() {
        return size;
    }

    /**
     * Reads a baseline file.
     *
     * @param file the file
     * @param name the file as the user named it, for messages
     * @return the baseline
     * @throws BaselineException if the file is missing, unreadable, or not a baseline of this version
     */
    public static Baseline load(Path file, String name) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BaselineException("baseline " + name + ": no such file; write one with --write-baseline " + name);
        } catch (MalformedInputException e) {
            throw new BaselineException("baseline " + name + ": not UTF-8 text");
        } catch (IOException e) {
            throw new BaselineException("baseline " + name + ": cannot be read ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
        if (text.isBlank()) {
            throw new BaselineException("baseline " + name + " is empty; write one with --write-baseline " + name);
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JacksonException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new BaselineException("baseline " + name + " is not valid JSON"
                    + (line > 0 ? " (line " + line + ")" : "") + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject()) {
            throw malformed(name, "", "must be a JSON object with \"version\" and \"findings\"");
        }
        unknownKeys(name, "", root, ROOT_KEYS);
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber() || version.asInt() != VERSION) {
            throw malformed(
                    name,
                    "version",
                    "must be " + VERSION + " (this postmortem reads baselines of version " + VERSION + ")");
        }
        JsonNode findings = root.get("findings");
        if (findings == null || !findings.isArray()) {
            throw malformed(name, "findings", "must be an array");
        }
        Map<String, Map<String, Entry>> byPath = new HashMap<>();
        int size = 0;
        for (int i = 0; i < findings.size(); i++) {
            String at = "findings[" + i + "]";
            JsonNode e = findings.get(i);
            if (!e.isObject()) {
                throw malformed(name, at, "must be an object");
            }
            unknownKeys(name, at + ".", e, ENTRY_KEYS);
            String path = string(name, at, e, "path", true);
            String ruleId = string(name, at, e, "ruleId", true);
            String fingerprint = string(name, at, e, "fingerprint", true);
            if (!FINGERPRINT.matcher(fingerprint).matches()) {
                throw malformed(name, at + ".fingerprint", "must be 16 lower-case hex digits");
            }
            JsonNode count = e.get("count");
            if (count == null || !count.isIntegralNumber() || !count.canConvertToInt() || count.asInt() < 1) {
                throw malformed(name, at + ".count", "must be a whole number of at least 1");
            }
            Entry entry = new Entry(
                    path,
                    ruleId,
                    fingerprint,
                    count.asInt(),
                    string(name, at, e, "field", false),
                    string(name, at, e, "text", false));
            size += entry.count();
            byPath.computeIfAbsent(path, p -> new LinkedHashMap<>())
                    .merge(
                            fingerprint,
                            entry,
                            (a, b) -> new Entry(
                                    a.path(), a.ruleId(), a.fingerprint(), a.count() + b.count(), a.field(), a.text()));
        }
        return new Baseline(byPath, size);
    }

    private static void unknownKeys(String name, String at, JsonNode node, Set<String> known) {
        for (Iterator<String> it = node.propertyNames().iterator(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                throw malformed(
                        name,
                        at + key,
                        "is not a baseline key; expected one of "
                                + known.stream().sorted().toList());
            }
        }
    }

    private static String string(String name, String at, JsonNode e, String key, boolean required) {
        JsonNode v = e.get(key);
        if (v == null && !required) {
            return "";
        }
        if (v == null || !v.isString() || (required && v.asString().isEmpty())) {
            throw malformed(name, at + "." + key, required ? "must be a non-empty string" : "must be a string");
        }
        return v.asString();
    }

    private static BaselineException malformed(String name, String where, String what) {
        return new BaselineException("baseline " + name + (where.isEmpty() ? "" : ": " + where) + " " + what);
    }

    /**
     * Takes the baseline's findings out of a file's result. A file that could not be read is left
     * as it is, and none of its baseline findings count as fixed.
     *
     * @param r the file's result
     * @return what is left, and what the baseline took out or misses
     */
    public Applied apply(FileResult r) {
        Map<String, Entry> known = byPath.getOrDefault(r.path(), Map.of());
        if (r.unreadable().isPresent()) {
            return new Applied(r, 0, List.of());
        }
        List<Located> kept = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<Fingerprints.Occurrence> occurrences = Fingerprints.occurrences(r.findings());
        long baselined = 0;
        for (int i = 0; i < r.findings().size(); i++) {
            Fingerprints.Occurrence o = occurrences.get(i);
            Entry e = known.get(o.fingerprint());
            if (e != null && o.number() <= e.count()) {
                baselined++;
                seen.merge(o.fingerprint(), 1, Integer::sum);
            } else {
                kept.add(r.findings().get(i));
            }
        }
        List<Entry> fixed = new ArrayList<>();
        for (Entry e : known.values()) {
            int found = seen.getOrDefault(e.fingerprint(), 0);
            if (found < e.count()) {
                fixed.add(new Entry(e.path(), e.ruleId(), e.fingerprint(), e.count() - found, e.field(), e.text()));
            }
        }
        fixed.sort(ORDER);
        return new Applied(new FileResult(r.path(), List.copyOf(kept), r.unreadable()), baselined, List.copyOf(fixed));
    }

    /**
     * The baseline entries of one file's findings.
     *
     * @param r the file's result
     * @return one entry per fingerprint, with its count
     */
    public static List<Entry> entries(FileResult r) {
        Map<String, Entry> out = new LinkedHashMap<>();
        for (Located f : r.findings()) {
            String fp = Fingerprints.of(f);
            String text = f.excerpt().strip().replaceAll("\\s+", " ");
            if (text.length() > TEXT_LIMIT) {
                text = text.substring(0, TEXT_LIMIT - 1) + "…";
            }
            Entry e = new Entry(r.path(), f.ruleId(), fp, 1, Fingerprints.field(f.modelPath()), text);
            out.merge(
                    fp,
                    e,
                    (a, b) -> new Entry(a.path(), a.ruleId(), a.fingerprint(), a.count() + 1, a.field(), a.text()));
        }
        return List.copyOf(out.values());
    }

    /**
     * The text of a baseline file: the entries sorted, one per line.
     *
     * @param entries the entries, in any order
     * @return the JSON text, ending with a line break
     */
    public static String text(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        StringBuilder b =
                new StringBuilder("{\n  \"version\": ").append(VERSION).append(",\n  \"findings\": [");
        for (int i = 0; i < sorted.size(); i++) {
            Entry e = sorted.get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", e.path());
            m.put("ruleId", e.ruleId());
            m.put("fingerprint", e.fingerprint());
            m.put("count", e.count());
            if (!e.field().isEmpty()) {
                m.put("field", e.field());
            }
            if (!e.text().isEmpty()) {
                m.put("text", e.text());
            }
            b.append(i == 0 ? "\n    " : ",\n    ").append(MAPPER.writeValueAsString(m));
        }
        b.append(sorted.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return b.toString();
    }
}
