package dev.postmortem.report.internal;

import dev.postmortem.core.checks.language.BlameLanguageChecker;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps people out of the page with the core's name detection: {@code @handles}, and capitalised
 * words that {@link BlameLanguageChecker#isKnownName} takes for a person's name (the built-in
 * first-name list and the team's roster, less known products and hosts). Immutable.
 */
public final class Redaction {
    /** What a masked name or handle becomes. */
    public static final String MASK = "[name]";

    private static final Pattern TOKEN =
            Pattern.compile("@[\\p{L}\\p{N}_][\\p{L}\\p{N}_./-]*|\\p{L}[\\p{L}\\p{M}]*(?:['’]\\p{L}+)?");

    private final BlameLanguageChecker language;

    private Redaction(BlameLanguageChecker language) {
        this.language = language;
    }

    /**
     * Redaction with a checker's names.
     *
     * @param language the language checker (its roster counts)
     * @return the redaction
     */
    public static Redaction of(BlameLanguageChecker language) {
        return new Redaction(Objects.requireNonNull(language, "language"));
    }

    /**
     * The text with every handle and every capitalised known name replaced by {@link #MASK}.
     *
     * @param text the text
     * @return the masked text
     */
    public String mask(String text) {
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String t = m.group();
            // a possessive keeps its ending: "[name]'s deploy"
            String masked = isPerson(t, true)
                    ? MASK + t.substring(t.replaceFirst("['’]\\p{L}+$", "").length())
                    : t;
            m.appendReplacement(out, Matcher.quoteReplacement(masked));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Whether a file path holds a handle or a known name in any case ({@code 2026-05-alice-db.md}):
     * such a path is not written into the page, not even as a link.
     *
     * @param path the path
     * @return true if a word of it names a person
     */
    public boolean namesSomeone(String path) {
        Matcher m = TOKEN.matcher(path);
        while (m.find()) {
            if (isPerson(m.group(), false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether free text names a person (a handle or a capitalised known name) or blames (any finding
     * of the language rules): such an answer is never shown.
     *
     * @param text the text
     * @return true to drop it
     */
    public boolean namesOrBlames(String text) {
        return !mask(text).equals(text) || !language.checkText(text).isEmpty();
    }

    private boolean isPerson(String token, boolean capitalisedOnly) {
        if (token.startsWith("@")) {
            return true;
        }
        String word = token.replaceFirst("['’]\\p{L}+$", "");
        if (capitalisedOnly && !Character.isUpperCase(word.codePointAt(0))) {
            return false;
        }
        return language.isKnownName(word);
    }
}
