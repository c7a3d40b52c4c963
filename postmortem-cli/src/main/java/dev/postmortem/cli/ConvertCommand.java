package dev.postmortem.cli;

import dev.postmortem.cli.internal.Source;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.json.PostmortemJson;
import dev.postmortem.markdown.MarkdownWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
            defaultValue = "auto",
            description =
                    "How to read standard input: auto (JSON when it starts with {, else Markdown), md or json (default: ${DEFAULT-VALUE}).")
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
        if (to != Target.json) {
            List<String> dropped = extensionPaths(p);
            if (!dropped.isEmpty()) {
                env.err().println("postmortem: note: Markdown does not carry the JSON extension fields " + dropped);
            }
        }
        if (output == null) {
            env.out().print(text);
            env.out().flush();
        } else {
            Documents.writeAtomically(env.cwd().resolve(output), text);
        }
        return PostmortemCli.OK;
    }

    /** The paths of every extension field in a postmortem, at every level, as JSON paths name them. */
    static List<String> extensionPaths(Postmortem p) {
        List<String> out = new ArrayList<>();
        add(out, "", p.extensions());
        p.impactSummary().ifPresent(x -> add(out, "impactSummary.", x.extensions()));
        p.customerImpact().ifPresent(c -> {
            add(out, "customerImpact.", c.extensions());
            c.errorBudget().ifPresent(b -> add(out, "customerImpact.errorBudget.", b.extensions()));
        });
        for (int i = 0; i < p.timeline().size(); i++) {
            add(out, "timeline[" + i + "].", p.timeline().get(i).extensions());
        }
        for (int i = 0; i < p.contributingFactors().size(); i++) {
            add(
                    out,
                    "contributingFactors[" + i + "].",
                    p.contributingFactors().get(i).extensions());
        }
        for (int i = 0; i < p.actionItems().size(); i++) {
            add(out, "actionItems[" + i + "].", p.actionItems().get(i).extensions());
        }
        p.fiveWhys().ifPresent(w -> {
            add(out, "fiveWhys.", w.extensions());
            for (int i = 0; i < w.steps().size(); i++) {
                add(out, "fiveWhys.steps[" + i + "].", w.steps().get(i).extensions());
            }
        });
        for (int i = 0; i < p.justCultureAssessments().size(); i++) {
            add(
                    out,
                    "justCultureAssessments[" + i + "].",
                    p.justCultureAssessments().get(i).extensions());
        }
        add(out, "lessons.", p.lessons().extensions());
        for (int i = 0; i < p.additionalSections().size(); i++) {
            add(
                    out,
                    "additionalSections[" + i + "].",
                    p.additionalSections().get(i).extensions());
        }
        return out;
    }

    private static void add(List<String> out, String prefix, Map<String, String> extensions) {
        extensions.keySet().forEach(k -> out.add(prefix + k));
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return (Files.exists(a) && Files.exists(b))
                    ? Files.isSameFile(a, b)
                    : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        } catch (IOException e) {
            return false;
        }
    }
}
