package dev.postmortem.markdown;

import static dev.postmortem.markdown.internal.Syntax.escapeStart;
import static dev.postmortem.markdown.internal.Syntax.label;

import dev.postmortem.core.model.ActionItem;
import dev.postmortem.core.model.ActionItemStatus;
import dev.postmortem.core.model.AdditionalSection;
import dev.postmortem.core.model.ContributingFactor;
import dev.postmortem.core.model.CustomerImpact;
import dev.postmortem.core.model.ErrorBudget;
import dev.postmortem.core.model.FactorCategory;
import dev.postmortem.core.model.FiveWhys;
import dev.postmortem.core.model.ImpactSummary;
import dev.postmortem.core.model.IncidentWindow;
import dev.postmortem.core.model.JustCultureAssessment;
import dev.postmortem.core.model.Lessons;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.PostmortemStatus;
import dev.postmortem.core.model.SeverityLevel;
import dev.postmortem.core.model.SeverityScale;
import dev.postmortem.core.model.TimelineEvent;
import dev.postmortem.core.model.WhyStep;
import dev.postmortem.markdown.internal.ActionItemLine;
import dev.postmortem.markdown.internal.ImpactText;
import dev.postmortem.markdown.internal.Sections;
import dev.postmortem.markdown.internal.Syntax;
import dev.postmortem.markdown.internal.TimelineDates;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a postmortem in the template's Markdown layout (v1.2): an optional {@code #} title, a
 * header list (template, incident id, status, severity tier, total duration, calculated impact,
 * authors, review meeting), then {@code ## 1. Event Timeline}, {@code ## 2. Customer & SLO Impact},
 * {@code ## 3. Systems Root Cause Matrix}, {@code ## 4. Remediation Action Items (SMART Goals)} and,
 * when present, Lessons Learned, Five Whys, Just Culture Assessments and every additional section in
 * its order. Parts the template has no place for (an event's kind, a factor's category, an action
 * item's status or estimate) are written as {@code [Tag]}s and nested field lines, so
 * {@link MarkdownReader} reads back exactly what was written.
 *
 * <p>Output is deterministic CommonMark with {@code \n} line ends. Immutable and thread-safe.
 */
public final class MarkdownWriter {
    /** Writing options. */
    public static final class Options {
        private final boolean mermaidTimeline;

        private Options(boolean mermaidTimeline) {
            this.mermaidTimeline = mermaidTimeline;
        }

        /**
         * The defaults: no Mermaid timeline.
         *
         * @return the options
         */
        public static Options defaults() {
            return new Options(false);
        }

        /**
         * These options with a Mermaid {@code timeline} diagram of the events after the timeline
         * list (GitHub and GitLab render it; the reader skips it).
         *
         * @param on whether to add it
         * @return the options
         */
        public Options withMermaidTimeline(boolean on) {
            return new Options(on);
        }

        /**
         * Whether a Mermaid timeline is written.
         *
         * @return true if so
         */
        public boolean mermaidTimeline() {
            return mermaidTimeline;
        }
    }

    private final Options options;

    private MarkdownWriter(Options options) {
        this.options = options;
    }

    /**
     * A writer with default options.
     *
     * @return the writer
     */
    public static MarkdownWriter create() {
        return new MarkdownWriter(Options.defaults());
    }

    /**
     * A writer with options.
     *
     * @param options the options
     * @return the writer
     */
    public static MarkdownWriter of(Options options) {
        return new MarkdownWriter(Objects.requireNonNullElseGet(options, Options::defaults));
    }

    /**
     * Writes a postmortem.
     *
     * @param p the postmortem
     * @return the Markdown document
     * @throws IllegalArgumentException if the postmortem is null
     */
    public String write(Postmortem p) {
        if (p == null) {
            throw new IllegalArgumentException("postmortem must not be null");
        }
        StringBuilder out = new StringBuilder(4096);
        boolean first = true;
        for (AdditionalSection s : p.additionalSections()) {
            if (s.title().isEmpty()) {
                // YAML front matter, as the reader keeps it, goes back to the top unchanged
                boolean frontMatter = first
                        && s.body().startsWith("---\n")
                        && (s.body().endsWith("\n---") || s.body().endsWith("\n..."));
                block(out, frontMatter ? s.body() : Sections.escapeBody(s.body()));
                first = false;
            }
        }
        if (!p.title().isEmpty()) {
            block(out, "# " + Sections.escapeHeading(p.title()));
        }
        header(out, p);
        Optional<LocalDate> day = TimelineDates.referenceDate(p);
        if (!p.timeline().isEmpty()) {
            block(out, heading(p, "timeline", "## 1. Event Timeline"));
            StringBuilder list = new StringBuilder();
            List<String> times = TimelineDates.format(p.timeline(), day);
            for (int i = 0; i < p.timeline().size(); i++) {
                TimelineEvent e = p.timeline().get(i);
                String tag = e.kind().map(k -> "[" + label(k) + "] ").orElse("");
                item(list, (times.get(i) + " | " + tag + escapeStart(e.description())).stripTrailing());
            }
            block(out, list.toString().stripTrailing());
            if (options.mermaidTimeline()) {
                block(out, mermaid(p.timeline(), times));
            }
        } else {
            emptySection(out, p, "timeline");
        }
        p.customerImpact()
                .ifPresentOrElse(
                        c -> impact(out, c, heading(p, "impact", "## 2. Customer & SLO Impact")),
                        () -> emptySection(out, p, "impact"));
        if (!p.contributingFactors().isEmpty()) {
            block(out, heading(p, "factors", "## 3. Systems Root Cause Matrix"));
            StringBuilder list = new StringBuilder();
            for (ContributingFactor f : p.contributingFactors()) {
                String tag = f.category() == FactorCategory.OTHER ? "" : "[" + label(f.category()) + "] ";
                String title = Sections.escapeColon(f.title());
                String line = tag + escapeStart(title);
                if (f.description().isEmpty()) {
                    item(list, line);
                } else if (Syntax.isList(f.description())) {
                    item(list, line + ":\n" + f.description()); // a list stays a list, nested under its title
                } else {
                    item(list, line + ": " + escapeStart(f.description()));
                }
            }
            block(out, list.toString().stripTrailing());
        } else {
            emptySection(out, p, "factors");
        }
        if (!p.actionItems().isEmpty()) {
            block(out, heading(p, "actions", "## 4. Remediation Action Items (SMART Goals)"));
            StringBuilder list = new StringBuilder();
            for (ActionItem a : p.actionItems()) {
                actionItem(list, a);
            }
            block(out, list.toString().stripTrailing());
        } else {
            emptySection(out, p, "actions");
        }
        if (!p.lessons().isEmpty()) {
            lessons(out, p.lessons(), p);
        } else {
            emptySection(out, p, "lessons");
        }
        p.fiveWhys()
                .ifPresentOrElse(
                        w -> fiveWhys(out, w, heading(p, "five-whys", "## Five Whys")),
                        () -> emptySection(out, p, "five-whys"));
        if (!p.justCultureAssessments().isEmpty()) {
            block(out, heading(p, "just-culture", "## Just Culture Assessments"));
            StringBuilder list = new StringBuilder();
            for (JustCultureAssessment a : p.justCultureAssessments()) {
                item(list, "Role: " + escapeStart(a.role()));
                field(list, "Action", a.action());
                field(list, "Classification", label(a.classification()));
                a.humanErrorKind().ifPresent(k -> field(list, "Human Error Kind", label(k)));
                if (!a.rationale().isEmpty()) {
                    field(list, "Rationale", a.rationale());
                }
            }
            block(out, list.toString().stripTrailing());
        }
        for (AdditionalSection s : p.additionalSections()) {
            if (!s.title().isEmpty()) {
                block(out, "## " + Sections.escapeHeading(s.title()));
                if (!s.body().isEmpty()) {
                    block(out, Sections.escapeBody(s.body()));
                }
            }
        }
        String doc = out.toString();
        return doc.isEmpty() ? "" : doc.stripTrailing() + "\n";
    }

    private static void header(StringBuilder out, Postmortem p) {
        StringBuilder h = new StringBuilder();
        item(h, "Template: " + escapeStart("v" + p.templateVersion()));
        p.id().ifPresent(id -> item(h, "Incident ID: " + id));
        if (p.status() != PostmortemStatus.DRAFT) {
            item(h, "Status: " + label(p.status()));
        }
        p.date().ifPresent(d -> item(h, "Date: " + d));
        p.severity().ifPresent(s -> item(h, severityLine(p, s)));
        if (p.declaredDuration().isPresent() || p.window().isPresent()) {
            String declared =
                    p.declaredDuration().map(d -> Syntax.hhmm(d) + " Minutes").orElse("");
            String window = p.window().map(w -> "(" + windowText(w, p) + ")").orElse("");
            item(
                    h,
                    "Total Duration: "
                            + (declared.isEmpty() ? window : window.isEmpty() ? declared : declared + " " + window));
        }
        p.impactSummary().ifPresent(s -> impactSummary(h, s));
        if (!p.authors().isEmpty()) {
            StringBuilder a = new StringBuilder();
            for (String author : p.authors()) {
                if (a.length() > 0) {
                    a.append(", ");
                }
                a.append(author.replace("\\", "\\\\").replace(",", "\\,"));
            }
            item(h, "Document Authors: " + escapeStart(a.toString()));
        }
        p.reviewMeetingDate().ifPresent(d -> item(h, "Review Meeting: " + d));
        block(out, h.toString().stripTrailing());
    }

    /**
     * The severity line: as the document wrote it ("Priority: p1", kept in the headings under
     * {@code severity}) while it still names the same level of the standard scale, else the
     * template's.
     */
    private static String severityLine(Postmortem p, SeverityLevel level) {
        String written = p.headings().getOrDefault("severity", "");
        int colon = written.indexOf(':');
        if (colon > 0
                && written.indexOf('\n') < 0
                && Syntax.severityLevel(SeverityScale.standard(), written.substring(colon + 1))
                        .filter(level::equals)
                        .isPresent()) {
            return escapeStart(written.strip());
        }
        return "Severity Tier: " + escapeStart(level.displayName());
    }

    private static void impactSummary(StringBuilder h, ImpactSummary s) {
        item(h, "Calculated Impact: " + escapeStart(s.text()));
        ImpactText.Figures derived = ImpactText.parse(s.text());
        if (!derived.failedRequests().equals(s.failedRequests())) {
            item(
                    h,
                    "Failed Requests: "
                            + (s.failedRequests().isPresent()
                                    ? Long.toString(s.failedRequests().getAsLong())
                                    : "none"));
        }
        if (!derived.budgetConsumed().equals(s.budgetConsumed())) {
            item(
                    h,
                    "Error Budget Consumed: "
                            + s.budgetConsumed().map(Object::toString).orElse("none"));
        }
    }

    private static String windowText(IncidentWindow w, Postmortem p) {
        Optional<LocalDate> ref = p.id().map(id -> id.date());
        return instant(w.start(), ref) + " → " + instant(w.end(), ref);
    }

    private static String instant(Instant i, Optional<LocalDate> ref) {
        ZonedDateTime t = i.atZone(ZoneOffset.UTC);
        if (t.getNano() != 0) {
            return i.toString();
        }
        String time = Syntax.time(t.toLocalTime()) + " UTC";
        return ref.isPresent() && ref.get().equals(t.toLocalDate()) ? time : t.toLocalDate() + " " + time;
    }

    private static void impact(StringBuilder out, CustomerImpact c, String heading) {
        block(out, heading);
        StringBuilder list = new StringBuilder();
        if (!c.userSymptoms().isEmpty()) {
            item(list, "User Symptoms: " + escapeStart(c.userSymptoms()));
        }
        if (!c.affectedSegment().isEmpty()) {
            item(list, "Affected Segment: " + escapeStart(c.affectedSegment()));
        }
        c.failedRequests().ifPresent(n -> item(list, "Failed Requests: " + n));
        c.affectedUsers().ifPresent(n -> item(list, "Affected Users: " + n));
        c.errorBudget().ifPresent(b -> budget(list, b));
        if (list.length() > 0) {
            block(out, list.toString().stripTrailing());
        }
    }

    private static void budget(StringBuilder list, ErrorBudget b) {
        int before = list.length();
        b.sloTarget().ifPresent(t -> item(list, "SLO Target: " + t));
        b.window().ifPresent(w -> item(list, "SLO Window: " + w));
        if (b.remainingBefore().isPresent() && b.remainingAfter().isPresent()) {
            item(
                    list,
                    "Error Budget Consumption: Budget dropped from "
                            + b.remainingBefore().get() + " remaining down to "
                            + b.remainingAfter().get() + ".");
        } else {
            b.remainingBefore().ifPresent(f -> item(list, "Error Budget Remaining Before: " + f));
            b.remainingAfter().ifPresent(f -> item(list, "Error Budget Remaining After: " + f));
        }
        if (list.length() == before) {
            item(list, "Error Budget: not stated");
        }
    }

    private static void actionItem(StringBuilder list, ActionItem a) {
        String prefix = a.id().map(id -> "[" + id + "] ").orElse("")
                + a.type().map(t -> "[" + label(t) + "] ").orElse("");
        String desc = escapeStart(a.description());
        String suffix = a.dueDate().map(d -> " by " + d).orElse("")
                + a.owner().map(o -> " (" + o + ")").orElse("");
        String line = (prefix + desc + (suffix.isEmpty() ? "" : suffix + ".")).strip();
        boolean inline = ActionItemLine.parse(line).matches(a);
        item(list, inline ? line : prefix + desc + ActionItemLine.END);
        if (!inline) {
            a.owner().ifPresent(o -> field(list, "Owner", o.toString()));
            a.dueDate().ifPresent(d -> field(list, "Due", d.toString()));
        }
        if (a.status() != ActionItemStatus.OPEN) {
            field(list, "Status", label(a.status()));
        }
        a.statusRationale().ifPresent(r -> field(list, "Rationale", r));
        a.estimate().ifPresent(e -> field(list, "Estimate", e.toString()));
        a.acceptanceCriteria().forEach(c -> field(list, "Acceptance Criterion", c));
        a.addressesFactors().forEach(f -> field(list, "Addresses", f));
        a.ticket().ifPresent(t -> field(list, "Ticket", t));
        // a team's own columns and wording, kept by the reader; JSON values other than strings as JSON
        a.extensions().forEach((k, v) -> field(list, k, Syntax.jsonText(v)));
    }

    private static void lessons(StringBuilder out, Lessons l, Postmortem p) {
        block(out, heading(p, "lessons", "## Lessons Learned"));
        if (!l.learned().isEmpty()) {
            StringBuilder list = new StringBuilder();
            l.learned().forEach(i -> item(list, escapeStart(i)));
            block(out, list.toString().stripTrailing());
        }
        lessonList(out, subheading(p, "went-well", "### What Went Well"), l.wentWell());
        lessonList(out, subheading(p, "went-wrong", "### What Went Wrong"), l.wentWrong());
        lessonList(out, subheading(p, "got-lucky", "### Where We Got Lucky"), l.gotLucky());
    }

    /**
     * A section's heading: the document's own when it gave one that still names the same section,
     * else the template's.
     */
    /**
     * The heading of a section the document had under its own name but left empty ("- **Review
     * actions**:" over no item): written, so that the words of the source survive; read back, it
     * is the same empty section under the same name.
     */
    private static void emptySection(StringBuilder out, Postmortem p, String section) {
        ownHeading(p, section).ifPresent(h -> block(out, "## " + h));
    }

    private static String heading(Postmortem p, String section, String template) {
        return ownHeading(p, section).map(h -> "## " + h).orElse(template);
    }

    private static String subheading(Postmortem p, String section, String template) {
        return ownHeading(p, section).map(h -> "### " + h).orElse(template);
    }

    private static Optional<String> ownHeading(Postmortem p, String section) {
        String h = p.headings().get(section);
        if (h == null || h.isBlank() || h.indexOf('\n') >= 0) {
            return Optional.empty();
        }
        Sections.Kind kind = Sections.classify(h);
        boolean same = kind != null
                && kind.name()
                        .toLowerCase(java.util.Locale.ROOT)
                        .replace('_', '-')
                        .equals(section);
        // a timeline under a heading that names no section ("Leadup") is read back by its timed
        // lines when it has at least three and no heading names a timeline, as the reader does
        boolean timedTimeline =
                kind == null && section.equals("timeline") && p.timeline().size() >= 3;
        return same || timedTimeline ? Optional.of(Sections.escapeHeading(h.strip())) : Optional.empty();
    }

    private static void lessonList(StringBuilder out, String heading, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        block(out, heading);
        StringBuilder list = new StringBuilder();
        items.forEach(i -> item(list, escapeStart(i)));
        block(out, list.toString().stripTrailing());
    }

    private static void fiveWhys(StringBuilder out, FiveWhys w, String heading) {
        block(out, heading);
        if (!w.problem().isEmpty()) {
            block(out, "Problem: " + escapeStart(w.problem()));
        }
        if (!w.steps().isEmpty()) {
            StringBuilder list = new StringBuilder();
            for (int i = 0; i < w.steps().size(); i++) {
                WhyStep s = w.steps().get(i);
                String marker = (i + 1) + ". ";
                String indent = " ".repeat(marker.length());
                list.append(marker).append(indent(escapeStart(s.question()), indent));
                if (!s.answer().isEmpty()) {
                    list.append('\n').append(indent).append(indent(escapeStart(s.answer()), indent));
                }
                list.append('\n');
            }
            block(out, list.toString().stripTrailing());
        }
        if (!w.rootSystemFix().isEmpty()) {
            block(out, "Root System Fix: " + escapeStart(w.rootSystemFix()));
        }
    }

    private static String mermaid(List<TimelineEvent> events, List<String> times) {
        StringBuilder m = new StringBuilder("```mermaid\ntimeline\n    title Event Timeline\n");
        for (int i = 0; i < events.size(); i++) {
            String text = events.get(i)
                    .description()
                    .replace('\n', ' ')
                    .replace(":", "\\:")
                    .replace("#", "");
            m.append("    ")
                    .append(times.get(i).replace(":", "\\:"))
                    .append(" : ")
                    .append(text)
                    .append('\n');
        }
        return m.append("```").toString();
    }

    private static void item(StringBuilder list, String text) {
        list.append(("* " + indent(text, "  ")).stripTrailing()).append('\n');
    }

    private static void field(StringBuilder list, String name, String value) {
        list.append(("  * " + name + ": " + indent(escapeStart(value), "    ")).stripTrailing())
                .append('\n');
    }

    private static String indent(String text, String indent) {
        return text.replace("\n", "\n" + indent);
    }

    private static void block(StringBuilder out, String text) {
        out.append(text).append("\n\n");
    }
}
