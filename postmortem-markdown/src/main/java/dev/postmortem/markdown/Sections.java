package dev.postmortem.markdown;

import dev.postmortem.markdown.internal.Syntax;
import java.util.Locale;

/** The template's sections, the names people give them, and the escapes of headings and bodies. */
final class Sections {
    private Sections() {}

    /** What a heading starts. */
    enum Kind {
        TIMELINE,
        IMPACT,
        FACTORS,
        ACTIONS,
        LESSONS,
        WENT_WELL,
        WENT_WRONG,
        GOT_LUCKY,
        FIVE_WHYS,
        JUST_CULTURE
    }

    /**
     * Classifies a heading by its words, ignoring numbering ("1.", "4)", "Section 2:"), case and
     * punctuation. Synonyms follow the guide, Google's SRE template and PagerDuty's.
     */
    static Kind classify(String heading) {
        String k = normalise(heading);
        if (k.isEmpty()) {
            return null;
        }
        return switch (k) {
            case "event timeline", "timeline", "incident timeline", "timeline of events", "chronology" -> Kind.TIMELINE;
            case "customer slo impact",
                    "customer and slo impact",
                    "impact",
                    "customer impact",
                    "slo impact",
                    "user impact",
                    "business impact" -> Kind.IMPACT;
            case "systems root cause matrix",
                    "root cause matrix",
                    "root causes",
                    "root cause",
                    "contributing factors",
                    "contributing factor",
                    "trigger",
                    "causes",
                    "root causes and trigger",
                    "root cause s",
                    "root causes contributing factors" -> Kind.FACTORS;
            case "remediation action items smart goals",
                    "remediation action items",
                    "action items",
                    "action items smart goals",
                    "corrective actions",
                    "follow ups",
                    "followups",
                    "follow up actions",
                    "remediation",
                    "next steps" -> Kind.ACTIONS;
            case "lessons learned", "lessons", "how d we do", "howd we do", "retrospective" -> Kind.LESSONS;
            case "what went well", "things that went well" -> Kind.WENT_WELL;
            case "what went wrong",
                    "what didn t go so well",
                    "what didnt go so well",
                    "what did not go well",
                    "what didn t go well",
                    "what could have gone better",
                    "things that went wrong" -> Kind.WENT_WRONG;
            case "where we got lucky", "where we got lucky near misses" -> Kind.GOT_LUCKY;
            case "five whys", "5 whys", "five whys analysis" -> Kind.FIVE_WHYS;
            case "just culture assessments", "just culture", "just culture assessment" -> Kind.JUST_CULTURE;
            default -> null;
        };
    }

    static String normalise(String heading) {
        String s = heading.strip().toLowerCase(Locale.ROOT);
        // numbering: "1.", "4)", "section 2:", "2 -"
        int i = 0;
        if (s.startsWith("section ")) {
            i = 8;
        }
        int d = i;
        while (d < s.length() && Character.isDigit(s.charAt(d))) {
            d++;
        }
        if (d > i) {
            i = d;
        }
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (int j = i; j < s.length(); j++) {
            char c = s.charAt(j);
            if (Character.isLetterOrDigit(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    static String escapeHeading(String title) {
        String t = Syntax.escapeStart(title.replace('\n', ' '));
        if (t.endsWith("#")) {
            t = t.substring(0, t.length() - 1) + "\\#";
        }
        return t;
    }

    static String unescapeHeading(String raw) {
        String t = raw;
        if (t.endsWith("\\#")) {
            t = t.substring(0, t.length() - 2) + "#";
        }
        return Syntax.unescapeStart(t);
    }

    /** Escapes backslashes and ": " in a factor's title, which ends at the first unescaped ": ". */
    static String escapeColon(String title) {
        return title.replace("\\", "\\\\").replace(": ", "\\: ");
    }

    /** Reverses {@link #escapeColon}. */
    static String unescapeColon(String title) {
        StringBuilder out = new StringBuilder(title.length());
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (c == '\\' && i + 1 < title.length() && (title.charAt(i + 1) == '\\' || title.startsWith(": ", i + 1))) {
                out.append(title.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The index of the first ": " not escaped by an odd run of backslashes, or -1. */
    static int unescapedColon(String s) {
        for (int i = s.indexOf(": "); i >= 0; i = s.indexOf(": ", i + 1)) {
            int slashes = 0;
            for (int j = i - 1; j >= 0 && s.charAt(j) == '\\'; j--) {
                slashes++;
            }
            if (slashes % 2 == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Escapes the lines of a body that would end its section: top-level {@code #} and {@code ##}
     * headings and setext underlines, outside fenced code.
     */
    static String escapeBody(String body) {
        StringBuilder out = new StringBuilder(body.length() + 8);
        String[] lines = body.split("\n", -1);
        boolean fence = false;
        String previous = "";
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String stripped = line.stripLeading();
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                fence = !fence;
            }
            boolean escape = !fence
                    && (isTopHeading(line) || (isUnderline(line) && !previous.isBlank()) || line.startsWith("\\#"));
            if (i > 0) {
                out.append('\n');
            }
            out.append(escape ? "\\" + line : line);
            previous = line;
        }
        return out.toString();
    }

    static String unescapeBody(String body) {
        StringBuilder out = new StringBuilder(body.length());
        String[] lines = body.split("\n", -1);
        boolean fence = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String stripped = line.stripLeading();
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                fence = !fence;
            }
            if (i > 0) {
                out.append('\n');
            }
            boolean escaped = !fence
                    && line.startsWith("\\")
                    && line.length() > 1
                    && (isTopHeading(line.substring(1)) || isUnderline(line.substring(1)) || line.startsWith("\\\\#"));
            out.append(escaped ? line.substring(1) : line);
        }
        return out.toString();
    }

    /** A heading that would end a section: level 1 or 2, or any level naming a template section. */
    private static boolean isTopHeading(String line) {
        int h = 0;
        while (h < line.length() && line.charAt(h) == '#') {
            h++;
        }
        if (h < 1 || h > 6 || !(h == line.length() || line.charAt(h) == ' ' || line.charAt(h) == '\t')) {
            return false;
        }
        return h <= 2 || classify(line.substring(h)) != null;
    }

    private static boolean isUnderline(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        if (c != '=' && c != '-') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != c) {
                return false;
            }
        }
        return line.length() - line.stripLeading().length() < 4;
    }
}
