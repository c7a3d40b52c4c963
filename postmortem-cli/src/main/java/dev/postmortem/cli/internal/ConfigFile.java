package dev.postmortem.cli.internal;

import dev.postmortem.core.checks.PostmortemChecker;
import dev.postmortem.core.checks.config.CheckerConfig;
import dev.postmortem.core.checks.config.DueDatePolicy;
import dev.postmortem.core.checks.config.RuleSettings;
import dev.postmortem.core.checks.language.BlameLanguageChecker;
import dev.postmortem.core.model.SeverityLevel;
import dev.postmortem.core.model.SeverityScale;
import dev.postmortem.core.report.FindingSeverity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads {@code --config FILE}: YAML (any name) or JSON ({@code .json}) with these keys, all
 * optional.
 *
 * <pre>
 * rules:
 *   disable: [language.minimiser, "fivewhys.*"]
 *   severity: {"language.*": warning, readiness.owner: error}
 * roster: [Priya, Jorge]          # names the language rules treat as people
 * allowlist: [Jenkins, Blameless] # words never taken for names or blame
 * dueDays: {SEV1: 15, SEV2: 30}   # the longest time to an action item's due date
 * reviewWindow: {minBusinessDays: 3, maxBusinessDays: 5}
 * holidays: [2026-12-25]
 * language:
 *   words:                        # added to the language rules' word classes
 *     team: [payments crew, nightowls]
 *     not-person: [Bob]
 *   rules: [rules/yolo.rule]      # rule files, relative to the config file
 * markdown:
 *   profile: google-sre           # a shipped template's headings and required sections
 *   headings:                     # the team's headings for the template's sections
 *     timeline: ["What happened when"]
 *     actions: ["~follow-up work"]  # "~": the heading contains these words
 *   required: [timeline, five-whys] # sections the team's template requires
 * </pre>
 *
 * <p>An unknown key, a wrong type or an unknown severity is an error that names the key.
 */
public final class ConfigFile {
    private static final Set<String> KEYS =
            Set.of("rules", "roster", "allowlist", "dueDays", "reviewWindow", "holidays", "language", "markdown");

    private ConfigFile() {}

    /** A configuration file that cannot be used. */
    public static final class ConfigException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ConfigException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Reads a configuration file.
     *
     * @param file the file
     * @return the checker configuration
     * @throws ConfigException if the file cannot be read or holds an unknown or malformed setting
     */
    public static CheckerConfig load(Path file) {
        return load(file, Set.of());
    }

    /**
     * Reads a configuration file whose rule settings may also name the rules of a team's checks.
     *
     * @param file the file
     * @param teamRuleIds the rule ids of the checks loaded with {@code --checks}
     * @return the checker configuration
     * @throws ConfigException if the file cannot be read or holds an unknown or malformed setting
     */
    public static CheckerConfig load(Path file, Set<String> teamRuleIds) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        JsonNode root = readTree(file, name);
        Path dir = file.toAbsolutePath().getParent();
        return parse(root, name, dir == null ? Path.of("") : dir, teamRuleIds);
    }

    /**
     * Reads the Markdown layout of a configuration file: the team's headings and required sections.
     *
     * @param file the file
     * @return the layout profile; the standard one when the file has no {@code markdown} setting
     * @throws ConfigException if the file cannot be read or the setting is malformed
     */
    public static dev.postmortem.markdown.LayoutProfile layout(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        JsonNode root = readTree(file, name);
        return layout(root, name);
    }

    /** Checks that a setting is a mapping of the two keys it may hold. */
    private static void settings(JsonNode node, String name, String key, String... allowed) {
        String expected = allowed.length == 2
                ? allowed[0] + " and " + allowed[1]
                : String.join(", ", java.util.Arrays.asList(allowed).subList(0, allowed.length - 1)) + " and "
                        + allowed[allowed.length - 1];
        if (!node.isObject()) {
            throw fail(name, key, "expected a mapping with " + expected);
        }
        List<String> names = List.of(allowed);
        for (String k : node.propertyNames()) {
            if (!names.contains(k)) {
                throw fail(name, key + "." + k, "unknown setting; expected " + expected.replace(" and ", " or "));
            }
        }
    }

    /** A mapping of names to lists of strings ("team: [payments crew]"); empty when absent. */
    private static Map<String, List<String>> listsByKey(JsonNode node, String name, String key, String what) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (node.isMissingNode()) {
            return out;
        }
        if (!node.isObject()) {
            throw fail(name, key, "expected a mapping of " + what + " to a list");
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            out.put(e.getKey(), strings(e.getValue(), name, key + "." + e.getKey()));
        }
        return out;
    }

    /** Reads a configuration file's tree; a key given twice is an error, not a silent "last one wins". */
    private static JsonNode readTree(Path file, String name) {
        ObjectMapper mapper = name.toLowerCase(Locale.ROOT).endsWith(".json")
                ? JsonMapper.builder()
                        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                        .build()
                : YAMLMapper.builder()
                        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                        .build();
        try {
            return mapper.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new ConfigException("cannot read config " + name + ": " + e.getMessage(), e);
        } catch (JacksonException e) {
            throw new ConfigException("config " + name + " is not valid YAML or JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The Markdown layout of a parsed configuration tree.
     *
     * @param root the tree
     * @param name the file name, for messages
     * @return the layout profile
     */
    public static dev.postmortem.markdown.LayoutProfile layout(JsonNode root, String name) {
        JsonNode node = root == null ? null : root.get("markdown");
        if (node == null || node.isNull()) {
            return dev.postmortem.markdown.LayoutProfile.standard();
        }
        settings(node, name, "markdown", "profile", "headings", "required");
        try {
            dev.postmortem.markdown.LayoutProfile.Builder b = node.has("profile")
                    ? dev.postmortem.markdown.LayoutProfile.builder(dev.postmortem.markdown.LayoutProfile.named(
                            string(node.get("profile"), name, "markdown.profile")))
                    : dev.postmortem.markdown.LayoutProfile.builder();
            for (Map.Entry<String, List<String>> e : listsByKey(
                            node.path("headings"), name, "markdown.headings", "section")
                    .entrySet()) {
                for (String h : e.getValue()) {
                    if (h.startsWith("~")) {
                        b.headingContaining(e.getKey(), h.substring(1));
                    } else {
                        b.heading(e.getKey(), h);
                    }
                }
            }
            if (node.has("required")) {
                for (String s : strings(node.get("required"), name, "markdown.required")) {
                    b.require(s);
                }
            }
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new ConfigException("config " + name + ": markdown: " + e.getMessage(), e);
        }
    }

    /**
     * Builds a checker configuration from a parsed configuration tree.
     *
     * @param root the tree
     * @param name the file name, for messages
     * @param dir the folder that relative rule-file paths are resolved against
     * @return the configuration
     */
    public static CheckerConfig parse(JsonNode root, String name, Path dir) {
        return parse(root, name, dir, Set.of());
    }

    /**
     * Reads a configuration tree whose rule settings may also name the rules of a team's checks.
     *
     * @param root the tree
     * @param name the file name, for messages
     * @param dir the folder relative paths in it are resolved against
     * @param teamRuleIds the rule ids of the checks loaded with {@code --checks}
     * @return the checker configuration
     * @throws ConfigException if a setting is unknown or malformed
     */
    public static CheckerConfig parse(JsonNode root, String name, Path dir, Set<String> teamRuleIds) {
        CheckerConfig.Builder b = CheckerConfig.builder();
        if (root == null || root.isMissingNode() || root.isNull()) {
            return b.build();
        }
        if (!root.isObject()) {
            throw fail(name, "", "the file must hold a mapping of settings");
        }
        for (String key : root.propertyNames()) {
            if (!KEYS.contains(key)) {
                throw fail(name, key, "unknown setting; known settings are " + String.join(", ", sorted(KEYS)));
            }
        }
        try {
            JsonNode rules = root.path("rules");
            if (!rules.isMissingNode()) {
                b.rules(rules(rules, name));
            }
            if (root.has("roster")) {
                b.roster(strings(root.get("roster"), name, "roster"));
            }
            if (root.has("allowlist")) {
                b.allowlist(strings(root.get("allowlist"), name, "allowlist"));
            }
            if (root.has("dueDays")) {
                b.dueDatePolicy(dueDays(root.get("dueDays"), name));
            }
            if (root.has("reviewWindow")) {
                JsonNode w = root.get("reviewWindow");
                b.reviewWindow(
                        integer(w.path("minBusinessDays"), name, "reviewWindow.minBusinessDays"),
                        integer(w.path("maxBusinessDays"), name, "reviewWindow.maxBusinessDays"));
            }
            if (root.has("holidays")) {
                List<LocalDate> days = new ArrayList<>();
                for (String s : strings(root.get("holidays"), name, "holidays")) {
                    try {
                        days.add(LocalDate.parse(s));
                    } catch (DateTimeParseException e) {
                        throw fail(name, "holidays", "'" + s + "' is not a date such as 2026-12-25");
                    }
                }
                b.holidays(days);
            }
            if (root.has("language")) {
                language(root.get("language"), name, dir, b);
            }
            layout(root, name); // a malformed markdown setting is an error here too
            CheckerConfig config = b.build();
            // compile the language rules now, so a bad class name or rule file is a config error
            BlameLanguageChecker language = BlameLanguageChecker.of(config);
            Set<String> known = knownRuleIds(language);
            known.addAll(teamRuleIds);
            checkSelectors(root.path("rules"), name, known);
            return config;
        } catch (IllegalArgumentException e) {
            throw new ConfigException("config " + name + ": " + e.getMessage(), e);
        }
    }

    private static void language(JsonNode node, String name, Path dir, CheckerConfig.Builder b) {
        settings(node, name, "language", "words", "rules");
        listsByKey(node.path("words"), name, "language.words", "word class").forEach(b::languageWords);
        if (node.has("rules")) {
            for (String path : strings(node.get("rules"), name, "language.rules")) {
                Path file = dir.resolve(path);
                try {
                    b.languageRule(Files.readString(file));
                } catch (IOException e) {
                    throw new ConfigException(
                            "config " + name + ": language.rules: cannot read rule file " + path + ": "
                                    + e.getMessage(),
                            e);
                }
            }
        }
    }

    private static Set<String> knownRuleIds(BlameLanguageChecker language) {
        Set<String> ids = new java.util.TreeSet<>();
        PostmortemChecker.rules().forEach(r -> ids.add(r.id()));
        ids.addAll(language.ruleIds());
        ids.add(Checking.MARKDOWN_RULE);
        ids.add(Checking.MARKDOWN_EMPTY_RULE);
        ids.add(Checking.REQUIRED_SECTION_RULE);
        ids.add(Checking.JSON_RULE);
        return ids;
    }

    /**
     * A selector in {@code rules.disable} or {@code rules.severity} must name a rule, a family
     * ({@code language} or {@code language.*}) or {@code *}: a misspelt one would otherwise do
     * nothing without a word.
     */
    private static void checkSelectors(JsonNode rules, String name, Set<String> known) {
        if (rules.isMissingNode()) {
            return;
        }
        List<String[]> selectors = new ArrayList<>();
        if (rules.has("disable")) {
            for (JsonNode n : rules.get("disable")) {
                selectors.add(new String[] {"rules.disable", n.asString()});
            }
        }
        if (rules.path("severity").isObject()) {
            for (String key : rules.get("severity").propertyNames()) {
                selectors.add(new String[] {"rules.severity." + key, key});
            }
        }
        Set<String> families = new java.util.TreeSet<>();
        known.forEach(id -> families.add(id.substring(0, id.indexOf('.'))));
        for (String[] s : selectors) {
            String sel = s[1].strip();
            String family = sel.endsWith(".*") ? sel.substring(0, sel.length() - 2) : sel;
            if (sel.equals("*") || known.contains(sel) || families.contains(family)) {
                continue;
            }
            String nearest = nearest(sel, known, families);
            throw fail(
                    name,
                    s[0],
                    "'" + sel + "' is no rule or family"
                            + (nearest.isEmpty() ? "" : "; did you mean '" + nearest + "'?")
                            + " (the README's rule table lists every rule)");
        }
    }

    private static String nearest(String s, Set<String> ids, Set<String> families) {
        String best = "";
        int bestDistance = 4;
        for (Set<String> set : List.of(ids, families)) {
            for (String candidate : set) {
                int d = distance(s, candidate);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = candidate;
                }
            }
        }
        return best;
    }

    /** Levenshtein distance, for the "did you mean" of a misspelt rule id. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static RuleSettings rules(JsonNode rules, String name) {
        if (!rules.isObject()) {
            throw fail(name, "rules", "expected a mapping with disable and severity");
        }
        RuleSettings.Builder r = RuleSettings.builder();
        for (String key : rules.propertyNames()) {
            if (!key.equals("disable") && !key.equals("severity")) {
                throw fail(name, "rules." + key, "unknown setting; expected disable or severity");
            }
        }
        if (rules.has("disable")) {
            for (String selector : strings(rules.get("disable"), name, "rules.disable")) {
                r.disable(selector);
            }
        }
        JsonNode severity = rules.path("severity");
        if (!severity.isMissingNode()) {
            if (!severity.isObject()) {
                throw fail(name, "rules.severity", "expected a mapping of rule selector to error, warning or info");
            }
            for (Map.Entry<String, JsonNode> e : severity.properties()) {
                String level = e.getValue().asString("").toUpperCase(Locale.ROOT);
                FindingSeverity s;
                try {
                    s = FindingSeverity.valueOf(level);
                } catch (IllegalArgumentException x) {
                    throw fail(name, "rules.severity." + e.getKey(), "expected error, warning or info");
                }
                r.severity(e.getKey(), s);
            }
        }
        return r.build();
    }

    private static DueDatePolicy dueDays(JsonNode node, String name) {
        if (!node.isObject()) {
            throw fail(name, "dueDays", "expected a mapping of severity (SEV1) to days");
        }
        Map<Integer, Integer> days =
                new LinkedHashMap<>(DueDatePolicy.defaults().asMap());
        SeverityScale scale = SeverityScale.standard();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            SeverityLevel level = scale.find(e.getKey())
                    .orElseThrow(() -> fail(name, "dueDays." + e.getKey(), "unknown severity; expected SEV1 to SEV5"));
            days.put(level.rank(), integer(e.getValue(), name, "dueDays." + e.getKey()));
        }
        return DueDatePolicy.of(days);
    }

    private static String string(JsonNode node, String name, String key) {
        if (!node.isString()) {
            throw fail(name, key, "expected a name such as google-sre");
        }
        return node.asString();
    }

    private static List<String> strings(JsonNode node, String name, String key) {
        if (!node.isArray()) {
            throw fail(name, key, "expected a list of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode n : node) {
            if (!n.isString() && !n.isNumber()) {
                throw fail(name, key, "expected a list of strings");
            }
            out.add(n.asString());
        }
        return out;
    }

    private static int integer(JsonNode node, String name, String key) {
        if (!node.isIntegralNumber()) {
            throw fail(name, key, "expected a whole number");
        }
        return node.asInt();
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }

    private static ConfigException fail(String name, String key, String message) {
        return new ConfigException("config " + name + (key.isEmpty() ? "" : ", " + key) + ": " + message, null);
    }
}
