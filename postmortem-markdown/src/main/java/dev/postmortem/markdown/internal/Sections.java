package dev.postmortem.markdown.internal;

import java.util.Locale;

/** The template's sections, the names people give them, and the escapes of headings and bodies. */
public final class Sections {
    private Sections() {}

    /** What a heading starts; the names in {@code layout/headings.txt} are these, lower case, with dashes. */
    public enum Kind {
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

    private static final java.util.Map<String, Kind> EXACT = new java.util.HashMap<>();
    private static final java.util.List<java.util.Map.Entry<String, Kind>> CONTAINS = new java.util.ArrayList<>();

    static {
        String name = "/dev/postmortem/markdown/layout/headings.txt";
        for (String line : Syntax.resourceLines(name)) {
            String[] kv = line.split("\t");
            if (kv.length != 2) {
                throw new IllegalStateException(name + ": '" + line + "' is not 'section<TAB>words'");
            }
            Kind kind = Kind.valueOf(kv[0].strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            String words = kv[1].strip();
            if (words.startsWith("~")) {
                CONTAINS.add(java.util.Map.entry(" " + words.substring(1) + " ", kind));
            } else {
                EXACT.put(words, kind);
            }
        }
    }

    /**
     * Classifies a heading by its words, ignoring numbering ("1.", "4)", "Section 2:"), emoji, case
     * and punctuation: first an exact heading of {@code layout/headings.txt}, then the first rule
     * whose words the heading contains. The rules follow the guide, Google's SRE template,
     * PagerDuty's and Atlassian's, and the headings of published postmortems.
     */
    public static Kind classify(String heading) {
        String k = normalise(heading);
        if (k.isEmpty()) {
            return null;
        }
        Kind exact = EXACT.get(k);
        if (exact != null) {
            return exact;
        }
        String padded = " " + k + " ";
        for (java.util.Map.Entry<String, Kind> rule : CONTAINS) {
            if (padded.contains(rule.getKey())) {
                return rule.getValue();
            }
        }
        return null;
    }

    public static String normalise(String heading) {
        String s = heading.strip();
        // numbering: "1.", "4)", "section 2:", "2 -"
        int i = 0;
        if (s.length() > 8
                && (s.charAt(0) == 's' || s.charAt(0) == 'S')
                && s.regionMatches(true, 0, "section ", 0, 8)) {
            i = 8;
        }
        int d = i;
        while (d < s.length() && Character.isDigit(s.charAt(d))) {
            d++;
        }
        if (d > i) {
            i = d;
        }
        StringBuilder out = new StringBuilder(s.length() - i);
        boolean space = false;
        for (int j = i; j < s.length(); j++) {
            char c = Character.toLowerCase(s.charAt(j));
            if (Character.isLetterOrDigit(c)) {
                char prev = out.length() == 0 ? ' ' : out.charAt(out.length() - 1);
                // "Timeline205" (a footnote number glued on) reads as "timeline 205"
                boolean glued = !space
                        && Character.isLetter(prev)
                        && Character.isDigit(c)
                        && j > 2
                        && Character.isLetter(s.charAt(j - 2));
                if ((space || glued) && out.length() > 0) {
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

    public static String escapeHeading(String title) {
        String t = Syntax.escapeStart(title.replace('\n', ' '));
        if (t.endsWith("#")) {
            t = t.substring(0, t.length() - 1) + "\\#";
        }
        return t;
    }

    public static String unescapeHeading(String raw) {
        String t = raw;
        if (t.endsWith("\\#")) {
            t = t.substring(0, t.length() - 2) + "#";
        }
        return Syntax.unescapeStart(t);
    }

    /** Escapes backslashes and ": " in a factor's title, which ends at the first unescaped ": ". */
    public static String escapeColon(String title) {
        return title.replace("\\", "\\\\").replace(": ", "\\: ");
    }

    /** Reverses {@link #escapeColon}. */
    public static String unescapeColon(String title) {
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
    public static int unescapedColon(String s) {
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
    public static String escapeBody(String body) {
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

    public static String unescapeBody(String body) {
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
