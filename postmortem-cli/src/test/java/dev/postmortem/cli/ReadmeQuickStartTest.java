package dev.postmortem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Quick start as a new user meets it: its Java code blocks, taken from the README
 * exactly as printed (imports first, then the statements, in order), compiled into one program
 * against the published modules on this test's class path and run in a fresh JVM. The standard
 * Bean Validation snippet is part of it, so a plain {@code Validator} is proved to report the
 * model's violations with their paths.
 */
class ReadmeQuickStartTest {
    @TempDir
    Path tmp;

    /** The Java blocks of the Quick start section, in order. */
    static List<String> javaBlocks() throws IOException {
        String readme = Files.readString(PostmortemCliTest.ROOT.resolve("README.md"));
        int from = readme.indexOf("\n## Quick start");
        int to = readme.indexOf("\n## ", from + 1);
        String section = readme.substring(from, to);
        List<String> blocks = new ArrayList<>();
        int at = 0;
        while ((at = section.indexOf("```java\n", at)) >= 0) {
            int end = section.indexOf("\n```", at + 8);
            blocks.add(section.substring(at + 8, end + 1));
            at = end + 4;
        }
        return blocks;
    }

    @Test
    void theQuickStartCompilesAsPrintedAndRuns() throws Exception {
        List<String> blocks = javaBlocks();
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(3);
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String block : blocks) {
            for (String line : block.split("\n", -1)) {
                (line.startsWith("import ") ? imports : body).append(line).append('\n');
            }
        }
        String source = imports + "\npublic class QuickStart {\n"
                + "    public static void main(String[] args) throws Exception {\n" + body + "    }\n}\n";
        Path src = tmp.resolve("QuickStart.java");
        Files.writeString(src, source);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        String classpath = System.getProperty("java.class.path");
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            boolean ok = javac.getTask(
                            null,
                            files,
                            diagnostics,
                            List.of("-classpath", classpath, "-d", tmp.toString(), "--release", "17"),
                            null,
                            files.getJavaFileObjects(src))
                    .call();
            assertThat(diagnostics.getDiagnostics())
                    .filteredOn(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .as("compiler errors in the README's Quick start:%n%s", source)
                    .isEmpty();
            assertThat(ok).isTrue();
        }

        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        tmp + File.pathSeparator + classpath,
                        "QuickStart")
                .redirectErrorStream(true)
                .start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.getInputStream().transferTo(out);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(printed).isZero();
        // the checker's findings, then the standard validator's violations with their paths
        assertThat(printed).contains("validation.required").contains("title: the postmortem needs a title");
    }
}
