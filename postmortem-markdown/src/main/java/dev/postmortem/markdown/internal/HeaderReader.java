package dev.postmortem.markdown.internal;

import dev.postmortem.core.model.AdditionalSection;
import dev.postmortem.core.model.IncidentId;
import dev.postmortem.core.model.IncidentWindow;
import dev.postmortem.core.model.PostmortemStatus;
import dev.postmortem.core.report.SourceRange;
import dev.postmortem.markdown.Diagnostic;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Reads what a document says about itself: YAML front matter, and header blocks of "Key: value"
 * lines in their forms (a list, a paragraph, {@code **Key:** value}, a table of key and value
 * pairs), their keys by {@link HeaderKeys}; the incident id, date, severity, status, authors,
 * duration and window, time zone and review date. Metadata of other tools is kept as written. At
 * the end, a date or severity the text states elsewhere is read when the header gave none.
 */
final class HeaderReader extends SectionReader {
    private final ImpactReader impact;
    private final TableReader tables;

    /** "Severity: **Major**", "priority: P2" anywhere in the text. */
    private static final java.util.regex.Pattern SEVERITY_STATED = java.util.regex.Pattern.compile(
            "(?i)(?<![\\p{L}])(?:severity|priority)(?:\\s+level)?\\s*[:=]\\s*[*_]*\\s*([\\p{L}\\d][\\p{L}\\d -]{0,18}?)"
                    + "\\s*[*_]*(?=[.,;()|\\n]|$)");

    /** "Time in SEV-2 | 95mins", "Time in P1: 48 minutes": a level and the time spent in it. */
    private static final java.util.regex.Pattern TIME_IN_LEVEL = java.util.regex.Pattern.compile(
            "(?i)time in ((?:sev|p)[- ]?[0-5])[^\\d]{1,40}?(\\d[\\d:.]*)\\s*(?:m|min|mins|minutes|h|hours?)\\b");

    private static final java.util.regex.Pattern SEV_IN_TEXT =
            java.util.regex.Pattern.compile("(?<![\\p{L}\\d])(?:SEV|Sev|sev)[- ]?[0-5](?![\\p{L}\\d])");

    private static final java.util.regex.Pattern BOLD_KEY =
            java.util.regex.Pattern.compile("^(?:\\*\\*|__)([^*_:]{1,40}?)(?::(?:\\*\\*|__)|(?:\\*\\*|__):)");

    /** The bar between two bold keys of one line: "**Date:** 2026-07-29 | **Severity:** SEV-2". */
    private static final java.util.regex.Pattern KEY_BAR = java.util.regex.Pattern.compile(
            "\\s+\\|\\s+(?=(?:\\*\\*|__)[^*_:|]{1,40}?(?::(?:\\*\\*|__)|(?:\\*\\*|__):))");

    HeaderReader(ReadContext ctx, ImpactReader impact, TableReader tables) {
        super(ctx);
        this.impact = impact;
        this.tables = tables;
    }

    /**
     * The parts of a line that is a bar of bold keys ("**Author:** the platform team | **Status:**
     * Resolved"), one header line each; the line alone when it does not start with a bold key.
     */
    static List<String> keyBar(String line) {
        if (!BOLD_KEY.matcher(line).lookingAt()) {
            return List.of(line);
        }
        List<String> parts = new ArrayList<>();
        for (String part : KEY_BAR.split(line)) {
            parts.add(part.strip());
        }
        return parts;
    }

    static String unboldKey(String line) {
        return BOLD_KEY.matcher(line).replaceFirst("$1:");
    }

    private final StringBuilder metadataNotes = new StringBuilder();
    /** Per kept metadata line whose value stands as written: its offset in the notes, in the source, and its length. */
    private final List<int[]> metadataRuns = new ArrayList<>();
    /** Where the kept metadata lines stand in the source, from the first to the last; -1 before any. */
    private int metadataFrom = -1;

    private int metadataTo = -1;
    /** A Markdown heading after a blank line (or first), as no YAML front matter holds one. */
    private static final java.util.regex.Pattern MARKDOWN_HEADING =
            java.util.regex.Pattern.compile("(?:\\A|\\n[ \\t]*\\r?\\n)#{1,6} \\S");

    /** Where the front matter ends in the text, when it has one. */
    private int frontMatterEnd;

    /**
     * Reads YAML front matter ({@code ---} lines around it at the very start): its title, date,
     * severity, status, authors and incident id. The front matter is kept verbatim as the
     * document's first preamble, so that nothing in it is lost; the text handed to the Markdown
     * parser has it blanked out line for line, so that positions stay right.
     *
     * @return the text to parse
     */
    String frontMatter() {
        String firstLine = ctx.text.startsWith("\uFEFF") ? "\uFEFF---" : "---";
        if (!(ctx.text.startsWith(firstLine + "\n") || ctx.text.startsWith(firstLine + "\r\n"))) {
            return ctx.text;
        }
        int close = -1;
        int lineStart = ctx.text.indexOf('\n') + 1;
        while (lineStart > 0 && lineStart < ctx.text.length()) {
            int next = ctx.text.indexOf('\n', lineStart);
            String line =
                    (next < 0 ? ctx.text.substring(lineStart) : ctx.text.substring(lineStart, next)).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                close = next < 0 ? ctx.text.length() : next;
                break;
            }
            lineStart = next + 1;
        }
        if (close < 0) {
            return ctx.text;
        }
        String raw = ctx.text.substring(0, close);
        String yaml = raw.substring(raw.indexOf('\n') + 1, Math.max(raw.indexOf('\n') + 1, raw.lastIndexOf('\n')));
        Object loaded;
        String notYaml = null;
        try {
            loaded = new org.snakeyaml.engine.v2.api.Load(org.snakeyaml.engine.v2.api.LoadSettings.builder()
                            .setMaxAliasesForCollections(10)
                            .build())
                    .loadFromString(yaml);
        } catch (RuntimeException e) {
            loaded = null;
            notYaml = firstLineOf(e.getMessage());
            if (MARKDOWN_HEADING.matcher(yaml).find()) {
                // a document that opens with a thematic break ("---", then "# Incident report", and
                // another "---" further down): Markdown between two rules, not front matter
                return ctx.text;
            }
        }
        frontMatterEnd = close;
        // placed, so that a finding in it (a title, a summary field) points at its line
        ctx.placed.place("/additionalSections/" + ctx.extra.size(), SourceRange.of(0, close));
        ctx.extra.add(AdditionalSection.of("", raw.replace("\r\n", "\n").replace("\uFEFF", "")));
        if (notYaml != null) {
            ctx.diagnostics.add(new Diagnostic(1, 1, "the front matter is not YAML: " + notYaml, "key: value lines"));
            // most often a value with a colon left unquoted ("component: mixed: cron"): the lines
            // that are plainly "key: value" at the top level are still read
            plainKeyLines(yaml).forEach(this::frontMatterField);
        } else if (loaded instanceof java.util.Map<?, ?> map) {
            map.forEach((k, v) -> frontMatterField(String.valueOf(k), v));
        } else if (loaded != null) {
            ctx.diagnostics.add(
                    new Diagnostic(1, 1, "the front matter is not a mapping of keys to values", "key: value lines"));
        }
        StringBuilder blank = new StringBuilder(ctx.text.length());
        for (int i = 0; i < close; i++) {
            char c = ctx.text.charAt(i);
            blank.append(c == '\n' || c == '\r' ? c : ' ');
        }
        return blank.append(ctx.text, close, ctx.text.length()).toString();
    }

    /** A top-level "key: value" line of front matter that is not YAML as a whole. */
    private static final java.util.regex.Pattern PLAIN_KEY_LINE =
            java.util.regex.Pattern.compile("([A-Za-z][\\w-]*(?: [\\w-]+){0,3}):\\s+(\\S.*)");

    /**
     * The top-level "key: value" lines of front matter that did not load as YAML, each value as
     * written (one pair of quotes around it removed); indented lines and lists are not read.
     */
    private static java.util.Map<String, Object> plainKeyLines(String yaml) {
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (String line : yaml.split("\n")) {
            java.util.regex.Matcher m = PLAIN_KEY_LINE.matcher(line.stripTrailing());
            if (m.matches()) {
                String v = m.group(2).strip();
                if (v.length() >= 2
                        && (v.charAt(0) == '"' || v.charAt(0) == '\'')
                        && v.charAt(v.length() - 1) == v.charAt(0)) {
                    v = v.substring(1, v.length() - 1);
                }
                out.putIfAbsent(m.group(1), v);
            }
        }
        return out;
    }

    /**
     * Places a front matter value at its line, where it is written there as it was read (plain or
     * in quotes on its key's line), so that a finding in it points at its characters.
     */
    private void placeFrontMatterValue(String pointer, String key, String value) {
        int end = frontMatterEnd;
        for (int at = 0; at < end; ) {
            int next = ctx.text.indexOf('\n', at);
            int lineEnd = next < 0 || next > end ? end : next;
            String line = ctx.text.substring(at, lineEnd);
            if (line.startsWith(key + ":")) {
                int v = line.indexOf(value, key.length() + 1);
                if (v >= 0 && !value.isEmpty()) {
                    ctx.placed.place(pointer, SourceRange.of(at + v, at + v + value.length()));
                }
                return;
            }
            at = lineEnd + 1;
        }
    }

    private String firstLineOf(String message) {
        String m = message == null ? "" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private void frontMatterField(String key, Object value) {
        String k = Sections.normalise(key.replace('_', ' ').replace('-', ' '));
        if (value == null) {
            return;
        }
        String v = value instanceof java.util.Collection<?> c
                ? String.join(", ", c.stream().map(String::valueOf).toList())
                : String.valueOf(value).strip();
        switch (k) {
            case "title" -> {
                ctx.postmortem.title(v);
                ctx.titleText = v;
                ctx.titleSet = true;
                ctx.frontMatterTitle = v;
                placeFrontMatterValue("/title", key, v);
            }
            case "date" ->
                // a blog's front matter date is when the report was published: the opening
                // prose's "On March 17th" is the incident's, when it gives one
                TimelineText.dateIn(v).ifPresent(d -> {
                    ctx.documentDate = Optional.of(d);
                    ctx.postmortem.date(d);
                    ctx.frontMatterDate = Optional.of(d);
                });
            case "incident date", "started", "start date" ->
                TimelineText.dateIn(v).ifPresent(d -> {
                    ctx.documentDate = Optional.of(d);
                    ctx.postmortem.date(d);
                    ctx.dateStated = true;
                });
            case "severity", "sev", "severity level", "priority" ->
                Syntax.severityLevel(ctx.scale, v).ifPresent(level -> {
                    ctx.postmortem.severity(level);
                    ctx.severitySet = true; // the text's "SEV-1" is not read over the front matter's
                });
            case "status" -> Syntax.parseLabel(PostmortemStatus.class, v).ifPresent(ctx.postmortem::status);
            case "authors", "author" -> ctx.postmortem.authors(splitAuthors(v));
            case "timezone", "time zone", "tz" -> TimelineText.zone(v).ifPresent(z -> ctx.zone = z);
            case "id", "incident id", "incident" -> readId(v, null); // another tool's id stays as written
            default -> {
                // kept verbatim in the front matter
            }
        }
    }

    /** An incident id; a malformed one is reported at {@code where}, or ignored without a place. */
    private void readId(String value, Node where) {
        try {
            IncidentId parsed = IncidentId.parse(value);
            ctx.id = Optional.of(parsed);
            ctx.postmortem.id(parsed);
        } catch (IllegalArgumentException e) {
            if (where != null) {
                diagnose(where, "incident id '" + value + "' is malformed", IncidentId.FORM);
            }
        }
    }

    /**
     * Reads a header block (a list, a paragraph, a quote or a table of "Key: value" lines); false if
     * it is not one.
     */
    boolean header(Node block) {
        return header(block, false);
    }

    /**
     * Reads a header block; under a heading of a section the template does not know, a block that
     * states a severity or a date the document already stated is that section's own ("## Issue 2",
     * "**Severity:** High - tooling down"), not the document's header, and is not read as one.
     *
     * @param block the block
     * @param underHeading whether the block opens a section the template does not know
     * @return whether the block was read as a header
     */
    boolean header(Node block, boolean underHeading) {
        List<String> lines = new ArrayList<>();
        List<Node> where = new ArrayList<>();
        if (block instanceof BulletList list) {
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (item.getFirstChild() == null
                        || item.getFirstChild().getNext() != null
                        || !(item.getFirstChild() instanceof Paragraph)) {
                    return false;
                }
                lines.add(paragraphRaw((Paragraph) item.getFirstChild()));
                where.add(item);
            }
        } else if (block instanceof Paragraph p) {
            paragraphLines(p, lines, where);
        } else if (block instanceof BlockQuote quote && quote.getFirstChild() != null) {
            // "> **Date:** 2026-03-02 | **Severity:** 🔴 Critical": a header set off as a quote
            for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
                if (!(child instanceof Paragraph p)) {
                    return false;
                }
                paragraphLines(p, lines, where);
            }
        } else if (block instanceof TableBlock table) {
            // "| Incident Severity | SEV-2 | Incident Number | INC-4471 |": keys and values in pairs
            for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
                for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                    if (!(row instanceof TableRow)) {
                        continue;
                    }
                    List<String> cells = tables.rowCells(row);
                    if (cells.size() % 2 != 0) {
                        return false;
                    }
                    for (int c = 0; c + 1 < cells.size(); c += 2) {
                        if (!cells.get(c).isBlank() || !cells.get(c + 1).isBlank()) {
                            lines.add(cells.get(c).strip() + ": "
                                    + cells.get(c + 1).strip());
                            where.add(row);
                        }
                    }
                }
            }
        } else {
            return false;
        }
        // "**Severity:** SEV2", "**Severity**: SEV2", "__Date:__ ..." read as "Severity: SEV2"
        // a key its writer set in bold is a key even when it is long ("**Magnitude of Impact /
        // Affected products:** ..."); a plain one stays short, so that prose with a colon is not one
        List<Boolean> bolded = new ArrayList<>();
        lines.forEach(l -> bolded.add(BOLD_KEY.matcher(l).find()));
        lines.replaceAll(HeaderReader::unboldKey);
        int known = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (headerKey(line) != null) {
                known++;
            } else if (!metadataLine(line, bolded.get(i) ? 8 : 4)) {
                return false;
            }
        }
        if (known == 0) {
            return false;
        }
        if (underHeading) {
            for (String line : lines) {
                HeaderKeys.Field f = headerKey(line);
                if ((f == HeaderKeys.Field.SEVERITY && ctx.severitySet)
                        || (f == HeaderKeys.Field.DATE && ctx.dateStated)) {
                    return false;
                }
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            HeaderKeys.Field field = headerKey(lines.get(i));
            int reported = ctx.diagnostics.size();
            if (field != null) {
                headerLine(field, lines.get(i), where.get(i));
            }
            if (field == null || field.kept() || ctx.diagnostics.size() > reported || moreThanRead) {
                // another tool's metadata ("Incident commander: @sre-lead"), or a line whose value
                // could not be read ("Status: Complete, action items in progress"): kept as written
                metadata(lines.get(i), where.get(i));
            }
        }
        return true;
    }

    /** Adds a paragraph's lines, each split at its bars ("Date: ... | Severity: ..."), and the paragraph as their place. */
    private void paragraphLines(Paragraph p, List<String> lines, List<Node> where) {
        for (String line : paragraphRaw(p).split("\n")) {
            for (String part : keyBar(line.strip())) {
                lines.add(part);
                where.add(p);
            }
        }
    }

    /**
     * Keeps a metadata line as written in the "Metadata" section, and ties the run of its value to
     * where the value stands in the source, so that a finding in it points at its characters.
     */
    private void metadata(String line, Node where) {
        metadataNotes.append(metadataNotes.length() == 0 ? "" : "\n").append("- ");
        int colon = line.indexOf(": ");
        SourceRange r = where == null ? null : rangeOf(where);
        if (colon > 0 && r != null) {
            String value = line.substring(colon + 2);
            int at = value.isEmpty() ? -1 : ctx.text.indexOf(value, r.start());
            if (at >= 0 && at + value.length() <= r.end()) {
                metadataRuns.add(new int[] {metadataNotes.length() + colon + 2, at, value.length()});
            }
            metadataFrom = metadataFrom < 0 ? r.start() : Math.min(metadataFrom, r.start());
            metadataTo = Math.max(metadataTo, r.end());
        }
        metadataNotes.append(line);
    }

    /**
     * Reads an item of a document written as one list of labelled sections whose label is a header
     * key: "3. Authors" over a nested list of names, "1. Incident Date" over "- January 15, 2020",
     * or "Severity: SEV2" as the item's own line. The value is the text after the label, or the
     * items of the one list under it: any number for authors, exactly one for any other key.
     *
     * @param label the item's label
     * @param value the text after the label on its line, or empty
     * @param rest the blocks of the item after its first paragraph, or null
     * @param where the item
     * @return whether the item was read as a header line; false when the label is no header key or
     *     the value is not of that form, and nothing read
     */
    boolean labelled(String label, String value, Node rest, Node where) {
        HeaderKeys.Field field = HeaderKeys.field(Sections.normalise(label));
        if (field == null) {
            return false;
        }
        List<String> values = new ArrayList<>();
        if (!value.isEmpty()) {
            if (rest != null) {
                return false;
            }
            values.add(value);
        } else if (rest instanceof org.commonmark.node.ListBlock list && rest.getNext() == null) {
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (!(item.getFirstChild() instanceof Paragraph p) || p.getNext() != null) {
                    return false;
                }
                String line = paragraphRaw(p).strip();
                if (line.isEmpty() || line.indexOf('\n') >= 0) {
                    return false;
                }
                values.add(line);
            }
        } else {
            return false;
        }
        if (values.isEmpty() || (values.size() > 1 && field != HeaderKeys.Field.AUTHORS)) {
            return false;
        }
        String joined = field == HeaderKeys.Field.AUTHORS
                ? String.join(
                        ", ",
                        values.stream()
                                .map(v -> v.replace("\\", "\\\\").replace(",", "\\,"))
                                .toList())
                : values.get(0);
        String line = label.strip() + ": " + joined;
        int reported = ctx.diagnostics.size();
        headerLine(field, line, where);
        if (field.kept() || ctx.diagnostics.size() > reported || moreThanRead) {
            metadata(line, where);
        }
        return true;
    }

    /** A "Key: value" line whose key is a short label, as metadata lines are. */
    private boolean metadataLine(String line, int words) {
        int colon = line.indexOf(':');
        if (colon <= 0 || colon > 40) {
            return false;
        }
        String key = line.substring(0, colon).strip();
        return !key.isEmpty() && key.split("\\s+").length <= words && Character.isLetter(key.charAt(0));
    }

    private HeaderKeys.Field headerKey(String line) {
        int colon = line.indexOf(':');
        return colon <= 0 ? null : HeaderKeys.field(Sections.normalise(line.substring(0, colon)));
    }

    /** Set by {@link #headerLine} when the line says more than the value it gave the model. */
    private boolean moreThanRead;

    private static final java.util.regex.Pattern DATE_WORDS = java.util.regex.Pattern.compile(
            "\\d+(?:st|nd|rd|th)?|\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                    + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?"
                    + "|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|utc|gmt)\\b\\.?");

    /**
     * Whether a date value holds more than a date in some form: a range ("2026-07-29 to
     * 2026-07-30"), a time ("14:00 UTC") or other words ("(estimated)").
     */
    static boolean moreThanADate(String value) {
        if (CLOCK.matcher(value).find()) {
            return true;
        }
        String rest =
                DATE_WORDS.matcher(value.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ");
        return !DATE_PUNCTUATION.matcher(rest).replaceAll("").isEmpty()
                || ISO_DATE.matcher(value).results().count() > 1;
    }

    private static final java.util.regex.Pattern DATE_PUNCTUATION = java.util.regex.Pattern.compile("[\\s,./:()-]+");

    private static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");

    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * The one choice set in bold in a list of a template's choices, "[draft | pending feedback |
     * **final**]" (square or curly brackets, escaped or not, or none), or empty when none or more
     * than one is bold.
     */
    static Optional<String> boldChoice(String value) {
        String v = value.replace("\\[", "[").replace("\\]", "]").strip();
        if (v.length() > 1 && (v.charAt(0) == '[' || v.charAt(0) == '{')) {
            v = v.substring(1, v.length() - (v.endsWith("]") || v.endsWith("}") ? 1 : 0));
        }
        if (v.indexOf('|') < 0) {
            return Optional.empty();
        }
        String found = null;
        for (String option : v.split("\\|")) {
            String o = option.strip();
            boolean bold = o.length() > 4
                    && ((o.startsWith("**") && o.endsWith("**")) || (o.startsWith("__") && o.endsWith("__")));
            if (bold) {
                if (found != null) {
                    return Optional.empty();
                }
                found = o.substring(2, o.length() - 2).strip();
            }
        }
        return Optional.ofNullable(found);
    }

    private void headerLine(HeaderKeys.Field field, String line, Node where) {
        moreThanRead = false;
        field.pointer().ifPresent(pointer -> place(pointer, where));
        String value =
                Syntax.unescapeStart(line.substring(line.indexOf(':') + 1).strip());
        switch (field) {
            case TEMPLATE_VERSION ->
                ctx.postmortem.templateVersion(
                        value.startsWith("v") || value.startsWith("V") ? value.substring(1) : value);
            case TITLE -> {
                ctx.postmortem.title(value);
                ctx.titleText = value;
                ctx.titleSet = true;
            }
            case ID -> readId(value, where);
            case STATUS -> {
                Optional<PostmortemStatus> chosen = Syntax.parseLabel(PostmortemStatus.class, value);
                if (chosen.isEmpty()) {
                    // the template's choices with the one that holds in bold: "[draft | pending feedback | **final**]"
                    chosen = boldChoice(value).flatMap(c -> Syntax.parseLabel(PostmortemStatus.class, c));
                    moreThanRead = chosen.isPresent(); // the line is kept as written, its choices with it
                }
                chosen.ifPresentOrElse(
                        ctx.postmortem::status,
                        () -> diagnose(where, "unknown status '" + value + "'", "Draft, In Review or Final"));
            }
            case DATE ->
                TimelineText.dateIn(value)
                        .ifPresentOrElse(
                                d -> {
                                    ctx.documentDate = Optional.of(d);
                                    ctx.postmortem.date(d);
                                    ctx.dateStated = true;
                                    // "2026-07-29 to 2026-07-30": the first date is the document's,
                                    // the line is kept as written so that the rest is not lost
                                    moreThanRead = moreThanADate(value);
                                },
                                () -> diagnose(where, "date '" + value + "' is not a date", "YYYY-MM-DD"));
            case TIME_ZONE ->
                TimelineText.zone(value)
                        .ifPresentOrElse(
                                z -> ctx.zone = z,
                                () -> diagnose(
                                        where,
                                        "time zone '" + value + "' is not known",
                                        "UTC, an offset such as +05:30, or a region such as Europe/Berlin"));
            case SEVERITY ->
                Syntax.severityLevel(ctx.scale, value)
                        .ifPresentOrElse(
                                level -> {
                                    ctx.postmortem.severity(level);
                                    ctx.severitySet = true;
                                    String written = line.strip();
                                    if (!written.equals("Severity Tier: " + level.displayName())) {
                                        ctx.severityLine = written; // the writer's own form needs no keeping
                                    }
                                },
                                () -> diagnose(
                                        where,
                                        "unknown severity '" + value + "'",
                                        "a level of the severity scale, such as" + " SEV1 or Tier 1 (High Impact)"));
            case DURATION -> duration(value, where);
            case IMPACT_SUMMARY -> impact.summaryText(value);
            case FAILED_REQUESTS -> {
                impact.failedRequests(value.equalsIgnoreCase("none") ? OptionalLong.empty() : count(value, where));
            }
            case BUDGET_CONSUMED -> {
                impact.budgetConsumed(value.equalsIgnoreCase("none") ? Optional.empty() : fraction(value, where));
            }
            case AUTHORS -> ctx.postmortem.authors(splitAuthors(value));
            case REVIEW_DATE ->
                Syntax.parseDate(value)
                        .ifPresentOrElse(
                                ctx.postmortem::reviewMeetingDate,
                                () -> diagnose(
                                        where, "review meeting date '" + value + "' is not a date", "YYYY-MM-DD"));
        }
    }

    private List<String> splitAuthors(String value) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length() && (value.charAt(i + 1) == ',' || value.charAt(i + 1) == '\\')) {
                cur.append(value.charAt(++i));
            } else if (c == ',') {
                out.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString().strip());
        out.removeIf(String::isEmpty);
        return out;
    }

    /** "00:22 Minutes (10:02 UTC → 10:24 UTC)", "22 min", "(2026-05-19 10:02 UTC -> 10:24)". */
    private void duration(String value, Node where) {
        String v = value;
        int open = v.indexOf('(');
        String window = null;
        if (open >= 0 && v.endsWith(")")) {
            window = v.substring(open + 1, v.length() - 1).strip();
            v = v.substring(0, open).strip();
        }
        if (!v.isEmpty()) {
            Syntax.parseDuration(v)
                    .ifPresentOrElse(
                            ctx.postmortem::declaredDuration,
                            () -> diagnose(
                                    where,
                                    "duration '" + value + "' is not understood",
                                    "HH:MM Minutes (start → end)"));
        }
        if (window != null) {
            String[] parts = splitRange(window);
            Optional<LocalDate> ref = ctx.id.map(IncidentId::date);
            Optional<Instant> start = parts == null ? Optional.empty() : instant(parts[0], ref);
            Optional<Instant> end = parts == null || start.isEmpty()
                    ? Optional.empty()
                    : instant(
                            parts[1],
                            Optional.of(start.get()
                                    .atOffset(java.time.ZoneOffset.UTC)
                                    .toLocalDate()));
            if (start.isPresent()
                    && end.isPresent()
                    && parts[1].strip().length() <= 12
                    && end.get().isBefore(start.get())) {
                end = Optional.of(end.get().plusSeconds(86_400)); // a window across midnight, times only
            }
            if (start.isPresent() && end.isPresent() && !end.get().isBefore(start.get())) {
                ctx.postmortem.window(IncidentWindow.of(start.get(), end.get()));
                ctx.windowDate = Optional.of(
                        start.get().atOffset(java.time.ZoneOffset.UTC).toLocalDate());
            } else {
                diagnose(
                        where,
                        "the window '" + window + "' is not understood",
                        "start → end, such as 10:02 UTC → 10:24"
                                + " UTC, with the incident id giving the date, or full dates");
            }
        }
    }

    private String[] splitRange(String window) {
        for (String sep : new String[] {"→", "->", "–", " - ", " to "}) {
            int i = window.indexOf(sep);
            if (i > 0) {
                return new String[] {
                    window.substring(0, i).strip(),
                    window.substring(i + sep.length()).strip()
                };
            }
        }
        return null;
    }

    /** "10:02 UTC", "10:02", "2026-05-19 10:02 UTC", "2026-05-19T10:02:00Z". */
    private Optional<Instant> instant(String s, Optional<LocalDate> ref) {
        String t = s.strip();
        if (t.endsWith("UTC") || t.endsWith("utc")) {
            t = t.substring(0, t.length() - 3).strip();
        }
        if (t.endsWith("Z") && t.contains("T")) {
            try {
                return Optional.of(Instant.parse(t));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        Optional<LocalDate> date = ref;
        int space = t.indexOf(' ');
        if (space == 10) {
            date = Syntax.parseDate(t.substring(0, 10));
            t = t.substring(11).strip();
            if (date.isEmpty()) {
                return Optional.empty();
            }
        }
        Optional<LocalTime> time = Syntax.parseTime(t);
        if (time.isEmpty() || date.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(date.get().atTime(time.get()).toInstant(java.time.ZoneOffset.UTC));
    }

    /**
     * The severity a document states outside its metadata: a "Severity: **Major**" in the prose;
     * else the most severe level an impact table spent time in ("Time in SEV-1 | 0mins", "Time in
     * SEV-2 | 95mins" is SEV2); else the first "SEV-1" or "Sev 2" the text names.
     */
    private Optional<dev.postmortem.core.model.SeverityLevel> severityInText() {
        java.util.regex.Matcher stated = SEVERITY_STATED.matcher(ctx.body);
        while (stated.find()) {
            if (ctx.inActionItems(stated.start())) {
                continue; // "Priority: P2" of an action item is the item's, not the incident's
            }
            Optional<dev.postmortem.core.model.SeverityLevel> level = ctx.scale.find(stated.group(1));
            if (level.isPresent()) {
                return level;
            }
        }
        dev.postmortem.core.model.SeverityLevel spent = null;
        java.util.regex.Matcher time = TIME_IN_LEVEL.matcher(ctx.body);
        while (time.find()) {
            Optional<dev.postmortem.core.model.SeverityLevel> level = ctx.scale.find(time.group(1));
            boolean someTime = time.group(2).chars().anyMatch(c -> c >= '1' && c <= '9');
            if (level.isPresent() && someTime && (spent == null || level.get().rank() < spent.rank())) {
                spent = level.get();
            }
        }
        if (spent != null) {
            return Optional.of(spent);
        }
        java.util.regex.Matcher sev = SEV_IN_TEXT.matcher(ctx.body);
        while (sev.find()) {
            Optional<dev.postmortem.core.model.SeverityLevel> level = ctx.scale.find(sev.group());
            if (level.isPresent()) {
                return level;
            }
        }
        return Optional.empty();
    }

    /** The opening of the document after its front matter, where a report says when it happened. */
    private String opening() {
        return ctx.body.substring(0, Math.min(ctx.body.length(), 4000));
    }

    /**
     * What the document states outside its header, read at the end: the date from the title or the
     * opening prose when no id or Date line gave one, and the severity from the text when no
     * metadata did; and the metadata lines of other tools, kept as written.
     */
    void finish() {
        if (ctx.id.isEmpty() && !ctx.dateStated) {
            // "Incident on 2022-05-17 - ...", "Docs Portal Outage 3-14-23": the title's date; else
            // the opening prose's "On March 17th", when it falls in the 120 days up to the front
            // matter's date (a report is published after the incident, and not long after)
            Optional<LocalDate> title = TimelineText.dateIn(ctx.titleText);
            Optional<LocalDate> prose = TimelineText.onDateIn(opening(), ctx.frontMatterDate.or(ctx::documentDate))
                    .filter(d -> ctx.frontMatterDate.isEmpty()
                            || (!d.isAfter(ctx.frontMatterDate.get())
                                    && d.isAfter(ctx.frontMatterDate.get().minusDays(120))));
            title.or(() -> prose).ifPresent(ctx.postmortem::date);
        }
        if (!ctx.severitySet) {
            severityInText().ifPresent(ctx.postmortem::severity);
        }
        if (metadataNotes.length() > 0) {
            String at = "/additionalSections/" + ctx.extra.size();
            if (metadataFrom >= 0) {
                ctx.placed.place(at, SourceRange.of(metadataFrom, metadataTo));
                ctx.presetRuns.put(at + "/body", List.copyOf(metadataRuns));
            }
            ctx.extra.add(AdditionalSection.of("Metadata", metadataNotes.toString()));
        }
    }
}
