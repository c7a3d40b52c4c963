package dev.postmortem.cli;

import dev.postmortem.cli.internal.Skeleton;
import dev.postmortem.core.model.IncidentId;
import dev.postmortem.core.model.SeverityLevel;
import dev.postmortem.core.model.SeverityScale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code postmortem new}: a skeleton of the template with guidance. */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        description = "Prints a new postmortem in the template v1.2, every section present with guidance comments.")
final class NewCommand implements Callable<Integer> {
    private final Env env;

    @Spec
    CommandSpec spec;

    @Option(names = "--id", paramLabel = "INC-YYYY-MM-DD-NNN", description = "The incident id.")
    String id;

    @Option(
            names = "--severity",
            paramLabel = "SEV",
            description = "The severity, such as SEV2 or 'Tier 1 (High Impact)'.")
    String severity;

    NewCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Optional<IncidentId> incident = Optional.empty();
        Optional<SeverityLevel> level = Optional.empty();
        try {
            if (id != null) {
                incident = Optional.of(IncidentId.parse(id));
            }
            if (severity != null) {
                level = Optional.of(SeverityScale.standard().parse(severity));
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        env.out().print(Skeleton.markdown(incident, level));
        env.out().flush();
        return PostmortemCli.OK;
    }
}
