package dev.postmortem.cli;

import dev.postmortem.cli.internal.Checking;
import dev.postmortem.cli.internal.FileResult;
import dev.postmortem.cli.internal.Reports;
import dev.postmortem.cli.internal.Source;
import dev.postmortem.cli.internal.Sources;
import dev.postmortem.core.checks.PostmortemChecker;
import dev.postmortem.core.report.FindingSeverity;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code postmortem check}: every check over files and directories, as text, JSON or SARIF. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Checks postmortems: Markdown (.md), JSON (.json), plain prose (.txt: language rules only, line by line),",
            "directories (walked for those extensions) or - for standard input."
        })
final class CheckCommand implements Callable<Integer> {
    enum Format {
        text,
        json,
        sarif
    }

    enum Level {
        error(FindingSeverity.ERROR),
        warning(FindingSeverity.WARNING),
        info(FindingSeverity.INFO);

        final FindingSeverity severity;

        Level(FindingSeverity severity) {
            this.severity = severity;
        }
    }

    private final Env env;

    @Option(names = "--format", defaultValue = "text", description = "text, json or sarif (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(
            names = "--fail-on",
            defaultValue = "error",
            description = "Exit 1 when a finding is at or above: error, warning or info (default: ${DEFAULT-VALUE}).")
    Level failOn;

    @Option(
            names = "--max-findings",
            defaultValue = "1000",
            paramLabel = "N",
            description = "The most findings reported for one file; the rest are counted (default: ${DEFAULT-VALUE}).")
    int maxFindings;

    @Option(
            names = "--stdin-format",
            defaultValue = "auto",
            description =
                    "How to read standard input: auto (JSON when it starts with {, else Markdown), md, json or txt (default: ${DEFAULT-VALUE}).")
    String stdinFormat;

    @Option(names = "--no-color", description = "Never colour the text output.")
    boolean noColor;

    @Mixin
    Options options = new Options();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or - for standard input.")
    List<String> paths;

    @Spec
    CommandSpec spec;

    CheckCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Source.Kind stdinKind = Source.Kind.ofOption(stdinFormat);
        PostmortemChecker checker = options.checker(env);
        List<Source> sources = Sources.of(paths, stdinKind, env.cwd());
        if (sources.isEmpty()) {
            throw new ParameterException(
                    spec.commandLine(),
                    "no .md, .markdown, .json or .txt file in " + String.join(", ", paths) + "; nothing to check");
        }
        if (maxFindings < 1) {
            throw new ParameterException(spec.commandLine(), "--max-findings " + maxFindings + " must be at least 1");
        }
        Checking checking = new Checking(checker, maxFindings, options.layout(env));
        AtomicInteger done = new AtomicInteger();
        boolean progress = env.terminal() && sources.size() >= 100;
        List<FileResult> results = sources.parallelStream()
                .map(s -> {
                    FileResult r = checking.check(s, env.in());
                    int n = done.incrementAndGet();
                    if (progress && n % 50 == 0) {
                        synchronized (env.err()) {
                            env.err().print("\rchecked " + n + " of " + sources.size());
                            env.err().flush();
                        }
                    }
                    return r;
                })
                .toList();
        if (progress) {
            env.err().print("\r");
        }
        Reports.Summary summary = Reports.summary(results, failOn.severity);
        String report = switch (format) {
            case text -> Reports.text(results, summary, env.colour() && !noColor);
            case json -> Reports.json(results, summary, failOn.severity);
            case sarif -> Reports.sarif(results, PostmortemCli.version());
        };
        env.out().print(report);
        env.out().flush();
        for (FileResult r : results) {
            r.unreadable()
                    .ifPresent(why -> env.err().println("postmortem: " + Reports.oneLinePath(r.path()) + ": " + why));
        }
        if (summary.unreadable() > 0) {
            return PostmortemCli.TROUBLE;
        }
        return summary.failed() ? PostmortemCli.FINDINGS : PostmortemCli.OK;
    }
}
