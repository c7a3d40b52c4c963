package dev.postmortem.markdown.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the "when" at the start of a timeline line or heading as teams write it: an ISO date or a
 * month-name date ({@code Sep 27 2017}, {@code February 5th, 2019}, {@code 13 Dec}), a weekday, a
 * time with or without seconds, {@code AM}/{@code PM}, a time zone ({@code UTC}, {@code PST},
 * {@code US/Pacific}, {@code +05:30}), a second time in brackets ({@code 13:14 EDT (17:14 UTC)}),
 * wrapped in bold, code or square brackets, then a separator ({@code :}, {@code -}, {@code |},
 * dashes) before the text. The zones are data: {@code dev/postmortem/markdown/layout/zones.txt}.
 * Stateless and thread-safe.
 */
public final class TimelineText {
    private TimelineText() {}

    /**
     * The when of a line and the text after it.
     *
     * @param date the date, when the line gives one with its year
     * @param monthDay the month and day, when the line gives a date without a year
     * @param time the time of day, when given
     * @param zone the zone the line names, when it names one
     * @param rest the text after the when and its separator
     */
    public record When(
            Optional<LocalDate> date,
            Optional<MonthDay> monthDay,
            Optional<LocalTime> time,
            Optional<ZoneId> zone,
            String rest) {}

    /**
     * What may follow a date written with its month's name: a separator, a bracket, or the end of
     * its bold or italic markup ("**October 9, 2025** - ..."); not a dash before a digit, which
     * makes a range of days ("October 9-23") that no single day stands for.
     */
    private static final String DATE_END = "(?=[:|(*_]|[\\-–—](?!\\s*\\d))";

    private static final String MONTH =
            "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
                    + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+";
    /**
     * A date year first: "2025-01-27", and with the same separator twice, "2025/01/27",
     * "2025.01.27" or "2025 01 27" (as one incident template heads its column "YYYY MM DD @ hh:mm").
     */
    private static final Pattern ISO =
            Pattern.compile("(\\d{4})([-/. ])(\\d{2})\\2(\\d{2})(?:T|,?\\s+|$|(?=[:|\\[\\]*_`)–—-]))");

    /**
     * A date month first: "May 18, 2022", "May 18" and, with hyphens throughout, "May-18-2022" (as one
     * team dates each line of its timeline).
     */
    private static final Pattern MONTH_FIRST = Pattern.compile("(?i)" + MONTH
            + "(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?|-(\\d{1,2})-(\\d{4}))(?:,?\\s+(?:at\\s+)?|$|"
            + DATE_END + ")");

    private static final Pattern DAY_FIRST = Pattern.compile("(?i)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH
            + "(?:,?\\s+(\\d{4}))?(?:,?\\s+(?:at\\s+)?|$|" + DATE_END + ")");
    /** "03-26 08:10" (month-day, as Kubernetes' timelines write it) and "3/14/2023", "3-14-23". */
    private static final Pattern NUMERIC =
            Pattern.compile("(\\d{1,2})[/-](\\d{1,2})(?:[/-](\\d{4}|\\d{2}))?(?=[\\s,\\]:*]|$)");

    private static final Pattern LEADING_WEEKDAY = Pattern.compile("(?i)" + WEEKDAY);
    private static final Pattern TRAILING_WEEKDAY =
            Pattern.compile("(?i)\\(?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?\\)?(?:\\s+|$)");
    private static final Pattern OFFSET = Pattern.compile("(?i)(?:utc|gmt)?([+-])(\\d{1,2})(?::?(\\d{2}))?(?![\\d:])");
    private static final Pattern ISO_IN_TEXT = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])");
    private static final Pattern MONTH_FIRST_IN_TEXT =
            Pattern.compile("(?i)(?<![a-z])" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
    private static final Pattern DAY_FIRST_IN_TEXT =
            Pattern.compile("(?i)(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})(?!\\d)");
    private static final Pattern NUMERIC_IN_TEXT =
            Pattern.compile("(?<![\\d/-])(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4}|\\d{2})(?![\\d/-])");
    private static final Pattern LEAD = Pattern.compile("(?i)(?:on|at)\\s+(?=[a-z0-9])");
    private static final Pattern FOOTNOTE = Pattern.compile("\\[\\^[^\\]]{1,20}\\]");
    private static final Pattern SECOND_TIME = Pattern.compile("\\(\\s*\\d{1,2}:\\d{2}[^)]*\\)");
    private static final Map<String, ZoneId> ZONES = load();

    /**
     * Reads the when at the start of a text.
     *
     * @param text a timeline line or heading, markup included
     * @return the when and the rest, or empty when the text starts with neither a date nor a time
     */
    public static Optional<When> parse(String text) {
        String s = text.strip();
        boolean bold = s.startsWith("**") || s.startsWith("__");
        int i = skipMarkup(s, 0);
        String opened = s.substring(0, i);
        if (i >= s.length()) {
            return Optional.empty();
        }
        int sentence = -1;
        Optional<LocalDate> date = Optional.empty();
        boolean isoDate = false;
        Optional<MonthDay> monthDay = Optional.empty();
        // the common line starts with a time: no date pattern can match, skip them all
        boolean dotted = dottedTimeAt(s, i);
        boolean timeFirst = dotted || timeAt(s, i);
        if (!timeFirst && !Character.isLetterOrDigit(s.charAt(i))) {
            return Optional.empty();
        }
        if (!timeFirst && Character.isLetter(s.charAt(i))) {
            Matcher lead = LEAD.matcher(s).region(i, s.length());
            if (lead.lookingAt()) {
                sentence = i; // "On Monday, October 19 at 09:40 EDT, ...": a sentence, kept whole as the text
                i = lead.end();
            }
            Matcher wd = LEADING_WEEKDAY.matcher(s).region(i, s.length());
            if (wd.lookingAt()) {
                i = wd.end();
            }
        }
        Matcher iso = timeFirst ? null : ISO.matcher(s).region(i, s.length());
        Matcher mf = timeFirst ? null : MONTH_FIRST.matcher(s).region(i, s.length());
        Matcher df = timeFirst ? null : DAY_FIRST.matcher(s).region(i, s.length());
        Matcher nu = timeFirst ? null : NUMERIC.matcher(s).region(i, s.length());
        try {
            if (timeFirst) {
                // a time at once: no date
            } else if (iso.lookingAt()) {
                date = Optional.of(LocalDate.of(
                        Integer.parseInt(iso.group(1)),
                        Integer.parseInt(iso.group(3)),
                        Integer.parseInt(iso.group(4))));
                isoDate = true;
                i = iso.end();
            } else if (mf.lookingAt() || df.lookingAt()) {
                boolean monthFirst = mf.lookingAt();
                Matcher m = monthFirst ? mf : df;
                MonthDay md = MonthDay.of(
                        month(m.group(monthFirst ? 1 : 2)),
                        Integer.parseInt(monthFirst ? monthFirstDay(m) : m.group(1)));
                String year = monthFirst ? monthFirstYear(m) : m.group(3);
                if (year != null) {
                    date = Optional.of(LocalDate.of(Integer.parseInt(year), md.getMonth(), md.getDayOfMonth()));
                } else {
                    monthDay = Optional.of(md);
                }
                i = m.end();
            } else if (nu.lookingAt() && !s.startsWith(":", nu.end())) {
                int a = Integer.parseInt(nu.group(1));
                int c = Integer.parseInt(nu.group(2));
                int month = a <= 12 ? a : c; // month first as US and ISO write it, unless it cannot be
                int day = a <= 12 ? c : a;
                if (nu.group(3) != null) {
                    int y = Integer.parseInt(nu.group(3));
                    date = Optional.of(LocalDate.of(y < 100 ? 2000 + y : y, month, day));
                } else {
                    monthDay = Optional.of(MonthDay.of(month, day));
                }
                i = nu.end();
                while (i < s.length() && (s.charAt(i) == ',' || s.charAt(i) == ' ')) {
                    i++;
                }
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        if (date.isPresent() || monthDay.isPresent()) {
            Matcher tw = TRAILING_WEEKDAY.matcher(s).region(i, s.length());
            if (tw.lookingAt()) {
                i = tw.end();
            }
            int j = skipMarkup(s, i);
            if (j > i && j < s.length() && Character.isDigit(s.charAt(j))) {
                opened = opened + s.substring(i, j);
                i = j;
            }
            // "2025 01 27 @ 16:14 UTC": an at sign between the date and its time
            int at = skipSpaces(s, i);
            if (at < s.length() && s.charAt(at) == '@') {
                int after = skipSpaces(s, at + 1);
                if (timeAt(s, after)) {
                    i = after;
                }
            }
        }
        // "5 July, around 1300 UTC: ...": a hedge before the time is kept in the text, in brackets
        String hedge = "";
        if (!timeFirst) {
            int after = hedgeBeforeTime(s, i, date.isPresent() || monthDay.isPresent());
            if (after > i) {
                hedge = s.substring(i, after).strip();
                i = after;
            }
        }
        Optional<LocalTime> time = Optional.empty();
        int timeEnd = -1;
        int[] t = dotted || timeAt(s, i) ? readTime(s, i) : null;
        if (t == null && (date.isPresent() || monthDay.isPresent())) {
            t = fourDigitTime(s, i); // "2022-02-02 1625: ...", a 24-hour time without its colon
        }
        if (t != null && t[3] == 0) {
            t[3] = halfFromRangeEnd(s, t);
        }
        if (t != null) {
            int h = t[0];
            if (t[3] != 0) {
                if (h < 1 || h > 12) {
                    return Optional.empty();
                }
                h = (h % 12) + (t[3] == 'p' ? 12 : 0);
            }
            if (h > 23 || t[1] > 59 || t[2] > 59) {
                return Optional.empty();
            }
            time = Optional.of(LocalTime.of(h, t[1], t[2]));
            i = t[4];
            timeEnd = i;
        } else if (date.isEmpty() && monthDay.isEmpty()) {
            return Optional.empty();
        }
        // a date alone must stand alone or before a separator, so that "May 3 of the logs" stays text
        Optional<ZoneId> zone = Optional.empty();
        int z = skipSpaces(s, i);
        boolean paren = z < s.length() && s.charAt(z) == '(';
        int zs = paren ? z + 1 : z;
        int[] end = new int[1];
        Optional<ZoneId> named = zoneAt(s, zs, end, true);
        if (named.isPresent() && (!paren || (end[0] < s.length() && s.charAt(end[0]) == ')'))) {
            zone = named;
            i = paren ? end[0] + 1 : end[0];
        }
        int sp = skipSpaces(s, i);
        if (time.isPresent() && sp < s.length() && s.charAt(sp) == '(') {
            Matcher second = SECOND_TIME.matcher(s).region(sp, s.length());
            if (second.lookingAt()) {
                i = second.end();
            }
        }
        i = skipClosing(s, i, opened);
        if (s.startsWith("[^", i)) {
            Matcher note = FOOTNOTE.matcher(s).region(i, s.length());
            if (note.lookingAt()) {
                i = note.end();
            }
        }
        int k = skipSpaces(s, i);
        if (k < s.length()) {
            char c = s.charAt(k);
            if (c == '\\' && k + 1 < s.length() && "-|:".indexOf(s.charAt(k + 1)) >= 0) {
                k = skipSpaces(
                        s, k + 2); // "**16:44** \\- Pingdom alerts": a dash escaped, as document exports write it
            } else if (c == '-' || c == '–' || c == '—') {
                // "18:20 UTC –– bot queries begin", "10:02 -- paged": a dash written twice is one separator
                int d = k + 1;
                while (d < s.length() && "-–—".indexOf(s.charAt(d)) >= 0) {
                    d++;
                }
                k = skipSpaces(s, d);
            } else if (c == ':' || c == '|' || c == ',' || c == '.') {
                k = skipSpaces(s, k + 1);
            } else if (k == timeEnd) {
                return Optional.empty(); // "10:02am" glued to a word, "12:30pmfoo"
            }
        }
        k = skipClosing(s, k, opened);
        k = skipSpaces(s, k);
        String rest = s.substring(Math.min(k, s.length()));
        if (bold && (rest.endsWith("**") || rest.endsWith("__"))) {
            rest = rest.substring(0, rest.length() - 2).stripTrailing();
        }
        // a full year-month-day before a capital is the entry's date, not prose: "2023-03-28 The
        // issue was reported"
        if (time.isEmpty()
                && !rest.isEmpty()
                && !endsBeforeText(s, i, opened)
                && !(isoDate && Character.isUpperCase(rest.charAt(0)))) {
            return Optional.empty();
        }
        if (sentence >= 0) {
            rest = s.substring(sentence);
        } else if (!hedge.isEmpty() && time.isPresent()) {
            rest = rest.isEmpty() ? "(" + hedge + ")" : "(" + hedge + ") " + rest;
        }
        return Optional.of(new When(date, monthDay, time, zone, rest));
    }

    /**
     * Reads a line that names the event first and its when last: "First detected: 2024-02-21
     * 07:48", "Resolved 2024-02-21 09:02 UTC". The when must carry a date and a time.
     *
     * @param text the line
     * @return the when, its rest the text before it, or empty
     */
    public static Optional<When> parseTrailing(String text) {
        Matcher m = TRAILING.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<When> w = parse(m.group(2));
        // after the time, only a remark in brackets: "2025-08-18 23:25 UTC (disk alerts)"
        if (w.isEmpty()
                || w.get().time().isEmpty()
                || !(w.get().rest().isEmpty() || w.get().rest().startsWith("("))
                || (w.get().date().isEmpty() && w.get().monthDay().isEmpty())) {
            return Optional.empty();
        }
        When found = w.get();
        String what = m.group(1).strip();
        return Optional.of(new When(
                found.date(),
                found.monthDay(),
                found.time(),
                found.zone(),
                found.rest().isEmpty() ? what : what + " " + found.rest()));
    }

    /** The what, then the when: "First detected: 2024-02-21 07:48", "**Incident start:** 2025-08-18 23:15". */
    private static final Pattern TRAILING = Pattern.compile(
            "[*_]*(.*?[\\p{L}\\p{N})])[*_]*\\s*[:\\-–—,]?[*_]*\\s+(\\d{4}-\\d{2}-\\d{2}[ T]\\d{1,2}:\\d{2}.*)");

    /**
     * Finds a time zone named anywhere in a sentence such as "All times in PST" or "Times are
     * US/Pacific, 24-hour clock".
     *
     * @param text the sentence
     * @return the zone, or empty
     */
    public static Optional<ZoneId> zoneIn(String text) {
        String s = text;
        int[] end = new int[1];
        for (int i = 0; i < s.length(); i++) {
            if ((i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))
                    && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '+' || s.charAt(i) == '-')) {
                Optional<ZoneId> z = zoneAt(s, i, end, false);
                if (z.isPresent() && !(end[0] - i == 1 && s.charAt(i) == 'Z')) {
                    return z;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Finds the first date with its year in a text: ISO or month-name.
     *
     * @param text the text
     * @return the date, or empty
     */
    public static Optional<LocalDate> dateIn(String text) {
        Matcher iso = ISO_IN_TEXT.matcher(text);
        Matcher mf = MONTH_FIRST_IN_TEXT.matcher(text);
        Matcher df = DAY_FIRST_IN_TEXT.matcher(text);
        Matcher us = NUMERIC_IN_TEXT.matcher(text);
        int best = Integer.MAX_VALUE;
        LocalDate found = null;
        try {
            if (us.find()) {
                int a = Integer.parseInt(us.group(1));
                int c = Integer.parseInt(us.group(2));
                int y = Integer.parseInt(us.group(3));
                found = LocalDate.of(y < 100 ? 2000 + y : y, a <= 12 ? a : c, a <= 12 ? c : a);
                best = us.start();
            }
        } catch (DateTimeException e) {
            found = null;
        }
        try {
            if (iso.find() && iso.start() < best) {
                found = LocalDate.of(
                        Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
                best = iso.start();
            }
        } catch (DateTimeException e) {
            // not a date after all
        }
        try {
            if (mf.find() && mf.start() < best) {
                found = LocalDate.of(Integer.parseInt(mf.group(3)), month(mf.group(1)), Integer.parseInt(mf.group(2)));
                best = mf.start();
            }
        } catch (DateTimeException e) {
            // not a date after all
        }
        try {
            if (df.find() && df.start() < best) {
                found = LocalDate.of(Integer.parseInt(df.group(3)), month(df.group(2)), Integer.parseInt(df.group(1)));
            }
        } catch (DateTimeException e) {
            // not a date after all
        }
        return Optional.ofNullable(found);
    }

    private static final Pattern ON_DATE = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])on\\s+(?:" + WEEKDAY + ")?");
    private static final Pattern US_WITH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)");

    /**
     * The date an incident report's opening prose gives for the incident: the first "on DATE" ("On
     * March 17th", "on Tuesday, March 12th, 2024", "On 14th February 2019", "on 2022-09-14", "On
     * 10/28/2023"), a date without its year taking the reference's year (or the year before, when
     * that would put the incident after the reference, a report's publication date).
     *
     * @param text the prose, from the start of the document
     * @param reference the date a year is taken from, such as the front matter's date
     * @return the date, or empty when no "on DATE" stands in the text
     */
    public static Optional<LocalDate> onDateIn(String text, Optional<LocalDate> reference) {
        Matcher on = ON_DATE.matcher(text);
        while (on.find()) {
            int at = on.end();
            try {
                Matcher iso = ISO_IN_TEXT.matcher(text).region(at, text.length());
                if (iso.lookingAt()) {
                    return Optional.of(LocalDate.of(
                            Integer.parseInt(iso.group(1)),
                            Integer.parseInt(iso.group(2)),
                            Integer.parseInt(iso.group(3))));
                }
                Matcher us = US_WITH_YEAR.matcher(text).region(at, text.length());
                if (us.lookingAt()) {
                    return Optional.of(LocalDate.of(
                            Integer.parseInt(us.group(3)),
                            Integer.parseInt(us.group(1)),
                            Integer.parseInt(us.group(2))));
                }
                Matcher mf = MONTH_FIRST.matcher(text).region(at, text.length());
                if (mf.lookingAt()) {
                    return withYear(
                            monthFirstYear(mf), month(mf.group(1)), Integer.parseInt(monthFirstDay(mf)), reference);
                }
                Matcher df = DAY_FIRST.matcher(text).region(at, text.length());
                if (df.lookingAt()) {
                    return withYear(df.group(3), month(df.group(2)), Integer.parseInt(df.group(1)), reference);
                }
            } catch (DateTimeException e) {
                // "on 31 February": not a date; look further
            }
        }
        return Optional.empty();
    }

    /** The day of a {@link #MONTH_FIRST} match, spaced or hyphenated. */
    private static String monthFirstDay(Matcher m) {
        return m.group(2) != null ? m.group(2) : m.group(4);
    }

    /** The year of a {@link #MONTH_FIRST} match, or null if it has none. */
    private static String monthFirstYear(Matcher m) {
        return m.group(2) != null ? m.group(3) : m.group(5);
    }

    private static Optional<LocalDate> withYear(String year, int month, int day, Optional<LocalDate> reference) {
        if (year != null) {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, day));
        }
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        LocalDate d = LocalDate.of(reference.get().getYear(), month, day);
        return Optional.of(d.isAfter(reference.get()) ? d.minusYears(1) : d);
    }

    /**
     * A zone named exactly by a word or two, an offset or a region id.
     *
     * @param word the zone as written
     * @return the zone, or empty
     */
    public static Optional<ZoneId> zone(String word) {
        int[] end = new int[1];
        String w = word.strip();
        Optional<ZoneId> z = zoneAt(w, 0, end, false);
        return z.isPresent() && end[0] == w.length() ? z : Optional.empty();
    }

    /**
     * The zone named at an offset. After a time on a line ({@code afterTime}) only an abbreviation in
     * capitals, an offset, a region id or a two-word name counts, so that "10:05 Central database"
     * or "10:02 west region" stay text.
     */
    private static Optional<ZoneId> zoneAt(String s, int i, int[] end, boolean afterTime) {
        if (i >= s.length()) {
            return Optional.empty();
        }
        char first = s.charAt(i);
        boolean named = Character.isLetter(first);
        boolean offsetLike = first == '+'
                || first == '-'
                || ((first == 'U' || first == 'u' || first == 'G' || first == 'g')
                        && i + 3 < s.length()
                        && (s.charAt(i + 3) == '+' || s.charAt(i + 3) == '-'));
        Matcher off = offsetLike ? OFFSET.matcher(s).region(i, s.length()) : null;
        if (off != null && off.lookingAt() && (named || (!afterTime && (first == '+' || first == '-')))) {
            int h = Integer.parseInt(off.group(2));
            int m = off.group(3) == null ? 0 : Integer.parseInt(off.group(3));
            if (h <= 14 && m < 60) {
                end[0] = off.end();
                int total = (h * 3600 + m * 60) * (off.group(1).equals("-") ? -1 : 1);
                return Optional.of(ZoneOffset.ofTotalSeconds(total));
            }
        }
        int j = i;
        while (j < s.length() && (Character.isLetter(s.charAt(j)) || s.charAt(j) == '/' || s.charAt(j) == '_')) {
            j++;
        }
        if (j == i) {
            return Optional.empty();
        }
        String one = s.substring(i, j).toLowerCase(Locale.ROOT);
        int k = j;
        while (k < s.length() && s.charAt(k) == ' ') {
            k++;
        }
        int l = k;
        while (l < s.length() && Character.isLetter(s.charAt(l))) {
            l++;
        }
        if (l > k) {
            ZoneId two = ZONES.get(one + " " + s.substring(k, l).toLowerCase(Locale.ROOT));
            if (two != null) {
                end[0] = l;
                return Optional.of(two);
            }
        }
        ZoneId z = ZONES.get(one);
        if (z != null && afterTime && !one.contains("/")) {
            boolean abbreviation = j - i <= 4;
            for (int c = i; c < j && abbreviation; c++) {
                abbreviation = Character.isUpperCase(s.charAt(c));
            }
            boolean closed = j < s.length() && (s.charAt(j) == ':' || s.charAt(j) == ')');
            if (!abbreviation && !closed) {
                z = null; // "10:05 Central database failover" is text; "09:52 Pacific:" is a zone
            }
        }
        if (z == null && one.contains("/")) {
            try {
                z = ZoneId.of(s.substring(i, j));
            } catch (DateTimeException e) {
                z = null;
            }
        }
        if (z == null) {
            return Optional.empty();
        }
        end[0] = j;
        return Optional.of(z);
    }

    private static boolean endsBeforeText(String s, int i, String opened) {
        int k = skipSpaces(s, skipClosing(s, i, opened));
        if (k >= s.length()) {
            return true;
        }
        char c = s.charAt(k);
        return c == ':' || c == '-' || c == '–' || c == '—' || c == '|' || c == '(' || c == ',';
    }

    private static int month(String name) {
        String m = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(m) / 3 + 1;
    }

    /**
     * Reads "H:MM", "HH:MM:SS", "HH:MM:SS.sss" and an "am", "pm", "a.m." or "p.m." after it.
     *
     * @return hour, minute, second, 'a' or 'p' or 0, and the offset after the time
     */
    private static int[] readTime(String s, int i) {
        int k = i;
        int h = 0;
        while (Character.isDigit(s.charAt(k))) {
            h = h * 10 + (s.charAt(k++) - '0');
        }
        k++; // ':'
        int m = (s.charAt(k) - '0') * 10 + (s.charAt(k + 1) - '0');
        k += 2;
        int sec = 0;
        if (k + 2 < s.length()
                && s.charAt(k) == ':'
                && Character.isDigit(s.charAt(k + 1))
                && Character.isDigit(s.charAt(k + 2))) {
            sec = (s.charAt(k + 1) - '0') * 10 + (s.charAt(k + 2) - '0');
            k += 3;
            if (k + 1 < s.length() && s.charAt(k) == '.' && Character.isDigit(s.charAt(k + 1))) {
                k++;
                while (k < s.length() && Character.isDigit(s.charAt(k))) {
                    k++;
                }
            }
        }
        int ampm = 0;
        int a = k;
        while (a < s.length() && s.charAt(a) == ' ') {
            a++;
        }
        if (a < s.length()) {
            char c = Character.toLowerCase(s.charAt(a));
            if (c == 'a' || c == 'p') {
                int b = a + 1;
                if (b < s.length() && s.charAt(b) == '.') {
                    b++;
                }
                if (b < s.length() && Character.toLowerCase(s.charAt(b)) == 'm') {
                    b++;
                    if (b < s.length() && s.charAt(b) == '.') {
                        b++;
                    }
                    if (b >= s.length() || !Character.isLetter(s.charAt(b))) {
                        ampm = c;
                        k = b;
                    }
                }
            }
        }
        if (ampm == 0 && k < s.length()) {
            // "10:45a", "12:29p": the letter glued to the time, nothing after it but a separator
            char c = Character.toLowerCase(s.charAt(k));
            if ((c == 'a' || c == 'p') && (k + 1 >= s.length() || !Character.isLetterOrDigit(s.charAt(k + 1)))) {
                ampm = c;
                k++;
            }
        }
        return new int[] {h, m, sec, ampm, k};
    }

    /**
     * The am or pm of a time without one that starts a range whose end says it ("1:42 - 1:59 PM"),
     * or 0: the end's, unless that would put the start after the end ("11:50 - 12:10 PM" starts
     * before noon), then the other half.
     */
    private static int halfFromRangeEnd(String s, int[] start) {
        int r = skipSpaces(s, start[4]);
        if (r >= s.length() || "-–—".indexOf(s.charAt(r)) < 0) {
            return 0;
        }
        int e = skipSpaces(s, r + 1);
        if (!timeAt(s, e)) {
            return 0;
        }
        int[] end = readTime(s, e);
        if (end[3] == 0 || start[0] < 1 || start[0] > 12 || end[0] < 1 || end[0] > 12) {
            return 0;
        }
        int half = end[3] == 'p' ? 12 : 0;
        int from = (start[0] % 12 + half) * 60 + start[1];
        int to = (end[0] % 12 + half) * 60 + end[1];
        return from <= to ? end[3] : (end[3] == 'p' ? 'a' : 'p');
    }

    /**
     * A time of four digits right after a date ("2022-02-02 1625: ..."), as {@link #readTime}
     * returns one, or null: exactly four digits, followed by the end or, after any spaces, a
     * separator (a colon, dash or bar).
     */
    private static int[] fourDigitTime(String s, int i) {
        if (i + 4 > s.length()) {
            return null;
        }
        for (int d = 0; d < 4; d++) {
            if (!Character.isDigit(s.charAt(i + d))) {
                return null;
            }
        }
        int k = i + 4;
        int sep = skipSpaces(s, k);
        // "1625:" or "1625 - ...": a separator must follow ("2022-02-02 2000 requests failed" is a
        // count), or a zone: "5 July, around 1300 UTC: ..."
        if (sep < s.length()
                && ":-–—|".indexOf(s.charAt(sep)) < 0
                && (sep == k || zoneAt(s, sep, new int[1], true).isEmpty())) {
            return null;
        }
        int h = (s.charAt(i) - '0') * 10 + (s.charAt(i + 1) - '0');
        int m = (s.charAt(i + 2) - '0') * 10 + (s.charAt(i + 3) - '0');
        return new int[] {h, m, 0, 0, k};
    }

    /** A cell of four digits that is a time of day, with an hours word ("hrs", dropped) or a zone after it. */
    private static final Pattern FOUR_DIGIT_CELL =
            Pattern.compile("(?i)([01]\\d|2[0-3])([0-5]\\d)\\s*(?:hrs?\\.?|h)?(\\s*(?:z|utc|gmt|[a-z]{2,4}t))?");

    /**
     * A table cell under a time column written as four digits ("0730", "1415 UTC", "0900 hrs"), as a
     * time with a colon ("07:30", "14:15 UTC", "09:00"); any other cell as it is. Only a column its
     * header names as times is asked: "2019" elsewhere is a year.
     *
     * @param cell the cell's text
     * @return the cell with the colon put in, or the cell
     */
    static String withColon(String cell) {
        String c = cell.strip();
        java.util.regex.Matcher m = FOUR_DIGIT_CELL.matcher(c);
        if (!m.matches()) {
            return cell;
        }
        return m.group(1) + ":" + m.group(2) + (m.group(3) == null ? "" : m.group(3));
    }

    /**
     * Whether a time written with a full stop ("08.33", "9.06", as British timelines write it)
     * starts a line at an offset: one or two digits, a full stop, two digits, then a space, a
     * separator or the end, and no digit after the spaces ("1.25 2.50" is no time). Only the start
     * of a line is asked; "version 1.10" inside a text is never read as a time.
     */
    private static boolean dottedTimeAt(String s, int i) {
        int d = 0;
        while (i + d < s.length() && d < 3 && Character.isDigit(s.charAt(i + d))) {
            d++;
        }
        int m = i + d + 1;
        if ((d != 1 && d != 2)
                || m + 1 >= s.length()
                || s.charAt(i + d) != '.'
                || !Character.isDigit(s.charAt(m))
                || !Character.isDigit(s.charAt(m + 1))) {
            return false;
        }
        int after = m + 2;
        if (after == s.length()) {
            return true;
        }
        char c = s.charAt(after);
        if (c != ' ' && c != '\t' && c != ':' && c != '-' && c != '–' && c != '—' && c != '|') {
            return false; // "30.06.2023", "1.25x", "2.50%"
        }
        int k = skipSpaces(s, after);
        return k >= s.length() || !Character.isDigit(s.charAt(k));
    }

    /** Whether a time ("9:05", "14:02") starts at an offset. */
    private static boolean timeAt(String s, int i) {
        int d = 0;
        while (i + d < s.length() && d < 3 && Character.isDigit(s.charAt(i + d))) {
            d++;
        }
        return (d == 1 || d == 2)
                && i + d + 2 < s.length()
                && s.charAt(i + d) == ':'
                && Character.isDigit(s.charAt(i + d + 1))
                && Character.isDigit(s.charAt(i + d + 2));
    }

    /** The words that say a time is approximate: "around 1300 UTC", "approx. 14:05". */
    private static final Pattern HEDGE = Pattern.compile(
            "(?i)(?:around|about|approx\\.?|approximately|roughly|circa|ca\\.|at\\s+around|at\\s+about|at\\s+approximately)\\s+");

    /**
     * The offset after a hedge word that stands before a time ("around 13:05", "approx. 1300
     * UTC"), or {@code i} when none does: a hedge before anything else is text.
     *
     * @param dated whether a date came before, so that four digits may be a time
     */
    private static int hedgeBeforeTime(String s, int i, boolean dated) {
        if (i >= s.length() || !Character.isLetter(s.charAt(i))) {
            return i;
        }
        Matcher m = HEDGE.matcher(s).region(i, s.length());
        if (!m.lookingAt()) {
            return i;
        }
        int k = m.end();
        return timeAt(s, k) || dottedTimeAt(s, k) || (dated && fourDigitTime(s, k) != null) ? k : i;
    }

    /** Skips opening markup, and "~" or "≈" before an approximate time. */
    private static int skipMarkup(String s, int i) {
        while (i < s.length() && "*_`[ \t~≈".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /** Skips the markup that closes what the line opened: bold, code, a square bracket. */
    private static int skipClosing(String s, int i, String opened) {
        int k = i;
        while (k < s.length()) {
            char c = s.charAt(k);
            boolean closes = c == ' '
                    || c == '\t'
                    || (c == ']' && opened.indexOf('[') >= 0)
                    || ((c == '*' || c == '_' || c == '`') && opened.indexOf(c) >= 0);
            if (!closes) {
                break;
            }
            k++;
        }
        return k;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static Map<String, ZoneId> load() {
        Map<String, ZoneId> out = new HashMap<>();
        String name = "/dev/postmortem/markdown/layout/zones.txt";
        for (String line : Syntax.resourceLines(name)) {
            String[] kv = line.split("\t");
            if (kv.length != 2) {
                throw new IllegalStateException(name + ": '" + line + "' is not 'words<TAB>zone'");
            }
            out.put(kv[0].strip(), ZoneId.of(kv[1].strip()));
        }
        return Map.copyOf(out);
    }
}
