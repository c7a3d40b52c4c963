package dev.postmortem.cli;

import dev.postmortem.cli.internal.Baseline;
import dev.postmortem.cli.internal.Checking;
import dev.postmortem.cli.internal.CiReports;
import dev.postmortem.cli.internal.FileResult;
import dev.postmortem.cli.internal.Reports;
import dev.postmortem.cli.internal.Source;
import dev.postmortem.cli.internal.Sources;
import dev.postmortem.core.checks.PostmortemChecker;
import dev.postmortem.core.report.FindingSeverity;
import java.util.List;
import java.util.concurrent.Callable;
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
    /** The report formats, by the name given on the command line. */
    enum Format {
        TEXT("text"),
        JSON("json"),
        SARIF("sarif"),
        GITHUB("github"),
        GITLAB("gitlab"),
        CHECKSTYLE("checkstyle"),
        JUNIT("junit"),
        GITHUB_SUMMARY("github-summary");

        final String id;

        Format(String id) {
            this.id = id;
        }

        static String ids() {
            return String.join(
                    ", ", java.util.Arrays.stream(values()).map(f -> f.id).toList());
        }

        static java.util.Optional<Format> of(String id) {
            return java.util.Arrays.stream(values())
                    .filter(f -> f.id.equals(id))
                    .findFirst();
        }

        @Override
        public String toString() {
            return id;
        }
    }

    /** Reads {@code --format}. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return Format.of(value.toLowerCase(java.util.Locale.ROOT))
                    .orElseThrow(() -> new picocli.CommandLine.TypeConversionException(
                            "unknown format '" + value + "'; expected one of " + Format.ids()));
        }
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

    @Option(
            names = "--format",
            defaultValue = "text",
            converter = FormatConverter.class,
            description = "text, json, sarif, github (workflow commands), gitlab (Code Quality), checkstyle, junit"
                    + " or github-summary (Markdown) (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(
            names = "--report",
            paramLabel = "FORMAT=FILE",
            description = "Also write the report in FORMAT to FILE (any --format name; may be repeated), from the"
                    + " same run: such as sarif=postmortem.sarif.")
    List<String> reports = new java.util.ArrayList<>();

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

    @Option(
            names = "--baseline",
            paramLabel = "FILE",
            description = "Report and fail only on findings not in this baseline; count the baseline's findings"
                    + " that are gone as fixed.")
    java.nio.file.Path baselineFile;

    @Option(
            names = "--write-baseline",
            paramLabel = "FILE",
            description = "Record every finding of this run in FILE, as accepted for now; the run then reports"
                    + " none of them.")
    java.nio.file.Path writeBaseline;

    @Option(
            names = "--slo",
            paramLabel = "FILE",
            description = "An OpenSLO v1 SLO document: compare each postmortem's budget figures with the share of"
                    + " its budget the failed requests consumed (needs --slo-events).")
    java.nio.file.Path slo;

    @Option(
            names = "--slo-events",
            paramLabel = "N",
            description = "The events (requests) the SLO counted in its window, for --slo.")
    Long sloEvents;

    @Option(
            names = "--slo-bad-events",
            paramLabel = "N",
            description = "The bad events in the window, for --slo (default: each postmortem's failed requests).")
    Long sloBadEvents;

    @Option(
            names = "--slo-objective",
            paramLabel = "NAME",
            description = "The objective of the --slo document to use, by display name (default: the first).")
    String sloObjective;

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
        PostmortemChecker checker =
                options.checker(env, Interop.sloReference(spec, env, slo, sloEvents, sloBadEvents, sloObjective));
        List<Source> sources = Sources.of(paths, stdinKind, env.cwd());
        if (sources.isEmpty()) {
            throw new ParameterException(
                    spec.commandLine(),
                    "no .md, .markdown, .json or .txt file in " + String.join(", ", paths) + "; nothing to check");
        }
        if (maxFindings < 1) {
            throw new ParameterException(spec.commandLine(), "--max-findings " + maxFindings + " must be at least 1");
        }
        if (baselineFile != null && writeBaseline != null) {
            throw new ParameterException(
                    spec.commandLine(), "--baseline and --write-baseline cannot be given together; give one");
        }
        Baseline baseline =
                baselineFile == null ? null : Baseline.load(env.cwd().resolve(baselineFile), baselineFile.toString());
        List<Baseline.Entry> recorded = writeBaseline == null ? null : new java.util.ArrayList<>();
        Checking checking = new Checking(checker, maxFindings, options.layout(env));
        boolean progress = env.terminal() && sources.size() >= 100;
        java.io.Writer out = new PrintStreamWriter(env.out());
        List<Reports.Writer> writers = new java.util.ArrayList<>();
        writers.add(writer(format, out, checker));
        List<java.io.Writer> files = new java.util.ArrayList<>();
        try {
            for (var extra : extraReports()) {
                java.io.Writer w = open(extra.getValue());
                files.add(w);
                writers.add(writer(extra.getKey(), w, checker));
            }
            return run(sources, checking, writers, baseline, recorded, progress);
        } finally {
            for (java.io.Writer w : files) {
                try {
                    w.close();
                } catch (java.io.IOException e) {
                    env.err().println("postmortem: cannot finish a --report file: " + e.getMessage());
                }
            }
        }
    }

    private Integer run(
            List<Source> sources,
            Checking checking,
            List<Reports.Writer> writers,
            Baseline baseline,
            List<Baseline.Entry> recorded,
            boolean progress) {
        Reports.Writer report = Reports.all(writers);
        Reports.Totals totals = new Reports.Totals(failOn.severity, baseline != null || recorded != null);
        List<String> unreadable = new java.util.ArrayList<>();
        // Files are checked in parallel and written in the order given as soon as each is done, with
        // a bounded number in flight: a run over many files never holds all their reports.
        int threads = Math.max(1, Math.min(16, Runtime.getRuntime().availableProcessors()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "postmortem-check");
            t.setDaemon(true);
            return t;
        });
        try {
            java.util.ArrayDeque<java.util.concurrent.Future<FileResult>> inFlight = new java.util.ArrayDeque<>();
            java.util.Iterator<Source> next = sources.iterator();
            while (next.hasNext() || !inFlight.isEmpty()) {
                while (next.hasNext() && inFlight.size() < 2 * threads) {
                    Source s = next.next();
                    inFlight.add(pool.submit(() -> checking.check(s, env.in())));
                }
                FileResult r = accepted(await(inFlight.poll()), baseline, recorded, totals);
                totals.add(r);
                report.file(r);
                r.unreadable()
                        .ifPresent(why -> unreadable.add("postmortem: " + Reports.oneLinePath(r.path()) + ": " + why));
                int n = totals.summary().files();
                if (progress && n % 50 == 0) {
                    env.err().print("\rchecked " + n + " of " + sources.size());
                    env.err().flush();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        if (progress) {
            env.err().print("\r");
        }
        Reports.Summary summary = totals.summary();
        report.finish(summary);
        env.out().flush();
        unreadable.forEach(env.err()::println);
        if (recorded != null) {
            if (summary.unreadable() > 0) {
                env.err()
                        .println("postmortem: baseline " + writeBaseline + " not written: " + summary.unreadable()
                                + " file" + (summary.unreadable() == 1 ? "" : "s") + " could not be read");
            } else {
                Documents.writeAtomically(env.cwd().resolve(writeBaseline), Baseline.text(recorded));
            }
        }
        if (summary.unreadable() > 0) {
            return PostmortemCli.TROUBLE;
        }
        return summary.failed() ? PostmortemCli.FINDINGS : PostmortemCli.OK;
    }

    private Reports.Writer writer(Format f, java.io.Writer out, PostmortemChecker checker) {
        return switch (f) {
            case TEXT -> Reports.textWriter(out, out instanceof PrintStreamWriter && env.colour() && !noColor);
            case JSON -> Reports.jsonWriter(out, failOn.severity);
            case SARIF -> Reports.sarifWriter(out, PostmortemCli.version(), checker.catalogue());
            case GITHUB -> CiReports.github(out);
            case GITLAB -> CiReports.gitlab(out);
            case CHECKSTYLE -> CiReports.checkstyle(out, PostmortemCli.version());
            case JUNIT -> CiReports.junit(out, failOn.severity);
            case GITHUB_SUMMARY -> CiReports.githubSummary(out, failOn.severity);
        };
    }

    /** The {@code --report} options, each a format and the file to write it to. */
    private List<java.util.Map.Entry<Format, java.nio.file.Path>> extraReports() {
        List<java.util.Map.Entry<Format, java.nio.file.Path>> out = new java.util.ArrayList<>();
        for (String r : reports) {
            int eq = r.indexOf('=');
            if (eq < 0 || eq == r.length() - 1) {
                throw new ParameterException(
                        spec.commandLine(), "--report " + r + ": expected FORMAT=FILE, such as sarif=postmortem.sarif");
            }
            String name = r.substring(0, eq);
            Format f = Format.of(name.toLowerCase(java.util.Locale.ROOT))
                    .orElseThrow(() -> new ParameterException(
                            spec.commandLine(),
                            "--report " + r + ": unknown format '" + name + "'; expected one of " + Format.ids()));
            out.add(java.util.Map.entry(f, env.cwd().resolve(r.substring(eq + 1))));
        }
        return out;
    }

    /** A report file, its folder made if needed. */
    private static java.io.Writer open(java.nio.file.Path file) {
        try {
            java.nio.file.Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                java.nio.file.Files.createDirectories(dir);
            }
            return java.nio.file.Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write report " + file + ": " + e, e);
        }
    }

    /**
     * A file's result without the findings a baseline holds, or, when a baseline is being written,
     * without any: what is recorded is accepted, and the run reports as that baseline would.
     */
    private static FileResult accepted(
            FileResult r, Baseline baseline, List<Baseline.Entry> recorded, Reports.Totals totals) {
        if (baseline != null) {
            Baseline.Applied applied = baseline.apply(r);
            totals.add(applied);
            return applied.result();
        }
        if (recorded != null) {
            recorded.addAll(Baseline.entries(r));
            FileResult none = new FileResult(r.path(), List.of(), r.unreadable());
            totals.add(new Baseline.Applied(none, r.findings().size(), List.of()));
            return none;
        }
        return r;
    }

    /** A file's result; an error inside the check (out of memory) is thrown as itself. */
    private static FileResult await(java.util.concurrent.Future<FileResult> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Writes characters to a print stream in its own encoding, so the report streams as it is written. */
    private static final class PrintStreamWriter extends java.io.Writer {
        private final java.io.PrintStream out;

        PrintStreamWriter(java.io.PrintStream out) {
            this.out = out;
        }

        @Override
        public void write(char[] buf, int off, int len) {
            out.print(String.valueOf(buf, off, len));
        }

        @Override
        public void flush() {
            out.flush();
        }

        @Override
        public void close() {
            out.flush();
        }
    }
}
