package dev.postmortem.cli;

import dev.postmortem.cli.internal.Source;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.json.PostmortemJson;
import dev.postmortem.markdown.MarkdownWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code postmortem convert}: Markdown to JSON and back. */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        description = "Writes a postmortem in the other form: Markdown to JSON or JSON to Markdown.")
final class ConvertCommand implements Callable<Integer> {
    enum Target {
        json,
        markdown,
        md
    }

    private final Env env;

    @Option(names = "--to", required = true, description = "json or markdown.")
    Target to;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write here instead of standard output.")
    Path output;

    @Option(
            names = "--stdin-format",
            defaultValue = "md",
            description = "How to read standard input: md or json (default: ${DEFAULT-VALUE}).")
    String stdinFormat;

    @Parameters(index = "0", paramLabel = "PATH", description = "A .md or .json postmortem, or - for standard input.")
    String path;

    ConvertCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Postmortem p = Documents.read(env, path, Source.Kind.ofOption(stdinFormat));
        String text = to == Target.json
                ? PostmortemJson.create().write(p)
                : MarkdownWriter.create().write(p);
        if (to != Target.json && !p.extensions().isEmpty()) {
            env.err()
                    .println("postmortem: note: Markdown does not carry the JSON extension fields "
                            + p.extensions().keySet());
        }
        if (output == null) {
            env.out().print(text);
            env.out().flush();
        } else {
            try {
                Files.writeString(env.cwd().resolve(output), text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + output + ": " + e.getMessage(), e);
            }
        }
        return PostmortemCli.OK;
    }
}
