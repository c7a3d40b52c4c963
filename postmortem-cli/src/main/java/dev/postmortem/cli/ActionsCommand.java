package dev.postmortem.cli;

import dev.postmortem.cli.internal.Checking;
import dev.postmortem.core.checks.PostmortemChecker;
import dev.postmortem.core.model.OwnerHandle;
import dev.postmortem.interop.ActionExport;
import dev.postmortem.interop.ActionExporter;
import dev.postmortem.interop.ExportFormat;
import dev.postmortem.interop.ExportedItem;
import dev.postmortem.interop.OwnerMap;
import dev.postmortem.json.common.JsonReadException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code postmortem actions}: action items for a tracker. */
@Command(
        name = "actions",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the action items that pass the Definition of Ready (and are not done) for a tracker: CSV, a",
            "Jira Cloud bulk-create body (POST /rest/api/3/issue/bulk) or GitHub issue bodies (one per line, for",
            "gh api repos/OWNER/REPO/issues --input -). Issues are assigned only through --owner-map; owners it",
            "does not name are reported on standard error and left unassigned."
        })
final class ActionsCommand implements Callable<Integer> {
    enum Format {
        csv,
        jira,
        github
    }

    private final Env env;

    @Option(names = "--format", required = true, description = "csv, jira or github.")
    Format format;

    @Option(
            names = "--owner-map",
            paramLabel = "FILE",
            description = "YAML or JSON: owner handle to Jira account id or GitHub login, such as"
                    + " \"@db-lead\": \"5b10ac8d82e05b22cc7d4ef5\".")
    Path ownerMap;

    @Option(names = "--all", description = "Export every item, ready or not, open or closed, each with its verdict.")
    boolean all;

    @Option(names = "--jira-project", paramLabel = "KEY", description = "The Jira project key (needed for jira).")
    String jiraProject;

    @Option(names = "--jira-issue-type", paramLabel = "NAME", description = "The Jira issue type (default: Task).")
    String jiraIssueType;

    @Option(
            names = "--milestone",
            paramLabel = "YYYY-MM=N",
            description = "GitHub: items due in that month get milestone number N (repeatable).")
    Map<String, Long> milestones = new java.util.LinkedHashMap<>();

    @Option(
            names = "--link-base",
            paramLabel = "URL",
            defaultValue = "",
            description = "Put before each postmortem's path in the issues, such as the repository's web address.")
    String linkBase;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write here instead of standard output.")
    Path output;

    @Mixin
    Options options = new Options();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Postmortems (.md, .json) and directories.")
    List<String> paths;

    @Spec
    CommandSpec spec;

    ActionsCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        ActionExporter.Builder b = ActionExporter.builder(
                        ExportFormat.valueOf(format.name().toUpperCase(java.util.Locale.ROOT)))
                .all(all)
                .linkBase(linkBase);
        try {
            if (jiraProject != null) {
                b.jiraProject(jiraProject);
            } else if (format == Format.jira) {
                throw new ParameterException(spec.commandLine(), "--format jira needs --jira-project KEY, such as OPS");
            }
            if (jiraIssueType != null) {
                b.jiraIssueType(jiraIssueType);
            }
            for (Map.Entry<String, Long> m : milestones.entrySet()) {
                b.milestone(YearMonth.parse(m.getKey()), m.getValue());
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        if (ownerMap != null) {
            try {
                b.owners(OwnerMap.parse(Interop.readSmall(env, ownerMap, "--owner-map")));
            } catch (JsonReadException e) {
                throw new IllegalStateException("--owner-map " + ownerMap + ": " + e.getMessage(), e);
            }
        }
        PostmortemChecker checker = options.checker(env);
        b.config(checker.config());
        Checking checking = new Checking(checker, Checking.DEFAULT_MAX_FINDINGS, options.layout(env));
        // the same incident in two forms (x.md and x.json) is exported once, the first one given, so
        // that a tracker never gets the same action item twice
        CorpusFiles.Read read = CorpusFiles.read(env, paths, checking, "its action items are exported once");
        boolean trouble = read.trouble();
        List<ActionExporter.Input> inputs = new ArrayList<>();
        for (int i = 0; i < read.postmortems().size(); i++) {
            inputs.add(new ActionExporter.Input(
                    read.names().get(i), read.postmortems().get(i)));
        }
        ActionExport export;
        try {
            export = b.build().export(inputs);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        if (output == null) {
            env.out().print(export.text());
            env.out().flush();
        } else {
            Documents.writeAtomically(env.cwd().resolve(output), export.text());
        }
        summary(export);
        return trouble ? PostmortemCli.TROUBLE : PostmortemCli.OK;
    }

    private void summary(ActionExport export) {
        long notReady = export.items().stream()
                .filter(i -> !i.exported() && !i.readiness().isReady())
                .count();
        long closed = export.items().stream()
                .filter(i -> !i.exported() && i.readiness().isReady())
                .count();
        StringBuilder line = new StringBuilder("postmortem: exported " + export.exportedCount() + " of "
                + export.items().size() + " action items");
        if (notReady + closed > 0) {
            line.append(" (")
                    .append(notReady)
                    .append(" not ready, ")
                    .append(closed)
                    .append(" done or not doing; --all exports them with their verdicts)");
        }
        env.err().println(line);
        for (ExportedItem i : export.items()) {
            if (!i.exported() && !i.readiness().isReady()) {
                env.err()
                        .println("postmortem: not ready: "
                                + i.item()
                                        .id()
                                        .map(Object::toString)
                                        .orElse(i.item().description())
                                + " in " + i.postmortemLink() + ": "
                                + i.readiness().failed().stream()
                                        .map(f -> f.criterion().rule().id())
                                        .toList());
            }
        }
        if (format != Format.csv || ownerMap != null) {
            for (Map.Entry<OwnerHandle, List<String>> u :
                    export.unmappedOwners().entrySet()) {
                env.err()
                        .println("postmortem: unmapped owner " + u.getKey() + " (" + String.join(", ", u.getValue())
                                + "): not in the owner map, so the issue is left unassigned; add the owner's account to"
                                + (ownerMap == null ? " an --owner-map file" : " " + ownerMap));
            }
        }
    }
}
