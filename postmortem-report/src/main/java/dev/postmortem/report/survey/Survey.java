package dev.postmortem.report.survey;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The answers of a health audit survey, read from CSV (RFC 4180: commas, double quotes around a
 * field that holds a comma, a quote or a line break). The first line names the columns, in any
 * order: {@code period}, {@code team}, {@code question}, {@code score} and, optionally, {@code
 * comment}. Each further line is one answer: the period (such as {@code 2026-11}), the team, the
 * question's id from the question set, the Likert score 1 to 5, and free text or nothing. There is
 * no column for who answered: the survey is anonymous. Immutable.
 */
public final class Survey {
    /** The columns, in the order the README documents them. */
    public static final List<String> COLUMNS = List.of("period", "team", "question", "score", "comment");

    private final List<SurveyAnswer> answers;

    private Survey(List<SurveyAnswer> answers) {
        this.answers = answers;
    }

    /**
     * Answers already read.
     *
     * @param answers the answers
     * @return the survey
     */
    public static Survey of(List<SurveyAnswer> answers) {
        return new Survey(List.copyOf(Objects.requireNonNull(answers, "answers")));
    }

    /**
     * Reads a survey's CSV.
     *
     * @param in the CSV text
     * @param name the file's name, for messages
     * @param questions the question set the answers must come from
     * @return the survey
     * @throws SurveyException for a missing column, an unknown question, a score that is not 1 to 5, a
     *     blank period or team, or broken quoting; the message names the file and the line
     * @throws UncheckedIOException if the text cannot be read
     */
    public static Survey parse(Reader in, String name, QuestionSet questions) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(questions, "questions");
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .setAllowMissingColumnNames(false)
                .get();
        List<SurveyAnswer> out = new ArrayList<>();
        String text;
        try {
            text = read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot be read: " + e.getMessage(), e);
        }
        LineStarts lines = new LineStarts(text);
        try (CSVParser p = CSVParser.builder()
                .setReader(new java.io.StringReader(text))
                .setFormat(format)
                .get()) {
            List<String> header = p.getHeaderNames().stream()
                    // a byte-order mark (spreadsheets write one) is not part of the first name
                    .map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT))
                    .toList();
            for (String c : COLUMNS.subList(0, 4)) {
                if (!header.contains(c)) {
                    throw new SurveyException(name + ":1: the header has no '" + c
                            + "' column; the first line names the" + " columns: period,team,question,score,comment");
                }
            }
            var it = p.iterator();
            while (true) {
                long before = p.getCurrentLineNumber();
                CSVRecord r;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    r = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new SurveyException(name + ":" + (before + 1) + ": the CSV cannot be read here ("
                            + e.getMessage() + "); check the quotes: a field with a comma, quote or line break is"
                            + " written in double quotes, a quote inside it doubled");
                }
                out.add(answer(r, header, name, lines.lineOf(text, r.getCharacterPosition()), questions));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot be read: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new SurveyException(name + ":1: the header cannot be used (" + e.getMessage() + ")");
        }
        return new Survey(List.copyOf(out));
    }

    private static SurveyAnswer answer(CSVRecord r, List<String> header, String name, long line, QuestionSet qs) {
        String where = name + ":" + line + ": ";
        if (r.size() < 4) {
            throw new SurveyException(
                    where + "an answer has at least 4 fields (period,team,question,score), this one has " + r.size());
        }
        String period = get(r, header, "period");
        String team = get(r, header, "team");
        String question = get(r, header, "question");
        String score = get(r, header, "score");
        if (period.isBlank() || team.isBlank()) {
            throw new SurveyException(where + "the period and the team must not be empty");
        }
        if (qs.question(question).isEmpty()) {
            throw new SurveyException(where + "question '" + question + "' is not in the question set; known ids: "
                    + String.join(", ", qs.ids()));
        }
        int value;
        try {
            value = Integer.parseInt(score);
        } catch (NumberFormatException e) {
            value = 0;
        }
        if (value < 1 || value > 5) {
            throw new SurveyException(where + "score '" + score + "' is not a whole number from 1 (strongly disagree)"
                    + " to 5 (strongly agree)");
        }
        Optional<String> comment =
                header.contains("comment") ? Optional.of(get(r, header, "comment")) : Optional.empty();
        return new SurveyAnswer(period, team, question, value, comment, line);
    }

    private static String read(Reader in) throws IOException {
        java.io.StringWriter w = new java.io.StringWriter();
        in.transferTo(w);
        return w.toString();
    }

    /** The line (from 1) a character offset of the text is on. */
    private static final class LineStarts {
        private final int[] starts;

        LineStarts(String text) {
            List<Integer> s = new ArrayList<>();
            s.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    s.add(i + 1);
                }
            }
            starts = s.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The line of the record at an offset; skipped blank lines before it are not its line. */
        long lineOf(String text, long offset) {
            int at = (int) Math.min(offset, text.length());
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            int i = java.util.Arrays.binarySearch(starts, at);
            return (i >= 0 ? i : -i - 2) + 1L;
        }
    }

    private static String get(CSVRecord r, List<String> header, String column) {
        int i = header.indexOf(column);
        return i < r.size() ? r.get(i).strip() : "";
    }

    /**
     * The answers, in file order.
     *
     * @return the answers
     */
    public List<SurveyAnswer> answers() {
        return answers;
    }
}
