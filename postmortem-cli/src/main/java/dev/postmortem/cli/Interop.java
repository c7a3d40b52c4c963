package dev.postmortem.cli;

import dev.postmortem.core.checks.config.SloReference;
import dev.postmortem.interop.OpenSlo;
import dev.postmortem.json.common.JsonReadException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** What the commands share of the interop module: files read with one-line errors. */
final class Interop {
    private Interop() {}

    /** The longest file the commands read whole (an owner map, an SLO, a post-mortem document): 2 MB. */
    static final long MAX_SMALL_FILE = 2_000_000;

    /**
     * The SLO reference of {@code check --slo}, or empty without {@code --slo}.
     *
     * @throws ParameterException if the options do not go together
     * @throws IllegalStateException with a one-line message if the document cannot be read
     */
    static Optional<SloReference> sloReference(
            CommandSpec spec, Env env, Path slo, Long events, Long badEvents, String objective) {
        if (slo == null) {
            if (events != null || badEvents != null || objective != null) {
                throw new ParameterException(
                        spec.commandLine(), "--slo-events, --slo-bad-events and --slo-objective need --slo FILE");
            }
            return Optional.empty();
        }
        if (events == null) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--slo needs --slo-events N: the events (requests) the SLO counted in its window");
        }
        String text = readSmall(env, slo, "--slo");
        try {
            OpenSlo doc = OpenSlo.parse(text);
            return Optional.of(doc.reference(
                    doc.objective(Optional.ofNullable(objective)),
                    events,
                    badEvents == null ? OptionalLong.empty() : OptionalLong.of(badEvents)));
        } catch (JsonReadException e) {
            throw new IllegalStateException(slo + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--slo " + slo + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a small file whole, refusing one above {@link #MAX_SMALL_FILE}.
     *
     * @throws IllegalStateException with a one-line message if it cannot be read
     */
    static String readSmall(Env env, Path file, String option) {
        Path p = env.cwd().resolve(file);
        try {
            if (!Files.isRegularFile(p)) {
                throw new IllegalStateException(option + ": no such file: " + file);
            }
            if (Files.size(p) > MAX_SMALL_FILE) {
                throw new IllegalStateException(
                        option + ": " + file + " is larger than " + MAX_SMALL_FILE + " bytes; give the file itself");
            }
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(option + ": cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
