package dev.postmortem.core.internal.language;

import dev.postmortem.core.report.FindingSeverity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One rule file, parsed: its id, severity, where it applies, message and suggestion, its patterns,
 * its vetoes ({@code unless} for the sentence, {@code unless-near} for one match), and the example sentences that must and must not match. The format
 * is {@code key: value} lines; {@code pattern}, {@code unless}, {@code requires}, {@code match} and
 * {@code no-match} repeat. See {@code language/rules/README.md}. Immutable once compiled.
 */
public final class LanguageRuleFile {
    /** Where a text stands, which decides the rules that read it. */
    public enum Mode {
        /** Prose: descriptions, impact, factors, lessons, additional sections. */
        PROSE,
        /** A remedy: an action item or a Five Whys root fix. */
        REMEDIATION,
        /** A timeline entry. */
        TIMELINE
    }

    /** An example sentence and whether the rule must report it. */
    public record Example(String text, boolean matches) {}

    private final String name;
    private final String id;
    private final FindingSeverity severity;
    private final Set<Mode> modes;
    private final String message;
    private final String suggestion;
    private final List<String> patterns;
    private final List<String> vetoes;
    private final List<String> nearVetoes;
    private final List<String> requirements;
    private final List<Example> examples;
    private final boolean skipsQuoted;

    private LanguageRuleFile(
            String name,
            String id,
            FindingSeverity severity,
            Set<Mode> modes,
            String message,
            String suggestion,
            List<String> patterns,
            List<String> vetoes,
            List<String> nearVetoes,
            List<String> requirements,
            List<Example> examples,
            boolean skipsQuoted) {
        this.skipsQuoted = skipsQuoted;
        this.name = name;
        this.id = id;
        this.severity = severity;
        this.modes = modes;
        this.message = message;
        this.suggestion = suggestion;
        this.patterns = List.copyOf(patterns);
        this.vetoes = List.copyOf(vetoes);
        this.nearVetoes = List.copyOf(nearVetoes);
        this.requirements = List.copyOf(requirements);
        this.examples = List.copyOf(examples);
    }

    /** Where the shared veto sets are: one file of {@code unless} patterns per set. */
    private static final String SETS = "/dev/postmortem/core/language/rules/sets/";

    /** The names of the shared veto sets a rule file can take with {@code unless-set}. */
    static final List<String> VETO_SETS = Vocabulary.readLines(SETS + "index.txt");

    /** The patterns of a shared veto set, or an error naming the sets there are. */
    private static List<String> vetoSet(String name, int no, String set) {
        if (!VETO_SETS.contains(set)) {
            throw new IllegalArgumentException(
                    name + ":" + no + ": no veto set named '" + set + "'; the sets are " + VETO_SETS);
        }
        return Vocabulary.readLines(SETS + set + ".txt");
    }

    /**
     * Parses a rule file.
     *
     * @param name where it came from, for messages
     * @param text its text
     * @return the rule
     * @throws IllegalArgumentException naming the file and line of what is wrong
     */
    public static LanguageRuleFile parse(String name, String text) {
        String id = null;
        FindingSeverity severity = FindingSeverity.WARNING;
        Set<Mode> modes = EnumSet.allOf(Mode.class);
        String message = null;
        String suggestion = null;
        List<String> patterns = new ArrayList<>();
        List<String> vetoes = new ArrayList<>();
        List<String> nearVetoes = new ArrayList<>();
        List<String> requirements = new ArrayList<>();
        List<Example> examples = new ArrayList<>();
        boolean skipsQuoted = false;
        int no = 0;
        for (String raw : text.split("\r\n|\r|\n", -1)) {
            no++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException(name + ":" + no + ": expected 'key: value', found '" + line + "'");
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            if (value.isEmpty()) {
                throw new IllegalArgumentException(name + ":" + no + ": '" + key + "' has no value");
            }
            switch (key) {
                case "id" -> id = value;
                case "severity" -> severity = severity(name, no, value);
                case "applies" -> modes = modes(name, no, value);
                case "message" -> message = value;
                case "suggestion" -> suggestion = value;
                case "pattern" -> patterns.add(value);
                case "unless" -> vetoes.add(value);
                case "unless-set" -> vetoes.addAll(vetoSet(name, no, value));
                case "unless-near" -> nearVetoes.add(value);
                case "requires" -> requirements.add(value);
                case "match" -> examples.add(new Example(value, true));
                case "no-match" -> examples.add(new Example(value, false));
                case "quotes" -> skipsQuoted = quotes(name, no, value);
                default ->
                    throw new IllegalArgumentException(name + ":" + no + ": unknown key '" + key
                            + "'; expected id, severity, applies, quotes, message, suggestion, pattern, unless, unless-set,"
                            + " unless-near, requires,"
                            + " match or no-match");
            }
        }
        if (id == null || !id.matches("[a-z0-9-]+\\.[a-z0-9.-]+")) {
            throw new IllegalArgumentException(
                    name + ": needs an 'id: family.rule' line (lower case, such as language.counterfactual)");
        }
        if (message == null || suggestion == null || patterns.isEmpty()) {
            throw new IllegalArgumentException(name + ": needs a message, a suggestion and at least one pattern");
        }
        return new LanguageRuleFile(
                name,
                id,
                severity,
                modes,
                message,
                suggestion,
                patterns,
                vetoes,
                nearVetoes,
                requirements,
                examples,
                skipsQuoted);
    }

    private static boolean quotes(String name, int no, String value) {
        return switch (value) {
            case "read" -> false;
            case "skip" -> true;
            default ->
                throw new IllegalArgumentException(
                        name + ":" + no + ": quotes takes read or skip, not '" + value + "'");
        };
    }

    /**
     * Whether a match that starts inside a quotation is passed over ({@code quotes: skip}): a quoted
     * remedy is usually quoted to be rejected. A sentence that is one quotation as a whole is read
     * as any other.
     *
     * @return true if quoted matches are passed over
     */
    public boolean skipsQuoted() {
        return skipsQuoted;
    }

    private static FindingSeverity severity(String name, int no, String value) {
        try {
            return FindingSeverity.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    name + ":" + no + ": severity must be error, warning or info, not '" + value + "'", e);
        }
    }

    private static Set<Mode> modes(String name, int no, String value) {
        Set<Mode> out = EnumSet.noneOf(Mode.class);
        for (String m : value.split("[\\s,]+")) {
            try {
                out.add(Mode.valueOf(m.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        name + ":" + no + ": applies takes prose, remediation and timeline, not '" + m + "'", e);
            }
        }
        return out;
    }

    /**
     * Where the rule came from.
     *
     * @return the file name
     */
    public String name() {
        return name;
    }

    /**
     * The rule id.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The default severity.
     *
     * @return the severity
     */
    public FindingSeverity severity() {
        return severity;
    }

    /**
     * Where the rule applies.
     *
     * @return the modes
     */
    public Set<Mode> modes() {
        return modes;
    }

    /**
     * What the rule reports and how to fix it.
     *
     * @return the message
     */
    public String message() {
        return message;
    }

    /**
     * The blameless rewording or question to ask.
     *
     * @return the suggestion
     */
    public String suggestion() {
        return suggestion;
    }

    /**
     * The patterns, as written.
     *
     * @return the patterns
     */
    public List<String> patterns() {
        return patterns;
    }

    /**
     * The vetoes, as written.
     *
     * @return patterns that, found anywhere in the sentence, cancel the rule there
     */
    public List<String> vetoes() {
        return vetoes;
    }

    /**
     * The vetoes that speak for a match only, as written ({@code unless-near}): one of them found
     * where it overlaps a match (it starts at or before the match's reported span ends, and ends at
     * or after that span starts) cancels that match, and the rule reads on for a later one in the
     * same sentence. A plain {@code unless} cancels the rule for the whole sentence, so it can hide
     * a judgement of a person that stands beside the thing it was written for.
     *
     * @return the patterns
     */
    public List<String> nearVetoes() {
        return nearVetoes;
    }

    /**
     * The requirements, as written.
     *
     * @return patterns that must each be found in the sentence for the rule to report it
     */
    public List<String> requirements() {
        return requirements;
    }

    /**
     * The example sentences.
     *
     * @return the examples
     */
    public List<Example> examples() {
        return examples;
    }
}
