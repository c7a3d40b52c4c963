package dev.postmortem.cli;

import dev.postmortem.cli.internal.Source;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.markdown.Announcement;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code postmortem announce}: the post-incident announcement for Slack or Teams. */
@Command(
        name = "announce",
        mixinStandardHelpOptions = true,
        description = "Prints the post-incident announcement of a postmortem for Slack or Microsoft Teams.")
final class AnnounceCommand implements Callable<Integer> {
    enum Format {
        slack,
        teams
    }

    private final Env env;

    @Option(names = "--format", defaultValue = "slack", description = "slack or teams (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--link", paramLabel = "URL", description = "Where the full postmortem is.")
    String link;

    @Option(names = "--retro", paramLabel = "DATE", description = "The date of the retrospective.")
    LocalDate retro;

    @Option(
            names = "--stdin-format",
            defaultValue = "auto",
            description =
                    "How to read standard input: auto (JSON when it starts with {, else Markdown), md or json (default: ${DEFAULT-VALUE}).")
    String stdinFormat;

    @Parameters(index = "0", paramLabel = "PATH", description = "A .md or .json postmortem, or - for standard input.")
    String path;

    @Spec
    CommandSpec spec;

    @Mixin
    Options options = new Options();

    AnnounceCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Documents.requireOneFile(spec, env, path);
        Postmortem p = Documents.read(env, path, Source.Kind.ofOption(stdinFormat));
        Announcement.Format f = format == Format.slack ? Announcement.Format.SLACK : Announcement.Format.TEAMS;
        String text = Announcement.render(
                p,
                f,
                Optional.ofNullable(link),
                Optional.ofNullable(retro),
                options.checker(env).language());
        env.out().print(text.endsWith("\n") ? text : text + "\n");
        env.out().flush();
        return PostmortemCli.OK;
    }
}
