package dev.postmortem.core.internal.language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Text split into tokens and sentences in one left-to-right pass, with the Markdown a postmortem's
 * prose contains taken into account: code spans, fenced code blocks, URLs and {@code @handles} are
 * masked, an indented code block's lines (four spaces or a tab, after a blank line and outside a
 * list item, as CommonMark reads them: pasted log lines such as {@code host svc[25]: user error})
 * are skipped, and so are HTML and JSX tags on one line ({@code <details>}, an MDX component's
 * {@code <Callout type="note">}), a static site's template tags ({@code {% include x %}}, {@code {{< figure >}}})
 * and the code blocks they open ({@code {% highlight bash %}} to {@code {% endhighlight %}}, and
 * Hugo's {@code {{< highlight >}}} to {@code {{< /highlight >}}}); link reference definition lines ({@code [label]: url}) are skipped; an inline link's text is read
 * with the words around it and its destination skipped ({@code put down to [the vendor](https://...)}); HTML comments are read for directives ({@code postmortem-ignore},
 * {@code postmortem-disable}, {@code postmortem-enable}) and otherwise skipped. Sentences end at
 * {@code . ! ?} before white space, at a blank line, at a line that starts a list item, heading,
 * quote or table row, and at {@code |}. Linear in the text's length, no regular expressions.
 */
public final class ScannedText {
    /** A rule id disabled over a range of offsets; {@code *} for every rule. */
    public record Suppression(String rule, int from, int to) {}

    /** How far a link's text or destination is looked for, in characters. */
    static final int LINK_SCAN = 2048;

    // The flags that are also context features have the same bit as the feature in Vocabulary.

    /** Flag: a masked handle. */
    static final int HANDLE = 1 << Vocabulary.HANDLE;
    /** Flag: a masked code span, fence or URL. */
    static final int CODE = 1 << Vocabulary.CODE;
    /** Flag: the word starts with an upper-case letter. */
    static final int CAP = 1 << Vocabulary.CAP;
    /** Flag: the first token of its sentence. */
    static final int FIRST = 1 << Vocabulary.START;
    /** Flag: the normalised word is longer than 4 and ends with {@code ing}. */
    static final int ING = 1 << Vocabulary.ING;
    /** Flag: punctuation separates the token from the one before. */
    static final int BREAK = 1 << Vocabulary.BREAK;
    /** Flag: the normalised word starts with a digit. */
    static final int DIGIT = 1 << Vocabulary.NUMBER;
    /** Flag: the token stands inside double quotes within its sentence. */
    static final int QUOTED = 1 << Vocabulary.QUOTED;
    /** The flags that are context features as they stand. */
    static final int CONTEXT = HANDLE | CODE | CAP | FIRST | ING | BREAK | DIGIT | QUOTED;
    /** Flag: the normalised word is longer than 3 and ends with {@code ed} (one way to be past). */
    static final int ED = 1 << Vocabulary.CONTEXT_FEATURES;

    /**
     * The fixed normal forms a token can have besides a range of the text: masks and the words
     * contractions expand to. A token's norm code {@code c < 0} stands for {@code CONSTANTS[-c - 1]}.
     */
    static final String[] CONSTANTS = {
        Token.MASKED, Token.HANDLE, "not", "have", "'s", "are", "will", "am", "would", "can"
    };

    private static final int MASKED_NORM = -1;
    private static final int HANDLE_NORM = -2;
    private static final int NOT = -3;
    private static final int HAVE = -4;
    static final int APOSTROPHE_S = -5;
    private static final int ARE = -6;
    private static final int WILL = -7;
    private static final int AM = -8;
    private static final int WOULD = -9;
    private static final int CAN = -10;

    private static final int[] CONSTANT_SHAPES = new int[CONSTANTS.length];

    static {
        for (int i = 0; i < CONSTANTS.length; i++) {
            String w = CONSTANTS[i];
            CONSTANT_SHAPES[i] = (w.length() > 3 && w.endsWith("ed") ? ED : 0)
                    | (w.length() > 4 && w.endsWith("ing") ? ING : 0)
                    | (!w.isEmpty() && Character.isDigit(w.charAt(0)) ? DIGIT : 0);
        }
    }

    /** The ints a token takes in {@link #tok}, and where each fact stands among them. */
    private static final int STRIDE = 5;

    private static final int START = 0;
    private static final int END = 1;
    private static final int NORM = 2;
    private static final int WORD = 3;
    private static final int FLAGS = 4;

    private final String text;
    private final int size;
    /**
     * Per token, {@link #STRIDE} ints from {@code k * STRIDE}: start, end, norm code, word id and
     * flags. One array keeps a token's facts on one cache line and a short text to one allocation.
     */
    private final int[] tok;

    private final int[] sentenceFrom;
    private final int sentenceTokens;
    private final List<Suppression> suppressions;
    private final int sentences;
    /** Whether some token is the "would" a contracted "'d" expands to. */
    private final boolean anyContractedWould;

    private List<Token> tokens;

    private ScannedText(Scanner sc) {
        this.anyContractedWould = sc.contractedWould;
        this.text = sc.s;
        this.size = sc.size;
        this.tok = sc.tok;
        this.sentenceFrom = sc.sentenceFrom;
        this.sentenceTokens = sc.sentenceTokens;
        this.suppressions = sc.suppressions == null ? List.of() : List.copyOf(sc.suppressions);
        this.sentences = sc.sentence + 1;
    }

    /**
     * The text scanned.
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * The tokens in order, made on first use from the scan's arrays.
     *
     * @return the tokens, unmodifiable
     */
    public List<Token> tokens() {
        List<Token> t = tokens;
        if (t == null) {
            Token[] out = new Token[size];
            int sentence = -1;
            for (int k = 0; k < size; k++) {
                int f = flags(k);
                if ((f & FIRST) != 0) {
                    sentence++;
                }
                out[k] = new Token(
                        start(k), end(k), norm(k), (f & CAP) != 0, (f & FIRST) != 0, sentence, (f & BREAK) != 0);
            }
            t = Collections.unmodifiableList(Arrays.asList(out));
            tokens = t;
        }
        return t;
    }

    /**
     * The number of tokens.
     *
     * @return the count
     */
    int size() {
        return size;
    }

    /**
     * The offset of a token's first character.
     *
     * @param k the token index
     * @return the offset
     */
    int start(int k) {
        return tok[k * STRIDE + START];
    }

    /**
     * The offset after a token's last character.
     *
     * @param k the token index
     * @return the offset
     */
    int end(int k) {
        return tok[k * STRIDE + END];
    }

    /**
     * A token's flags ({@link #CAP}, {@link #FIRST}, ...).
     *
     * @param k the token index
     * @return the flags
     */
    int flags(int k) {
        return tok[k * STRIDE + FLAGS];
    }

    /**
     * The id of a token's normalised word in the table the text was scanned with.
     *
     * @param k the token index
     * @return the id, or -1 if the table does not hold the word
     */
    int word(int k) {
        return tok[k * STRIDE + WORD];
    }

    /**
     * Whether a token is the "would" a contracted "'d" expands to ("they'd"), not the word itself.
     *
     * @param k the token
     * @return true for the expansion of "'d"
     */
    boolean contractedWould(int k) {
        return normCode(k) == WOULD;
    }

    /**
     * Whether {@link #contractedWould} holds for some token: most texts have none, and a reader can
     * skip looking.
     *
     * @return true if one token is such a "would"
     */
    boolean anyContractedWould() {
        return anyContractedWould;
    }

    /**
     * A token's norm code: the length of the range of the text from its start that normalises to
     * its word, or {@code -i - 1} for {@code CONSTANTS[i]}.
     *
     * @param k the token index
     * @return the code
     */
    int normCode(int k) {
        return tok[k * STRIDE + NORM];
    }

    /**
     * Whether a token has a digit in it, as a product or protocol name has ("IPv6", "EC2", "S3"):
     * such a word names a thing, never an organisation.
     *
     * @param k the token
     * @return true if so
     */
    boolean withDigit(int k) {
        for (int i = start(k), e = end(k); i < e; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a token is a word of two or more letters, all of them capitals ("LAX", "DNS").
     *
     * @param k the token index
     * @return true for a word in capitals
     */
    boolean allCaps(int k) {
        int i = start(k);
        int e = end(k);
        if (e - i < 2) {
            return false;
        }
        for (; i < e; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a token is an acronym joined by a hyphen to a lower-case word, as an adjective made of
     * a technical term is ("CPU-heavy", "GPU-bound", "API-driven"): a capital that names no one.
     *
     * @param k the token index
     * @return true for two or more capitals, a hyphen and a lower-case letter
     */
    boolean acronymCompound(int k) {
        int i = capitalsEnd(k);
        int e = end(k);
        return i - start(k) >= 2 && i + 1 < e && text.charAt(i) == '-' && Character.isLowerCase(text.charAt(i + 1));
    }

    /**
     * Whether a token is an acronym in the plural or with the lower-case tail some acronyms carry
     * ("SSDs", "VMs", "NVMes", "NVMe"): a kind of thing, not an organisation's name.
     *
     * @param k the token index
     * @return true for two or more capitals followed by "s", "es" or "e" and nothing else
     */
    boolean pluralAcronym(int k) {
        int i = capitalsEnd(k);
        if (i - start(k) < 2) {
            return false;
        }
        int tail = end(k) - i;
        return (tail == 1 && (text.charAt(i) == 's' || text.charAt(i) == 'e'))
                || (tail == 2 && text.charAt(i) == 'e' && text.charAt(i + 1) == 's');
    }

    /** Where the run of capitals that opens token {@code k} ends (its start if it opens with none). */
    private int capitalsEnd(int k) {
        int i = start(k);
        int e = end(k);
        while (i < e && Character.isUpperCase(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Whether a token is glued to a full stop, colon or slash before it, as the parts of a code
     * identifier or a path are ({@code types.Pointer}, {@code std::Vec}, {@code pkg/Server}).
     *
     * @param k the token index
     * @return true if the character before the token is one of those
     */
    boolean glued(int k) {
        int from = start(k);
        if (from == 0) {
            return false;
        }
        char c = text.charAt(from - 1);
        return c == '.' || c == ':' || c == '/';
    }

    /**
     * Whether a token is the first word after a colon, as a label's text or a speaker's line
     * starts ("Impact: Customers saw ...", "ZekeZ: What was the problem?").
     *
     * @param k the token index
     * @return true if the last character before the token that is not a space is a colon
     */
    boolean afterColon(int k) {
        int i = start(k) - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '*')) {
            i--;
        }
        return i >= 0 && text.charAt(i) == ':';
    }

    /**
     * A token's normalised word, made as a string.
     *
     * @param k the token index
     * @return the word
     */
    String norm(int k) {
        int c = normCode(k);
        if (c < 0) {
            return CONSTANTS[-c - 1];
        }
        int from = start(k);
        StringBuilder out = new StringBuilder(c);
        for (int i = from; i < from + c; i++) {
            out.append(WordTable.norm(text.charAt(i)));
        }
        return out.toString();
    }

    /**
     * The number of sentences that hold tokens.
     *
     * @return the count
     */
    int sentencesWithTokens() {
        return sentenceTokens;
    }

    /**
     * The first token of a sentence that holds tokens; {@code sentenceFrom(sentencesWithTokens())}
     * is the number of tokens.
     *
     * @param s the sentence index
     * @return the token index
     */
    int sentenceFrom(int s) {
        return sentenceFrom[s];
    }

    /**
     * The number of sentences.
     *
     * @return the count
     */
    public int sentenceCount() {
        return sentences;
    }

    /**
     * Whether a rule is suppressed at an offset by a directive.
     *
     * @param rule the rule id
     * @param offset the offset
     * @return true if suppressed
     */
    public boolean suppressed(String rule, int offset) {
        for (Suppression s : suppressions) {
            if (offset >= s.from
                    && offset < s.to
                    && (s.rule.equals("*") || s.rule.equals(rule) || rule.startsWith(s.rule + "."))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Scans a text.
     *
     * @param text the text
     * @return the scanned text
     */
    public static ScannedText scan(String text) {
        SharedAnalyses thread = SharedAnalyses.thread();
        return scan(text, WordTable.EMPTY, thread.buffers(), thread.memo());
    }

    /**
     * Scans a text, looking each word up in a table as it goes, with the thread's buffers at hand.
     *
     * @param text the text
     * @param table the words to number
     * @param buffers this thread's {@link SharedAnalyses#buffers()}
     * @return the scanned text
     */
    static ScannedText scan(String text, WordTable table, char[][] buffers, WordTable.Memo memo) {
        return new Scanner(text, table, buffers, memo).run();
    }

    /**
     * For each ASCII character: its normalised form if it can be part of a word (letters, digits,
     * apostrophe, hyphen, underscore), else 0.
     */
    private static final char[] ASCII_WORD = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            boolean word = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '\''
                    || c == '-'
                    || c == '_';
            ASCII_WORD[c] = word ? WordTable.norm(c) : 0;
        }
    }

    /** Abbreviations whose full stop ends no sentence, from {@code language/abbreviations.txt}. */
    private static final String[] ABBREVIATIONS = Vocabulary.readLines(
                    "/dev/postmortem/core/language/abbreviations.txt")
            .toArray(new String[0]);

    /** By ASCII character: whether an abbreviation ends with it, in either case. */
    private static final boolean[] ABBREVIATION_ENDS = new boolean[128];

    static {
        for (String a : ABBREVIATIONS) {
            char end = a.charAt(a.length() - 1);
            if (end < 128) {
                ABBREVIATION_ENDS[Character.toLowerCase(end)] = true;
                ABBREVIATION_ENDS[Character.toUpperCase(end)] = true;
            }
        }
    }

    /** The longest buffer a thread keeps; a longer text gets its own. */
    private static final int BUFFER_KEPT = 1 << 16;

    /** The names of the template tags that open a code block, read after the tag's opening marks and spaces. */
    private static final String[] OPENERS = {"highlight", "codeblock", "code"};

    /** The longest HTML tag masked as one: a longer run up to a closing angle bracket is read as text. */
    private static final int MAX_TAG = 400;

    /** The template tags that close one. */
    private static final String[] CLOSERS = {"endhighlight", "endcodeblock", "/highlight", "/code"};

    /**
     * The keys of a front matter block whose values are prose ({@code front-matter-prose-keys.txt}):
     * everything else there is metadata.
     */
    private static final Set<String> PROSE_KEYS =
            Set.copyOf(Vocabulary.readLines("/dev/postmortem/core/language/front-matter-prose-keys.txt"));

    /** One left-to-right pass that fills the token arrays. */
    private static final class Scanner {
        /** By length of a run of backticks: where a search for its closer stopped; made on first use. */
        private int[] noCloserBefore;

        private final String s;
        /**
         * The text's characters, from {@code 0} to {@link #n}: array reads in the hot loops instead of
         * charAt. The thread's buffer, so longer than the text when an earlier text was longer.
         */
        private final char[] cs;

        /** This thread's buffers: see {@link SharedAnalyses#buffers()}. */
        private final char[][] buffers;
        /** The normalised characters of the word being scanned. */
        private char[] word;

        private final int n;
        private final WordTable table;
        /** This thread's memo of word ids: see {@link SharedAnalyses#memo()}. */
        private final WordTable.Memo memo;

        private int size;
        /** The tokens, laid out as in {@link ScannedText#tok}. */
        private int[] tok;

        private int[] sentenceFrom;
        private int sentenceTokens;
        // made by the first directive comment: most texts have none
        private List<Suppression> suppressions;
        private List<int[]> openRanges;
        private List<String> openRules;
        private Set<String> pendingIgnore;
        private int pendingIgnoreFrom = -1;
        private int sentence;
        private boolean sentenceOpen;
        private boolean clauseBreak;
        /** The closing bracket of the inline link whose text is being read, or -1 (see {@link #inlineLinkClose}). */
        private int linkClose = -1;
        /** Where that link's destination ends: the index after its closing parenthesis. */
        private int linkEnd;

        private boolean blockHasContent;
        /** The double quotes since the last token, as one operation on the open state. */
        private int quoteOp = KEEP;

        /** Where the last search for a tag's closing angle bracket stopped (see {@link #htmlTagEnd}). */
        private int nextClose = -1;

        private boolean quoteOpen;

        /** Whether a contracted "'d" was read as "would" (see {@link ScannedText#anyContractedWould()}). */
        private boolean contractedWould;

        private static final int KEEP = 0;
        private static final int TOGGLE = 1;
        private static final int CLOSE = 2;
        private static final int OPEN = 3;

        Scanner(String s, WordTable table, char[][] buffers, WordTable.Memo memo) {
            this.s = s;
            this.memo = memo;
            this.n = s.length();
            this.buffers = buffers;
            char[] chars = buffers[0];
            if (chars.length < n) {
                chars = new char[n];
                if (n <= BUFFER_KEPT) {
                    buffers[0] = chars;
                }
            }
            s.getChars(0, n, chars, 0);
            this.cs = chars;
            this.table = table;
            // about one word in six characters, a little more in a short text; grown when wrong
            int capacity = s.length() / 6 + 4;
            this.tok = new int[capacity * STRIDE];
            this.sentenceFrom = new int[capacity / 8 + 2];
            this.word = buffers[1];
        }

        ScannedText run() {
            int i = 0;
            boolean lineStart = true;
            boolean inFence = false;
            char fenceChar = 0;
            boolean inQuote = false; // whether the line before was a block quote's
            boolean inTemplateCode = false; // within "{% highlight bash %}" ... "{% endhighlight %}"
            boolean afterBlank = true; // whether the line before was blank (the text's start counts)
            boolean inIndentedCode = false; // within an indented code block (blank lines stay in it)
            boolean inList = false; // within a list item, whose indented lines are its content
            int frontMatter = frontMatterEnd();
            while (i < n) {
                if (lineStart && i < frontMatter) {
                    // front matter is metadata: only the value of a prose key is read, as a sentence
                    endSentence();
                    int end = endOfLine(i);
                    int value = proseValue(i, end);
                    i = value < 0 ? end : value;
                    lineStart = false;
                    continue;
                }
                if (lineStart) {
                    int j = i;
                    while (j < n && (cs[j] == ' ' || cs[j] == '\t')) {
                        j++;
                    }
                    if (inTemplateCode || (!inFence && templateCode(j, OPENERS))) {
                        // a static site's code block: masked like a fence, its lines no prose
                        if (!inTemplateCode) {
                            inTemplateCode = true;
                            addMasked(j, Math.min(n, j + 2));
                            endSentence();
                        } else if (templateCode(j, CLOSERS)) {
                            inTemplateCode = false;
                        }
                        i = endOfLine(j);
                        lineStart = false;
                        continue;
                    }
                    if (startsFence(j)) {
                        char c = cs[j];
                        int rest = j;
                        if (!inFence) {
                            inFence = true;
                            fenceChar = c;
                            addMasked(j, j + 3);
                            rest = j + 3;
                        } else if (c == fenceChar) {
                            inFence = false;
                        }
                        i = endOfLine(j);
                        quotes(rest, i);
                        endSentence();
                        lineStart = false;
                        continue;
                    }
                    if (inFence) {
                        i = endOfLine(j);
                        quotes(j, i);
                        lineStart = false;
                        continue;
                    }
                    boolean blank = j >= n || cs[j] == '\n' || cs[j] == '\r';
                    if (!blank) {
                        int indent = columns(i, j);
                        if (indent >= 4 && ((afterBlank && !inList) || inIndentedCode)) {
                            // an indented code block: pasted logs and commands, no prose
                            if (!inIndentedCode) {
                                endSentence();
                                inIndentedCode = true;
                            }
                            addMasked(j, Math.min(n, j + 1));
                            i = endOfLine(j);
                            quotes(j, i);
                            endSentence();
                            afterBlank = false;
                            lineStart = false;
                            continue;
                        }
                        inIndentedCode = false;
                        if (indent < 4) {
                            if (listMarker(j)) {
                                inList = true;
                            } else if (afterBlank || cs[j] == '#') {
                                inList = false; // a paragraph or heading of its own ends the list
                            }
                        }
                    }
                    afterBlank = blank;
                    if (linkDefinition(j)) {
                        // "[label]: https://..." defines a link target; it is not prose
                        endSentence();
                        i = endOfLine(j);
                        quotes(j, i);
                        lineStart = false;
                        continue;
                    }
                    boolean quoteLine = j < n && cs[j] == '>';
                    if (j >= n || cs[j] == '\n' || cs[j] == '\r') {
                        blankLine(j);
                    } else if (startsBlock(j) && !(quoteLine && inQuote && quoteGoesOn(j))) {
                        endSentence();
                    }
                    inQuote = quoteLine;
                    lineStart = false;
                    i = j;
                    continue;
                }
                char c = cs[i];
                if (c == ' ') {
                    i++; // the commonest character between words, which nothing below acts on
                    continue;
                }
                if (isWordStart(c)) {
                    i = readWord(i, c);
                    continue;
                }
                if (c == '\n' || c == '\r') {
                    lineStart = true;
                    i++;
                    continue;
                }
                if (c == '`') {
                    i = codeSpan(i);
                    continue;
                }
                if (c == '<' && s.startsWith("<!--", i)) {
                    i = comment(i);
                    continue;
                }
                if (c == '<' && i + 1 < n && (isAsciiLetter(cs[i + 1]) || cs[i + 1] == '/')) {
                    int end = htmlTagEnd(i);
                    if (end > i) {
                        addMasked(i, end); // "<Conv name="Numa" mood="smug">", "<br/>": markup, not prose
                        i = end;
                        continue;
                    }
                }
                if (c == '{' && i + 1 < n && (cs[i + 1] == '%' || cs[i + 1] == '{')) {
                    int end = templateTagEnd(i);
                    if (end > i) {
                        addMasked(i, end); // "{{< track "2018-11-23 20:00:00" >}}" is markup, not prose
                        i = end;
                        continue;
                    }
                }
                if (c == '@'
                        && i + 1 < n
                        && Character.isLetterOrDigit(cs[i + 1])
                        && (i == 0 || !isWordChar(cs[i - 1]))) {
                    int j = i + 1;
                    while (j < n && (isWordChar(cs[j]) || cs[j] == '/' || cs[j] == '.') && !possessiveAt(j)) {
                        j++;
                    }
                    while (j > i + 1 && (cs[j - 1] == '.' || isApostrophe(cs[j - 1]))) {
                        j--; // a handle ends in a letter or digit: "ping @db-lead." ends a sentence
                    }
                    add(i, j, HANDLE_NORM, HANDLE);
                    if (possessiveAt(j)) {
                        add(j, j + 2, APOSTROPHE_S, 0); // "@db-lead's change", read as a name's possessive
                        j += 2;
                    }
                    i = j;
                    continue;
                }
                if (c == '[' && linkClose < 0) {
                    int close = inlineLinkClose(i);
                    if (close > 0) {
                        // "chalked it up to [human error](https://...)": a link's text is read with the
                        // words around it, as a reader sees it, and its destination not at all
                        linkClose = close;
                        i++;
                        continue;
                    }
                }
                if (c == ']' && i == linkClose) {
                    linkClose = -1;
                    i = linkEnd;
                    continue;
                }
                if (c == '.' && i > 0 && cs[i - 1] == '.' && lowerCaseAfter(i + 1)) {
                    i++; // an ellipsis the clause goes on after: "did they try... turning it on"
                    continue;
                }
                if (c == '.' || c == '!' || c == '?') {
                    if (i + 1 >= n
                            || Character.isWhitespace(cs[i + 1])
                            || Character.isSpaceChar(cs[i + 1]) // a no-break space too, as typed after a full stop
                            || cs[i + 1] == '"'
                            || cs[i + 1] == ')'
                            || cs[i + 1] == '*'
                            || cs[i + 1] == '_') {
                        if (!abbreviationBefore(i)) {
                            endSentence();
                        }
                    }
                    i++;
                    continue;
                }
                if (c == '|') {
                    endSentence();
                    i++;
                    continue;
                }
                if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"' || c == '—' || c == '–'
                        || c == '[' || c == ']' || c == '“' || c == '”') {
                    clauseBreak = true;
                    quote(c);
                } else if (c == '-' && i > 0 && i + 1 < n && cs[i - 1] == ' ' && cs[i + 1] == ' ') {
                    clauseBreak = true;
                }
                i++;
            }
            for (int k = 0; openRanges != null && k < openRanges.size(); k++) {
                suppressions.add(new Suppression(openRules.get(k), openRanges.get(k)[0], n));
            }
            closePendingIgnore(n);
            if (sentenceTokens == sentenceFrom.length) {
                sentenceFrom = Arrays.copyOf(sentenceFrom, sentenceTokens + 1);
            }
            sentenceFrom[sentenceTokens] = size;
            wholeQuotes();
            if (word.length <= BUFFER_KEPT) {
                buffers[1] = word; // grown for a long word
            }
            return new ScannedText(this);
        }

        /**
         * Reads the word that starts at {@code i} (a URL or {@code www.} address is masked instead).
         * A method of its own so that the compiler keeps the hot loop of the scan small.
         *
         * @param i the offset of the word's first character
         * @param c that character
         * @return the offset after the word
         */
        private int readWord(int i, char c) {
            // the normalised word into the buffer, its key, its first apostrophe: one pass
            int j = i;
            int apos = -1;
            long key = 0; // the characters packed a byte each: exact while the word fits (WordTable.key)
            int wide = 0;
            char[] w = word;
            char[] text = cs;
            int limit = n;
            while (j < limit) {
                char ch = text[j];
                char m;
                if (ch < 128) {
                    m = ASCII_WORD[ch];
                    if (m == 0) {
                        break;
                    }
                } else if (isWordChar(ch)) {
                    m = WordTable.norm(ch);
                } else {
                    break;
                }
                if (m == '\'' && apos < 0) {
                    apos = j;
                }
                int at = j - i;
                if (at == w.length) {
                    w = Arrays.copyOf(w, at * 2);
                    word = w;
                }
                w[at] = m;
                key = key << 8 | m;
                wide |= m;
                j++;
            }
            if (j - i == 1 && dottedLetter(j)) {
                // an initialism of single letters ("i.e.", "e.g.", "U.S.") is one token with no
                // word class and no capital: its "i" is not the pronoun, its "U" no name
                int k = j;
                while (dottedLetter(k)) {
                    k += 2;
                }
                push(i, k, k - i, -1, 0);
                return k;
            }
            if (j - i == 1 && j + 1 < n && cs[j] == '/' && isAsciiLetter(cs[j + 1])) {
                // letters joined by slashes ("I/O", "n/a", "w/o", "A/B") are one token with no word
                // class: the "I" of "disk I/O" is not the pronoun
                int k = j;
                while (k + 1 < n && cs[k] == '/' && isAsciiLetter(cs[k + 1])) {
                    k += 2;
                    while (k < n && isAsciiLetter(cs[k])) {
                        k++;
                    }
                }
                push(i, k, k - i, -1, 0);
                return k;
            }
            if (j + 2 < n && cs[j] == ':' && cs[j + 1] == '/' && cs[j + 2] == '/') {
                j = skipNonSpace(j);
                addMasked(i, j);
                return j;
            }
            if (j - i >= 4 && (c == 'w' || c == 'W' || c >= 128) && s.regionMatches(true, i, "www.", 0, 4)) {
                j = skipNonSpace(j);
                addMasked(i, j);
                return j;
            }
            // trailing apostrophes and hyphens are not part of the word
            int end = j;
            while (end > i + 1 && (isApostrophe(cs[end - 1]) || cs[end - 1] == '-')) {
                end--;
            }
            if (end < j) {
                key = key(end - i);
                if (apos >= end) {
                    apos = -1;
                }
            }
            if (c >= 'a' && c <= 'z' && i >= 2 && cs[i - 1] == '.' && isAsciiLetterOrDigit(cs[i - 2])) {
                // the lower-case part after a dot inside a name ("NotABug.org", "status.example.com",
                // "deploy.team"): a domain or a file's extension, no word of prose, so "org" there is
                // no team and "team" no group of people
                push(i, end, end - i, -1, 0);
                return j;
            }
            if (apos > i) {
                addWord(i, end, apos);
            } else {
                addRange(i, end, end - i, end - i <= WordTable.KEY_CHARS && wide < 256 ? key : 0, capital(c));
            }
            return j;
        }

        /**
         * A sentence that is one quotation as a whole ("Next time, be more careful", a guide's
         * example) is read as the text itself: its tokens are not marked quoted.
         */
        private void wholeQuotes() {
            for (int i = 0; i < sentenceTokens; i++) {
                int a = sentenceFrom[i];
                int b = sentenceFrom[i + 1];
                if (a == b
                        || (tok[a * STRIDE + FLAGS] & QUOTED) == 0
                        || (tok[(b - 1) * STRIDE + FLAGS] & QUOTED) == 0) {
                    continue;
                }
                boolean all = true;
                for (int k = a; k < b && all; k++) {
                    all = (tok[k * STRIDE + FLAGS] & QUOTED) != 0;
                }
                for (int k = a; k < b && all; k++) {
                    tok[k * STRIDE + FLAGS] &= ~QUOTED;
                }
            }
        }

        /** Whether a full stop stands at a position, followed by one letter that is a word of its own. */
        private boolean dottedLetter(int k) {
            return k + 1 < n && cs[k] == '.' && Character.isLetter(cs[k + 1]) && (k + 2 >= n || !isWordChar(cs[k + 2]));
        }

        /**
         * Whether a block quote's line at a position goes on with the sentence of the quote's line
         * before: its text, after the quote markers, starts with a lower-case letter, as a quoted
         * paragraph wrapped at a fixed width does.
         */
        private boolean quoteGoesOn(int at) {
            int k = at;
            while (k < n && (cs[k] == '>' || cs[k] == ' ' || cs[k] == '\t')) {
                k++;
            }
            return k < n && Character.isLowerCase(cs[k]);
        }

        /** Whether a possessive {@code 's} stands at a position, followed by no word character. */
        private boolean possessiveAt(int j) {
            return j + 1 < n
                    && isApostrophe(cs[j])
                    && (cs[j + 1] == 's' || cs[j + 1] == 'S')
                    && (j + 2 >= n || !isWordChar(cs[j + 2]));
        }

        /** Whether the first character from a position that is not a space is a lower-case letter. */
        private boolean lowerCaseAfter(int from) {
            int k = from;
            while (k < n && cs[k] == ' ') {
                k++;
            }
            return k < n && Character.isLowerCase(cs[k]);
        }

        private boolean abbreviationBefore(int dot) {
            if (dot == 0) {
                return false;
            }
            char last = cs[dot - 1];
            if (last < 128 && !ABBREVIATION_ENDS[last]) {
                return false; // every abbreviation ends with one of these letters
            }
            char lower = WordTable.norm(last); // an abbreviation can only end in its own last letter
            for (String a : ABBREVIATIONS) {
                int from = dot - a.length();
                if (a.charAt(a.length() - 1) == lower
                        && from >= 0
                        && s.regionMatches(true, from, a, 0, a.length())
                        && (from == 0 || !Character.isLetterOrDigit(cs[from - 1]))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a line starting at {@code j} is a Markdown link reference definition. */
        private boolean linkDefinition(int j) {
            if (j >= n || cs[j] != '[') {
                return false;
            }
            int k = j + 1;
            while (k < n && cs[k] != ']' && cs[k] != '\n' && cs[k] != '\r') {
                k++;
            }
            return k > j + 1
                    && k + 2 < n
                    && cs[k] == ']'
                    && cs[k + 1] == ':'
                    && (cs[k + 2] == ' ' || cs[k + 2] == '\t');
        }

        /**
         * Whether the line at {@code j} is one of a static site's template tags that open (or close)
         * a code block: Jekyll's {@code {% highlight %}} and {@code {% codeblock %}}, Hugo's
         * {@code {{< highlight >}}} and {@code {{< code >}}}.
         */
        private boolean templateCode(int j, String[] names) {
            if (j + 3 >= n || cs[j] != '{' || (cs[j + 1] != '%' && cs[j + 1] != '{')) {
                return false;
            }
            int k = j + 2;
            while (k < n && k - j < 6 && (cs[k] == '<' || cs[k] == '%' || cs[k] == '-' || cs[k] == ' ')) {
                k++;
            }
            for (String name : names) {
                if (s.startsWith(name, k)) {
                    int after = k + name.length();
                    return after >= n || !Character.isLetterOrDigit(cs[after]);
                }
            }
            return false;
        }

        /**
         * The offset after an HTML or JSX tag that starts at {@code i} and closes on its line
         * ({@code <details>}, {@code </summary>}, {@code <img alt="..." />}, an MDX component's
         * {@code <Callout type="warning">}), or -1: a name of letters, digits and hyphens, then a
         * space, a slash or the closing angle bracket. "a < b" and "<-" are no tags.
         */
        private int htmlTagEnd(int i) {
            int k = i + 1;
            if (cs[k] == '/') {
                k++;
            }
            int name = k;
            while (k < n && (isAsciiLetter(cs[k]) || Character.isDigit(cs[k]) || cs[k] == '-')) {
                k++;
            }
            if (k == name || !isAsciiLetter(cs[name]) || k >= n || (cs[k] != ' ' && cs[k] != '/' && cs[k] != '>')) {
                return -1;
            }
            // the next '>' or line break from k; a later tag start before it finds the same one,
            // so no character is searched twice and the scan stays linear
            if (k > nextClose) {
                int j = k;
                while (j < n && cs[j] != '>' && cs[j] != '\n' && cs[j] != '\r') {
                    j++;
                }
                nextClose = j;
            }
            return nextClose < n && cs[nextClose] == '>' && nextClose - i < MAX_TAG ? nextClose + 1 : -1;
        }

        private static boolean isAsciiLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        private static boolean isAsciiLetterOrDigit(char c) {
            return isAsciiLetter(c) || (c >= '0' && c <= '9');
        }

        /**
         * The offset after a template tag that starts at {@code i} and closes on its line
         * ({@code {% ... %}}, {@code {{< ... >}}}, {@code {{% ... %}}}), or -1 when none does there.
         */
        private int templateTagEnd(int i) {
            char open = cs[i + 1];
            if (open == '{' && (i + 2 >= n || (cs[i + 2] != '<' && cs[i + 2] != '%'))) {
                return -1; // "{{ page.title }}" and plain braces are left as they are
            }
            for (int k = i + 2; k + 1 < n && cs[k] != '\n' && cs[k] != '\r'; k++) {
                if (open == '%' && cs[k] == '%' && cs[k + 1] == '}') {
                    return k + 2;
                }
                if (open == '{'
                        && (cs[k] == '>' || cs[k] == '%')
                        && k + 2 < n
                        && cs[k + 1] == '}'
                        && cs[k + 2] == '}') {
                    return k + 3;
                }
            }
            return -1;
        }

        /** The columns from a line's start to its first character, a tab reaching the next multiple of four. */
        private int columns(int lineStart, int j) {
            int col = 0;
            for (int k = lineStart; k < j; k++) {
                col = cs[k] == '\t' ? (col / 4 + 1) * 4 : col + 1;
            }
            return col;
        }

        /**
         * Whether a line's first character starts a list item's marker ("- ", "* ", "+ ", "1. ", "2) ",
         * or "• " for a bullet pasted as a character, as in "• 10:30am UTC: ...").
         */
        private boolean listMarker(int j) {
            char c = cs[j];
            if ((c == '*' || c == '-' || c == '+' || c == '\u2022' || c == '\u00b7') && j + 1 < n && cs[j + 1] == ' ') {
                return true;
            }
            int k = j;
            while (k < n && k - j < 9 && Character.isDigit(cs[k])) {
                k++;
            }
            return k > j && k + 1 < n && (cs[k] == '.' || cs[k] == ')') && cs[k + 1] == ' ';
        }

        private boolean startsFence(int j) {
            if (j + 2 >= n) {
                return false;
            }
            char c = cs[j];
            return (c == '`' || c == '~') && cs[j + 1] == c && cs[j + 2] == c;
        }

        private boolean startsBlock(int j) {
            char c = cs[j];
            if (c == '#' || c == '>' || c == '|') {
                return true;
            }
            return listMarker(j) || stamped(c == '[' ? j + 1 : j);
        }

        /**
         * Whether a line starts with a time or a date, as the lines of a timeline written as one
         * paragraph do ("13 Jun 11:23 @ops starts the daemon", "2023-06-13 11:23 ...", "[12:56 UTC]
         * ..."): each such line is a sentence of its own, not the end of the line before.
         */
        private boolean stamped(int j) {
            int k = j;
            while (k < n && k - j < 4 && Character.isDigit(cs[k])) {
                k++;
            }
            int digits = k - j;
            if (digits == 0 || k + 2 >= n) {
                return false;
            }
            if (digits <= 2 && cs[k] == ':' && Character.isDigit(cs[k + 1]) && Character.isDigit(cs[k + 2])) {
                return true; // 11:23
            }
            if (digits == 4 && cs[k] == '-' && Character.isDigit(cs[k + 1]) && Character.isDigit(cs[k + 2])) {
                return true; // 2023-06-13
            }
            // 13 Jun 11:23: a day, a month's three letters, then a digit
            return digits <= 2
                    && k + 5 < n
                    && cs[k] == ' '
                    && Character.isUpperCase(cs[k + 1])
                    && Character.isLowerCase(cs[k + 2])
                    && Character.isLowerCase(cs[k + 3])
                    && cs[k + 4] == ' '
                    && Character.isDigit(cs[k + 5]);
        }

        private void blankLine(int at) {
            endSentence();
            if (blockHasContent) {
                closePendingIgnore(at);
                blockHasContent = false;
            }
        }

        private void closePendingIgnore(int at) {
            if (pendingIgnoreFrom >= 0 && blockHasContentOrEnd(at)) {
                for (String rule : pendingIgnore) {
                    suppressions.add(new Suppression(rule, pendingIgnoreFrom, at));
                }
                pendingIgnore.clear();
                pendingIgnoreFrom = -1;
            }
        }

        private boolean blockHasContentOrEnd(int at) {
            return at == n || blockHasContent;
        }

        /**
         * Where a YAML ({@code ---}) or TOML ({@code +++}) front matter block that opens the text
         * ends: after its closing line, or 0 when the text opens with none (a lone {@code ---} with
         * no closing line is a thematic break, read as before).
         */
        private int frontMatterEnd() {
            if (n < 3 || !(s.startsWith("---") || s.startsWith("+++"))) {
                return 0;
            }
            char mark = cs[0];
            int end = endOfLine(0);
            if (!onlyMarks(0, end, mark)) {
                return 0;
            }
            int line = end;
            while (line < n) {
                int start = line + (cs[line] == '\r' && line + 1 < n && cs[line + 1] == '\n' ? 2 : 1);
                if (start >= n) {
                    return 0;
                }
                int lineEnd = endOfLine(start);
                if (onlyMarks(start, lineEnd, mark) || (mark == '-' && onlyMarks(start, lineEnd, '.'))) {
                    return lineEnd;
                }
                if (!metadataLine(start, lineEnd)) {
                    return 0; // prose between two rules ("---", a paragraph, "---") is read as prose
                }
                line = lineEnd;
            }
            return 0;
        }

        /**
         * Whether a line inside a front matter block reads as metadata: blank, indented (a value
         * or item that goes on), a list item, a TOML table, a key followed by a colon or an equals
         * sign, or the closing quote of a quoted value written over several lines (a blog export's
         * comments: {@code content: 'yeah right}, indented lines, then {@code '}). A line of prose or
         * a Markdown heading is none of these.
         */
        private boolean metadataLine(int from, int to) {
            if (from >= to || cs[from] == ' ' || cs[from] == '\t') {
                return true;
            }
            if (cs[from] == '\'' || cs[from] == '"') {
                int k = from + 1;
                while (k < to && (cs[k] == ' ' || cs[k] == '\t')) {
                    k++;
                }
                return k == to;
            }
            if (cs[from] == '-' && (from + 1 == to || cs[from + 1] == ' ')) {
                return true;
            }
            if (cs[from] == '[') {
                return cs[to - 1] == ']';
            }
            int k = from;
            while (k < to && (Character.isLetterOrDigit(cs[k]) || cs[k] == '_' || cs[k] == '-' || cs[k] == '.')) {
                k++;
            }
            if (k == from) {
                return false;
            }
            while (k < to && cs[k] == ' ') {
                k++;
            }
            return k < to && (cs[k] == '=' || (cs[k] == ':' && (k + 1 == to || cs[k + 1] == ' ')));
        }

        /** Whether a line holds three of a mark and nothing after them but spaces. */
        private boolean onlyMarks(int from, int to, char mark) {
            if (to - from < 3 || cs[from] != mark || cs[from + 1] != mark || cs[from + 2] != mark) {
                return false;
            }
            for (int k = from + 3; k < to; k++) {
                if (cs[k] != ' ' && cs[k] != '\t') {
                    return false;
                }
            }
            return true;
        }

        /**
         * Where the value of a front matter line starts when its key names prose a reader sees
         * (title, subtitle, description, summary, excerpt, abstract), else -1: tags, authors,
         * layouts and dates are metadata, not sentences.
         */
        private int proseValue(int from, int to) {
            int k = from;
            while (k < to && (Character.isLetter(cs[k]) || cs[k] == '_')) {
                k++;
            }
            String key = s.substring(from, k).toLowerCase(Locale.ROOT);
            while (k < to && cs[k] == ' ') {
                k++;
            }
            if (k >= to || (cs[k] != ':' && cs[k] != '=') || !PROSE_KEYS.contains(key)) {
                return -1;
            }
            return k + 1;
        }

        private int endOfLine(int j) {
            while (j < n && cs[j] != '\n' && cs[j] != '\r') {
                j++;
            }
            return j;
        }

        private int skipNonSpace(int j) {
            while (j < n && !Character.isWhitespace(cs[j]) && cs[j] != ')' && cs[j] != '>') {
                j++;
            }
            return j;
        }

        /**
         * The index of the {@code ]} that closes the inline link {@code [text](destination)} opening
         * at {@code i}, or -1 when none does: the text and the destination must each end on the same
         * line, the text holds no other bracket, and each is looked for over a bounded stretch, so a
         * line of unmatched brackets is still read in one pass. Sets {@link #linkEnd} for a link found.
         */
        private int inlineLinkClose(int i) {
            int limit = Math.min(n, i + LINK_SCAN);
            for (int k = i + 1; k < limit; k++) {
                char x = cs[k];
                if (x == '\n' || x == '\r' || x == '[') {
                    return -1;
                }
                if (x == ']') {
                    if (k + 1 < n && cs[k + 1] == '(') {
                        linkEnd = linkDestinationEnd(k + 1);
                        return linkEnd > k + 1 ? k : -1;
                    }
                    return -1;
                }
            }
            return -1;
        }

        /**
         * Where the destination {@code (...)} that starts at {@code open} ends (the index after its
         * {@code )}), or {@code open} itself when no {@code )} closes it on the line within the bounded
         * stretch.
         */
        private int linkDestinationEnd(int open) {
            int limit = Math.min(n, open + LINK_SCAN);
            for (int k = open + 1; k < limit; k++) {
                char x = cs[k];
                if (x == '\n' || x == '\r' || x == '[' || x == '(') {
                    return open;
                }
                if (x == ')') {
                    return k + 1;
                }
            }
            return open;
        }

        private int codeSpan(int i) {
            int ticks = 0;
            while (i + ticks < n && cs[i + ticks] == '`') {
                ticks++;
            }
            // A search for a closing run of this length that failed before reaching past i fails again:
            // remembering where it stopped keeps the scan linear.
            if (noCloserBefore == null) {
                noCloserBefore = new int[17];
            }
            if (ticks >= noCloserBefore.length || i < noCloserBefore[ticks]) {
                return i + ticks;
            }
            int j = i + ticks;
            while (j < n) {
                char c = cs[j];
                if (c == '`') {
                    int run = 0;
                    while (j + run < n && cs[j + run] == '`') {
                        run++;
                    }
                    if (run == ticks) {
                        addMasked(i, j + run);
                        return j + run;
                    }
                    j += run;
                } else if (c == '\n' && j + 1 < n && (cs[j + 1] == '\n' || cs[j + 1] == '\r')) {
                    break;
                } else {
                    j++;
                }
            }
            noCloserBefore[ticks] = j;
            return i + ticks; // unmatched: the backticks are literal
        }

        private int comment(int i) {
            int close = s.indexOf("-->", i + 4);
            int end = close < 0 ? n : close + 3;
            quotes(i, end);
            String body = s.substring(i + 4, close < 0 ? n : close).strip();
            directive(body, end);
            return end;
        }

        private void directive(String body, int at) {
            if (suppressions == null) {
                suppressions = new ArrayList<>();
                openRanges = new ArrayList<>();
                openRules = new ArrayList<>();
                pendingIgnore = new HashSet<>();
            }
            String lower = body.toLowerCase(Locale.ROOT);
            String[] parts = lower.split("\\s+");
            if (parts.length == 0) {
                return;
            }
            List<String> rules = new ArrayList<>();
            for (int k = 1; k < parts.length; k++) {
                for (String r : parts[k].split(",")) {
                    if (!r.isBlank()) {
                        rules.add(r.endsWith(".*") ? r.substring(0, r.length() - 2) : r);
                    }
                }
            }
            if (rules.isEmpty()) {
                rules.add("*");
            }
            switch (parts[0]) {
                case "postmortem-ignore" -> {
                    pendingIgnore.addAll(rules);
                    pendingIgnoreFrom = at;
                    blockHasContent = false;
                }
                case "postmortem-disable" -> {
                    for (String r : rules) {
                        openRanges.add(new int[] {at});
                        openRules.add(r);
                    }
                }
                case "postmortem-enable" -> {
                    for (int k = openRules.size() - 1; k >= 0; k--) {
                        if (rules.contains("*") || rules.contains(openRules.get(k))) {
                            suppressions.add(
                                    new Suppression(openRules.get(k), openRanges.get(k)[0], at));
                            openRules.remove(k);
                            openRanges.remove(k);
                        }
                    }
                }
                default -> {
                    // an ordinary comment
                }
            }
        }

        private void endSentence() {
            if (sentenceOpen) {
                sentence++;
                sentenceOpen = false;
            }
            clauseBreak = false;
        }

        /** Notes the double quotes in a stretch the scan passes over without reading it as prose. */
        private void quotes(int from, int to) {
            for (int i = from; i < to; i++) {
                quote(cs[i]);
            }
        }

        /** Notes a character between tokens: a double quote opens, closes or toggles a quotation. */
        private void quote(char c) {
            if (c == '"') {
                quoteOp = quoteOp == KEEP ? TOGGLE : quoteOp == TOGGLE ? KEEP : quoteOp == OPEN ? CLOSE : OPEN;
            } else if (c == '“') {
                quoteOp = OPEN;
            } else if (c == '”') {
                quoteOp = CLOSE;
            }
        }

        private void addMasked(int from, int to) {
            add(from, to, MASKED_NORM, CODE);
        }

        /**
         * Adds a word, or the two tokens of a contraction.
         *
         * @param from the offset of the first character
         * @param to the offset after the last
         * @param apos the offset of the first apostrophe, or -1
         */
        private void addWord(int from, int to, int apos) {
            int cap = capital(cs[from]);
            // a word may start with a modifier-letter apostrophe; then it is not a contraction
            if (apos > from) {
                int tail = to - apos - 1;
                int a = apos - from;
                char t0 = tail > 0 ? word[a + 1] : 0;
                char t1 = tail > 1 ? word[a + 2] : 0;
                if (tail == 1 && t0 == 't') {
                    if (word[a - 1] == 'n') {
                        int base = apos - 1 - from;
                        if (base == 2 && normIs(0, 'w', 'o')) {
                            add(from, to, WILL, cap);
                        } else if (base == 2 && normIs(0, 'c', 'a')) {
                            add(from, to, CAN, cap);
                        } else {
                            addRange(from, to, base, key(base), cap);
                        }
                        add(from, to, NOT, 0);
                        return;
                    }
                } else {
                    int expansion = tail == 2 && t0 == 'v' && t1 == 'e'
                            ? HAVE
                            : tail == 1 && t0 == 's'
                                    ? APOSTROPHE_S
                                    : tail == 2 && t0 == 'r' && t1 == 'e'
                                            ? ARE
                                            : tail == 2 && t0 == 'l' && t1 == 'l'
                                                    ? WILL
                                                    : tail == 1 && t0 == 'm' ? AM : tail == 1 && t0 == 'd' ? WOULD : 0;
                    if (expansion != 0) {
                        contractedWould |= expansion == WOULD;
                        addRange(from, to, apos - from, key(apos - from), cap);
                        add(from, to, expansion, 0);
                        return;
                    }
                }
            }
            addRange(from, to, to - from, key(to - from), cap);
        }

        private static int capital(char c) {
            return (c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c)) ? CAP : 0;
        }

        /** {@link WordTable#key} of the first {@code len} characters of {@link #word}. */
        private long key(int len) {
            return WordTable.key(word, len);
        }

        private boolean normIs(int at, char a, char b) {
            return word[at] == a && word[at + 1] == b;
        }

        /**
         * Adds a token whose word is the normalised first {@code len} characters from {@code from},
         * which {@link #word} holds, with their {@link WordTable#key}.
         */
        private void addRange(int from, int to, int len, long key, int cap) {
            char[] w = word;
            int shape = 0;
            if (len > 3 && w[len - 2] == 'e' && w[len - 1] == 'd') {
                shape |= ED;
            }
            if (len > 4 && w[len - 3] == 'i' && w[len - 2] == 'n' && w[len - 1] == 'g') {
                shape |= ING;
            }
            char first = len > 0 ? w[0] : 0;
            if (len > 0 && (first < 128 ? first >= '0' && first <= '9' : Character.isDigit(first))) {
                shape |= DIGIT;
            }
            push(from, to, len, memo.find(table, w, len, key), cap | shape);
        }

        /** Adds a token whose word is one of {@link #CONSTANTS}. */
        private void add(int from, int to, int code, int flag) {
            String w = CONSTANTS[-code - 1];
            push(from, to, code, table.find(w), flag | CONSTANT_SHAPES[-code - 1]);
        }

        private void push(int from, int to, int norm, int word, int flag) {
            blockHasContent = true;
            if ((size + 1) * STRIDE > tok.length) {
                grow();
            }
            if (!sentenceOpen) {
                sentenceOpen = true;
                flag |= startSentence();
            } else if (clauseBreak) {
                flag |= BREAK;
            }
            if (quoteOp != KEEP) {
                quoteOpen = quoteOp == TOGGLE ? !quoteOpen : quoteOp == OPEN;
                quoteOp = KEEP;
            }
            if (quoteOpen) {
                flag |= QUOTED;
            }
            int at = size++ * STRIDE;
            int[] t = tok;
            t[at + START] = from;
            t[at + END] = to;
            t[at + NORM] = norm;
            t[at + WORD] = word;
            t[at + FLAGS] = flag;
            clauseBreak = false;
        }

        /** Notes that the next token starts a sentence, which closes any quotation. */
        private int startSentence() {
            if (sentenceTokens == sentenceFrom.length) {
                sentenceFrom = Arrays.copyOf(sentenceFrom, sentenceTokens * 2);
            }
            sentenceFrom[sentenceTokens++] = size;
            quoteOpen = false;
            return FIRST;
        }

        private void grow() {
            tok = Arrays.copyOf(tok, (size + (size >> 1) + 16) * STRIDE);
        }

        private static boolean isApostrophe(char c) {
            return c == '\'' || c == '’' || c == 'ʼ';
        }

        private static boolean isWordStart(char c) {
            return c < 128 ? ASCII_WORD[c] > '_' || (c >= '0' && c <= '9') : Character.isLetterOrDigit(c);
        }

        private static boolean isWordChar(char c) {
            if (c < 128) {
                return (c >= 'a' && c <= 'z')
                        || (c >= 'A' && c <= 'Z')
                        || (c >= '0' && c <= '9')
                        || c == '\''
                        || c == '-'
                        || c == '_';
            }
            return Character.isLetterOrDigit(c)
                    || isApostrophe(c)
                    || c == '-'
                    || c == '_'
                    || Character.getType(c) == Character.NON_SPACING_MARK;
        }
    }
}
