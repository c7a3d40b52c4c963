package dev.postmortem.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code postmortem} command: {@code check}, {@code convert}, {@code new}, {@code announce},
 * {@code metrics}, {@code import}, {@code actions}, {@code report} and {@code audit}.
 *
 * <p>Exit codes: 0 when nothing reached {@code --fail-on}, 1 when something did, 2 for a usage
 * error, an unreadable file or an internal failure (with a one-line message on standard error).
 */
@Command(
        name = "postmortem",
        mixinStandardHelpOptions = true,
        versionProvider = PostmortemCli.Version.class,
        description = "Checks, converts and reports on blameless incident postmortems (template v1.2).",
        subcommands = {CommandLine.HelpCommand.class})
public final class PostmortemCli implements Runnable {
    /** Exit code when nothing reached the failure threshold. */
    public static final int OK = 0;
    /** Exit code when a finding reached the failure threshold. */
    public static final int FINDINGS = 1;
    /** Exit code for usage errors, unreadable files and internal failures. */
    public static final int TROUBLE = 2;

    /** Held so that the level set on it stays. */
    private static final java.util.logging.Logger QUIET = java.util.logging.Logger.getLogger("org.hibernate.validator");

    private final Env env;

    private PostmortemCli(Env env) {
        this.env = env;
    }

    /**
     * Runs the command and exits with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        // Hibernate Validator announces its version at INFO through java.util.logging.
        QUIET.setLevel(java.util.logging.Level.WARNING);
        Env env = new Env(
                System.in,
                System.out,
                System.err,
                Path.of("").toAbsolutePath(),
                System.getenv(),
                onTerminal(),
                Clock.systemUTC());
        System.exit(run(env, args));
    }

    /**
     * Whether standard output is a terminal. {@code System.console()} says so by being null up to
     * Java 21; from Java 22 it is never null and {@code Console.isTerminal()} says it.
     */
    @SuppressWarnings("SystemConsoleNull") // the null check is right up to Java 21, isTerminal() after
    static boolean onTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 17 to 21: a console is a terminal
        }
    }

    /**
     * Runs the command in an environment.
     *
     * @param env the environment
     * @param args the arguments
     * @return the exit code
     */
    static int run(Env env, String... args) {
        CommandLine cli = new CommandLine(new PostmortemCli(env))
                .addSubcommand(new CheckCommand(env))
                .addSubcommand(new ConvertCommand(env))
                .addSubcommand(new NewCommand(env))
                .addSubcommand(new AnnounceCommand(env))
                .addSubcommand(new MetricsCommand(env))
                .addSubcommand(new ImportCommand(env))
                .addSubcommand(new ActionsCommand(env))
                .addSubcommand(new ReportCommand(env))
                .addSubcommand(new AuditCommand(env))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(new PrintWriter(
                        new java.io.OutputStreamWriter(env.out(), java.nio.charset.Charset.defaultCharset()), true))
                .setErr(new PrintWriter(
                        new java.io.OutputStreamWriter(env.err(), java.nio.charset.Charset.defaultCharset()), true))
                .setParameterExceptionHandler((e, a) -> {
                    env.err().println("postmortem: " + e.getMessage() + fileHint(a));
                    env.err().println("Try 'postmortem " + commandName(e.getCommandLine()) + "--help' for usage.");
                    return TROUBLE;
                })
                .setExecutionExceptionHandler((e, c, p) -> {
                    env.err().println("postmortem: " + oneLine(e));
                    return TROUBLE;
                });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // exit 2 with one line: CI must not read "out of memory" as "findings" (exit 1)
            env.err()
                    .println("postmortem: out of memory; give Java more heap (java -Xmx4g -jar postmortem.jar ...)"
                            + " or check fewer or smaller files at a time");
            return TROUBLE;
        }
    }

    /**
     * A hint for an argument that picocli took for an option but that names a postmortem file, such
     * as {@code -rf.md}.
     */
    static String fileHint(String[] args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return "";
            }
            String lower = arg.toLowerCase(java.util.Locale.ROOT);
            if (arg.startsWith("-")
                    && arg.length() > 1
                    && (lower.endsWith(".md")
                            || lower.endsWith(".markdown")
                            || lower.endsWith(".json")
                            || lower.endsWith(".txt"))) {
                return "; '" + arg + "' was read as options: to check a file whose name starts with '-', write ./" + arg
                        + " or put -- before it";
            }
        }
        return "";
    }

    private static String commandName(CommandLine c) {
        return c.getParent() == null ? "" : c.getCommandName() + " ";
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = "internal failure: " + e.getClass().getSimpleName();
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(env.out());
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"postmortem " + version()};
        }
    }

    /**
     * The version of this build.
     *
     * @return such as {@code 0.1.0-SNAPSHOT}; {@code dev} when not run from the jar
     */
    static String version() {
        String v = PostmortemCli.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
