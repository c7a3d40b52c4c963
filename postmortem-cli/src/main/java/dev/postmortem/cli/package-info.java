/**
 * The {@code postmortem} command line: {@link dev.postmortem.cli.PostmortemCli} and its
 * subcommands {@code check}, {@code convert}, {@code new}, {@code announce} and {@code metrics}.
 * The runnable jar is {@code postmortem-cli/target/postmortem.jar}, with the launchers
 * {@code postmortem} (bash) and {@code postmortem.cmd} (Windows) beside it, which find Java and
 * run the jar. The command line's outputs
 * (the text lines, the JSON report and SARIF) and exit codes are its contract; its classes are not
 * a library API.
 */
package dev.postmortem.cli;
