package dev.postmortem.cli;

import dev.postmortem.cli.internal.Checking;
import dev.postmortem.cli.internal.Located;
import dev.postmortem.cli.internal.Source;
import dev.postmortem.cli.internal.Sources;
import dev.postmortem.core.model.Postmortem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Reads one postmortem for {@code convert} and {@code announce}. */
final class Documents {
    private Documents() {}

    /**
     * Checks that a path names one file (or standard input): a directory where one postmortem is
     * expected is a usage error, not its first file.
     *
     * @param spec the command, for the usage error
     * @param env the environment
     * @param path the path as given
     * @throws ParameterException if the path is a directory
     */
    static void requireOneFile(CommandSpec spec, Env env, String path) {
        if (!path.equals("-") && Files.isDirectory(env.cwd().resolve(path))) {
            throw new ParameterException(
                    spec.commandLine(),
                    "PATH " + path + " is a directory; " + spec.name() + " reads one .md or .json file");
        }
    }

    /**
     * Writes a file so that a failure never leaves it half-written: the text goes to a temporary
     * file in the target's folder, which is then moved over the target in one step.
     *
     * @param target the file to write
     * @param text the text
     * @throws UncheckedIOException naming the target if the write or the move fails; the target is
     *     then as it was and the temporary file is removed
     */
    static void writeAtomically(Path target, String text) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the original error is the one to report
                }
            }
            throw new UncheckedIOException("cannot write " + target + ": " + e, e);
        }
    }

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
        Source given = Sources.of(List.of(path), stdinKind, env.cwd()).get(0);
        if (given.kind() == Source.Kind.TEXT) {
            throw new IllegalStateException(
                    given.display() + ": plain text holds no postmortem; give a .md or .json file");
        }
        Source.Content content = given.read(env.in());
        if (content.text().isEmpty()) {
            throw new IllegalStateException(
                    given.display() + ": " + content.problem().orElse("cannot be read"));
        }
        Source source = given.settled(content.text().get());
        List<Located> notes = new ArrayList<>();
        Optional<Postmortem> p = Checking.reader().read(source, content.text().get(), notes);
        for (Located n : notes) {
            env.err()
                    .println(source.display() + ":" + n.line() + ":" + n.column() + ": "
                            + n.severity().name().toLowerCase(java.util.Locale.ROOT) + " " + n.ruleId() + " "
                            + n.message());
        }
        return p.orElseThrow(() -> new IllegalStateException(source.display() + ": not a postmortem"));
    }
}
