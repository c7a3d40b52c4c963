package dev.postmortem.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The JVM options of the end-to-end tests' jar runs: options that change how fast a JVM starts,
 * never what the jar does.
 *
 * <p>The end-to-end tests launch the jar a few dozen times, and each launch loads about 3,700
 * classes and compiles the language rules before it reads a line. On a slow CI machine that start
 * took most of the module's build time. So the first use here runs the jar once over the shipped
 * examples with {@code -XX:ArchiveClassesAtExit}, which writes the classes it loaded to a class
 * data sharing archive beside the jar, and every later launch maps that archive instead of loading
 * and verifying the classes again. Launches also stop at the first JIT tier, which costs the short
 * runs of these tests far less compile time than the optimising compiler does.
 *
 * <p>None of this is needed for correctness: {@code -Xshare:auto} falls back to loading classes
 * the normal way if the archive is missing or does not match the jar, and {@code -Xlog:disable}
 * keeps the JVM's own warnings about that out of the output the tests read. The heavy runs (tens
 * of megabytes checked in one launch) keep the optimising compiler; see {@link #forHeavyRun()}.
 *
 * <p>Thread-safe: the archive is made once per test JVM, under this class's lock.
 */
final class JarJvm {
    private static final Path JAR = Path.of(System.getProperty("postmortem.jar", "target/postmortem.jar"));
    private static final Path ROOT = Path.of(System.getProperty("postmortem.root", ".."));

    private static List<String> archive;

    private JarJvm() {}

    /** Options for a short run: the shared class archive and the first JIT tier only. */
    static List<String> forShortRun() {
        List<String> options = new ArrayList<>(forHeavyRun());
        options.add("-XX:TieredStopAtLevel=1");
        return List.copyOf(options);
    }

    /**
     * The options of a run followed by more, such as a heap size.
     *
     * @param run {@link #forShortRun()} or {@link #forHeavyRun()}
     * @param more the options to add after them
     * @return the options, in that order
     */
    static List<String> with(List<String> run, String... more) {
        List<String> options = new ArrayList<>(run);
        options.addAll(List.of(more));
        return List.copyOf(options);
    }

    /** Options for a run that checks tens of megabytes: the shared class archive only. */
    static List<String> forHeavyRun() {
        List<String> options = new ArrayList<>(List.of("-Xshare:auto", "-Xlog:disable"));
        options.addAll(archive());
        return List.copyOf(options);
    }

    /** The short-run options as one {@code POSTMORTEM_JAVA_OPTS} value for the launcher script. */
    static String forLauncher() {
        return String.join(" ", forShortRun());
    }

    /** The archive option, empty when the archive could not be made or its path has a space in it. */
    private static synchronized List<String> archive() {
        if (archive == null) {
            archive = makeArchive();
            if (archive.isEmpty()) {
                System.err.println("end-to-end tests: no class data sharing archive; each jar run loads its classes");
            }
        }
        return archive;
    }

    private static List<String> makeArchive() {
        Path file = JAR.toAbsolutePath().resolveSibling("end-to-end-classes.jsa");
        if (file.toString().contains(" ")) {
            return List.of(); // the launcher splits POSTMORTEM_JAVA_OPTS at spaces
        }
        try {
            Files.deleteIfExists(file);
            Path sarif = Files.createTempFile("archive-run", ".sarif");
            Process p = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-XX:ArchiveClassesAtExit=" + file,
                            "-XX:TieredStopAtLevel=1",
                            "-Xlog:disable",
                            "-jar",
                            JAR.toAbsolutePath().toString(),
                            "check",
                            "--format",
                            "json",
                            "--report",
                            "sarif=" + sarif,
                            "examples/")
                    .directory(ROOT.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            p.getOutputStream().close();
            boolean ended = p.waitFor(20, TimeUnit.MINUTES);
            Files.deleteIfExists(sarif);
            if (!ended) {
                p.destroyForcibly();
                return List.of();
            }
            return Files.size(file) > 0 ? List.of("-XX:SharedArchiveFile=" + file) : List.of();
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }
}
