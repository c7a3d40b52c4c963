package dev.postmortem.cli;

import dev.postmortem.report.survey.SurveyException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code postmortem audit}: the anonymous Blameless Health Audit of survey answers. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = {
            "The anonymous Blameless Health Audit of survey answers (CSV with the columns",
            "period,team,question,score,comment) per period and team. A group with fewer",
            "answers than --min-group is not shown at all; comments that name a person or",
            "blame are left out; the trend of each question is shown across periods."
        })
final class AuditCommand implements Callable<Integer> {
    private final Env env;

    @Mixin
    Options options = new Options();

    @Mixin
    SurveyOptions survey = new SurveyOptions();

    @Parameters(arity = "1", paramLabel = "SURVEY.csv", description = "The survey's answers.")
    Path file;

    AuditCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        try {
            var result = survey.audit(
                    env, file, file.toString(), options.checker(env).language());
            env.out().print(result.text());
            env.out().flush();
            return PostmortemCli.OK;
        } catch (SurveyException | UncheckedIOException e) {
            env.err().println("postmortem: " + e.getMessage());
            return PostmortemCli.TROUBLE;
        }
    }
}
