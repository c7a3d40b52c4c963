package dev.postmortem.cli;

import dev.postmortem.core.model.Postmortem;
import dev.postmortem.interop.IncidentImporter;
import dev.postmortem.interop.Vendor;
import dev.postmortem.json.PostmortemJson;
import dev.postmortem.json.common.JsonReadException;
import dev.postmortem.markdown.MarkdownWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code postmortem import}: a draft postmortem from an incident tool's export. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Writes a draft postmortem from an incident tool's export: PagerDuty (REST API v2 incident and",
            "log_entries), incident.io (API v2 incident and follow_ups) or Opsgenie (Alert API v2 alert and logs).",
            "Fields the postmortem has no place for are kept as x-<tool> extensions in JSON."
        })
final class ImportCommand implements Callable<Integer> {
    enum Format {
        json,
        markdown,
        md
    }

    private final Env env;

    @Option(
            names = "--from",
            required = true,
            paramLabel = "TOOL",
            converter = VendorConverter.class,
            description = "pagerduty, incidentio or opsgenie.")
    Vendor from;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write here instead of standard output; nothing is written when the export cannot be read.")
    Path output;

    @Option(
            names = "--format",
            description = "json or markdown (default: markdown for an --output ending in .md, else json; Markdown"
                    + " does not carry the extensions).")
    Format format;

    @Option(
            names = "--max-bytes",
            paramLabel = "N",
            defaultValue = "20000000",
            description = "The longest export read (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(
            names = "--document",
            paramLabel = "FILE.md",
            description = "incident.io only: the incident's post-mortem document exported as Markdown; its analysis"
                    + " fills the draft and its action items complete the follow-ups.")
    Path document;

    @Option(
            names = "--severity",
            paramLabel = "NAME=LEVEL",
            description = "The team's level for one of the tool's severity or priority names, such as P1=SEV2"
                    + " (repeatable); it wins over the shipped mapping.")
    java.util.Map<String, String> severities = new java.util.LinkedHashMap<>();

    @Parameters(index = "0", paramLabel = "FILE", description = "The export (JSON), or - for standard input.")
    String file;

    @Spec
    CommandSpec spec;

    ImportCommand(Env env) {
        this.env = env;
    }

    /** Reads {@code pagerduty}, {@code incidentio}, {@code opsgenie}. */
    static final class VendorConverter implements ITypeConverter<Vendor> {
        @Override
        public Vendor convert(String value) {
            return Vendor.parse(value);
        }
    }

    @Override
    public Integer call() {
        if (maxBytes <= 0) {
            throw new ParameterException(spec.commandLine(), "--max-bytes must be positive");
        }
        IncidentImporter importer = IncidentImporter.of(from).withMaxLength(maxBytes);
        try {
            importer = importer.withSeverities(dev.postmortem.core.model.SeverityScale.standard(), severities);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--severity: " + e.getMessage(), e);
        }
        if (document != null) {
            if (from != Vendor.INCIDENT_IO) {
                throw new ParameterException(spec.commandLine(), "--document is for --from incidentio only");
            }
            importer = importer.withPostMortemDocument(Interop.readSmall(env, document, "--document"));
        }
        Postmortem p;
        try (InputStream in = file.equals("-") ? env.in() : open(env.cwd().resolve(file))) {
            p = importer.read(in);
        } catch (JsonReadException e) {
            env.err().println("postmortem: " + file + ": not a " + from.api() + " export " + e.getMessage());
            return PostmortemCli.TROUBLE;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        boolean markdown = format == null
                ? output != null && output.toString().toLowerCase(Locale.ROOT).endsWith(".md")
                : format != Format.json;
        String text = markdown
                ? MarkdownWriter.create().write(p)
                : PostmortemJson.create().write(p);
        if (markdown) {
            // the Markdown writer keeps an action item's extensions as its own fields; the rest are lost
            List<String> dropped = ConvertCommand.extensionPaths(p).stream()
                    .filter(x -> !x.startsWith("actionItems["))
                    .toList();
            if (!dropped.isEmpty()) {
                env.err()
                        .println("postmortem: note: Markdown does not carry the fields kept from the export " + dropped
                                + "; import with --format json to keep them");
            }
        }
        if (output == null) {
            env.out().print(text);
            env.out().flush();
        } else {
            Documents.writeAtomically(env.cwd().resolve(output), text);
        }
        env.err()
                .println("postmortem: imported a draft from " + from.api() + ": "
                        + p.timeline().size()
                        + " timeline events, " + p.actionItems().size()
                        + " action items; run 'postmortem check' on it to see what it still needs");
        return PostmortemCli.OK;
    }

    private static InputStream open(Path p) {
        try {
            return Files.newInputStream(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
