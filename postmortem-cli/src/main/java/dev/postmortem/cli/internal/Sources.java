package dev.postmortem.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** Turns command-line paths into inputs: files as given, directories walked, {@code -} for stdin. */
public final class Sources {
    private Sources() {}

    /**
     * Lists the inputs of some paths. A directory is walked recursively for {@code .md},
     * {@code .markdown}, {@code .json} and {@code .txt} files, in path order, skipping directories
     * whose names start with a dot and following folder links once (a place that cannot be opened, or
     * a link that loops, is an input that reads as its error, so the rest is still checked); a file named directly is read whatever its extension (by the
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
                out.addAll(walk(p, arg, cwd));
            } else {
                Source.Kind kind = Source.Kind.ofFileName(
                                p.getFileName() == null ? arg : p.getFileName().toString())
                        .orElse(Source.Kind.MARKDOWN);
                out.add(new Source(display(cwd, p), Optional.of(p), kind));
            }
        }
        return out;
    }

    /**
     * The inputs under a folder, in path order. Folder links are followed, once: a link that loops
     * back to a folder above it is reported, as is a folder or file that cannot be opened, as that
     * place's own error, and the rest of the walk goes on.
     */
    private static List<Source> walk(Path root, String arg, Path cwd) {
        List<Source> found = new ArrayList<>();
        try {
            Files.walkFileTree(
                    root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(root) && hidden(root, dir)
                                    ? FileVisitResult.SKIP_SUBTREE
                                    : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                            Optional<Source.Kind> kind =
                                    Source.Kind.ofFileName(f.getFileName().toString());
                            if (kind.isPresent() && !hidden(root, f) && attrs.isRegularFile()) {
                                found.add(new Source(display(cwd, f), Optional.of(f), kind.get()));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path f, IOException e) {
                            if (!hidden(root, f)) {
                                found.add(Source.unreadable(display(cwd, f), f, why(e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot walk " + arg, e);
        }
        found.sort(Comparator.comparing(s -> s.file().orElseThrow()));
        return found;
    }

    private static String why(IOException e) {
        if (e instanceof FileSystemLoopException) {
            return "a folder link that loops back to a folder above it; it is not walked again";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot be opened: permission denied; the other files are still checked";
        }
        return "cannot be opened: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")") + "; the other files are still checked";
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
