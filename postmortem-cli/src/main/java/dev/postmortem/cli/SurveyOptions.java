package dev.postmortem.cli;

import dev.postmortem.core.checks.language.BlameLanguageChecker;
import dev.postmortem.report.survey.HealthAudit;
import dev.postmortem.report.survey.QuestionSet;
import dev.postmortem.report.survey.Survey;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of the health audit, shared by {@code audit} and {@code report --survey}. */
final class SurveyOptions {
    @Option(
            names = "--min-group",
            paramLabel = "N",
            defaultValue = "5",
            description = "The least number of answers to a question in a period and team that is shown; smaller"
                    + " groups are not shown at all (default: ${DEFAULT-VALUE}).")
    int minGroup;

    @Option(
            names = "--questions",
            paramLabel = "FILE",
            description = "The question set, one question a line: id<TAB>topic<TAB>statement (default: the"
                    + " Blameless Health Audit questions that ship with postmortem).")
    Path questions;

    /** Reads and aggregates a survey; a bad file or option gives an IllegalArgumentException-like message. */
    HealthAudit.Result audit(Env env, Path survey, String shown, BlameLanguageChecker language) {
        if (minGroup < 1) {
            throw new dev.postmortem.report.survey.SurveyException(
                    "--min-group " + minGroup + " must be at least 1 (5 keeps answers anonymous in most teams)");
        }
        QuestionSet set = QuestionSet.defaults();
        if (questions != null) {
            try (Reader r = Files.newBufferedReader(env.cwd().resolve(questions), StandardCharsets.UTF_8)) {
                set = QuestionSet.parse(r, questions.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("--questions " + questions + ": cannot be read: " + e.getMessage(), e);
            }
        }
        Survey answers;
        try (Reader r = Files.newBufferedReader(env.cwd().resolve(survey), StandardCharsets.UTF_8)) {
            answers = Survey.parse(r, shown, set);
        } catch (IOException e) {
            throw new UncheckedIOException(shown + ": cannot be read: " + e.getMessage(), e);
        }
        return HealthAudit.of(set, minGroup, language).assess(answers);
    }
}
