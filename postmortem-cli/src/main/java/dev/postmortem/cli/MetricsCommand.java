package dev.postmortem.cli;

import dev.postmortem.cli.internal.Checking;
import dev.postmortem.cli.internal.Located;
import dev.postmortem.cli.internal.MetricsReport;
import dev.postmortem.cli.internal.Source;
import dev.postmortem.cli.internal.Sources;
import dev.postmortem.core.checks.PostmortemChecker;
import dev.postmortem.core.model.Postmortem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        List<Source> sources = Sources.of(paths, Source.Kind.MARKDOWN, env.cwd()).stream()
                .filter(s -> s.kind() != Source.Kind.TEXT)
                .toList();
        List<Postmortem> corpus = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        boolean trouble = false;
        for (Source s : sources) {
            Source.Content c = s.read(env.in());
            if (c.text().isEmpty()) {
                env.err()
                        .println("postmortem: " + s.display() + ": "
                                + c.problem().orElse("cannot be read"));
                trouble = true;
                continue;
            }
            List<Located> notes = new ArrayList<>();
            Optional<Postmortem> p = checking.read(s, c.text().get(), notes);
            if (p.isPresent()) {
                // the same incident in two forms (x.md and x.json) counts once: the first one given
                Optional<String> id = p.get().id().map(Object::toString);
                if (id.isPresent() && !seen.add(id.get())) {
                    env.err()
                            .println("postmortem: note: " + s.display() + " is incident " + id.get()
                                    + " again; it is counted once");
                    continue;
                }
                corpus.add(p.get());
            } else {
                env.err()
                        .println("postmortem: " + s.display() + ": not a postmortem ("
                                + notes.stream()
                                        .map(Located::message)
                                        .findFirst()
                                        .orElse("unreadable") + ")");
                trouble = true;
            }
        }
        MetricsReport report = MetricsReport.of(corpus, checker, options.clock(env));
        env.out().print(format == Format.json ? report.json() : report.text());
        env.out().flush();
        return trouble ? PostmortemCli.TROUBLE : PostmortemCli.OK;
    }
}
