package dev.postmortem.cli;

import dev.postmortem.cli.internal.Checking;
import dev.postmortem.cli.internal.Located;
import dev.postmortem.cli.internal.Source;
import dev.postmortem.cli.internal.Sources;
import dev.postmortem.core.checks.PostmortemChecker;
import dev.postmortem.core.model.Postmortem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads one postmortem for {@code convert} and {@code announce}. */
final class Documents {
    private Documents() {}

    /**
     * Reads a postmortem named on the command line; Markdown reading notes go to standard error.
     *
     * @param env the environment
     * @param path the path, or {@code -}
     * @param stdinKind how to read standard input
     * @return the postmortem
     * @throws IllegalStateException with a one-line message if it cannot be read
     */
    static Postmortem read(Env env, String path, Source.Kind stdinKind) {
        Source source = Sources.of(List.of(path), stdinKind, env.cwd()).get(0);
        if (source.kind() == Source.Kind.TEXT) {
            throw new IllegalStateException(
                    source.display() + ": plain text holds no postmortem; give a .md or .json file");
        }
        Source.Content content = source.read(env.in());
        if (content.text().isEmpty()) {
            throw new IllegalStateException(
                    source.display() + ": " + content.problem().orElse("cannot be read"));
        }
        List<Located> notes = new ArrayList<>();
        Optional<Postmortem> p = new Checking(PostmortemChecker.builder().build())
                .read(source, content.text().get(), notes);
        for (Located n : notes) {
            env.err()
                    .println(source.display() + ":" + n.line() + ":" + n.column() + ": "
                            + n.severity().name().toLowerCase(java.util.Locale.ROOT) + " " + n.ruleId() + " "
                            + n.message());
        }
        return p.orElseThrow(() -> new IllegalStateException(source.display() + ": not a postmortem"));
    }
}
