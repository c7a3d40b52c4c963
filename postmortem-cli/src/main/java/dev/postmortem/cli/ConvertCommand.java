package dev.postmortem.cli;

import dev.postmortem.cli.internal.Source;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.json.PostmortemJson;
import dev.postmortem.markdown.MarkdownWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Documents.requireOneFile(spec, env, path);
        if (output != null
                && !path.equals("-")
                && sameFile(env.cwd().resolve(path), env.cwd().resolve(output))) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--output " + output + " is the input file; write the converted postmortem to another file");
        }
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
            Documents.writeAtomically(env.cwd().resolve(output), text);
        }
        return PostmortemCli.OK;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b)
                    ? Files.isSameFile(a, b)
                    : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        } catch (IOException e) {
            return false;
        }
    }
}
