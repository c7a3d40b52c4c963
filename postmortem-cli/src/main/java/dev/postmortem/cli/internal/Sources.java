package dev.postmortem.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Turns command-line paths into inputs: files as given, directories walked, {@code -} for stdin. */
public final class Sources {
    private Sources() {}

    /**
     * Lists the inputs of some paths. A directory is walked recursively for {@code .md},
     * {@code .markdown}, {@code .json} and {@code .txt} files, in path order, skipping directories
     * whose names start with a dot; a file named directly is read whatever its extension (by the
     * extension's kind, Markdown when it has none of those).
     *
     * @param paths the paths
     * @param stdinKind how standard input is read
     * @param cwd the working directory, for display paths
     * @return the inputs, in the order given, each directory's files sorted
     */
    public static List<Source> of(List<String> paths, Source.Kind stdinKind, Path cwd) {
        List<Source> out = new ArrayList<>();
        for (String arg : paths) {
            if (arg.equals("-")) {
                out.add(new Source("-", Optional.empty(), stdinKind));
                continue;
            }
            Path p = cwd.resolve(arg).normalize();
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> !hidden(p, f))
                            .filter(Files::isRegularFile)
                            .filter(f -> Source.Kind.ofFileName(f.getFileName().toString())
                                    .isPresent())
                            .sorted()
                            .forEach(f -> out.add(new Source(
                                    display(cwd, f),
                                    Optional.of(f),
                                    Source.Kind.ofFileName(f.getFileName().toString())
                                            .orElseThrow())));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot walk " + arg, e);
                }
            } else {
                Source.Kind kind = Source.Kind.ofFileName(
                                p.getFileName() == null ? arg : p.getFileName().toString())
                        .orElse(Source.Kind.MARKDOWN);
                out.add(new Source(display(cwd, p), Optional.of(p), kind));
            }
        }
        return out;
    }

    private static boolean hidden(Path root, Path f) {
        Path rel = root.relativize(f);
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The display form of a path: relative to the working directory when inside it, with
     * {@code /} separators.
     *
     * @param cwd the working directory
     * @param p the path
     * @return the display path
     */
    public static String display(Path cwd, Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path base = cwd.toAbsolutePath().normalize();
        String s = abs.startsWith(base) ? base.relativize(abs).toString() : abs.toString();
        return s.replace('\\', '/');
    }
}
