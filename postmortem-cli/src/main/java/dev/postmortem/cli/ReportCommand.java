package dev.postmortem.cli;

import dev.postmortem.cli.internal.Checking;
import dev.postmortem.core.checks.PostmortemChecker;
import dev.postmortem.report.HtmlReport;
import dev.postmortem.report.survey.SurveyException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code postmortem report}: the corpus as one self-contained HTML page of charts. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Writes one self-contained HTML page that opens offline, with charts of what",
            "'metrics' computes: incidents per month by severity; time to detect,",
            "acknowledge, mitigate and resolve (median and p90); action items; the",
            "Definition of Ready; review timeliness; contributing factors; blame findings",
            "per 1,000 words; the maturity level; and a table of the postmortems. With",
            "--survey, the health audit too. No names, handles or quotes reach the page."
        })
final class ReportCommand implements Callable<Integer> {
    private final Env env;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "FILE",
            description = "The HTML file to write, such as report.html.")
    Path output;

    @Option(
            names = "--survey",
            paramLabel = "SURVEY.csv",
            description = "Adds the health audit of these survey answers (see 'postmortem audit').")
    Path surveyFile;

    @Mixin
    Options options = new Options();

    @Mixin
    SurveyOptions survey = new SurveyOptions();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Postmortems (.md, .json) and directories.")
    List<String> paths;

    ReportCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PostmortemChecker checker = options.checker(env);
        Path out = env.cwd().resolve(output).toAbsolutePath().normalize();
        HtmlReport report;
        CorpusFiles.Read read;
        try {
            var audit = surveyFile == null
                    ? Optional.<dev.postmortem.report.survey.HealthAudit.Result>empty()
                    : Optional.of(survey.audit(env, surveyFile, surveyFile.toString(), checker.language()));
            Checking checking = new Checking(checker, Checking.DEFAULT_MAX_FINDINGS, options.layout(env));
            read = CorpusFiles.read(env, paths, checking);
            List<HtmlReport.Entry> entries = new ArrayList<>();
            for (int i = 0; i < read.postmortems().size(); i++) {
                entries.add(new HtmlReport.Entry(
                        read.postmortems().get(i), read.files().get(i).flatMap(f -> link(out.getParent(), f))));
            }
            report = HtmlReport.of(entries, checker, options.clock(env));
            if (audit.isPresent()) {
                report = report.withAudit(audit.get());
            }
        } catch (SurveyException | UncheckedIOException e) {
            env.err().println("postmortem: " + e.getMessage());
            return PostmortemCli.TROUBLE;
        }
        try {
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            Files.writeString(out, report.html(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            env.err().println("postmortem: cannot write " + output + ": " + e.getMessage());
            return PostmortemCli.TROUBLE;
        }
        env.out()
                .println("postmortem: wrote " + output + " ("
                        + read.postmortems().size() + " postmortem"
                        + (read.postmortems().size() == 1 ? "" : "s")
                        + (surveyFile == null ? "" : ", with the health audit")
                        + ")");
        env.out().flush();
        return read.trouble() ? PostmortemCli.TROUBLE : PostmortemCli.OK;
    }

    /** The file relative to the page, URL-encoded with forward slashes; empty when it cannot be. */
    static Optional<String> link(Path pageDir, Path file) {
        try {
            Path rel = pageDir.relativize(file.toAbsolutePath().normalize());
            return Optional.of(new URI(null, null, rel.toString().replace('\\', '/'), null).toASCIIString());
        } catch (IllegalArgumentException | URISyntaxException e) {
            return Optional.empty();
        }
    }
}
