package dev.postmortem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-commit hook ({@code .pre-commit-hooks.yaml} at the repository root) run by pre-commit
 * itself in a temporary git repository, with the launcher and jar of this build on the PATH, as a
 * user's machine has them. Needs pre-commit: {@code .ci/run} installs it; without it this test is
 * skipped, except when the environment variable {@code CI} is set, where it fails.
 */
@Timeout(value = 20, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the hook runs the bash launcher")
class PreCommitIT {
    private static final Path ROOT = Path.of(System.getProperty("postmortem.root", ".."))
            .toAbsolutePath()
            .normalize();

    @TempDir
    Path tmp;

    private Path hooks;
    private Path work;

    record Result(int code, String out) {}

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    @BeforeEach
    void preCommitIsInstalled() throws Exception {
        if (!onPath("pre-commit")) {
            String ci = System.getenv("CI");
            if (ci != null && !ci.isEmpty()) {
                Assertions.fail("pre-commit is not on the PATH and CI is set: .ci/run installs it"
                        + " (apt-get install pre-commit, or python3 -m pip install pre-commit)");
            }
            Assumptions.abort("pre-commit is not installed, so the hook's test is skipped; install it with"
                    + " 'apt-get install pre-commit' or 'python3 -m pip install pre-commit' (.ci/run does)");
        }
        // the hook repository: the manifest as this repository ships it, committed
        hooks = Files.createDirectories(tmp.resolve("hooks"));
        Files.copy(ROOT.resolve(".pre-commit-hooks.yaml"), hooks.resolve(".pre-commit-hooks.yaml"));
        git(hooks, "init", "-q", ".");
        git(hooks, "add", ".pre-commit-hooks.yaml");
        git(hooks, "commit", "-q", "-m", "hooks");
        work = Files.createDirectories(tmp.resolve("work"));
        git(work, "init", "-q", ".");
    }

    private Result exec(Path cwd, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        // the launcher of this build, and its java, first on the PATH
        env.put(
                "PATH",
                LauncherIT.LAUNCHER.toAbsolutePath().getParent()
                        + File.pathSeparator
                        + Path.of(System.getProperty("java.home"), "bin")
                        + File.pathSeparator
                        + env.get("PATH"));
        env.put("PRE_COMMIT_HOME", tmp.resolve("pre-commit-cache").toString());
        env.put("GIT_AUTHOR_NAME", "postmortem test");
        env.put("GIT_AUTHOR_EMAIL", "test@example.invalid");
        env.put("GIT_COMMITTER_NAME", "postmortem test");
        env.put("GIT_COMMITTER_EMAIL", "test@example.invalid");
        env.remove("NO_COLOR");
        env.put("POSTMORTEM_JAVA_OPTS", JarJvm.forLauncher()); // start-up speed only
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(20, TimeUnit.MINUTES)).as("the command ends").isTrue();
        return new Result(p.exitValue(), out);
    }

    private void git(Path cwd, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Result r = exec(cwd, command);
        assertThat(r.code()).as(r.out()).isZero();
    }

    private Result hook() throws IOException, InterruptedException {
        return exec(work, List.of("pre-commit", "try-repo", "--color", "never", hooks.toString(), "postmortem-check"));
    }

    private void stage(String path, String text) throws IOException, InterruptedException {
        Path file = work.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        git(work, "add", path);
    }

    @Test
    void aStagedBlamingPostmortemFailsTheCommitWithItsFindings() throws Exception {
        stage("docs/postmortems/reindex.md", Files.readString(ROOT.resolve("examples/blaming.md")));
        Result r = hook();
        assertThat(r.code()).as(r.out()).isEqualTo(1);
        assertThat(r.out())
                .contains("postmortem check....")
                .contains("Failed")
                .contains("docs/postmortems/reindex.md:13:30: error language.character-judgement 'carelessly'")
                .contains("1 file checked: 6 errors, 7 warnings, 0 infos");
    }

    @Test
    void aStagedCleanPostmortemPassesAndOtherMarkdownIsNotChecked() throws Exception {
        stage("docs/postmortems/checkout.md", Files.readString(ROOT.resolve("examples/clean.md")));
        // not a postmortem: checked, it would be an error (markdown.no-postmortem)
        stage("README.md", "# Our service\n\nHow to build it.\n");
        Result r = hook();
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).containsPattern("postmortem check\\.+Passed");
    }

    @Test
    void onlyStagedFilesAreChecked() throws Exception {
        stage("postmortems/checkout.json", Files.readString(ROOT.resolve("examples/seed-example.json")));
        // written but not staged: a commit would not hold it
        Files.copy(ROOT.resolve("examples/blaming.md"), work.resolve("postmortems/reindex.md"));
        Result r = hook();
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).containsPattern("postmortem check\\.+Passed").doesNotContain("reindex.md");
    }
}
