package dev.postmortem.cli.internal;

import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.report.Finding;
import dev.postmortem.core.report.Span;
import dev.postmortem.json.PostmortemJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Places a finding, which names a path in the postmortem model and a span in that field's text,
 * in the file the postmortem was read from.
 *
 * <p>For JSON the place is exact: the file is parsed once more to record where each value
 * starts, and the span is added to the start of the string. For Markdown the field's text is found
 * in the document, which keeps text values as written; when it cannot be found (a value the reader
 * normalised, such as a severity written as {@code Tier 1 (High Impact)}) the finding falls back
 * to the nearest field that can be found, and at worst to line 1. Immutable.
 */
public final class SourceLocator {
    private static final List<String> TEXT_FIELDS =
            List.of("description", "title", "text", "userSymptoms", "problem", "question", "action", "role", "body");

    private final String source;
    private final LineIndex lines;
    private final JsonNode tree;
    private final Map<String, int[]> jsonPositions;
    private final List<String[]> leaves;
    private final List<int[]> code;

    private SourceLocator(String source, JsonNode tree, boolean json) {
        this.source = source;
        this.lines = new LineIndex(source);
        this.tree = tree;
        this.jsonPositions = json ? positions(source, lines) : null;
        this.leaves = new ArrayList<>();
        if (!json) {
            leaves("", tree, leaves);
        }
        this.code = json ? List.of() : fencedCode(source);
    }

    /** Every string value of the model, with its pointer, in document order. */
    private static void leaves(String pointer, JsonNode node, List<String[]> out) {
        if (node.isString()) {
            out.add(new String[] {pointer, node.asString()});
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                leaves(pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), e.getValue(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                leaves(pointer + "/" + i, node.get(i), out);
            }
        }
    }

    /** The offset ranges of fenced code blocks: text inside one is never a field's place. */
    private static List<int[]> fencedCode(String source) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        String fence = null;
        int start = 0;
        int n = source.length();
        while (start <= n) {
            int end = start;
            while (end < n && source.charAt(end) != '\n' && source.charAt(end) != '\r') {
                end++;
            }
            String t = source.substring(start, end).stripLeading();
            String marker = t.startsWith("```") ? "```" : t.startsWith("~~~") ? "~~~" : null;
            if (marker != null && open < 0) {
                open = start;
                fence = marker;
            } else if (marker != null && marker.equals(fence)) {
                out.add(new int[] {open, end});
                open = -1;
            }
            if (end >= n) {
                break;
            }
            start = end + (source.charAt(end) == '\r' && end + 1 < n && source.charAt(end + 1) == '\n' ? 2 : 1);
        }
        if (open >= 0) {
            out.add(new int[] {open, n});
        }
        return out;
    }

    private boolean inCode(int offset) {
        for (int[] r : code) {
            if (offset >= r[0] && offset < r[1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a field's text stands: outside fenced code, and for a text that several fields share
     * (two action items with the same description), the occurrence that matches the field's place
     * among them.
     */
    private int find(String text, String pointer) {
        int nth = 0;
        for (String[] leaf : leaves) {
            if (leaf[0].equals(pointer) || leaf[0].startsWith(pointer + "/")) {
                break;
            }
            if (leaf[1].equals(text)) {
                nth++;
            }
        }
        int first = -1;
        int seen = 0;
        for (int at = source.indexOf(text); at >= 0; at = source.indexOf(text, at + 1)) {
            if (inCode(at)) {
                continue;
            }
            if (first < 0) {
                first = at;
            }
            if (seen++ == nth) {
                return at;
            }
        }
        return first;
    }

    /**
     * A locator for a Markdown document.
     *
     * @param source the document
     * @param postmortem what was read from it
     * @return the locator
     */
    public static SourceLocator markdown(String source, Postmortem postmortem) {
        return new SourceLocator(source, tree(postmortem), false);
    }

    /**
     * A locator for a JSON document.
     *
     * @param source the document
     * @param postmortem what was read from it
     * @return the locator
     */
    public static SourceLocator json(String source, Postmortem postmortem) {
        return new SourceLocator(source, tree(postmortem), true);
    }

    /** Reads the JSON this program wrote itself, so the reading limits for input do not apply. */
    private static final JsonMapper OWN_OUTPUT = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(Integer.MAX_VALUE)
                            .maxDocumentLength(-1)
                            .build())
                    .build())
            .build();

    private static JsonNode tree(Postmortem postmortem) {
        return OWN_OUTPUT.readTree(PostmortemJson.create().writeLine(postmortem));
    }

    /**
     * Places a finding.
     *
     * @param f the finding
     * @return the finding with its line and column in the file
     */
    public Located locate(Finding f) {
        String pointer = pointer(f.path());
        String excerpt = "";
        int start;
        int end;
        if (jsonPositions != null) {
            String p = pointer;
            while (!jsonPositions.containsKey(p) && !p.isEmpty()) {
                p = p.substring(0, p.lastIndexOf('/'));
            }
            int[] at = jsonPositions.getOrDefault(p, new int[] {0, 0});
            start = at[0];
            end = at[1];
            Optional<String> text = text(p);
            if (p.equals(pointer) && f.span().isPresent() && text.isPresent() && source.charAt(start) == '"') {
                Span s = f.span().get();
                excerpt = slice(text.get(), s);
                int from = jsonStringOffset(start, s.startOffset());
                int to = jsonStringOffset(start, s.endOffset());
                start = from;
                end = to;
            }
        } else {
            int[] found = findText(pointer, f.span());
            start = found[0];
            end = found[1];
            if (found[2] == 1) {
                excerpt = source.substring(start, end);
            }
        }
        return new Located(
                f.ruleId(),
                f.severity(),
                f.message(),
                f.suggestion(),
                lines.line(start),
                lines.column(start),
                lines.line(Math.max(start, end)),
                lines.column(Math.max(start, end)),
                f.path(),
                excerpt);
    }

    private int[] findText(String pointer, Optional<Span> span) {
        String p = pointer;
        while (true) {
            Optional<String> text = text(p);
            if (text.isPresent() && !text.get().isEmpty()) {
                int at = find(text.get(), p);
                if (at >= 0) {
                    if (p.equals(pointer) && span.isPresent()) {
                        Span s = span.get();
                        int from = at + Math.min(s.startOffset(), text.get().length());
                        int to = at + Math.min(s.endOffset(), text.get().length());
                        return new int[] {from, to, 1};
                    }
                    return new int[] {at, at + firstLineLength(text.get()), 0};
                }
                if (p.equals(pointer) && span.isPresent()) {
                    String flagged = slice(text.get(), span.get());
                    int f = flagged.isEmpty() ? -1 : find(flagged, p);
                    if (f >= 0) {
                        return new int[] {f, f + flagged.length(), 1};
                    }
                }
            }
            if (p.isEmpty()) {
                return new int[] {0, 0, 0};
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    private static int firstLineLength(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s.length() : nl;
    }

    private static String slice(String text, Span s) {
        int from = Math.min(s.startOffset(), text.length());
        int to = Math.min(Math.max(from, s.endOffset()), text.length());
        return text.substring(from, to);
    }

    /** Where the character at {@code offset} of the string that starts with a quote at {@code quote} is. */
    private int jsonStringOffset(int quote, int offset) {
        int i = quote + 1;
        int seen = 0;
        while (i < source.length() && seen < offset && source.charAt(i) != '"') {
            if (source.charAt(i) == '\\') {
                i += source.startsWith("u", i + 1) ? 6 : 2;
            } else {
                i++;
            }
            seen++;
        }
        return Math.min(i, source.length());
    }

    /** The text at a JSON pointer of the model, or the main text of the object there. */
    private Optional<String> text(String pointer) {
        JsonNode node = tree.at(pointer);
        if (node.isString()) {
            return Optional.of(node.asString());
        }
        if (node.isObject()) {
            for (String name : TEXT_FIELDS) {
                JsonNode child = node.get(name);
                if (child != null && child.isString() && !child.asString().isEmpty()) {
                    return Optional.of(child.asString());
                }
            }
        }
        if (node.isArray() && !node.isEmpty()) {
            return text(pointer + "/0");
        }
        return Optional.empty();
    }

    /**
     * The JSON pointer of a model path: {@code actionItems[2].description} is
     * {@code /actionItems/2/description}.
     *
     * @param path the model path
     * @return the pointer
     */
    public static String pointer(String path) {
        StringBuilder b = new StringBuilder();
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '.' || c == '[' || c == ']') {
                if (name.length() > 0) {
                    b.append('/').append(name.toString().replace("~", "~0").replace("/", "~1"));
                    name.setLength(0);
                }
            } else {
                name.append(c);
            }
        }
        if (name.length() > 0) {
            b.append('/').append(name.toString().replace("~", "~0").replace("/", "~1"));
        }
        return b.toString();
    }

    /** The character offsets of every value of a JSON document, by pointer: start and end. */
    private static Map<String, int[]> positions(String source, LineIndex lines) {
        Map<String, int[]> out = new HashMap<>();
        try (JsonParser p = PostmortemJson.create().mapper().createParser(source)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.PROPERTY_NAME || t.isStructEnd()) {
                    continue;
                }
                TokenStreamLocation at = p.currentTokenLocation();
                String pointer = p.streamReadContext().pathAsPointer().toString();
                if (t.isStructStart()) {
                    pointer = p.streamReadContext().getParent() == null
                            ? ""
                            : p.streamReadContext().getParent().pathAsPointer().toString();
                }
                int start = Math.min(source.length(), lines.offset(at.getLineNr(), at.getColumnNr()));
                int end = t == JsonToken.VALUE_STRING ? endOfString(source, start) : start + 1;
                out.putIfAbsent(pointer, new int[] {start, end});
            }
        } catch (JacksonException e) {
            // The document was read once already; positions found so far are kept.
        }
        return out;
    }

    /** The offset just after the closing quote of the JSON string that starts at {@code quote}. */
    private static int endOfString(String source, int quote) {
        int i = quote + 1;
        while (i < source.length() && source.charAt(i) != '"') {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(source.length(), i + 1);
    }
}
