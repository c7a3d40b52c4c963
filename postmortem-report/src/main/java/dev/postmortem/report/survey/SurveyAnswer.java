package dev.postmortem.report.survey;

import java.util.Objects;
import java.util.Optional;

/**
 * One answer of the survey: a row of its CSV.
 *
 * @param period the period the answer belongs to, such as {@code 2026-11}; periods sort as text
 * @param team the team
 * @param questionId the question's id
 * @param score the Likert score, 1 (strongly disagree) to 5 (strongly agree)
 * @param comment the free-text answer, if any; never shown when it names a person or blames
 * @param line the line of the CSV the answer starts on
 */
public record SurveyAnswer(
        String period, String team, String questionId, int score, Optional<String> comment, long line) {
    /**
     * Rejects nulls, blank names and scores outside 1 to 5.
     *
     * @throws IllegalArgumentException if a part is null or blank, or the score is outside 1 to 5
     */
    public SurveyAnswer {
        if (period == null || team == null || questionId == null || comment == null) {
            throw new IllegalArgumentException(
                    "a survey answer needs a period, a team, a question and a comment (or none)");
        }
        if (period.isBlank() || team.isBlank() || questionId.isBlank()) {
            throw new IllegalArgumentException("a survey answer's period, team and question must not be blank");
        }
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("a Likert score is 1 to 5, not " + score);
        }
        comment = comment.map(String::strip).filter(c -> !c.isEmpty());
        Objects.requireNonNull(comment);
    }
}
