package dev.postmortem.markdown.internal;

import dev.postmortem.core.model.Fraction;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads the figures a "Calculated Impact" line states: a count of failed requests ("12,400 failed
 * API calls") and a share of the error budget ("0.03% rolling error budget depletion").
 */
public final class ImpactText {
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[\\s;]+");

    private ImpactText() {}

    /**
     * The figures of a line.
     *
     * @param failedRequests the count before a word starting with "fail" or "error"
     * @param budgetConsumed the percentage before the word "budget"
     */
    public record Figures(OptionalLong failedRequests, Optional<Fraction> budgetConsumed) {}

    /**
     * Reads the figures.
     *
     * @param text the line
     * @return the figures found
     */
    public static Figures parse(String text) {
        String[] words = SEPARATORS.split(text);
        OptionalLong failed = OptionalLong.empty();
        Optional<Fraction> budget = Optional.empty();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (failed.isEmpty() && isCount(w)) {
                for (int j = i + 1; j < words.length && j <= i + 3; j++) {
                    String x = words[j].toLowerCase(Locale.ROOT);
                    if (x.startsWith("fail") || x.startsWith("error") || x.startsWith("5xx")) {
                        try {
                            failed = OptionalLong.of(Long.parseLong(w.replace(",", "")));
                        } catch (NumberFormatException e) {
                            // too large: not a count
                        }
                        break;
                    }
                }
            }
            if (budget.isEmpty() && w.endsWith("%") && w.length() > 1) {
                for (int j = i + 1; j < words.length && j <= i + 4; j++) {
                    if (words[j].toLowerCase(Locale.ROOT).startsWith("budget")) {
                        try {
                            budget = Optional.of(Fraction.parse(w));
                        } catch (IllegalArgumentException e) {
                            // not a percentage
                        }
                        break;
                    }
                }
            }
        }
        return new Figures(failed, budget);
    }

    private static boolean isCount(String w) {
        if (w.isEmpty() || w.length() > 24 || !Character.isDigit(w.charAt(0))) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isDigit(c) && c != ',') {
                return false;
            }
        }
        return true;
    }
}
