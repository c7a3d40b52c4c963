package dev.postmortem.core.internal.language;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Text split into tokens and sentences in one left-to-right pass, with the Markdown a postmortem's
 * prose contains taken into account: code spans, fenced code blocks, URLs and {@code @handles} are
 * masked; link reference definition lines ({@code [label]: url}) are skipped; HTML comments are read for directives ({@code postmortem-ignore},
 * {@code postmortem-disable}, {@code postmortem-enable}) and otherwise skipped. Sentences end at
 * {@code . ! ?} before white space, at a blank line, at a line that starts a list item, heading,
 * quote or table row, and at {@code |}. Linear in the text's length, no regular expressions.
 */
public final class ScannedText {
    /** A rule id disabled over a range of offsets; {@code *} for every rule. */
    public record Suppression(String rule, int from, int to) {}

    private final String text;
    private final List<Token> tokens;
    private final List<Suppression> suppressions;
    private final int sentences;

    private ScannedText(String text, List<Token> tokens, List<Suppression> suppressions, int sentences) {
        this.text = text;
        this.tokens = tokens;
        this.suppressions = suppressions;
        this.sentences = sentences;
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
     * The tokens in order.
     *
     * @return the tokens, unmodifiable
     */
    public List<Token> tokens() {
        return tokens;
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
        return new Scanner(text).run();
    }

    private static final String[] ABBREVIATIONS = {"e.g", "i.e", "vs", "etc", "a.m", "p.m", "approx", "incl", "cf"};

    private static final class Scanner {
        private final int[] noCloserBefore = new int[17];
        private final String s;
        private final int n;
        private final List<Token> tokens;
        private final List<Suppression> suppressions = new ArrayList<>();
        private final List<int[]> openRanges = new ArrayList<>();
        private final List<String> openRules = new ArrayList<>();
        private final Set<String> pendingIgnore = new HashSet<>();
        private int pendingIgnoreFrom = -1;
        private int sentence;
        private boolean sentenceOpen;
        private boolean clauseBreak;
        private boolean blockHasContent;

        Scanner(String s) {
            this.s = s;
            this.n = s.length();
            this.tokens = new ArrayList<>(Math.max(16, s.length() / 5)); // about one word in six characters
        }

        ScannedText run() {
            int i = 0;
            boolean lineStart = true;
            boolean inFence = false;
            char fenceChar = 0;
            while (i < n) {
                if (lineStart) {
                    int j = i;
                    while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
                        j++;
                    }
                    if (startsFence(j)) {
                        char c = s.charAt(j);
                        if (!inFence) {
                            inFence = true;
                            fenceChar = c;
                            addMasked(j, j + 3);
                        } else if (c == fenceChar) {
                            inFence = false;
                        }
                        i = endOfLine(j);
                        endSentence();
                        lineStart = false;
                        continue;
                    }
                    if (inFence) {
                        i = endOfLine(j);
                        lineStart = false;
                        continue;
                    }
                    if (linkDefinition(j)) {
                        // "[label]: https://..." defines a link target; it is not prose
                        endSentence();
                        i = endOfLine(j);
                        lineStart = false;
                        continue;
                    }
                    if (j >= n || s.charAt(j) == '\n' || s.charAt(j) == '\r') {
                        blankLine(j);
                    } else if (startsBlock(j)) {
                        endSentence();
                    }
                    lineStart = false;
                    i = j;
                    continue;
                }
                char c = s.charAt(i);
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
                if (c == '@'
                        && i + 1 < n
                        && Character.isLetterOrDigit(s.charAt(i + 1))
                        && (i == 0 || !isWordChar(s.charAt(i - 1)))) {
                    int j = i + 1;
                    while (j < n && (isWordChar(s.charAt(j)) || s.charAt(j) == '/' || s.charAt(j) == '.')) {
                        j++;
                    }
                    add(i, j, Token.HANDLE, false);
                    i = j;
                    continue;
                }
                if (isWordStart(c)) {
                    int j = i;
                    while (j < n && isWordChar(s.charAt(j))) {
                        j++;
                    }
                    if (j + 2 < n && s.charAt(j) == ':' && s.charAt(j + 1) == '/' && s.charAt(j + 2) == '/') {
                        j = skipNonSpace(j);
                        addMasked(i, j);
                        i = j;
                        continue;
                    }
                    if (j - i >= 4 && s.regionMatches(true, i, "www.", 0, 4)) {
                        j = skipNonSpace(j);
                        addMasked(i, j);
                        i = j;
                        continue;
                    }
                    // trailing apostrophes and hyphens are not part of the word
                    int end = j;
                    while (end > i + 1 && (isApostrophe(s.charAt(end - 1)) || s.charAt(end - 1) == '-')) {
                        end--;
                    }
                    addWord(i, end);
                    i = j;
                    continue;
                }
                if (c == '.' || c == '!' || c == '?') {
                    if (i + 1 >= n
                            || Character.isWhitespace(s.charAt(i + 1))
                            || s.charAt(i + 1) == '"'
                            || s.charAt(i + 1) == ')'
                            || s.charAt(i + 1) == '*'
                            || s.charAt(i + 1) == '_') {
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
                } else if (c == '-' && i > 0 && i + 1 < n && s.charAt(i - 1) == ' ' && s.charAt(i + 1) == ' ') {
                    clauseBreak = true;
                }
                i++;
            }
            for (int k = 0; k < openRanges.size(); k++) {
                suppressions.add(new Suppression(openRules.get(k), openRanges.get(k)[0], n));
            }
            closePendingIgnore(n);
            return new ScannedText(s, Collections.unmodifiableList(tokens), List.copyOf(suppressions), sentence + 1);
        }

        private boolean abbreviationBefore(int dot) {
            for (String a : ABBREVIATIONS) {
                int from = dot - a.length();
                if (from >= 0
                        && s.regionMatches(true, from, a, 0, a.length())
                        && (from == 0 || !Character.isLetterOrDigit(s.charAt(from - 1)))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a line starting at {@code j} is a Markdown link reference definition. */
        private boolean linkDefinition(int j) {
            if (j >= n || s.charAt(j) != '[') {
                return false;
            }
            int k = j + 1;
            while (k < n && s.charAt(k) != ']' && s.charAt(k) != '\n' && s.charAt(k) != '\r') {
                k++;
            }
            return k > j + 1
                    && k + 2 < n
                    && s.charAt(k) == ']'
                    && s.charAt(k + 1) == ':'
                    && (s.charAt(k + 2) == ' ' || s.charAt(k + 2) == '\t');
        }

        private boolean startsFence(int j) {
            if (j + 2 >= n) {
                return false;
            }
            char c = s.charAt(j);
            return (c == '`' || c == '~') && s.charAt(j + 1) == c && s.charAt(j + 2) == c;
        }

        private boolean startsBlock(int j) {
            char c = s.charAt(j);
            if (c == '#' || c == '>' || c == '|') {
                return true;
            }
            if ((c == '*' || c == '-' || c == '+') && j + 1 < n && s.charAt(j + 1) == ' ') {
                return true;
            }
            int k = j;
            while (k < n && k - j < 9 && Character.isDigit(s.charAt(k))) {
                k++;
            }
            return k > j && k + 1 < n && (s.charAt(k) == '.' || s.charAt(k) == ')') && s.charAt(k + 1) == ' ';
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

        private int endOfLine(int j) {
            while (j < n && s.charAt(j) != '\n' && s.charAt(j) != '\r') {
                j++;
            }
            return j;
        }

        private int skipNonSpace(int j) {
            while (j < n && !Character.isWhitespace(s.charAt(j)) && s.charAt(j) != ')' && s.charAt(j) != '>') {
                j++;
            }
            return j;
        }

        private int codeSpan(int i) {
            int ticks = 0;
            while (i + ticks < n && s.charAt(i + ticks) == '`') {
                ticks++;
            }
            // A search for a closing run of this length that failed before reaching past i fails again:
            // remembering where it stopped keeps the scan linear.
            if (ticks >= noCloserBefore.length || i < noCloserBefore[ticks]) {
                return i + ticks;
            }
            int j = i + ticks;
            while (j < n) {
                char c = s.charAt(j);
                if (c == '`') {
                    int run = 0;
                    while (j + run < n && s.charAt(j + run) == '`') {
                        run++;
                    }
                    if (run == ticks) {
                        addMasked(i, j + run);
                        return j + run;
                    }
                    j += run;
                } else if (c == '\n' && j + 1 < n && (s.charAt(j + 1) == '\n' || s.charAt(j + 1) == '\r')) {
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
            String body = s.substring(i + 4, close < 0 ? n : close).strip();
            directive(body, end);
            return end;
        }

        private void directive(String body, int at) {
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

        private void addMasked(int from, int to) {
            add(from, to, Token.MASKED, false);
        }

        private void addWord(int from, int to) {
            String word = s.substring(from, to);
            String norm = normalise(word);
            boolean cap = Character.isUpperCase(word.codePointAt(0));
            int apos = norm.indexOf('\'');
            if (apos > 0) {
                String head = norm.substring(0, apos);
                String tail = norm.substring(apos + 1);
                switch (tail) {
                    case "t" -> {
                        if (head.endsWith("n")) {
                            String base = head.substring(0, head.length() - 1);
                            add(from, to, base.equals("wo") ? "will" : base.equals("ca") ? "can" : base, cap);
                            add(from, to, "not", false);
                            return;
                        }
                    }
                    case "ve" -> {
                        add(from, to, head, cap);
                        add(from, to, "have", false);
                        return;
                    }
                    case "s" -> {
                        add(from, to, head, cap);
                        add(from, to, "'s", false);
                        return;
                    }
                    case "re", "ll", "d", "m" -> {
                        add(from, to, head, cap);
                        add(
                                from,
                                to,
                                tail.equals("re")
                                        ? "are"
                                        : tail.equals("ll") ? "will" : tail.equals("m") ? "am" : "would",
                                false);
                        return;
                    }
                    default -> {
                        // keep as one word
                    }
                }
            }
            add(from, to, norm, cap);
        }

        private void add(int from, int to, String norm, boolean cap) {
            boolean first = !sentenceOpen;
            sentenceOpen = true;
            blockHasContent = true;
            tokens.add(new Token(from, to, norm, cap, first, sentence, clauseBreak && !first));
            clauseBreak = false;
        }

        private static String normalise(String word) {
            if (plainLowerAscii(word)) {
                return word; // most words: nothing to change, no copy
            }
            StringBuilder out = new StringBuilder(word.length());
            for (int k = 0; k < word.length(); k++) {
                char c = word.charAt(k);
                out.append(isApostrophe(c) ? '\'' : Character.toLowerCase(c));
            }
            return out.toString();
        }

        private static boolean plainLowerAscii(String word) {
            for (int k = 0; k < word.length(); k++) {
                char c = word.charAt(k);
                if (c >= 128 || (c >= 'A' && c <= 'Z')) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isApostrophe(char c) {
            return c == '\'' || c == '’' || c == 'ʼ';
        }

        private static boolean isWordStart(char c) {
            return Character.isLetterOrDigit(c);
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
