package dev.postmortem.report.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class SurveyTest {
    private static Survey parse(String csv) {
        return Survey.parse(new StringReader(csv), "survey.csv", QuestionSet.defaults());
    }

    @Test
    void readsTheDocumentedLayoutWithQuotedCommentsAndAnyColumnOrder() {
        Survey s = parse("""
                period,team,question,score,comment
                2026-11,payments,safety-speak-up,4,"Better, since the new template"
                2026-11,payments,system-focus,5,
                """);
        assertThat(s.answers()).hasSize(2);
        SurveyAnswer a = s.answers().get(0);
        assertThat(a.period()).isEqualTo("2026-11");
        assertThat(a.team()).isEqualTo("payments");
        assertThat(a.questionId()).isEqualTo("safety-speak-up");
        assertThat(a.score()).isEqualTo(4);
        assertThat(a.comment()).contains("Better, since the new template");
        assertThat(a.line()).isEqualTo(2);
        assertThat(s.answers().get(1).comment()).isEmpty();
        assertThat(s.answers().get(1).line()).isEqualTo(3);

        Survey reordered = parse("score,question,team,period\n3,good-faith,search,2026-10\n");
        assertThat(reordered.answers().get(0).team()).isEqualTo("search");
        assertThat(reordered.answers().get(0).score()).isEqualTo(3);
    }

    @Test
    void aSpreadsheetsByteOrderMarkAndUpperCaseHeadersAreRead() {
        Survey s = parse("\uFEFFPeriod,Team,Question,Score,Comment\r\n2026-11,payments,good-faith,5,\r\n");
        assertThat(s.answers()).singleElement().satisfies(a -> {
            assertThat(a.period()).isEqualTo("2026-11");
            assertThat(a.score()).isEqualTo(5);
        });
    }

    @Test
    void lineNumbersCountBlankLinesAndCommentsThatSpanLines() {
        Survey s = parse(
                "period,team,question,score,comment\n\n2026-11,a,good-faith,4,\"two\nlines\"\n\n2026-11,a,good-faith,5,\n");
        assertThat(s.answers()).extracting(SurveyAnswer::line).containsExactly(3L, 6L);
        assertThat(s.answers().get(0).comment()).contains("two\nlines");
        assertThatThrownBy(() -> parse("period,team,question,score\n\n\n2026-11,a,good-faith,9\n"))
                .hasMessageStartingWith("survey.csv:4: score '9'");
    }

    @Test
    void aScoreOutsideOneToFiveNamesItsLine() {
        assertThatThrownBy(() -> parse(
                        "period,team,question,score\n2026-11,payments,good-faith,4\n2026-11,payments,good-faith,7\n"))
                .isInstanceOf(SurveyException.class)
                .hasMessageStartingWith("survey.csv:3: score '7'")
                .hasMessageContaining("1 (strongly disagree) to 5");
    }

    @Test
    void anUnknownQuestionNamesItsLineAndTheKnownIds() {
        assertThatThrownBy(() -> parse("period,team,question,score\n2026-11,payments,q-unknown,4\n"))
                .isInstanceOf(SurveyException.class)
                .hasMessageStartingWith("survey.csv:2: question 'q-unknown' is not in the question set")
                .hasMessageContaining("safety-speak-up");
    }

    @Test
    void aMissingColumnIsNamed() {
        assertThatThrownBy(() -> parse("period,team,score\n2026-11,payments,4\n"))
                .isInstanceOf(SurveyException.class)
                .hasMessageContaining("survey.csv:1: the header has no 'question' column");
    }

    @Test
    void brokenQuotingNamesALine() {
        assertThatThrownBy(() ->
                        parse("period,team,question,score,comment\n2026-11,payments,good-faith,4,\"never closed\n"))
                .isInstanceOf(SurveyException.class)
                .hasMessageStartingWith("survey.csv:2: the CSV cannot be read here");
    }

    @Test
    void theDefaultQuestionSetCoversSafetyAndQuality() {
        QuestionSet q = QuestionSet.defaults();
        assertThat(q.questions()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(q.questions())
                .extracting(QuestionSet.Question::topic)
                .contains("psychological safety", "postmortem quality");
    }
}
