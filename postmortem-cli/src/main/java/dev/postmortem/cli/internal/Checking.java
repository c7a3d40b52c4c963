package dev.postmortem.cli.internal;

import dev.postmortem.core.checks.PostmortemChecker;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.report.Finding;
import dev.postmortem.core.report.FindingSeverity;
import dev.postmortem.core.report.SourceMap;
import dev.postmortem.json.JsonReadResult;
import dev.postmortem.json.PostmortemJson;
import dev.postmortem.json.common.JsonReadException;
import dev.postmortem.markdown.Diagnostic;
import dev.postmortem.markdown.MarkdownReader;
import dev.postmortem.markdown.ReadResult;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Checks one input: reads it as its kind, runs the combined checker (or, for plain text, the
 * language rules line by line) and places every finding in the file. Thread-safe: one instance
 * checks many files in parallel.
 */
public final class Checking {
    /**
     * Whether a document read holds any part of a postmortem beyond a title and free text: an empty
     * file or a project README passes no other check, and must not pass this one.
     */
    static boolean holdsAPostmortem(dev.postmortem.core.model.Postmortem p) {
        return p.id().isPresent()
                || p.severity().isPresent()
                || p.window().isPresent()
                || p.date().isPresent()
                || !p.timeline().isEmpty()
                || p.customerImpact().isPresent()
                || p.impactSummary().isPresent()
                || !p.contributingFactors().isEmpty()
                || !p.actionItems().isEmpty()
                || !p.lessons().isEmpty()
                || p.fiveWhys().isPresent()
                || !p.justCultureAssessments().isEmpty()
                // a section the reader recognised but could not read is reported on its own lines
                || p.additionalSections().stream()
                        .anyMatch(s -> (s.title().endsWith(" (not understood)")
                                        || s.title().endsWith(" (notes)"))
                                && !s.title().startsWith("Preamble "));
    }

    /** The rule id of a Markdown line the reader could not map. */
    public static final String MARKDOWN_RULE = "markdown.unread";
    /** The rule id of a Markdown document in which no part of a postmortem was found. */
    public static final String MARKDOWN_EMPTY_RULE = "markdown.no-postmortem";
    /** The rule id of a section the team's layout requires and the document lacks. */
    public static final String REQUIRED_SECTION_RULE = "markdown.required-section";
    /** The rule id of a JSON document that could not be read. */
    public static final String JSON_RULE = "json.read";

    private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\r\n|\r|\n");

    /** The rule id of the one finding that counts the findings left out of a long report. */
    public static final String CAPPED_RULE = "check.findings-capped";

    /** Findings reported per input by default. */
    public static final int DEFAULT_MAX_FINDINGS = 1_000;

    private static final Comparator<Located> ORDER = Comparator.comparingInt(Located::line)
            .thenComparingInt(Located::column)
            .thenComparing(Located::ruleId)
            .thenComparing(Located::message);

    private final Supplier<PostmortemChecker> checker;
    private final MarkdownReader markdown;
    private final PostmortemJson json = PostmortemJson.create();
    private final int maxFindings;

    /**
     * Creates the checking of a checker.
     *
     * @param checker the checker
     */
    public Checking(PostmortemChecker checker) {
        this(checker, DEFAULT_MAX_FINDINGS);
    }

    /**
     * Creates the checking of a checker that reports at most a number of findings per input.
     *
     * @param checker the checker
     * @param maxFindings the most findings reported for one input, at least 1; the rest are
     *     counted in one {@value #CAPPED_RULE} finding
     * @throws IllegalArgumentException if {@code maxFindings} is less than 1
     */
    public Checking(PostmortemChecker checker, int maxFindings) {
        this(checker, maxFindings, dev.postmortem.markdown.LayoutProfile.standard());
    }

    /**
     * Creates the checking of a checker that reads Markdown by a team's layout.
     *
     * @param checker the checker
     * @param maxFindings the most findings reported for one input, at least 1
     * @param layout the Markdown layout: the team's headings and required sections
     * @throws IllegalArgumentException if {@code maxFindings} is less than 1
     */
    public Checking(PostmortemChecker checker, int maxFindings, dev.postmortem.markdown.LayoutProfile layout) {
        this(given(checker), maxFindings, layout);
    }

    private Checking(
            Supplier<PostmortemChecker> checker, int maxFindings, dev.postmortem.markdown.LayoutProfile layout) {
        if (maxFindings < 1) {
            throw new IllegalArgumentException("--max-findings " + maxFindings + " must be at least 1");
        }
        this.checker = checker;
        this.maxFindings = maxFindings;
        this.markdown = MarkdownReader.of(dev.postmortem.core.model.SeverityScale.standard(), layout);
    }

    private static Supplier<PostmortemChecker> given(PostmortemChecker checker) {
        Objects.requireNonNull(checker, "checker");
        return () -> checker;
    }

    /**
     * Creates a checking for commands that read documents and rarely check them ({@code convert},
     * {@code announce}): the standard layout, and the default checker built on the first
     * {@link #check}, not before. Reading needs no checker, and building one (rule files, word
     * classes, the validator) is most of such a command's start-up.
     *
     * @return the checking
     */
    public static Checking reader() {
        return new Checking(
                new OnFirstUse<>(() -> PostmortemChecker.builder().build()),
                DEFAULT_MAX_FINDINGS,
                dev.postmortem.markdown.LayoutProfile.standard());
    }

    /** Whether the checker exists yet: always for a checking given one, after the first check for a {@link #reader()}. */
    boolean checkerMade() {
        return !(checker instanceof OnFirstUse<?> lazy) || lazy.made();
    }

    /** A value made on its first use, once, by whichever thread asks first. */
    private static final class OnFirstUse<T> implements Supplier<T> {
        private final Supplier<T> make;
        private volatile T value;

        OnFirstUse(Supplier<T> make) {
            this.make = make;
        }

        @Override
        public T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = make.get();
                        value = v;
                    }
                }
            }
            return v;
        }

        boolean made() {
            return value != null;
        }
    }

    /**
     * Reads one input into a postmortem, with the findings reading gave.
     *
     * @param source the input
     * @param text its text
     * @param diagnostics receives the reading findings
     * @return the postmortem, or empty when the document could not be read at all
     */
    public Optional<Postmortem> read(Source source, String text, List<Located> diagnostics) {
        return readSourced(source, text, diagnostics).map(Sourced::postmortem);
    }

    /** A postmortem with where its parts stand in the document it was read from. */
    private record Sourced(Postmortem postmortem, SourceMap sources) {}

    private Optional<Sourced> readSourced(Source source, String text, List<Located> diagnostics) {
        switch (source.kind()) {
            case MARKDOWN -> {
                ReadResult r = markdown.read(text);
                for (Diagnostic d : r.diagnostics()) {
                    diagnostics.add(new Located(
                            MARKDOWN_RULE,
                            FindingSeverity.WARNING,
                            d.message() + "; expected " + d.expected(),
                            Optional.empty(),
                            d.line(),
                            d.column(),
                            d.line(),
                            d.column(),
                            "",
                            ""));
                }
                if (!holdsAPostmortem(r.postmortem())) {
                    diagnostics.add(new Located(
                            MARKDOWN_EMPTY_RULE,
                            FindingSeverity.ERROR,
                            "no part of a postmortem was found: no timeline, impact, causes, action items, lessons,"
                                    + " severity, date or incident id; expected a postmortem in Markdown, such as the"
                                    + " one 'postmortem new' writes",
                            Optional.empty(),
                            1,
                            1,
                            1,
                            1,
                            "",
                            ""));
                }
                for (String section : markdown.layout().missing(r.postmortem())) {
                    diagnostics.add(new Located(
                            REQUIRED_SECTION_RULE,
                            FindingSeverity.ERROR,
                            "the team's layout requires a '" + section + "' section and none was read;"
                                    + " expected a heading the layout maps to it, with content",
                            Optional.empty(),
                            1,
                            1,
                            1,
                            1,
                            "",
                            ""));
                }
                return Optional.of(new Sourced(r.postmortem(), r.sources()));
            }
            case JSON -> {
                try {
                    JsonReadResult r = json.readWithSources(text);
                    return Optional.of(new Sourced(r.postmortem(), r.sources()));
                } catch (JsonReadException e) {
                    int line = (int) Math.max(1, e.line());
                    int column = (int) Math.max(1, e.column());
                    diagnostics.add(new Located(
                            JSON_RULE,
                            FindingSeverity.ERROR,
                            e.problem() + "; expected " + e.expected(),
                            Optional.empty(),
                            line,
                            column,
                            line,
                            column,
                            e.pointer(),
                            ""));
                    return Optional.empty();
                }
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /**
     * Checks one input. Never throws for the input's sake: a failure while reading or checking it,
     * a stack overflow included, becomes the result's unreadable reason, so the other inputs of a
     * run are still reported.
     *
     * @param source the input
     * @param stdin standard input
     * @return the result
     */
    public FileResult check(Source source, InputStream stdin) {
        try {
            return checkOrThrow(source, stdin);
        } catch (RuntimeException | StackOverflowError e) {
            // one input's failure is that input's error line; every other file is still reported
            return new FileResult(
                    source.display(),
                    List.of(),
                    Optional.of("could not be checked: internal failure ("
                            + e.getClass().getSimpleName()
                            + (e.getMessage() == null
                                    ? ""
                                    : ": " + e.getMessage().lines().findFirst().orElse(""))
                            + "); please report it with this file"));
        }
    }

    private FileResult checkOrThrow(Source source, InputStream stdin) {
        Source.Content content = source.read(stdin);
        if (content.text().isEmpty()) {
            return new FileResult(source.display(), List.of(), content.problem());
        }
        String text = content.text().get();
        source = source.settled(text);
        if (text.isBlank()) {
            return new FileResult(
                    source.display(), List.of(), Optional.of("is empty; there is no postmortem to check"));
        }
        // the first findings by place are kept and the rest only counted, so a huge document's
        // findings are never all held at once
        Kept out = new Kept(maxFindings);
        if (source.kind() == Source.Kind.TEXT) {
            checkProse(text, out);
        } else {
            List<Located> reading = new ArrayList<>();
            Optional<Sourced> p = readSourced(source, text, reading);
            // The checker applies the rule settings to its own findings; the readers' need them too.
            for (Located l : reading) {
                checker.get()
                        .config()
                        .rules()
                        .apply(Finding.of(l.ruleId(), l.severity(), l.modelPath(), l.message()))
                        .ifPresent(f -> out.add(withSeverity(l, f.severity())));
            }
            if (p.isPresent()) {
                SourceLocator locator = new SourceLocator(text, p.get().sources());
                checker.get().check(p.get().postmortem(), f -> out.add(locator.locate(f)));
            }
        }
        List<Located> sorted = out.sorted();
        if (out.dropped() > 0) {
            long dropped = out.dropped();
            Located last = sorted.get(sorted.size() - 1);
            List<Located> kept = new ArrayList<>(sorted);
            kept.add(new Located(
                    CAPPED_RULE,
                    FindingSeverity.WARNING,
                    dropped + " more findings in this file are not reported; the first " + maxFindings
                            + " are. Fix those first, or raise --max-findings",
                    Optional.empty(),
                    last.line(),
                    last.column(),
                    last.endLine(),
                    last.endColumn(),
                    "",
                    ""));
            return new FileResult(source.display(), List.copyOf(kept), Optional.empty());
        }
        return new FileResult(source.display(), sorted, Optional.empty());
    }

    /** The first findings of a file by place, at most a number of them, and a count of the rest. */
    private static final class Kept {
        private final int max;
        private final java.util.PriorityQueue<Located> last = new java.util.PriorityQueue<>(ORDER.reversed());
        private long dropped;

        Kept(int max) {
            this.max = max;
        }

        void add(Located l) {
            if (last.size() < max) {
                last.add(l);
            } else {
                dropped++;
                if (ORDER.compare(l, last.peek()) < 0) {
                    last.poll();
                    last.add(l);
                }
            }
        }

        long dropped() {
            return dropped;
        }

        /**
         * The kept findings in order, each once: the same rule on the same characters with the same
         * message is one finding, even when the model holds that text twice (a front matter title is
         * the postmortem's title and a line of the front matter kept as written).
         */
        List<Located> sorted() {
            List<Located> out = new ArrayList<>(last);
            out.sort(ORDER);
            List<Located> once = new ArrayList<>(out.size());
            for (Located l : out) {
                boolean repeated = false;
                // equal ones are neighbours or close to: ORDER sorts by line, column, rule and message
                for (int j = once.size() - 1; j >= 0 && !repeated; j--) {
                    Located k = once.get(j);
                    if (k.line() != l.line() || k.column() != l.column()) {
                        break;
                    }
                    repeated = k.ruleId().equals(l.ruleId())
                            && k.message().equals(l.message())
                            && k.endLine() == l.endLine()
                            && k.endColumn() == l.endColumn()
                            && k.severity() == l.severity();
                }
                if (!repeated) {
                    once.add(l);
                }
            }
            return List.copyOf(once);
        }
    }

    private static Located withSeverity(Located l, FindingSeverity severity) {
        return new Located(
                l.ruleId(),
                severity,
                l.message(),
                l.suggestion(),
                l.line(),
                l.column(),
                l.endLine(),
                l.endColumn(),
                l.modelPath(),
                l.excerpt());
    }

    /**
     * Checks plain prose line by line, except that a line starting with a lower-case letter goes on
     * with the sentence of the line before: prose wrapped at a fixed width ("another node was" /
     * "mistakenly set as the root") is read as the sentence it is, while notes with one statement a
     * line, each starting with a capital, stay apart. Headings and table rows never take a
     * continuation, and fenced code blocks are skipped. Findings are placed by line and column in
     * the whole text.
     */
    private void checkProse(String text, Kept out) {
        // lines end at LF, CRLF and a lone CR, as in every other report
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        java.util.regex.Matcher m = LINE_BREAK.matcher(text);
        while (m.find()) {
            starts.add(m.end());
        }
        String[] lines = LINE_BREAK.split(text, -1); // one per start, without its line break
        boolean[] code = codeLines(lines);
        // the paragraphs, and the fenced blocks whole: those are never prose, but the checker reads
        // the names they write in lower case (a command, a path) as things, not organisations
        List<int[]> chunks = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        int i = 0;
        int close = frontMatterClose(lines);
        if (close > 0) {
            // a front matter block goes to the checker whole, which reads only its prose keys' values
            chunks.add(new int[] {0, 0});
            parts.add(text.substring(0, starts.get(close) + lines[close].length()));
            i = close + 1;
        }
        while (i < lines.length) {
            if (lines[i].isBlank() && !code[i]) {
                i++;
                continue;
            }
            int last = i;
            if (code[i]) {
                while (last + 1 < lines.length && code[last + 1]) {
                    last++;
                }
            } else {
                while (last + 1 < lines.length && !code[last + 1] && continues(lines[last], lines[last + 1])) {
                    last++;
                }
            }
            int from = starts.get(i);
            if (!code[i]) {
                // a list item's indented paragraph starts at its first word: read from there, the
                // checker would take its indent for an indented code block's
                from += lines[i].length() - lines[i].stripLeading().length();
            }
            int to = starts.get(last) + lines[last].length();
            chunks.add(new int[] {from, code[i] ? 1 : 0});
            parts.add(text.substring(from, to));
            i = last + 1;
        }
        List<List<Finding>> found = checker.get().language().checkTexts(parts);
        for (int c = 0; c < chunks.size(); c++) {
            if (chunks.get(c)[1] == 1) {
                continue; // code
            }
            int from = chunks.get(c)[0];
            for (Finding f : found.get(c)) {
                int a = from + f.span().map(s -> s.startOffset()).orElse(0);
                int b = Math.max(a, from + f.span().map(s -> s.endOffset()).orElse(a - from));
                int la = lineOf(starts, a);
                int lb = lineOf(starts, b);
                out.add(new Located(
                        f.ruleId(),
                        f.severity(),
                        f.message(),
                        f.suggestion(),
                        la + 1,
                        a - starts.get(la) + 1,
                        lb + 1,
                        b - starts.get(lb) + 1,
                        "line " + (la + 1),
                        SPACE_AROUND_BREAK.matcher(text.substring(a, b)).replaceAll(" ")));
            }
        }
    }

    private static final java.util.regex.Pattern SPACE_AROUND_BREAK =
            java.util.regex.Pattern.compile("[ \\t]*(\r\n|\r|\n)[ \\t]*");

    /**
     * The lines of code blocks. A fenced block, fences included: a line that starts with three
     * backticks or three tildes opens a block that the next such line closes (or the end of the
     * text). An indented block, as CommonMark reads one: lines indented by four columns or more (a
     * tab reaching the next multiple of four) after a blank line or the text's start, outside a list
     * item, whose indented paragraphs are its content; blank lines between two such lines belong to
     * it. Code is not prose: a pasted log line's "user error" names no one.
     */
    static boolean[] codeLines(String[] lines) {
        boolean[] code = new boolean[lines.length];
        String fence = null;
        boolean afterBlank = true;
        boolean inList = false;
        int indentedOpen = -1; // the last line of an indented block that is still open, or -1
        for (int i = 0; i < code.length; i++) {
            String l = lines[i].strip();
            if (fence == null && !l.isEmpty() && !l.startsWith("```") && !l.startsWith("~~~")) {
                int indent = columns(lines[i]);
                if (indent >= 4 && ((afterBlank && !inList) || indentedOpen >= 0)) {
                    if (indentedOpen >= 0) {
                        // the blank lines between two lines of the block are its own
                        java.util.Arrays.fill(code, indentedOpen + 1, i, true);
                    }
                    code[i] = true;
                    indentedOpen = i;
                    afterBlank = false;
                    continue;
                }
                indentedOpen = -1;
                if (indent < 4) {
                    if (listItem(l)) {
                        inList = true;
                    } else if (afterBlank || l.startsWith("#")) {
                        inList = false;
                    }
                }
            }
            afterBlank = l.isEmpty();
            if (fence == null) {
                if (l.startsWith("```") || l.startsWith("~~~")) {
                    fence = l.substring(0, 3);
                    code[i] = true;
                }
            } else {
                code[i] = true;
                if (l.startsWith(fence)) {
                    fence = null;
                }
            }
        }
        return code;
    }

    /** The columns before a line's first character, a tab reaching the next multiple of four. */
    private static int columns(String line) {
        int col = 0;
        for (int k = 0; k < line.length() && (line.charAt(k) == ' ' || line.charAt(k) == '\t'); k++) {
            col = line.charAt(k) == '\t' ? (col / 4 + 1) * 4 : col + 1;
        }
        return col;
    }

    /**
     * Whether a stripped line starts with a list item's marker ("- ", "* ", "+ ", "1. ", "2) ", or a
     * bullet pasted as a character), as the language checker's scan reads one.
     */
    private static boolean listItem(String l) {
        if (l.length() > 1 && "-*+\u2022\u00b7".indexOf(l.charAt(0)) >= 0 && l.charAt(1) == ' ') {
            return true;
        }
        int k = 0;
        while (k < l.length() && k < 9 && l.charAt(k) >= '0' && l.charAt(k) <= '9') {
            k++;
        }
        return k > 0 && k + 1 < l.length() && (l.charAt(k) == '.' || l.charAt(k) == ')') && l.charAt(k + 1) == ' ';
    }

    /**
     * The index of the line that closes a YAML ({@code ---}) or TOML ({@code +++}) front matter
     * block opening the text, or -1 when the text opens with none.
     */
    private static int frontMatterClose(String[] lines) {
        if (lines.length < 2) {
            return -1;
        }
        String open = lines[0].stripTrailing();
        if (!open.equals("---") && !open.equals("+++")) {
            return -1;
        }
        for (int k = 1; k < lines.length; k++) {
            String l = lines[k].stripTrailing();
            if (l.equals(open) || (open.equals("---") && l.equals("..."))) {
                return k;
            }
        }
        return -1;
    }

    /** Whether a line goes on with the sentence of the line before it. */
    private static boolean continues(String before, String next) {
        String b = before.strip();
        if (b.isEmpty() || b.startsWith("#") || b.startsWith("|")) {
            return false;
        }
        String n = next.strip();
        if (n.startsWith(">")) {
            // a block quote's line goes on only with the quote's line before
            if (!b.startsWith(">")) {
                return false;
            }
            int k = 0;
            while (k < n.length() && (n.charAt(k) == '>' || Character.isWhitespace(n.charAt(k)))) {
                k++;
            }
            n = n.substring(k);
        }
        return !n.isEmpty() && Character.isLowerCase(n.codePointAt(0));
    }

    /** The index of the line that holds an offset. */
    private static int lineOf(List<Integer> starts, int offset) {
        int found = java.util.Collections.binarySearch(starts, offset);
        return found >= 0 ? found : -found - 2;
    }
}
