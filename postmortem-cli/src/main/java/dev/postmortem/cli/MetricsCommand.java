package dev.postmortem.cli;

import dev.postmortem.cli.internal.Checking;
import dev.postmortem.cli.internal.MetricsReport;
import dev.postmortem.core.checks.PostmortemChecker;
import dev.postmortem.core.model.Postmortem;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code postmortem metrics}: numbers over a corpus of postmortems. */
@Command(
        name = "metrics",
        mixinStandardHelpOptions = true,
        description = {
            "Reports over a corpus: counts by severity and factor category, time to detect, acknowledge,",
            "mitigate, recover and resolve (count, median, p90), action items open, done and overdue,",
            "the Definition-of-Ready pass rate, blame findings per 1,000 words and the maturity level."
        })
final class MetricsCommand implements Callable<Integer> {
    enum Format {
        text,
        json
    }

    private final Env env;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    Options options = new Options();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Postmortems (.md, .json) and directories.")
    List<String> paths;

    MetricsCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PostmortemChecker checker = options.checker(env);
        Checking checking = new Checking(checker, Checking.DEFAULT_MAX_FINDINGS, options.layout(env));
        CorpusFiles.Read read = CorpusFiles.read(env, paths, checking);
        List<Postmortem> corpus = read.postmortems();
        boolean trouble = read.trouble();
        MetricsReport report = MetricsReport.of(corpus, checker, options.clock(env));
        env.out().print(format == Format.json ? report.json() : report.text());
        env.out().flush();
        return trouble ? PostmortemCli.TROUBLE : PostmortemCli.OK;
    }
}
