package dev.postmortem.markdown.testing;

import dev.postmortem.core.model.AdditionalSection;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.markdown.MarkdownReader;
import dev.postmortem.markdown.MarkdownWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the Markdown reader made of one document, judged against the document's own text: whether it
 * has a timeline or lessons heading and whether the reader filled the timeline or the lessons, whether
 * a severity is written and read, how many sections were parked as not understood, and how many words
 * of the source are missing from the Markdown written back. The headings are recognised here by
 * their words alone ("timeline", "chronology", "lesson", "went well", ...), independently of the
 * reader's own section names, so that a heading the reader does not know still counts.
 */
public record ReadingFigures(
        Postmortem postmortem,
        boolean timelineHeading,
        int timelineEvents,
        boolean lessonsHeading,
        int lessonItems,
        boolean actionsHeading,
        int actionItems,
        boolean severityWritten,
        boolean severityRead,
        boolean dateRead,
        int notUnderstood,
        int lostWords,
        int words) {

    private static final Pattern HEADING = Pattern.compile("(?m)^ {0,3}#{1,6}\\s+(.*)$|^(.+)\\n(?:=+|-+)\\s*$");
    /**
     * A severity written as a label: at a line's or a table cell's start, or after a sentence,
     * with at most one word before it ("**Incident severity:** SEV2", "| Severity | High |").
     * Not "increased severity:" mid-sentence, nor a table cell that ends in "in priority".
     */
    private static final Pattern SEVERITY = Pattern.compile("(?im)(?:^|\\||(?<=[.!?]\\s))[ \\t*\\-#>]*(?:\\w+\\s+)?"
            + "(?:severity|sev|priority)(?:\\s+level)?\\**\\s*[:|]\\s*\\**\\s*\\S");

    /** A heading over action items, in the words teams use for them. */
    private static final Pattern ACTIONS_HEADING = Pattern.compile(
            "action items?|action plan|follow[- ]?ups?|remediation|next steps|corrective|prevent(?:ion|ive|ative)");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /**
     * Reads a document and measures the result.
     *
     * @param markdown the document
     * @param reader the reader
     * @param writer the writer used to check that no word was lost
     * @return the figures
     */
    public static ReadingFigures of(String markdown, MarkdownReader reader, MarkdownWriter writer) {
        Postmortem p = reader.read(markdown).postmortem();
        boolean timeline = false;
        boolean lessons = false;
        boolean actions = false;
        Matcher m = HEADING.matcher(markdown.replace("\r\n", "\n"));
        while (m.find()) {
            String h = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
            timeline |= h.contains("timeline") || h.contains("chronology");
            lessons |= h.contains("lesson")
                    || h.contains("went well")
                    || h.contains("went wrong")
                    || h.contains("lucky")
                    || h.contains("learnings");
            actions |= ACTIONS_HEADING.matcher(h).find();
        }
        int parked = 0;
        for (AdditionalSection s : p.additionalSections()) {
            if (s.title().endsWith("(not understood)")) {
                parked++;
            }
        }
        int items = p.lessons().wentWell().size()
                + p.lessons().wentWrong().size()
                + p.lessons().gotLucky().size()
                + p.lessons().learned().size();
        Map<String, Integer> source = words(markdown);
        Map<String, Integer> written = words(writer.write(p));
        int lost = 0;
        int total = 0;
        for (Map.Entry<String, Integer> e : source.entrySet()) {
            total += e.getValue();
            lost += Math.max(0, e.getValue() - written.getOrDefault(e.getKey(), 0));
        }
        return new ReadingFigures(
                p,
                timeline,
                p.timeline().size(),
                lessons,
                items,
                actions,
                p.actionItems().size(),
                SEVERITY.matcher(markdown).find(),
                p.severity().isPresent(),
                p.id().isPresent() || p.window().isPresent() || !p.timeline().isEmpty(),
                parked,
                lost,
                total);
    }

    /**
     * Whether the reader has the date a document states: as its date, its id's date, or the date of
     * its first timeline event, give or take a day for the time zone.
     *
     * @param stated the date the document states
     * @return true if read
     */
    public boolean hasDate(java.time.LocalDate stated) {
        if (postmortem.date().filter(stated::equals).isPresent()
                || postmortem.id().filter(i -> i.date().equals(stated)).isPresent()) {
            return true;
        }
        return !postmortem.timeline().isEmpty()
                && Math.abs(postmortem
                                        .timeline()
                                        .get(0)
                                        .at()
                                        .atOffset(java.time.ZoneOffset.UTC)
                                        .toLocalDate()
                                        .toEpochDay()
                                - stated.toEpochDay())
                        <= 1;
    }

    /**
     * The words of a text, lower case, with their counts. Markup characters are not words, and
     * neither are the parts of dates and times (digits, month and weekday names, zone names, am and
     * pm): the reader turns "9:05 AM PT on Sep 27" into an instant and writes it in UTC, which is a
     * change of form, not a loss.
     */
    public static Map<String, Integer> words(String text) {
        Map<String, Integer> out = new HashMap<>();
        // HTML tags and their attributes ("<tr class=\"odd\">") are markup, not words; so is a task
        // list's box ("- [x] ..."), which the writer turns into the item's status
        String markupAside =
                TASK_BOX.matcher(HTML_TAG.matcher(text).replaceAll(" ")).replaceAll("$1");
        // a zone named in full after a time ("9:52 AM Pacific") is part of the time, as "PT" is
        markupAside = ZONE_AFTER_TIME.matcher(markupAside).replaceAll("$1");
        Matcher m = WORD.matcher(markupAside.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (!w.chars().allMatch(Character::isDigit)
                    && !TIME_WORDS.contains(w)
                    && !ORDINAL.matcher(w).matches()) {
                out.merge(w, 1, Integer::sum);
            }
        }
        return out;
    }

    private static final Pattern HTML_TAG = Pattern.compile("<[a-zA-Z/][^>]*>");
    private static final Pattern TASK_BOX = Pattern.compile("(?m)^(\\s*(?:[-*+]|\\d+[.)])\\s+)\\[[ xX]\\]");
    private static final Pattern ZONE_AFTER_TIME = Pattern.compile(
            "(?i)(\\b\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)?)\\s+(?:US\\s+)?(?:pacific|eastern|central|mountain)\\b");
    private static final Pattern ORDINAL = Pattern.compile("\\d+(st|nd|rd|th|am|pm|a|p|h|m|s|z|t\\d+)?");
    private static final java.util.Set<String> TIME_WORDS = java.util.Set.of(
            "am",
            "pm",
            "utc",
            "gmt",
            "z",
            "pst",
            "pdt",
            "pt",
            "est",
            "edt",
            "et",
            "cst",
            "cdt",
            "ct",
            "mst",
            "mdt",
            "mt",
            "bst",
            "cet",
            "cest",
            "eet",
            "eest",
            "ist",
            "jst",
            "kst",
            "aest",
            "aedt",
            "sgt",
            "hkt",
            "msk",
            "jan",
            "january",
            "feb",
            "february",
            "mar",
            "march",
            "apr",
            "april",
            "may",
            "jun",
            "june",
            "jul",
            "july",
            "aug",
            "august",
            "sep",
            "sept",
            "september",
            "oct",
            "october",
            "nov",
            "november",
            "dec",
            "december",
            "mon",
            "monday",
            "tue",
            "tuesday",
            "wed",
            "wednesday",
            "thu",
            "thursday",
            "fri",
            "friday",
            "sat",
            "saturday",
            "sun",
            "sunday",
            "st",
            "nd",
            "rd",
            "th");
}
