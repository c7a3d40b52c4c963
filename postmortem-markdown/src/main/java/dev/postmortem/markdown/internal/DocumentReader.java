package dev.postmortem.markdown.internal;

import dev.postmortem.core.model.AdditionalSection;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.SeverityScale;
import dev.postmortem.core.report.SourceMap;
import dev.postmortem.markdown.ReadResult;
import dev.postmortem.markdown.internal.Sections.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * One read of one document: walks the top-level blocks, enters a section at each heading (or bold
 * line, or bold-labelled list item) that the layout names, and hands each block to the reader of
 * the section it stands in: header, timeline, impact, factors, action items, lessons, Five Whys,
 * just culture, or the additional sections for everything else. At the end each reader gives the
 * model what it read. Not thread-safe, used once.
 */
public final class DocumentReader extends SectionReader {
    /** "**Key events**", "**Impact**:", "**Impact:**" at the start of a list item. */
    private static final java.util.regex.Pattern LABEL =
            java.util.regex.Pattern.compile("(?:\\*\\*|__)([^*_\\n]{1,60}?):?(?:\\*\\*|__):?");

    /** The headings the writer gives the template's sections. */
    private static final java.util.Set<String> TEMPLATE_HEADINGS = java.util.Set.of(
            "1. Event Timeline",
            "2. Customer & SLO Impact",
            "3. Systems Root Cause Matrix",
            "4. Remediation Action Items (SMART Goals)",
            "Lessons Learned",
            "What Went Well",
            "What Went Wrong",
            "Where We Got Lucky",
            "Five Whys",
            "Just Culture Assessments");

    /** A short label, then a dash, then the text: "Impact Analysis - Search requests ...". */
    private static final java.util.regex.Pattern DASH_LABEL =
            java.util.regex.Pattern.compile("(\\p{L}[^\\n:–—.-]{1,48}?)\\s+[-–—](?:\\s+|$)");

    private final java.util.Map<String, String> headings = new java.util.LinkedHashMap<>();
    private int sectionLevel;
    private String sectionTitle = "";
    private boolean inAdditional;
    private boolean preamble = true;
    private final List<Node> additional = new ArrayList<>();
    /** The sections read and then left for another, under headings. */
    private final java.util.Set<Kind> left = java.util.EnumSet.noneOf(Kind.class);
    /** The HTML comments outside any kept section, as written. */
    private final List<String> comments = new ArrayList<>();

    private Node sectionHeading;
    private final Parser parser;
    private final AdditionalSectionsReader additionalSections =
            new AdditionalSectionsReader(ctx, (raw, node) -> this.timeline.note(raw, node));
    private final TableReader tables = new TableReader(ctx, additionalSections);
    private final ImpactReader impact = new ImpactReader(ctx, additionalSections);
    private final HeaderReader header = new HeaderReader(ctx, impact, tables);
    private final TimelineReader timeline = new TimelineReader(ctx, additionalSections, tables);
    private final FactorsReader factors = new FactorsReader(ctx, additionalSections);
    private final LessonsReader lessons = new LessonsReader(ctx);
    private final FiveWhysReader fiveWhys = new FiveWhysReader(ctx, additionalSections);
    private final JustCultureReader justCulture = new JustCultureReader(ctx, additionalSections);
    private final ActionItemsReader actions = new ActionItemsReader(ctx, additionalSections, tables);

    /**
     * A read of one document.
     *
     * @param text the document
     * @param parser the block parser, with source spans
     * @param scale the severity scale
     * @param layout which section a heading starts, or null
     */
    public DocumentReader(String text, Parser parser, SeverityScale scale, Function<String, Kind> layout) {
        super(new ReadContext(text, scale, layout));
        this.parser = parser;
        ctx.listed("/additionalSections", ctx.extra::size);
    }

    /**
     * Reads the document.
     *
     * @return the postmortem, the diagnostics and the source map
     */
    public ReadResult run() {
        ctx.body = header.frontMatter();
        Node doc = parser.parse(ctx.body);
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            blocks.add(n);
        }
        untitledTimeline = blocks.stream()
                .noneMatch(b -> b instanceof Heading h && ctx.layout.apply(headingText(h)) == Kind.TIMELINE);
        for (blockIndex = 0; blockIndex < blocks.size(); blockIndex++) {
            Node block = blocks.get(blockIndex);
            int[] before = ctx.sizes();
            ctx.here = block;
            readBlock(block);
            ctx.placeNew(before, block);
        }
        timeline.flushHeadingEvent();
        actions.flushActionHeading();
        additionalSections.closeAdditional(sectionTitle, additional, inAdditional, preamble, sectionHeading);
        Postmortem p = build();
        // the characters of text fields are tied to the source when someone asks where they are
        SourceMapper mapper = new SourceMapper(ctx.text, ctx.placed, ctx.presetRuns);
        return new ReadResult(p, ctx.diagnostics, SourceMap.deferred(() -> mapper.sources(p)));
    }

    /** The document's top-level blocks, and the index of the one being read. */
    private final List<Node> blocks = new ArrayList<>();

    private int blockIndex;

    /**
     * Whether no heading of the document names the timeline, so that the first section whose lists
     * are timeline lines may be read as it ("## Leadup" over "- **00:27 UTC:** ..."); cleared once
     * one is.
     */
    private boolean untitledTimeline;

    /** The least share of a section's list items that start with a time for it to be the timeline. */
    private static final double TIMED_SHARE = 0.8;

    /**
     * Whether the blocks under the heading at {@link #blockIndex}, up to the next heading of its
     * level or above, hold lists of at least three items of which most start with a time: "-
     * **00:27 UTC:** the pool saturates", "* 23:00 UTC - a CI run fails".
     */
    private boolean timedLists(int level) {
        int items = 0;
        int timed = 0;
        for (int i = blockIndex + 1; i < blocks.size(); i++) {
            Node b = blocks.get(i);
            if (b instanceof Heading h && h.getLevel() <= level) {
                break;
            }
            if (b instanceof ListBlock list) {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    items++;
                    if (item.getFirstChild() instanceof Paragraph p
                            && TimelineText.parse(paragraphRaw(p).split("\n", 2)[0])
                                    .flatMap(TimelineText.When::time)
                                    .isPresent()) {
                        timed++;
                    }
                }
            }
        }
        return items >= 3 && timed >= TIMED_SHARE * items;
    }

    /** Reads one top-level block of the document. */
    private void readBlock(Node block) {
        if (!inAdditional && isComment(block)) {
            // Comments (a template's guidance, a blog's "<!-- more -->", "<!-- All times US Eastern -->")
            // belong to no section; they are kept as written, together, so that nothing is lost.
            comments.add(((HtmlBlock) block).getLiteral().strip());
            return;
        }
        if (ctx.kind == Kind.TIMELINE
                && (block instanceof Heading th
                        ? timeline.timelineHeading(th, sectionLevel)
                        : timeline.underHeadingEvent(block))) {
            return;
        }
        if (block instanceof Heading h) {
            timeline.flushHeadingEvent();
            String title = headingText(h);
            Kind k = AdditionalSectionsReader.kept(title) ? null : ctx.layout.apply(title);
            if (k == null
                    && untitledTimeline
                    && h.getLevel() > 1
                    && !AdditionalSectionsReader.kept(title)
                    && timedLists(h.getLevel())) {
                // no heading names the timeline, and this section's lines are timed: it is the timeline
                // under the team's own heading, which is kept
                k = Kind.TIMELINE;
                untitledTimeline = false;
            }
            if (h.getLevel() == 1 && !ctx.titleSet && ctx.kind == null && !inAdditional) {
                place("/title", h);
                ctx.postmortem.title(title);
                ctx.titleText = title;
                ctx.titleSet = true;
                return;
            }
            if (h.getLevel() == 1 && ctx.titleSet && title.equals(ctx.frontMatterTitle) && ctx.kind == null) {
                return; // the front matter's title written again as the heading
            }
            if (k == Kind.IMPACT && ctx.kind == Kind.IMPACT && h.getLevel() >= sectionLevel) {
                // "#### End User Impact" under "### Impact": the impact has no titled parts, so the
                // heading is part of its text rather than the start of it again
                section(ctx.kind, sectionTitle, block);
                return;
            }
            if (k != null && ctx.kind != k && left.contains(k)) {
                // "### What went wrong" again, under "## Action items": the section was read and left
                // before, so this one is kept as written, not merged into it unseen
                ctx.diagnose(
                        h,
                        "a second '" + title + "' section, after the first was closed; kept as an additional section",
                        "one '" + title + "' section; move these lines into the first to have them read");
                enter(null, title, h.getLevel());
                return;
            }
            if (k != null
                    && k == ctx.kind
                    && (k == Kind.ACTIONS || k == Kind.LESSONS)
                    && h.getLevel() <= sectionLevel) {
                // "## Prevention" right before "## Follow-ups": one section of the template under two
                // headings; the second is kept with the section's notes, so that none of it is lost
                actions.flushActionHeading();
                additionalSections.keep(sectionTitle, title);
                return;
            }
            if (k != null) {
                enterSection(k, title, h.getLevel());
                return;
            }
            // under lessons and action items a deeper heading groups or names items
            boolean inside = (ctx.kind == Kind.LESSONS || ctx.kind == Kind.ACTIONS) && h.getLevel() > sectionLevel;
            // under the timeline a deeper heading over timed lines groups events ("### Height 5174017",
            // "#### Node 13 - Proposer"): the lines are read as entries, the heading kept as a note
            inside |= ctx.kind == Kind.TIMELINE && h.getLevel() > sectionLevel && timedLists(h.getLevel());
            if (!inside && (h.getLevel() <= 2 || (ctx.kind != null && h.getLevel() <= 3))) {
                enter(null, title, h.getLevel());
                return;
            }
        }
        String bold = block instanceof Paragraph bp ? boldHeading(bp) : null;
        Kind boldKind = bold == null ? null : ctx.layout.apply(bold);
        if (boldKind != null && boldKind != ctx.kind && left.contains(boldKind)) {
            // "**Impact**:" under one of several causes, after the impact section was read and left:
            // that cause's impact, part of what is being read, not the document's impact again
            boldKind = null;
        }
        if (boldKind != null && boldKind == ctx.kind) {
            // "**Follow-ups:**" under "## Action items", "**Impact:**" under "## Impact": the section
            // goes on under a second name, kept with its notes as a second heading is; entering the
            // section again would drop the line
            actions.flushActionHeading();
            additionalSections.keep(sectionTitle, paragraphRaw((Paragraph) block));
            return;
        }
        if (boldKind != null) {
            enterSection(boldKind, bold, 6); // "**Timeline**" alone on a line: a heading in all but name
            return;
        }
        if (inAdditional && additional.isEmpty() && header.header(block, true)) {
            return; // "Date: ...", "Authors: ..." right under a heading
        }
        if (inAdditional || (ctx.kind == null && preamble && !header.header(block))) {
            if (ctx.kind == null && block instanceof ListBlock bl && labelledSections(bl, true)) {
                // what came before the list stays where it was; the list is read section by section
                additionalSections.closeAdditional(sectionTitle, additional, inAdditional, preamble, sectionHeading);
                additional.clear();
                labelledSections(bl, false);
                return;
            }
            additional.add(block);
        } else if (ctx.kind != null) {
            section(ctx.kind, sectionTitle, block);
        }
    }

    /** Ends what was being read and starts a section of the template at a heading of a level. */
    private void enterSection(Kind k, String title, int level) {
        enter(k, title, level);
        ownHeading(k, title);
        startSection(k);
        if (k == Kind.TIMELINE) {
            timeline.title(Sections.unescapeHeading(title));
        }
    }

    /** Ends what was being read; a null kind starts an additional section kept as written. */
    private void enter(Kind k, String title, int level) {
        if (ctx.kind != null && ctx.kind != k) {
            left.add(ctx.kind);
        }
        timeline.flushHeadingEvent();
        actions.flushActionHeading();
        additionalSections.closeAdditional(sectionTitle, additional, inAdditional, preamble, sectionHeading);
        additional.clear();
        sectionHeading = ctx.here;
        ctx.kind = k;
        sectionTitle = title;
        sectionLevel = level;
        inAdditional = k == null;
        preamble = false;
    }

    /**
     * A document written as one list of bold-labelled items ("- **Key events**" with a nested
     * list, "- **Impact**: ..."): each item whose label names a section is read as that section;
     * the others are kept as additional sections under their label. False, and nothing read, when
     * some item has no bold label or no label names a section.
     */
    private boolean labelledSections(ListBlock list, boolean dryRun) {
        List<String> labels = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n.getFirstChild() instanceof Paragraph p)) {
                return false;
            }
            String first = paragraphRaw(p);
            java.util.regex.Matcher m = LABEL.matcher(first);
            if (m.lookingAt()) {
                labels.add(m.group(1).strip());
                values.add(first.substring(m.end()).strip());
            } else if (first.length() <= 60
                    && first.indexOf('\n') < 0
                    && !first.endsWith(".")
                    && p.getNext() instanceof ListBlock) {
                labels.add(first.strip()); // "1. Brief timeline of events" over a nested list
                values.add("");
            } else {
                // "1. Root Cause - The node pool upgrade drained nodes ...", as RCA templates number them
                java.util.regex.Matcher d = DASH_LABEL.matcher(first);
                if (!d.lookingAt()) {
                    return false;
                }
                labels.add(d.group(1).strip());
                values.add(first.substring(d.end()).strip());
            }
        }
        if (labels.stream().noneMatch(l -> ctx.layout.apply(l) != null)) {
            return false;
        }
        if (dryRun) {
            return true;
        }
        int i = 0;
        Node saved = ctx.here;
        for (Node n = list.getFirstChild(); n != null; n = n.getNext(), i++) {
            int[] before = ctx.sizes();
            ctx.here = n;
            labelledSection(n, labels.get(i), values.get(i));
            ctx.placeNew(before, n);
        }
        ctx.here = saved;
        return true;
    }

    /** One item of a list of labelled sections: its label's section, read from the item. */
    private void labelledSection(Node n, String label, String value) {
        Kind k = ctx.layout.apply(label);
        Node rest = n.getFirstChild().getNext();
        if (k == null && header.labelled(label, value, rest, n)) {
            return; // "3. Authors" over the names, "1. Incident Date" over the date
        }
        if (k == null) {
            String body = (value + (rest == null ? "" : "\n\n" + itemRest((ListItem) n, rest))).strip();
            ctx.extra.add(AdditionalSection.of(label, body));
            return;
        }
        startSection(k);
        ownHeading(k, label);
        if (k == Kind.TIMELINE) {
            timeline.title(label);
        }
        if (!value.isEmpty()) {
            sectionText(k, label, value, n);
        }
        for (Node c = rest; c != null; c = c.getNext()) {
            section(k, label, c);
        }
    }

    /** The text after a section's label on the same line, read as that section's prose. */
    private void sectionText(Kind k, String label, String value, Node where) {
        switch (k) {
            case IMPACT -> impact.appendSymptoms(Syntax.unescapeStart(value));
            case FACTORS -> factors.labelled(label, Syntax.unescapeStart(value));
            case LESSONS, WENT_WELL, WENT_WRONG, GOT_LUCKY -> lessons.addLesson(k, Syntax.unescapeStart(value));
            case TIMELINE -> {
                if (!timeline.timelineLines(value.split("\n"), 0, where)) {
                    timeline.note(value, where);
                }
            }
            default -> ctx.extra.add(AdditionalSection.of(label, value));
        }
    }

    /** A bold label with a note in brackets after it: "**Timeline** (all times UTC)". */
    private static final java.util.regex.Pattern BOLD_WITH_NOTE =
            java.util.regex.Pattern.compile("(\\*\\*|__)([^*_:]+?):?\\1\\s*(\\([^()*_]+\\))");

    /**
     * The text of a paragraph that is all bold and short ("**Timeline**", "**Action items:**"), or
     * a bold label with a note in brackets after it ("**Timeline of Changes** (Last 10 days):",
     * read as the title "Timeline of Changes (Last 10 days)"), or null.
     */
    private String boldHeading(Paragraph p) {
        String raw = paragraphRaw(p).strip();
        if (raw.length() < 5 || raw.length() > 80 || raw.indexOf('\n') >= 0) {
            return null;
        }
        String t = raw.endsWith(":") ? raw.substring(0, raw.length() - 1).strip() : raw;
        java.util.regex.Matcher noted = BOLD_WITH_NOTE.matcher(t);
        if (noted.matches()) {
            // "**Timeline of Changes** (Last 10 days):": the note in brackets is part of the title
            String label = noted.group(2).strip();
            return label.isEmpty() ? null : label + " " + noted.group(3);
        }
        String inner;
        if ((t.startsWith("**") && t.endsWith("**")) || (t.startsWith("__") && t.endsWith("__"))) {
            inner = t.substring(2, t.length() - 2);
        } else {
            return null;
        }
        if (inner.isBlank() || inner.contains("**") || inner.contains("__")) {
            return null;
        }
        return inner.endsWith(":") ? inner.substring(0, inner.length() - 1).strip() : inner.strip();
    }

    private boolean isComment(Node block) {
        if (!(block instanceof HtmlBlock h)) {
            return false;
        }
        String literal = h.getLiteral().strip();
        return literal.startsWith("<!--") && literal.endsWith("-->");
    }

    private void startSection(Kind k) {
        if (k == Kind.IMPACT) {
            impact.start();
        } else if (k == Kind.FIVE_WHYS) {
            fiveWhys.start();
        }
    }

    /** The model: what each reader read, with the additional sections and the headings as written. */
    private Postmortem build() {
        timeline.finish();
        justCulture.finish();
        factors.finish();
        actions.finish();
        lessons.finish();
        impact.finish();
        fiveWhys.finish();
        additionalSections.finish();
        header.finish();
        if (!comments.isEmpty()) {
            // an untitled section, which the writer puts before the title, where comments stay unseen
            ctx.extra.add(AdditionalSection.of("", String.join("\n\n", comments)));
        }
        ctx.postmortem.additionalSections(ctx.extra);
        if (ctx.severityLine != null) {
            // "Priority: p1" read as SEV1: the line as written, for the writer to give back
            headings.put("severity", ctx.severityLine);
        }
        ctx.postmortem.headings(headings);
        return ctx.postmortem.build();
    }

    /** Records the heading a section was given, when it is not the template's own. */
    private void ownHeading(Kind k, String title) {
        // a finding on a whole section ("no went-well items") lands on the section's heading
        switch (k) {
            case TIMELINE -> place("/timeline", ctx.here);
            case IMPACT -> place("/customerImpact", ctx.here);
            case FACTORS -> place("/contributingFactors", ctx.here);
            case ACTIONS -> place("/actionItems", ctx.here);
            case LESSONS -> place("/lessons", ctx.here);
            case WENT_WELL -> place("/lessons/wentWell", ctx.here);
            case WENT_WRONG -> place("/lessons/wentWrong", ctx.here);
            case GOT_LUCKY -> place("/lessons/gotLucky", ctx.here);
            case FIVE_WHYS -> place("/fiveWhys", ctx.here);
            case JUST_CULTURE -> place("/justCultureAssessments", ctx.here);
        }
        String written = Sections.unescapeHeading(title).strip();
        if (!TEMPLATE_HEADINGS.contains(written)) {
            headings.putIfAbsent(k.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), written);
        }
    }

    /** Hands a block of a section to that section's reader. */
    /** A paragraph wholly in italics and angle brackets, as templates write their instructions. */
    private static final java.util.regex.Pattern TEMPLATE_GUIDANCE =
            java.util.regex.Pattern.compile("(?s)[*_]{1,2}\\\\?<.*\\\\?>[*_]{1,2}");

    /** Whether a paragraph's source starts with "*" or "_": the cheap test before its text is built. */
    private boolean opensWithEmphasisMark(Paragraph p) {
        java.util.List<org.commonmark.node.SourceSpan> spans = p.getSourceSpans();
        if (spans.isEmpty()) {
            return true; // no positions: let the pattern decide
        }
        int at = spans.get(0).getInputIndex();
        return at < ctx.body.length() && (ctx.body.charAt(at) == '*' || ctx.body.charAt(at) == '_');
    }

    private void section(Kind kind, String title, Node block) {
        if (kind == Kind.TIMELINE
                && block instanceof FencedCodeBlock f
                && "mermaid".equals(f.getInfo())
                && f.getLiteral().stripLeading().startsWith("timeline")
                && timeline.hasEvents()) {
            return; // the writer's optional diagram after its list, which holds the data
        }
        if (block instanceof LinkReferenceDefinition) {
            // "[#4420]: https://..." is where a link in the text points; kept for all of them
            additionalSections.link(raw(block, block));
            return;
        }
        if (block instanceof ThematicBreak) {
            return; // a rule between blocks carries no words
        }
        if (block instanceof Paragraph p
                && opensWithEmphasisMark(p)
                && TEMPLATE_GUIDANCE.matcher(paragraphRaw(p).strip()).matches()) {
            // a template's instructions in italics and angle brackets ("*<Why did this issue happen?
            // ...>*"): kept with the section's notes, never read as a cause, a lesson or an action
            additionalSections.keep(title, raw(block, block));
            return;
        }
        switch (kind) {
            case TIMELINE -> timeline.read(block, title);
            case IMPACT -> impact.read(block, title);
            case FACTORS -> factors.read(block, title);
            case ACTIONS -> actions.read(block, title);
            case LESSONS, WENT_WELL, WENT_WRONG, GOT_LUCKY -> lessons.read(kind, block, title);
            case FIVE_WHYS -> fiveWhys.read(block, title);
            case JUST_CULTURE -> justCulture.read(block, title);
            default -> additionalSections.unmapped(block, title, "content");
        }
    }
}
