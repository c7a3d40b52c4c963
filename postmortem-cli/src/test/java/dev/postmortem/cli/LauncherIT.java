package dev.postmortem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The {@code postmortem} launcher beside the jar, run as a user runs it. */
@Timeout(value = 20, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the bash launcher; postmortem.cmd is its Windows twin")
class LauncherIT {
    static final Path JAR = Path.of(System.getProperty("postmortem.jar", "target/postmortem.jar"));
    static final Path LAUNCHER = Path.of(System.getProperty("postmortem.launcher", "target/postmortem"));
    private static final Path ROOT = Path.of(System.getProperty("postmortem.root", ".."));

    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {}

    static Result run(Path command, Map<String, String> env, Path cwd, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(command.toAbsolutePath().toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
        pb.environment().putAll(env);
        Path out = Files.createTempFile("out", ".txt");
        Path err = Files.createTempFile("err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        p.getOutputStream().close();
        assertThat(p.waitFor(20, TimeUnit.MINUTES)).as("the process ends").isTrue();
        Result r = new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    @Test
    void theJarNamesItsMainClass() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo(PostmortemCli.class.getName());
        }
    }

    @Test
    void theLauncherIsExecutableAndRunsTheJarBesideIt() throws Exception {
        assertThat(Files.isExecutable(LAUNCHER)).as("built executable").isTrue();
        Result version = run(LAUNCHER, Map.of(), ROOT, "--version");
        assertThat(version.code()).as(version.err()).isZero();
        assertThat(version.out()).isEqualTo("postmortem 0.1.0-SNAPSHOT\n");
        Result check = run(LAUNCHER, Map.of(), ROOT, "check", "examples/blaming.md");
        assertThat(check.code()).as("exit codes pass through").isEqualTo(1);
        assertThat(check.out()).contains("examples/blaming.md:13:30: error language.character-judgement");
    }

    @Test
    void aLinkToTheLauncherFindsTheJarBesideTheLinkedFile() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path link = Files.createSymbolicLink(bin.resolve("postmortem"), LAUNCHER.toAbsolutePath());
        Result r = run(link, Map.of(), ROOT, "check", "examples/clean.md");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("1 file checked: 0 errors, 0 warnings, 0 infos\n");
    }

    @Test
    void javaHomeWinsOverThePath() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("jdk/bin"));
        Path fake = home.resolve("java");
        Files.writeString(fake, "#!/bin/sh\necho \"the java of JAVA_HOME: $*\"\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        Result r = run(
                LAUNCHER,
                Map.of("JAVA_HOME", tmp.resolve("jdk").toString(), "POSTMORTEM_JAVA_OPTS", "-Xmx1g -Xss4m"),
                ROOT,
                "--version");
        assertThat(r.out())
                .isEqualTo("the java of JAVA_HOME: -Xmx1g -Xss4m -jar "
                        + JAR.toAbsolutePath().normalize() + " --version\n");
    }

    @Test
    void withoutJavaOrTheJarItSaysSoInOneLineAndExitsTwo() throws Exception {
        // a PATH with the tools the script uses and no java
        Path bin = Files.createDirectories(tmp.resolve("nojava"));
        for (String tool : List.of("bash", "dirname", "readlink")) {
            Path real = Path.of("/usr/bin", tool);
            Files.createSymbolicLink(bin.resolve(tool), Files.exists(real) ? real : Path.of("/bin", tool));
        }
        Map<String, String> env = new java.util.HashMap<>(Map.of("PATH", bin.toString(), "JAVA_HOME", ""));
        Result noJava = run(LAUNCHER, env, ROOT, "--version");
        assertThat(noJava.code()).isEqualTo(2);
        assertThat(noJava.err())
                .isEqualTo("postmortem: cannot find Java; install a JDK or JRE 17 or newer, or set JAVA_HOME\n");
        Result noJar =
                run(LAUNCHER, Map.of("POSTMORTEM_JAR", tmp.resolve("none.jar").toString()), ROOT, "--version");
        assertThat(noJar.code()).isEqualTo(2);
        assertThat(noJar.err())
                .startsWith("postmortem: cannot find the jar at ")
                .hasLineCount(1);
    }
}
