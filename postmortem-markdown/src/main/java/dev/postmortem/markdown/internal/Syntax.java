package dev.postmortem.markdown.internal;

import dev.postmortem.core.model.BehaviourType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;

/**
 * The small grammar of the template's lines, shared by writer and reader so that what one writes
 * the other reads. Text values are CommonMark inline content kept as written; only what would
 * change the document's structure is escaped (see {@link #escapeStart}).
 */
public final class Syntax {
    private Syntax() {}

    /** Characters that, at the start of a line, could open a block or one of our tags. */
    private static final String LEADING = "#>-+*=_|~`[<\\!:";

    /**
     * Escapes the start of each line of a value so it cannot open a block, a list or a tag.
     *
     * @param value the value
     * @return the escaped value
     */
    public static String escapeStart(String value) {
        return mapLines(value, Syntax::escapeLine);
    }

    private static String mapLines(String text, java.util.function.UnaryOperator<String> f) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                out.append(f.apply(text.substring(lineStart, i)));
                if (i < text.length()) {
                    out.append('\n');
                }
                lineStart = i + 1;
            }
        }
        return out.toString();
    }

    private static String escapeLine(String line) {
        if (line.isEmpty()) {
            return line;
        }
        char c = line.charAt(0);
        if (LEADING.indexOf(c) >= 0) {
            return "\\" + line;
        }
        int d = 0;
        while (d < line.length() && d < 10 && Character.isDigit(line.charAt(d))) {
            d++;
        }
        if (d > 0 && d < line.length() && (line.charAt(d) == '.' || line.charAt(d) == ')')) {
            return line.substring(0, d) + "\\" + line.substring(d);
        }
        return line;
    }

    /** A line that is an item of a bullet or numbered list: "- x", "* x", "+ x", "1. x", "2) x". */
    private static final java.util.regex.Pattern LIST_LINE =
            java.util.regex.Pattern.compile("[ ]{0,8}(?:[-*+]|\\d{1,9}[.)])[ \t]+\\S.*");

    /**
     * Whether every line of a text is an item of a list, so that the text can be written as a
     * nested list and read back as itself.
     *
     * @param text the text
     * @return true if it has at least one line and each line is a list item
     */
    public static boolean isList(String text) {
        if (text.isBlank()) {
            return false;
        }
        for (String line : text.split("\n", -1)) {
            if (!LIST_LINE.matcher(line).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reverses {@link #escapeStart} on each line.
     *
     * @param raw the raw text
     * @return the value
     */
    public static String unescapeStart(String raw) {
        if (raw.indexOf('\\') < 0) {
            return raw; // nothing escaped: most text, read without copying it line by line
        }
        return mapLines(raw, Syntax::unescapeLine);
    }

    private static String unescapeLine(String line) {
        if (line.length() >= 2 && line.charAt(0) == '\\' && LEADING.indexOf(line.charAt(1)) >= 0) {
            return line.substring(1);
        }
        int d = 0;
        while (d < line.length() && d < 10 && Character.isDigit(line.charAt(d))) {
            d++;
        }
        if (d > 0
                && d + 1 < line.length()
                && line.charAt(d) == '\\'
                && (line.charAt(d + 1) == '.' || line.charAt(d + 1) == ')')) {
            return line.substring(0, d) + line.substring(d + 1);
        }
        return line;
    }

    /**
     * An enum constant as a title-case label: {@code AT_RISK_BEHAVIOUR} → {@code At-Risk Behaviour},
     * {@code IN_REVIEW} → {@code In Review}.
     *
     * @param e the constant
     * @return the label
     */
    public static String label(Enum<?> e) {
        String[] parts = e.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.append(e == BehaviourType.AT_RISK_BEHAVIOUR && i == 1 ? "-" : " ");
            }
            String p = parts[i];
            if (p.equals("and")) {
                out.append("and");
            } else {
                out.append(Character.toUpperCase(p.charAt(0))).append(p.substring(1));
            }
        }
        return out.toString();
    }

    /**
     * Finds an enum constant by a label, ignoring case, spaces, hyphens, underscores and the
     * spellings behaviour/behavior.
     *
     * @param <E> the enum type
     * @param type the enum class
     * @param text the label
     * @return the constant, or empty
     */
    public static <E extends Enum<E>> Optional<E> parseLabel(Class<E> type, String text) {
        String key = key(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (E e : type.getEnumConstants()) {
            if (key(e.name()).equals(key)) {
                return Optional.of(e);
            }
        }
        if (type == BehaviourType.class) {
            for (E e : type.getEnumConstants()) {
                if (key(e.name()).startsWith(key) && key.length() >= 5) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    private static String key(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString().replace("behavior", "behaviour");
    }

    /**
     * A duration as the template writes it: {@code 00:22} (hours and minutes), with {@code :SS} when
     * there are seconds.
     *
     * @param d the duration, not negative
     * @return the text
     */
    public static String hhmm(Duration d) {
        long h = d.toHours();
        long m = d.toMinutesPart();
        long s = d.toSecondsPart();
        return s == 0 ? String.format("%02d:%02d", h, m) : String.format("%02d:%02d:%02d", h, m, s);
    }

    /**
     * Parses {@code 00:22}, {@code 1:05:30}, {@code 22 min}, {@code 22 minutes}, {@code 1h 5m}.
     *
     * @param text the text
     * @return the duration, or empty
     */
    public static Optional<Duration> parseDuration(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.endsWith("minutes")) {
            s = s.substring(0, s.length() - 7).strip();
        } else if (s.endsWith("mins")) {
            s = s.substring(0, s.length() - 4).strip();
        } else if (s.endsWith("min")) {
            s = s.substring(0, s.length() - 3).strip();
        }
        String[] parts = s.split(":");
        try {
            if (parts.length == 2 || parts.length == 3) {
                long h = Long.parseLong(parts[0].strip());
                long m = Long.parseLong(parts[1].strip());
                long sec = parts.length == 3 ? Long.parseLong(parts[2].strip()) : 0;
                if (h < 0 || m < 0 || m > 59 || sec < 0 || sec > 59 || h > 100_000) {
                    return Optional.empty();
                }
                return Optional.of(Duration.ofHours(h).plusMinutes(m).plusSeconds(sec));
            }
            if (parts.length == 1 && !s.isEmpty() && s.chars().allMatch(Character::isDigit) && s.length() < 9) {
                return Optional.of(Duration.ofMinutes(Long.parseLong(s)));
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Parses a time of day with optional seconds: {@code 10:02}, {@code 9:05:30}.
     *
     * @param text the text
     * @return the time, or empty
     */
    public static Optional<LocalTime> parseTime(String text) {
        String s = text.strip();
        String[] p = s.split(":");
        if (p.length < 2 || p.length > 3) {
            return Optional.empty();
        }
        try {
            int h = Integer.parseInt(p[0]);
            int m = Integer.parseInt(p[1]);
            int sec = p.length == 3 ? Integer.parseInt(p[2]) : 0;
            if (p[1].length() != 2 || (p.length == 3 && p[2].length() != 2) || p[0].isEmpty() || p[0].length() > 2) {
                return Optional.empty();
            }
            if (h > 23 || m > 59 || sec > 59 || h < 0 || m < 0 || sec < 0) {
                return Optional.empty();
            }
            return Optional.of(LocalTime.of(h, m, sec));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * A time of day as written: {@code 10:02}, or {@code 10:02:30} with seconds.
     *
     * @param t the time
     * @return the text
     */
    public static String time(LocalTime t) {
        return t.getSecond() == 0
                ? String.format("%02d:%02d", t.getHour(), t.getMinute())
                : String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
    }

    /**
     * Parses an ISO date, or empty.
     *
     * @param text the text
     * @return the date
     */
    public static Optional<LocalDate> parseDate(String text) {
        String s = text.strip();
        if (s.length() != 10 || !isoDateShape(s)) {
            return Optional.empty(); // not a date: no exception to build, on a path every item takes
        }
        try {
            return Optional.of(LocalDate.parse(s));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Whether ten characters look like {@code YYYY-MM-DD}: digits with dashes at 4 and 7. */
    private static boolean isoDateShape(String s) {
        for (int i = 0; i < 10; i++) {
            char c = s.charAt(i);
            boolean dash = i == 4 || i == 7;
            if (dash ? c != '-' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The lines of a resource of this module that are neither blank nor comments ({@code #}).
     *
     * @param name the resource's absolute name
     * @return the lines, as written
     * @throws IllegalStateException if the resource is missing
     */
    public static java.util.List<String> resourceLines(String name) {
        try (java.io.InputStream in = Syntax.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            java.util.List<String> out = new java.util.ArrayList<>();
            java.io.BufferedReader r = new java.io.BufferedReader(
                    new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
            return out;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A text as a compact JSON string, quotes included: how a value read from Markdown is kept as an
     * extension, whose values are JSON text.
     *
     * @param text the text
     * @return the JSON string
     */
    public static String jsonString(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * An extension's value as text for Markdown: the content of a JSON string, or other JSON (a
     * number, an object) as it is written.
     *
     * @param json the extension's value, compact JSON text
     * @return the text
     */
    public static String jsonText(String json) {
        if (json.length() < 2 || json.charAt(0) != '"' || json.charAt(json.length() - 1) != '"') {
            return json;
        }
        StringBuilder out = new StringBuilder(json.length());
        for (int i = 1; i < json.length() - 1; i++) {
            char c = json.charAt(i);
            if (c != '\\' || i + 1 >= json.length() - 1) {
                out.append(c);
                continue;
            }
            char e = json.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    try {
                        out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                        i += 4;
                    } catch (NumberFormatException | IndexOutOfBoundsException x) {
                        out.append("\\u"); // not an escape after all: kept as written
                    }
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }

    /**
     * The level a severity value names: the value as a whole, else the part before a remark
     * ("Critical (complete cluster outage; API unreachable)", "SEV2 - partial outage", "Major;
     * checkout only"), bold or italic markers around the level aside. The remark is the document's
     * to keep; it changes no level, and an unknown level stays unknown.
     *
     * @param scale the scale to find the level in
     * @param written the value, such as {@code Critical (complete outage)} or {@code 🔴 Critical}
     * @return the level, or empty
     */
    public static java.util.Optional<dev.postmortem.core.model.SeverityLevel> severityLevel(
            dev.postmortem.core.model.SeverityScale scale, String written) {
        // a colour or icon before the level, as status pages write it: "🔴 Critical"
        String value = LEADING_SYMBOLS.matcher(written).replaceFirst("");
        java.util.Optional<dev.postmortem.core.model.SeverityLevel> whole = scale.find(value.strip());
        if (whole.isPresent()) {
            return whole;
        }
        java.util.regex.Matcher m = SEVERITY_REMARK.matcher(value.strip());
        java.util.Optional<dev.postmortem.core.model.SeverityLevel> remarked =
                m.matches() ? scale.find(m.group(1).strip()) : java.util.Optional.empty();
        if (remarked.isPresent()) {
            return remarked;
        }
        // the level's code, then the team's own label for it: "P2 Medium", "S4-LOW"; the code
        // decides, since the label may name another level of the standard scale ("Medium" is SEV3)
        java.util.regex.Matcher code = LEVEL_CODE.matcher(value.strip());
        return code.matches() ? scale.find(code.group(1)) : java.util.Optional.empty();
    }

    /** A level's code (SEV, Severity, Tier, P or S and a digit), then a label after a space or a hyphen. */
    private static final java.util.regex.Pattern LEVEL_CODE = java.util.regex.Pattern.compile(
            "(?i)[*_\\s]*((?:sev(?:erity)?|tier|p|s)[\\s-]?\\d)(?!\\d)[*_]*(?:[\\s-]+\\p{L}[\\p{L} ]*)?[*_]*");

    /** Symbols and spaces before the first letter or digit (emoji, bullets), markup excluded. */
    private static final java.util.regex.Pattern LEADING_SYMBOLS =
            java.util.regex.Pattern.compile("^[^\\p{L}\\p{N}*_]+");

    /**
     * A level, bold or not, then a remark in brackets or after a dash, a semicolon or a colon ("High:
     * session could not start").
     */
    private static final java.util.regex.Pattern SEVERITY_REMARK =
            java.util.regex.Pattern.compile("[*_\\s]*([^(;:–—*_]+?)[*_]*\\s*(?:\\(.*|[;–—].*|:\\s.*|-\\s.*)?");
}
