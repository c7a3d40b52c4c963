package dev.postmortem.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What a command runs against: its streams, working directory, environment variables, whether
 * it talks to a terminal, and the clock. Tests pass their own.
 *
 * @param in standard input
 * @param out standard output
 * @param err standard error
 * @param cwd the working directory
 * @param vars environment variables
 * @param terminal whether standard output and error are a terminal
 * @param clock the clock for today's date
 */
record Env(
        InputStream in,
        PrintStream out,
        PrintStream err,
        Path cwd,
        Map<String, String> vars,
        boolean terminal,
        Clock clock) {

    /** Whether output may be coloured: a terminal, and {@code NO_COLOR} not set. */
    boolean colour() {
        String noColor = vars.get("NO_COLOR");
        return terminal && (noColor == null || noColor.isEmpty());
    }
}
