package dev.postmortem.cli;

import dev.postmortem.cli.internal.ConfigFile;
import dev.postmortem.core.checks.PostmortemChecker;
import dev.postmortem.core.checks.config.CheckerConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import picocli.CommandLine.Option;

/**
 * Options shared by {@code check}, {@code metrics} and {@code announce}: the configuration file and
 * today's date.
 */
final class Options {
    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Rule severities, disabled rules, allowlist, roster, due-date policy, language words and"
                    + " rules, Markdown headings and required sections (YAML or JSON).")
    Path config;

    @Option(
            names = "--today",
            paramLabel = "DATE",
            description = "The date overdue items and reviews are judged against (default: today, UTC).")
    LocalDate today;

    PostmortemChecker checker(Env env) {
        CheckerConfig cfg = config == null
                ? CheckerConfig.defaults()
                : ConfigFile.load(env.cwd().resolve(config));
        return PostmortemChecker.builder().config(cfg).clock(clock(env)).build();
    }

    dev.postmortem.markdown.LayoutProfile layout(Env env) {
        return config == null
                ? dev.postmortem.markdown.LayoutProfile.standard()
                : ConfigFile.layout(env.cwd().resolve(config));
    }

    Clock clock(Env env) {
        return today == null
                ? env.clock()
                : Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    }
}
