package dev.postmortem.report.survey;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The questions of a health audit survey, in order. The default set ({@link #defaults()}) ships in
 * {@code health-audit-questions.tsv} beside this class: one question a line, tab-separated {@code
 * id}, {@code topic} and {@code statement}, lines starting with {@code #} ignored. Immutable.
 */
public final class QuestionSet {
    /**
     * One question.
     *
     * @param id the stable id the survey's CSV names
     * @param topic what it measures, such as {@code psychological safety}
     * @param statement the statement answered from 1 (strongly disagree) to 5 (strongly agree)
     */
    public record Question(String id, String topic, String statement) {
        /**
         * Rejects nulls and blank ids.
         *
         * @throws IllegalArgumentException if a part is null or the id is blank
         */
        public Question {
            if (id == null || topic == null || statement == null || id.isBlank()) {
                throw new IllegalArgumentException("a question needs an id, a topic and a statement");
            }
        }
    }

    private final Map<String, Question> questions;

    private QuestionSet(Map<String, Question> questions) {
        this.questions = questions;
    }

    /**
     * The default question set: the project's questions for the guide's Blameless Health Audit.
     *
     * @return the questions
     */
    public static QuestionSet defaults() {
        return Defaults.SET;
    }

    /**
     * Reads a question set in the layout of the default one.
     *
     * @param in the text
     * @param name the file's name, for messages
     * @return the questions
     * @throws SurveyException if a line does not have three tab-separated parts or an id repeats; the
     *     message names the line
     * @throws UncheckedIOException if the text cannot be read
     */
    public static QuestionSet parse(Reader in, String name) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        Map<String, Question> out = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(in)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", -1);
                if (parts.length != 3 || parts[0].isBlank()) {
                    throw new SurveyException(
                            name + ":" + n + ": a question is 'id<TAB>topic<TAB>statement'; this line has "
                                    + parts.length + " part" + (parts.length == 1 ? "" : "s"));
                }
                Question q = new Question(parts[0].strip(), parts[1].strip(), parts[2].strip());
                if (out.putIfAbsent(q.id(), q) != null) {
                    throw new SurveyException(name + ":" + n + ": question id '" + q.id() + "' is given twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot be read: " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new SurveyException(name + ": no question in the file");
        }
        return new QuestionSet(java.util.Collections.unmodifiableMap(out));
    }

    /**
     * The question with an id.
     *
     * @param id the id
     * @return the question, or empty when the set has none with that id
     */
    public Optional<Question> question(String id) {
        return Optional.ofNullable(questions.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Every question, in file order.
     *
     * @return the questions
     */
    public List<Question> questions() {
        return List.copyOf(questions.values());
    }

    /**
     * The ids, in file order.
     *
     * @return the ids
     */
    public List<String> ids() {
        return new ArrayList<>(questions.keySet());
    }

    /** The default set, read once. */
    private static final class Defaults {
        static final QuestionSet SET = load();

        private static QuestionSet load() {
            String file = "health-audit-questions.tsv";
            InputStream in = QuestionSet.class.getResourceAsStream(file);
            if (in == null) {
                throw new IllegalStateException("the default question set " + file + " is missing from the jar");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), file);
        }
    }
}
