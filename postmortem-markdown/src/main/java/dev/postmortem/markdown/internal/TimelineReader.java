package dev.postmortem.markdown.internal;

import dev.postmortem.core.model.EventKind;
import dev.postmortem.core.model.IncidentId;
import dev.postmortem.core.model.TimelineEvent;
import dev.postmortem.core.report.SourceRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Reads the timeline in the forms documents write it: list lines with a time ("14:02 UTC - ..."),
 * a date alone setting the day of the lines after it, table rows with time, date and event columns,
 * headings with a time whose text is the blocks under them, and day headings. Times are read in the
 * zone the line, the table or the document states, resolved against the incident's date with day
 * rollover, and kept in UTC. Text that is not an event is kept as the timeline's notes.
 */
final class TimelineReader extends SectionReader {
    private final AdditionalSectionsReader additional;
    private final TableReader tables;

    /** A sentence about the times of the timeline: "All times in PST", "Times are US/Pacific". */
    private static final java.util.regex.Pattern TIME_STATEMENT =
            java.util.regex.Pattern.compile("(?i)\\b(times?|timezone|time zone|clock|utc|happened on)\\b");

    /** A heading that numbers a day before its date: "Day 1 - January 23, 2026", "Day 2 (Jan 24)". */
    private static final java.util.regex.Pattern DAY_LABEL =
            java.util.regex.Pattern.compile("(?i)\\s*(day\\s+\\d{1,3})\\s*(?:[-–—:,.]\\s*|\\()\\s*([^()]+?)\\)?\\s*");

    private final List<TimelineEvent> timeline = new ArrayList<>();

    private TimelineDates.Resolver resolver;
    private String timelineTitle = "Timeline";
    private Instant headingEventAt;
    private EventKind headingEventKind;
    private StringBuilder headingEventText;
    private boolean headingEventDayOnly;
    private int headingEventFrom = -1;
    private int headingEventTo = -1;
    /**
     * The day a paragraph holding a date alone ("2021-01-20:") set, while the list right after it
     * is read: an item of that list with no time of its own is an entry of that day.
     */
    private TimelineText.When listDay;

    TimelineReader(ReadContext ctx, AdditionalSectionsReader additional, TableReader tables) {
        super(ctx);
        this.additional = additional;
        this.tables = tables;
        ctx.listed("/timeline", timeline::size);
    }

    /**
     * Whether an entry has been read so far.
     *
     * @return true once the section's list or table gave an entry
     */
    boolean hasEvents() {
        return !timeline.isEmpty();
    }

    /**
     * A heading inside the timeline that carries a time ("### 2021-06-03 9:14", "### 13:35")
     * starts an event whose text is the blocks under it; one with a date alone ("### 2020-02-20",
     * "### Sep 27") sets the day of the lines after it.
     */
    boolean timelineHeading(Heading h, int sectionLevel) {
        if (h.getLevel() <= sectionLevel) {
            return false;
        }
        listDay = null;
        String text = headingText(h);
        Optional<TimelineText.When> w = TimelineText.parse(text);
        if (w.isEmpty()) {
            // "### Day 1 - January 23, 2026": a day's number before its date; the date sets the day,
            // the number is kept with the timeline's notes
            java.util.regex.Matcher day = DAY_LABEL.matcher(text);
            if (!day.matches()) {
                return false;
            }
            w = TimelineText.parse(day.group(2))
                    .filter(d -> d.time().isEmpty()
                            && d.rest().isEmpty()
                            && (d.date().isPresent() || d.monthDay().isPresent()));
            if (w.isEmpty()) {
                return false;
            }
            flushHeadingEvent();
            day(w.get());
            additional.keep(timelineTitle, day.group(1));
            return true;
        }
        flushHeadingEvent();
        headingEventDayOnly = false;
        if (w.get().time().isEmpty()) {
            day(w.get());
            // prose under a day heading is that day's entry; a list under it holds its own times. A
            // day heading with words after its date ("### March 5, 2025: Testnet issue") starts that
            // entry with them, instead of ending the timeline as a section of its own
            TimelineText.When d = w.get();
            int before = timeline.size();
            if (event(dayStart(d, ""), d.rest(), h)) {
                TimelineEvent e = timeline.remove(before);
                headingEventAt = e.at();
                headingEventKind = d.rest().isEmpty() ? null : e.kind().orElse(null);
                headingEventText = new StringBuilder(e.description());
                headingEventDayOnly = true;
                headingEventAt(h);
            }
            return true;
        }
        int before = timeline.size();
        if (!event(w.get(), w.get().rest(), h)) {
            return false;
        }
        TimelineEvent e = timeline.remove(before);
        headingEventAt = e.at();
        headingEventKind = e.kind().orElse(null);
        headingEventText = new StringBuilder(e.description());
        headingEventAt(h);
        return true;
    }

    /** The event a time heading starts stands from the heading on. */
    private void headingEventAt(Heading h) {
        SourceRange r = rangeOf(h);
        headingEventFrom = r == null ? -1 : r.start();
        headingEventTo = r == null ? -1 : r.end();
    }

    void flushHeadingEvent() {
        if (headingEventText == null) {
            return;
        }
        if (headingEventDayOnly && headingEventText.length() == 0) {
            headingEventText = null;
            return;
        }
        TimelineEvent.Builder e = TimelineEvent.builder().at(headingEventAt).description(headingEventText.toString());
        if (headingEventKind != null) {
            e.kind(headingEventKind);
        }
        if (headingEventFrom >= 0) {
            ctx.placed.place(
                    "/timeline/" + timeline.size(),
                    SourceRange.of(headingEventFrom, Math.max(headingEventFrom, headingEventTo)));
        }
        timeline.add(e.build());
        headingEventText = null;
    }

    /** Reads one block of the timeline section. */
    void read(Node block, String title) {
        TimelineText.When day = listDay;
        listDay = null;
        if (block instanceof Paragraph p) {
            String raw = paragraphRaw(p);
            if (!timelineLines(raw.split("\n"), 0, p)) {
                if (timelineDate(raw)) {
                    return;
                }
                note(raw, p);
            } else {
                listDay = dateAlone(raw).orElse(null);
            }
        } else if (block instanceof ListBlock) {
            listDay = day;
            try {
                tables.listOrTable(block, title, this::timelineItem, this::timelineRow);
            } finally {
                listDay = null;
            }
        } else if (block instanceof TableBlock || tables.isHtmlTable(block)) {
            tables.listOrTable(block, title, this::timelineItem, this::timelineRow);
        } else if (timeline.isEmpty() && block instanceof FencedCodeBlock f && timedLines(f.getLiteral())) {
            // a timeline kept in a code block: "2023-06-17 18:05 Block created, nodes start failing"
            String[] lines = codeLines(f.getLiteral());
            if (!timelineLines(lines, 0, block)) {
                note(raw(block, block), block);
            }
        } else if (!timeline.isEmpty()
                && (block instanceof FencedCodeBlock
                        || block instanceof IndentedCodeBlock
                        || block instanceof BlockQuote)) {
            appendToLast(raw(block, block)); // a log excerpt or quote under the event before it
        } else {
            note(raw(block, block), block);
        }
    }

    /**
     * Whether a code block is a timeline: at least three lines, every one of them starting with a
     * time (after a date or not) and saying what happened. A log excerpt under an event, whose
     * lines carry timestamps too, stays with its event: only a code block before any event is asked.
     */
    private static boolean timedLines(String literal) {
        String[] lines = codeLines(literal);
        if (lines.length < 3) {
            return false;
        }
        for (String line : lines) {
            Optional<TimelineText.When> w = TimelineText.parse(line);
            if (w.isEmpty() || w.get().time().isEmpty() || w.get().rest().isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The lines of a code block that hold a letter or a digit: a stray line of backticks, left
     * where a fence was meant to close and taken into the block because it did not, says nothing.
     * A line indented deeper than the block's first is joined to the line before it, as the rest of
     * that entry's text wrapped under it.
     */
    private static String[] codeLines(String literal) {
        List<String> out = new ArrayList<>();
        for (String line : literal.stripIndent().strip().lines().toList()) {
            if (!line.chars().anyMatch(Character::isLetterOrDigit)) {
                continue;
            }
            if (!out.isEmpty() && Character.isWhitespace(line.charAt(0))) {
                // a line indented under the one before continues its text: "16:42:06  refresh refused:
                // invalid_grant" over "          or user interaction is required"
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + line.strip());
            } else {
                out.add(line);
            }
        }
        return out.toArray(String[]::new);
    }

    /** A paragraph such as "2026-03-21 (all times UTC)" sets the timeline's date. */
    private boolean timelineDate(String written) {
        // "**Date: 2024-05-13**" and "_2024-05-13_" set the day as a bare date does
        String raw = written.replace("**", "").replace("__", "").strip();
        if (raw.startsWith("_") && raw.endsWith("_") && raw.length() > 2) {
            raw = raw.substring(1, raw.length() - 1).strip();
        }
        if (raw.regionMatches(true, 0, "date:", 0, 5)) {
            raw = raw.substring(5).strip();
        }
        if (raw.length() < 10) {
            return false;
        }
        Optional<LocalDate> date = Syntax.parseDate(raw.substring(0, 10));
        if (date.isEmpty()) {
            return false;
        }
        if (resolver == null) {
            resolver = new TimelineDates.Resolver(date);
        } else {
            resolver.accept(date.get().atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
        }
        if (raw.length() > 10 || !raw.equals(written.strip())) {
            additional.keep(timelineTitle, written); // "(all times UTC)", "Date:": kept with the timeline's notes
        }
        return true;
    }

    private boolean timelineItem(ListItem item) {
        if (!(item.getFirstChild() instanceof Paragraph p)) {
            return false;
        }
        String[] lines = paragraphRaw(p).split("\n");
        Optional<TimelineText.When> first = TimelineText.parse(lines[0]);
        if (first.isEmpty()
                && listDay != null
                && TimelineText.parseTrailing(lines[0]).isEmpty()) {
            // "2021-01-20:" over "* A bypass was reported ...": an entry of that day, placed at its
            // start, as "2021-01-20: A bypass was reported ..." is
            if (!event(dayStart(listDay, ""), lines[0].strip(), item)) {
                return false;
            }
            for (int i = 1; i < lines.length; i++) {
                appendLine(lines[i].strip()); // a line wrapped in the source: the same paragraph
            }
            if (p.getNext() != null) {
                appendToLast(itemRest(item, p.getNext()));
            }
            return true;
        }
        if (first.isEmpty()) {
            // "First detected: 2024-02-21 07:48": the what first, the when at the end
            Optional<TimelineText.When> trailing = TimelineText.parseTrailing(lines[0]);
            return lines.length == 1
                    && p.getNext() == null
                    && trailing.isPresent()
                    && event(trailing.get(), trailing.get().rest(), item);
        }
        if (first.get().time().isEmpty() && !first.get().rest().isEmpty()) {
            // "2021-11-02: the package is published": an entry dated to the day, placed at its start
            if (!timelineLines(lines, 0, item)) {
                return false;
            }
            if (p.getNext() != null) {
                appendToLast(itemRest(item, p.getNext()));
            }
            return true;
        }
        if (first.get().time().isEmpty()
                && lines.length > 1
                && TimelineText.parse(lines[1]).flatMap(TimelineText.When::time).isEmpty()) {
            // "- 2021-11-02[^3]:" over the lines that say what happened that day: an entry dated
            // to the day, as "2021-11-02: what happened" is
            String[] joined = java.util.Arrays.copyOfRange(lines, 1, lines.length);
            joined[0] = lines[0].strip() + " " + lines[1].strip();
            if (!timelineLines(joined, 0, item)) {
                return false;
            }
            if (p.getNext() != null) {
                appendToLast(itemRest(item, p.getNext()));
            }
            return true;
        }
        if (first.get().time().isEmpty()) {
            // a day bullet: its date holds for the lines after it and for its nested list
            day(first.get());
            for (Node n = p.getNext(); n != null; n = n.getNext()) {
                if (n instanceof ListBlock nested) {
                    for (Node c = nested.getFirstChild(); c != null; c = c.getNext()) {
                        if (!(c instanceof ListItem ci) || !timelineItem(ci)) {
                            additional.unmapped(
                                    c, timelineTitle, "a timeline line such as '14:02 UTC - what happened'");
                        }
                    }
                } else {
                    note(raw(n, n), n);
                }
            }
            return lines.length == 1 || timelineLines(lines, 1, item);
        }
        if (!timelineLines(lines, 0, item)) {
            return false;
        }
        if (p.getNext() != null) {
            appendToLast(itemRest(item, p.getNext()));
        }
        return true;
    }

    /**
     * Reads the lines of one paragraph from {@code from}: a line with a time starts an event, a line
     * with a date alone sets the day, any other line continues the event before it.
     */
    boolean timelineLines(String[] lines, int from, Node where) {
        boolean any = false;
        for (int i = from; i < lines.length; i++) {
            Optional<TimelineText.When> w = TimelineText.parse(lines[i]);
            if (w.isPresent() && w.get().time().isPresent()) {
                if (!event(w.get(), w.get().rest(), where)) {
                    return any;
                }
                any = true;
            } else if (w.isPresent() && w.get().rest().isEmpty()) {
                day(w.get());
            } else if (w.isPresent() && w.get().rest().startsWith("(")) {
                day(w.get()); // "2026-03-21 (all times UTC)": the day, and the note kept
                note(lines[i].strip(), null);
            } else if (w.isPresent()) {
                TimelineText.When d = w.get();
                TimelineText.When midnight = dayStart(d, d.rest());
                if (!event(midnight, d.rest(), where)) {
                    return any;
                }
                any = true;
            } else if (any) {
                appendLine(lines[i].strip()); // a line wrapped in the source: the same paragraph
            } else {
                return false;
            }
        }
        return true;
    }

    /** Continues the last event's text on a new line of the same paragraph. */
    private void appendLine(String more) {
        append(more, "\n");
    }

    /** Adds a block (a paragraph, a log excerpt, a quote) to the last event's text. */
    private void appendToLast(String more) {
        append(more, "\n\n");
    }

    private void append(String more, String separator) {
        if (more.isBlank() || timeline.isEmpty()) {
            return;
        }
        TimelineEvent last = timeline.get(timeline.size() - 1);
        String joined = last.description().isEmpty() ? more : last.description() + separator + more;
        timeline.set(
                timeline.size() - 1,
                TimelineEvent.builder().from(last).description(joined).build());
    }

    /** The start of a day a line names without a time, for an entry dated to the day. */
    private static TimelineText.When dayStart(TimelineText.When d, String rest) {
        return new TimelineText.When(d.date(), d.monthDay(), Optional.of(LocalTime.MIDNIGHT), d.zone(), rest);
    }

    /** A paragraph that is one line holding a date and nothing else ("2021-01-20:"), as a day. */
    private static Optional<TimelineText.When> dateAlone(String raw) {
        if (raw.strip().contains("\n")) {
            return Optional.empty();
        }
        return TimelineText.parse(raw.strip())
                .filter(w -> w.time().isEmpty() && w.rest().isEmpty())
                .filter(w -> w.date().isPresent() || w.monthDay().isPresent());
    }

    /** A date alone (a day heading or bullet): the lines after it fall on that day. */
    private void day(TimelineText.When w) {
        Optional<LocalDate> d = w.date().or(() -> w.monthDay().flatMap(this::withYear));
        d.ifPresent(date -> resolver().accept(date.atStartOfDay().toInstant(java.time.ZoneOffset.UTC)));
    }

    private Optional<LocalDate> withYear(java.time.MonthDay md) {
        return referenceDay().map(ref -> md.atYear(ref.getYear()));
    }

    private Optional<LocalDate> referenceDay() {
        return ctx.id.map(IncidentId::date).or(() -> ctx.windowDate).or(ctx::documentDate);
    }

    private TimelineDates.Resolver resolver() {
        if (resolver == null) {
            resolver = new TimelineDates.Resolver(referenceDay());
        }
        return resolver;
    }

    /**
     * Text in the timeline that is not an event: kept verbatim under "(notes)"; a zone or date it
     * states is used. Other prose is reported, so that an entry the reader could not date is not
     * missed in silence.
     */
    void note(String raw, Node where) {
        if (raw.isBlank()) {
            return;
        }
        boolean statement = raw.length() < 300 && TIME_STATEMENT.matcher(raw).find();
        if (!statement && where != null) {
            diagnose(
                    where,
                    "kept as a note of the timeline, not as an entry: "
                            + (raw.length() > 60 ? raw.substring(0, 60) + "…" : raw).replace('\n', ' '),
                    "a timeline line such as '14:02 UTC - what happened'");
        }
        if (statement) {
            TimelineText.zoneIn(raw).ifPresent(z -> ctx.zone = z);
            if (resolver == null || timeline.isEmpty()) {
                TimelineText.dateIn(raw).ifPresent(d -> {
                    resolver = new TimelineDates.Resolver(Optional.of(d));
                });
            }
        }
        additional.keep(timelineTitle, raw);
    }

    private boolean event(TimelineText.When w, String what, Node where) {
        TimelineDates.Resolver r = resolver();
        Optional<LocalDate> date = w.date().or(() -> w.monthDay().flatMap(this::withYear));
        Optional<Instant> local = r.resolve(date, w.time().orElseThrow());
        if (local.isEmpty()) {
            diagnose(
                    where,
                    "a time-only timeline line needs the incident's date",
                    "an Incident ID, a Total Duration window or a date (a Date line, a day heading,"
                            + " or a full date on the line) before the timeline");
            return false;
        }
        java.time.ZoneId z = w.zone().orElse(ctx.zone);
        Instant at;
        if (z == null) {
            at = local.get();
        } else if (z instanceof java.time.ZoneOffset offset) {
            at = local.get().minusSeconds(offset.getTotalSeconds()); // no zone rules to build
        } else {
            at = java.time.LocalDateTime.ofInstant(local.get(), java.time.ZoneOffset.UTC)
                    .atZone(z)
                    .toInstant();
        }
        String desc = what.strip();
        TimelineEvent.Builder e = TimelineEvent.builder().at(at);
        if (desc.startsWith("[")) {
            int close = desc.indexOf(']');
            if (close > 0) {
                Optional<EventKind> kind = Syntax.parseLabel(EventKind.class, desc.substring(1, close));
                if (kind.isPresent()) {
                    e.kind(kind.get());
                    desc = desc.substring(close + 1).stripLeading();
                }
            }
        }
        timeline.add(e.description(Syntax.unescapeStart(desc)).build());
        return true;
    }

    private boolean timelineRow(List<String> header, List<String> row, Node where) {
        int time = TableColumns.find(header, "timeline.time", -1);
        if (time < 0) {
            time = zoneColumn(header, row);
        }
        boolean timeColumn = time >= 0; // a column the header names as times, not a date column read as one
        int date = TableColumns.find(header, "timeline.date", time);
        if (time < 0 && date >= 0) {
            time = date;
            date = -1;
        }
        int event = TableColumns.find(header, "timeline.event", -1);
        if (event < 0) {
            for (int i = header.size() - 1; i >= 0; i--) {
                if (i != time && i != date) {
                    event = i;
                    break;
                }
            }
        }
        if (time < 0 || event < 0 || time >= row.size() || event >= row.size()) {
            return false;
        }
        String cell = timeColumn ? TimelineText.withColon(row.get(time)) : row.get(time);
        String when = (date >= 0 && date < row.size() ? row.get(date) + " " : "") + cell;
        Optional<TimelineText.When> w = TimelineText.parse(when);
        if (w.isEmpty()) {
            return false;
        }
        TimelineText.When withZone = w.get();
        if (withZone.time().isEmpty()) {
            // a row dated to the day ("| 2022-05-08 | what happened |"): placed at its start, as a
            // list line "2021-11-02: what happened" is
            if ((withZone.date().isEmpty() && withZone.monthDay().isEmpty())
                    || !withZone.rest().isEmpty()
                    || row.get(event).isBlank()) {
                return false;
            }
            withZone = dayStart(withZone, "");
        }
        if (withZone.zone().isEmpty()) {
            Optional<java.time.ZoneId> z = TimelineText.zoneIn(header.get(time));
            if (z.isPresent()) {
                withZone = new TimelineText.When(
                        withZone.date(), withZone.monthDay(), withZone.time(), z, withZone.rest());
            }
        }
        StringBuilder desc = new StringBuilder(row.get(event));
        for (int i = 0; i < row.size(); i++) {
            if (i != time && i != date && i != event && !row.get(i).isBlank()) {
                // another column's value, named by its header: "— Who: @db-oncall"
                String name = i < tables.writtenHeader().size()
                        ? tables.writtenHeader().get(i).strip()
                        : "";
                desc.append(desc.length() == 0 ? "" : " — ")
                        .append(name.isEmpty() ? "" : name + ": ")
                        .append(row.get(i));
            }
        }
        if (!withZone.rest().isEmpty()) {
            desc.insert(0, withZone.rest() + (desc.length() == 0 ? "" : " — "));
        }
        return event(withZone, desc.toString(), where);
    }

    /**
     * A column headed by a time zone alone ("| NZST | UTC | Event |"): its cells are the times in
     * that zone. Of several, the row's first cell that holds a full date is taken, else its first
     * that holds a time, so a row that gives its local date but only "—" in the UTC column is
     * still placed; the other zone's value stays in the description under its header.
     *
     * @return the column, or -1 if no column is headed by a zone alone or none holds a time
     */
    private static int zoneColumn(List<String> header, List<String> row) {
        int timed = -1;
        for (int i = 0; i < header.size() && i < row.size(); i++) {
            String h = header.get(i).strip();
            if (h.isEmpty()
                    || h.length() > 6
                    || !h.chars().allMatch(Character::isLetter)
                    || TimelineText.zoneIn(h).isEmpty()) {
                continue;
            }
            Optional<TimelineText.When> w = TimelineText.parse(TimelineText.withColon(row.get(i)));
            if (w.isEmpty() || w.get().time().isEmpty()) {
                continue;
            }
            if (w.get().date().isPresent()) {
                return i;
            }
            timed = timed < 0 ? i : timed;
        }
        return timed;
    }

    /**
     * A block under a heading that started an event ("### 13:35 ..."): part of that event's text.
     * False when no such event is open, or the block is a list or table under a day heading.
     */
    boolean underHeadingEvent(Node block) {
        if (headingEventText == null
                || block instanceof Heading
                || (headingEventDayOnly && (block instanceof ListBlock || block instanceof TableBlock))) {
            return false;
        }
        headingEventText.append(headingEventText.length() == 0 ? "" : "\n\n").append(raw(block, block));
        SourceRange r = rangeOf(block);
        if (r != null) {
            headingEventFrom = headingEventFrom < 0 ? r.start() : headingEventFrom;
            headingEventTo = Math.max(headingEventTo, r.end());
        }
        return true;
    }

    /** The timeline's heading as written, under which its notes are kept. */
    void title(String title) {
        timelineTitle = title;
    }

    /** Hands the events to the model. */
    void finish() {
        if (!timeline.isEmpty()) {
            ctx.postmortem.timeline(timeline);
        }
    }
}
