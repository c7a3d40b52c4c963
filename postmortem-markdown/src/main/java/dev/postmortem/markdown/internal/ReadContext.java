package dev.postmortem.markdown.internal;

import dev.postmortem.core.model.AdditionalSection;
import dev.postmortem.core.model.Fraction;
import dev.postmortem.core.model.IncidentId;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.SeverityScale;
import dev.postmortem.core.report.SourceMap;
import dev.postmortem.core.report.SourceRange;
import dev.postmortem.markdown.Diagnostic;
import dev.postmortem.markdown.internal.Sections.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.IntSupplier;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;

/**
 * What the section readers of one read share: the source and its line starts, the model being
 * built, the diagnostics, where each part was read from (the source map), the layout that names
 * the sections, and what the document states about itself (its id, date, zone, title, severity)
 * that more than one section needs. Also the ways of taking text from the source that every
 * reader uses. One per read; not thread-safe.
 */
final class ReadContext {
    /** The document as given. */
    final String text;

    private final int[] lineStarts;
    /** The header line the severity was read from, as written ("Priority: p1"), or null. */
    String severityLine;

    /** The severity scale levels are read on. */
    final SeverityScale scale;
    /** Which section a heading starts, by the layout profile; null for none. */
    final Function<String, Kind> layout;
    /** The model being read. */
    final Postmortem.Builder postmortem = Postmortem.builder();
    /** What could not be read, and what was expected. */
    final List<Diagnostic> diagnostics = new ArrayList<>();
    /** The additional sections, in the order of the document. */
    final List<AdditionalSection> extra = new ArrayList<>();
    /** Where each part was read from, by pointer. */
    final SourceMap.Builder placed = SourceMap.builder();

    /**
     * Runs of text fields the reader wrote itself, tied to the source where it read them, by
     * pointer: text offset, source offset, length. The source map takes them as they are.
     */
    final java.util.Map<String, List<int[]>> presetRuns = new java.util.HashMap<>();
    /** The block or list item being read. */
    Node here;
    /** The section being read; null in an additional section or the preamble. */
    Kind kind;
    /** The document after its front matter (which is blanked out, so that positions stay right). */
    String body = "";

    // what the document states about itself, read by the header and front matter, used by the others
    Optional<IncidentId> id = Optional.empty();
    Optional<LocalDate> windowDate = Optional.empty();
    java.time.ZoneId zone;
    /** The document's date, once found; null until asked for. */
    Optional<LocalDate> documentDate;

    String titleText = "";
    boolean titleSet;
    boolean dateStated;
    Optional<LocalDate> frontMatterDate = Optional.empty();
    String frontMatterTitle;
    boolean severitySet;

    private final List<String> lists = new ArrayList<>(5);
    private final List<IntSupplier> listSizes = new ArrayList<>(5);

    ReadContext(String text, SeverityScale scale, Function<String, Kind> layout) {
        this.text = text;
        this.scale = scale;
        this.layout = layout;
        if (text.indexOf('\r') < 0) {
            int lines = 1;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                lines++;
            }
            lineStarts = new int[lines];
            int k = 1;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                lineStarts[k++] = i + 1;
            }
        } else {
            // a lone CR ends a line for commonmark as LF and CRLF do; the line numbers must agree
            int[] starts = new int[16];
            int k = 1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    if (k == starts.length) {
                        starts = java.util.Arrays.copyOf(starts, k * 2);
                    }
                    starts[k++] = i + 1;
                }
            }
            lineStarts = java.util.Arrays.copyOf(starts, k);
        }
    }

    /**
     * Names a list of the model that a reader fills, so that the items added to it while a block is
     * read are placed at that block.
     *
     * @param pointer the list's pointer, such as {@code /timeline}
     * @param size how many items it holds now
     */
    void listed(String pointer, IntSupplier size) {
        lists.add(pointer);
        listSizes.add(size);
    }

    /** How many items each listed list holds now. */
    int[] sizes() {
        int[] out = new int[listSizes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = listSizes.get(i).getAsInt();
        }
        return out;
    }

    /** Places the parts added to the lists since {@code before} at the node they were read from. */
    void placeNew(int[] before, Node node) {
        SourceRange r = rangeOf(node);
        if (r == null) {
            return;
        }
        int[] now = sizes();
        for (int l = 0; l < now.length; l++) {
            for (int i = before[l]; i < now[l]; i++) {
                placed.placeItem(lists.get(l), i, r); // an item placed by an inner reader keeps its place
            }
        }
    }

    /** Where the action items stand in the source, range by range. */
    private final List<SourceRange> actionItems = new ArrayList<>();

    /** Notes that a block of action items stands at a range, when it has one. */
    void actionItemsAt(SourceRange r) {
        if (r != null) {
            actionItems.add(r);
        }
    }

    /** Whether an offset of the source is in the action items, whose priorities are theirs. */
    boolean inActionItems(int offset) {
        for (SourceRange r : actionItems) {
            if (offset >= r.start() && offset < r.end()) {
                return true;
            }
        }
        return false;
    }

    /** The first date with its year anywhere in the document: the title, a Date line, front matter. */
    Optional<LocalDate> documentDate() {
        if (documentDate == null) {
            documentDate = TimelineText.dateIn(text);
        }
        return documentDate;
    }

    /** The text of a list item from one of its blocks on, its indentation removed. */
    String itemRest(ListItem item, Node from) {
        String body = raw(from, item.getLastChild());
        List<SourceSpan> spans = from.getSourceSpans();
        int indent = spans.isEmpty() ? 0 : spans.get(0).getColumnIndex();
        StringBuilder out = new StringBuilder(body.length());
        for (String line : body.split("\n", -1)) {
            int k = 0;
            while (k < indent && k < line.length() && line.charAt(k) == ' ') {
                k++;
            }
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line.substring(k));
        }
        return out.toString().strip();
    }

    void place(String pointer, Node node) {
        SourceRange r = rangeOf(node);
        if (r != null) {
            placed.place(pointer, r);
        }
    }

    /** From the first character of a node's first line in the source to the end of its last. */
    SourceRange rangeOf(Node node) {
        if (node == null) {
            return null;
        }
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return null;
        }
        int from = Math.min(spans.get(0).getInputIndex(), text.length());
        int to = Math.max(from, end(spans.get(spans.size() - 1)));
        return SourceRange.of(from, to);
    }

    /** Splits "Key: value" (or "Key:" with an empty value); null when there is no colon. */
    String[] keyValue(String raw) {
        int colon = raw.indexOf(": ");
        if (colon > 0) {
            return new String[] {
                Sections.normalise(raw.substring(0, colon)), Syntax.unescapeStart(raw.substring(colon + 2))
            };
        }
        if (raw.endsWith(":") && raw.length() > 1) {
            return new String[] {Sections.normalise(raw.substring(0, raw.length() - 1)), ""};
        }
        return null;
    }

    /** The raw first line of a list item: its paragraph, or empty for an empty item or a lone {@code <!-- -->}. */
    Optional<String> itemLine(Node item) {
        Node first = item.getFirstChild();
        if (first == null) {
            return Optional.of("");
        }
        if (first instanceof Paragraph p) {
            return Optional.of(paragraphRaw(p));
        }
        if (first instanceof HtmlBlock h && h.getLiteral().strip().equals(ActionItemLine.END)) {
            return Optional.of("");
        }
        if (first instanceof BulletList) {
            return Optional.of("");
        }
        return Optional.empty();
    }

    void diagnose(Node node, String message, String expected) {
        List<SourceSpan> spans = node.getSourceSpans();
        int line = spans.isEmpty() ? 1 : spans.get(0).getLineIndex() + 1;
        int column = spans.isEmpty() ? 1 : spans.get(0).getColumnIndex() + 1;
        diagnostics.add(new Diagnostic(line, column, message, expected));
    }

    OptionalLong count(String value, Node where) {
        OptionalLong n = countIn(value);
        if (n.isEmpty()) {
            diagnose(where, "'" + value + "' is not a count", "a whole number such as 12,400");
        }
        return n;
    }

    /** A whole number written with or without thousands separators, or empty; reports nothing. */
    static OptionalLong countIn(String value) {
        try {
            long n = Long.parseLong(value.replace(",", "").replace("_", "").strip());
            if (n >= 0) {
                return OptionalLong.of(n);
            }
        } catch (NumberFormatException e) {
            // not a count
        }
        return OptionalLong.empty();
    }

    Optional<Fraction> fraction(String value, Node where) {
        try {
            return Optional.of(Fraction.parse(value));
        } catch (IllegalArgumentException e) {
            diagnose(where, e.getMessage(), "a percentage such as 99.9%");
            return Optional.empty();
        }
    }

    String headingText(Heading h) {
        List<SourceSpan> spans = h.getSourceSpans();
        if (spans.isEmpty()) {
            return "";
        }
        String line =
                text.substring(spans.get(0).getInputIndex(), end(spans.get(0))).strip();
        if (line.startsWith("#")) {
            int i = 0;
            while (i < line.length() && line.charAt(i) == '#') {
                i++;
            }
            String content = line.substring(i).strip();
            // closing sequence: a run of # preceded by a space (or the whole content)
            int j = content.length();
            while (j > 0 && content.charAt(j - 1) == '#') {
                j--;
            }
            if (j < content.length() && (j == 0 || content.charAt(j - 1) == ' ')) {
                content = content.substring(0, j).strip();
            }
            return Sections.unescapeHeading(content);
        }
        // setext: every line above the underline, joined, so that a heading CommonMark makes of a
        // whole paragraph ("What happened?" lines over a stray "-") loses none of its words
        StringBuilder joined = new StringBuilder(line);
        for (int k = 1; k < spans.size(); k++) {
            String more = text.substring(spans.get(k).getInputIndex(), end(spans.get(k)))
                    .strip();
            if (!more.isEmpty() && !SETEXT_UNDERLINE.matcher(more).matches()) {
                joined.append(' ').append(more);
            }
        }
        return Sections.unescapeHeading(joined.toString());
    }

    /** The line under a setext heading. */
    private static final java.util.regex.Pattern SETEXT_UNDERLINE = java.util.regex.Pattern.compile("=+|-+");

    String paragraphRaw(Paragraph p) {
        List<SourceSpan> spans = p.getSourceSpans();
        if (spans.size() == 1) {
            SourceSpan only = spans.get(0);
            return text.substring(only.getInputIndex(), end(only)).strip();
        }
        StringBuilder out = new StringBuilder();
        for (SourceSpan s : spans) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(text, s.getInputIndex(), end(s));
        }
        return out.toString().strip();
    }

    String raw(Node first, Node last) {
        List<SourceSpan> a = first.getSourceSpans();
        List<SourceSpan> z = last.getSourceSpans();
        if (a.isEmpty() || z.isEmpty()) {
            return "";
        }
        int to = end(z.get(z.size() - 1));
        int line = a.get(0).getLineIndex();
        int from = line < lineStarts.length ? lineStarts[line] : a.get(0).getInputIndex();
        if (from > to) {
            from = Math.min(a.get(0).getInputIndex(), to); // never a range that runs backwards
        }
        return text.substring(from, to).stripTrailing();
    }

    int end(SourceSpan s) {
        return Math.min(text.length(), s.getInputIndex() + s.getLength());
    }
}
