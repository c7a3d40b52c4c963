package dev.postmortem.cli;

import dev.postmortem.cli.internal.ConfigFile;
import dev.postmortem.core.checks.PostmortemChecker;
import dev.postmortem.core.checks.config.CheckerConfig;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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

    @Option(
            names = "--checks",
            paramLabel = "JAR",
            description = "A jar of the team's own checks: classes implementing dev.postmortem.core.checks.Check,"
                    + " named in its META-INF/services/dev.postmortem.core.checks.Check (repeatable).")
    List<Path> checks = new ArrayList<>();

    PostmortemChecker checker(Env env) {
        return checker(env, java.util.Optional.empty());
    }

    /** The checker, its configuration given an SLO to compare budget figures with when there is one. */
    PostmortemChecker checker(Env env, java.util.Optional<dev.postmortem.core.checks.config.SloReference> slo) {
        PostmortemChecker.Builder b = PostmortemChecker.builder().clock(clock(env));
        Set<String> teamRules = new TreeSet<>();
        if (!checks.isEmpty()) {
            b.loadChecks(teamChecks(env));
            List<dev.postmortem.core.checks.Check> loaded = b.build().checks();
            if (loaded.isEmpty()) {
                throw new IllegalArgumentException("--checks: no check found in " + checks
                        + "; a jar names its classes in META-INF/services/dev.postmortem.core.checks.Check");
            }
            loaded.forEach(c -> c.rules().forEach(r -> teamRules.add(r.id())));
        }
        CheckerConfig cfg = config == null
                ? CheckerConfig.defaults()
                : ConfigFile.load(env.cwd().resolve(config), teamRules);
        if (slo.isPresent()) {
            cfg = cfg.toBuilder().sloReference(slo.get()).build();
        }
        return b.config(cfg).build();
    }

    /** A class loader over the {@code --checks} jars, each of which must exist. */
    private ClassLoader teamChecks(Env env) {
        URL[] urls = new URL[checks.size()];
        for (int i = 0; i < urls.length; i++) {
            Path jar = env.cwd().resolve(checks.get(i));
            if (!Files.isRegularFile(jar)) {
                throw new IllegalArgumentException("--checks: no such jar: " + checks.get(i));
            }
            try {
                urls[i] = jar.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("--checks: cannot read " + checks.get(i) + ": " + e.getMessage(), e);
            }
        }
        // lives as long as the checker: the checks' classes are used for every file
        return new URLClassLoader(urls, Options.class.getClassLoader());
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
