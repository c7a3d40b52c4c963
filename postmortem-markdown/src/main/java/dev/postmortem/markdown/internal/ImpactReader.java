package dev.postmortem.markdown.internal;

import dev.postmortem.core.model.CustomerImpact;
import dev.postmortem.core.model.ErrorBudget;
import dev.postmortem.core.model.Fraction;
import dev.postmortem.core.model.ImpactSummary;
import dev.postmortem.core.model.SloWindow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Reads the customer and SLO impact: "Key: value" lines (user symptoms, affected segment, failed
 * requests, SLO target and window, error-budget lines as teams write them), with prose, tables and
 * charts kept as the user symptoms; and, from the header, the impact summary and its figures.
 */
final class ImpactReader extends SectionReader {
    private final AdditionalSectionsReader additional;

    private static final java.util.regex.Pattern BUDGET_SEPARATORS = java.util.regex.Pattern.compile("[\\s→>(),]+");

    private static final java.util.regex.Pattern BUDGET_TARGET = java.util.regex.Pattern.compile(
            "(?i)(\\d{1,3}(?:\\.\\d+)?%)\\s*(?:\\w+\\s+)?(?:slo|target|availability)|(?:slo|target)\\s*(?:of|:)?\\s*(\\d{1,3}(?:\\.\\d+)?%)");

    private static final java.util.regex.Pattern BUDGET_USED = java.util.regex.Pattern.compile(
            "(?i)(?:burned|burnt|consumed|used|spent|burn)\\s+(?:of\\s+|about\\s+|~)?(\\d{1,3}(?:\\.\\d+)?%)");

    private static final java.util.regex.Pattern BUDGET_WINDOW =
            java.util.regex.Pattern.compile("(?i)\\b(?:monthly|weekly|quarterly|\\d{1,3}[- ]?days?)\\b");

    private CustomerImpact.Builder impact;
    private ErrorBudget.Builder budget;
    private String impactText;
    private OptionalLong failedOverride;
    private Optional<Fraction> budgetOverride;
    private boolean failedOverridden;
    private boolean budgetOverridden;

    ImpactReader(ReadContext ctx, AdditionalSectionsReader additional) {
        super(ctx);
        this.additional = additional;
    }

    /** Reads one block of the impact section. */
    void read(Node block, String title) {
        if (block instanceof Heading h) {
            appendSymptoms(headingText(h)); // a part of the impact by its heading, such as "End User Impact"
            return;
        }
        if (block instanceof BulletList list) {
            for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof ListItem item && symptomsOverParagraphs(item)) {
                    continue;
                }
                if (!(n instanceof ListItem item)
                        || !(item.getFirstChild() instanceof Paragraph p)
                        || p.getNext() != null
                        || !impactLine(paragraphRaw(p), item)) {
                    Paragraph p3 = paragraphOverList(n);
                    if (n.getFirstChild() instanceof Paragraph p2 && p2.getNext() == null) {
                        appendSymptoms(Syntax.unescapeStart(paragraphRaw(p2)));
                    } else if (p3 != null) {
                        // "* Builds (an issue for emergency patches)" over "* Nightly builds might
                        // have been blocked": an effect and its details, all of them symptoms
                        appendSymptoms(Syntax.unescapeStart(paragraphRaw(p3)).strip() + "\n"
                                + itemRest((ListItem) n, p3.getNext()).strip());
                    } else {
                        additional.unmapped(n, title, "a 'Key: value' line such as 'User Symptoms: ...'");
                    }
                }
            }
        } else if (block instanceof Paragraph p) {
            appendSymptoms(Syntax.unescapeStart(paragraphRaw(p)));
        } else {
            // a table of figures, a quoted error, a chart: the impact as the document shows it
            appendSymptoms(raw(block, block));
        }
    }

    /**
     * "User Symptoms: ..." with more paragraphs under it, as the writer writes symptoms of several
     * paragraphs: all of them are the symptoms. False, and nothing read, for any other item.
     */
    private boolean symptomsOverParagraphs(ListItem item) {
        if (!(item.getFirstChild() instanceof Paragraph p) || p.getNext() == null) {
            return false;
        }
        String[] kv = keyValue(paragraphRaw(p));
        if (kv == null || !(kv[0].equals("user symptoms") || kv[0].equals("symptoms"))) {
            return false;
        }
        place("/customerImpact", item);
        place("/customerImpact/userSymptoms", item);
        impact.userSymptoms(kv[1].strip() + "\n\n" + itemRest(item, p.getNext()));
        return true;
    }

    /** Adds prose to the user symptoms. */
    void appendSymptoms(String text) {
        place("/customerImpact/userSymptoms", ctx.here);
        String current = impact.build().userSymptoms();
        impact.userSymptoms(current.isEmpty() ? text : current + "\n\n" + text);
    }

    private boolean impactLine(String raw, Node where) {
        String[] kv = keyValue(raw);
        if (kv == null) {
            return false;
        }
        String key = kv[0];
        String value = kv[1].strip();
        place("/customerImpact", where);
        switch (key) {
            case "user symptoms", "symptoms" -> {
                place("/customerImpact/userSymptoms", where);
                impact.userSymptoms(value);
            }
            case "affected segment", "affected", "segment", "affected customers" -> {
                place("/customerImpact/affectedSegment", where);
                impact.affectedSegment(value);
            }
            case "failed requests" -> {
                OptionalLong n = ReadContext.countIn(value);
                if (n.isEmpty()) {
                    return false; // words, not a count: kept with the symptoms as written
                }
                impact.failedRequests(n.getAsLong());
            }
            case "affected users", "users affected" -> {
                OptionalLong n = ReadContext.countIn(value);
                if (n.isPresent()) {
                    impact.affectedUsers(n.getAsLong());
                } else if (impact.build().affectedSegment().isEmpty()) {
                    // "Affected Users: customers who bought the Pro tier" says who, not how many
                    place("/customerImpact/affectedSegment", where);
                    impact.affectedSegment(value);
                } else {
                    return false;
                }
            }
            case "slo target", "slo" -> fraction(value, where).ifPresent(budget()::sloTarget);
            case "slo window" -> {
                try {
                    budget().window(SloWindow.parse(value));
                } catch (IllegalArgumentException e) {
                    diagnose(where, e.getMessage(), "rolling 28d or calendar month");
                }
            }
            case "error budget consumption" -> budgetDrop(value, where);
            case "error budget remaining before" -> fraction(value, where).ifPresent(budget()::remainingBefore);
            case "error budget remaining after" -> fraction(value, where).ifPresent(budget()::remainingAfter);
            case "error budget", "error budget burn", "budget" -> budgetText(value);
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * A budget line as teams write it: "99.9% monthly SLO, burned 41%". The percentage next to
     * "SLO", "target" or "availability" is the target, one after "burned", "consumed", "used" or
     * "spent" is the share consumed, and "monthly", "weekly", "quarterly" or "28-day" the window.
     * A line with a consumed share is kept as the impact summary's text.
     */
    private void budgetText(String value) {
        budget();
        java.util.regex.Matcher target = BUDGET_TARGET.matcher(value);
        if (target.find()) {
            String pct = target.group(1) != null ? target.group(1) : target.group(2);
            try {
                budget.sloTarget(Fraction.parse(pct));
            } catch (IllegalArgumentException e) {
                // not a percentage after all
            }
        }
        java.util.regex.Matcher used = BUDGET_USED.matcher(value);
        if (used.find() && !budgetOverridden) {
            try {
                budgetOverride = Optional.of(Fraction.parse(used.group(1)));
                budgetOverridden = true;
                if (impactText == null) {
                    impactText = value; // the summary the consumed share belongs to
                }
            } catch (IllegalArgumentException e) {
                // not a percentage after all
            }
        }
        java.util.regex.Matcher window = BUDGET_WINDOW.matcher(value);
        if (window.find()) {
            String w = window.group().toLowerCase(java.util.Locale.ROOT);
            budget.window(
                    w.startsWith("month")
                            ? SloWindow.calendar(SloWindow.CalendarPeriod.MONTH)
                            : w.startsWith("week")
                                    ? SloWindow.calendar(SloWindow.CalendarPeriod.WEEK)
                                    : w.startsWith("quarter")
                                            ? SloWindow.calendar(SloWindow.CalendarPeriod.QUARTER)
                                            : SloWindow.rolling(java.time.Duration.ofDays(
                                                    Long.parseLong(w.replaceAll("\\D", "")))));
        }
    }

    private ErrorBudget.Builder budget() {
        if (budget == null) {
            budget = ErrorBudget.builder();
        }
        return budget;
    }

    /** "Budget dropped from 94.2% remaining down to 91.1%." or "94.2% → 91.1%". */
    private void budgetDrop(String value, Node where) {
        List<Fraction> found = new ArrayList<>();
        for (String word : BUDGET_SEPARATORS.split(value)) {
            String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
            if (w.endsWith("%")) {
                try {
                    found.add(Fraction.parse(w));
                } catch (IllegalArgumentException e) {
                    // not a percentage
                }
            }
        }
        if (found.size() == 2) {
            budget().remainingBefore(found.get(0)).remainingAfter(found.get(1));
        } else {
            diagnose(
                    where,
                    "the budget line names " + found.size() + " percentages",
                    "two: remaining before and after,"
                            + " such as 'Budget dropped from 94.2% remaining down to 91.1%.'");
        }
    }

    /** The section starts: the model has a customer impact from here on, even an empty one. */
    void start() {
        if (impact == null) {
            impact = CustomerImpact.builder();
        }
    }

    /** The impact summary's text, as a metadata line gives it. */
    void summaryText(String value) {
        impactText = value;
    }

    /** The failed requests a metadata line states, over what the summary's text says; empty for none. */
    void failedRequests(OptionalLong value) {
        failedOverridden = true;
        failedOverride = value;
    }

    /** The consumed budget a metadata line states, over what the summary's text says; empty for none. */
    void budgetConsumed(Optional<Fraction> value) {
        budgetOverridden = true;
        budgetOverride = value;
    }

    /** Hands the customer impact and the impact summary to the model. */
    void finish() {
        if (impact != null) {
            if (budget != null) {
                impact.errorBudget(budget.build());
            }
            ctx.postmortem.customerImpact(impact.build());
        }
        if (impactText != null) {
            ImpactText.Figures f = ImpactText.parse(impactText);
            ImpactSummary.Builder s = ImpactSummary.builder().text(impactText);
            OptionalLong failed = failedOverridden ? failedOverride : f.failedRequests();
            failed.ifPresent(s::failedRequests);
            (budgetOverridden ? budgetOverride : f.budgetConsumed()).ifPresent(s::budgetConsumed);
            ctx.postmortem.impactSummary(s.build());
        }
    }
}
