package dev.postmortem.interop;

import dev.postmortem.core.checks.config.CheckerConfig;
import dev.postmortem.core.checks.readiness.DefinitionOfReady;
import dev.postmortem.core.checks.readiness.ItemReadiness;
import dev.postmortem.core.model.ActionItem;
import dev.postmortem.core.model.OwnerHandle;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.interop.internal.Exports;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes postmortems' action items for a tracker: CSV, a Jira Cloud bulk-create body or GitHub
 * issue bodies ({@link ExportFormat}). Only the items that pass the Definition of Ready (and are
 * not done or dropped) are written unless {@link Builder#all(boolean) all} is set; every written
 * item carries its readiness verdict. An issue is assigned only through the {@link OwnerMap}: an
 * owner the map does not know is reported in {@link ActionExport#unmappedOwners()} and its issue
 * left unassigned. The README documents each output's shape; the JSON ones have a JSON Schema in
 * {@code META-INF/postmortem/}. Immutable and thread-safe.
 */
public final class ActionExporter {
    private final ExportFormat format;
    private final OwnerMap owners;
    private final DefinitionOfReady ready;
    private final boolean all;
    private final Optional<String> jiraProject;
    private final Optional<String> jiraIssueType;
    private final Map<YearMonth, Long> milestones;
    private final String linkBase;

    private ActionExporter(Builder b) {
        this.format = b.format;
        this.owners = b.owners;
        this.ready = DefinitionOfReady.of(b.config);
        this.all = b.all;
        this.jiraProject = b.jiraProject;
        this.jiraIssueType = b.jiraIssueType;
        this.milestones = Map.copyOf(b.milestones);
        this.linkBase = b.linkBase;
    }

    /**
     * A builder for a format.
     *
     * @param format the format
     * @return the builder
     */
    public static Builder builder(ExportFormat format) {
        return new Builder(Objects.requireNonNull(format, "format"));
    }

    /**
     * One postmortem to export from.
     *
     * @param link where it is, its path or URL, written into every issue
     * @param postmortem the postmortem
     */
    public record Input(String link, Postmortem postmortem) {
        /**
         * Checks the components.
         *
         * @param link the link
         * @param postmortem the postmortem
         */
        public Input {
            Objects.requireNonNull(link, "link");
            Objects.requireNonNull(postmortem, "postmortem");
        }
    }

    /**
     * Exports the action items of postmortems.
     *
     * @param inputs the postmortems, in output order
     * @return the output and an account of every item
     * @throws IllegalArgumentException if a Jira export has no project, or more items than one bulk
     *     request takes
     */
    public ActionExport export(List<Input> inputs) {
        List<ExportedItem> items = new ArrayList<>();
        Map<OwnerHandle, List<String>> unmapped = new LinkedHashMap<>();
        List<Exports.Row> rows = new ArrayList<>();
        for (Input in : inputs) {
            List<ItemReadiness> verdicts = ready.assess(in.postmortem());
            for (ItemReadiness r : verdicts) {
                ActionItem item = r.item();
                boolean export = all || (r.isReady() && !item.status().isClosed());
                Optional<String> account = item.owner().flatMap(owners::account);
                if (export && item.owner().isPresent() && account.isEmpty()) {
                    unmapped.computeIfAbsent(item.owner().get(), k -> new ArrayList<>())
                            .add(item.id().map(Object::toString).orElse(item.description()));
                }
                String link = linkBase + in.link();
                items.add(new ExportedItem(link, item, r, export, account));
                if (export) {
                    rows.add(new Exports.Row(link, in.postmortem(), r, account));
                }
            }
        }
        String text = switch (format) {
            case CSV -> Exports.csv(rows);
            case JIRA ->
                Exports.jira(
                        rows,
                        jiraProject.orElseThrow(() -> new IllegalArgumentException(
                                "a Jira export needs the project key the issues are created in, such as OPS")),
                        jiraIssueType);
            case GITHUB -> Exports.github(rows, milestones);
        };
        return new ActionExport(text, items, unmapped);
    }

    /** Builds an {@link ActionExporter}; not thread-safe. */
    public static final class Builder {
        private final ExportFormat format;
        private OwnerMap owners = OwnerMap.empty();
        private CheckerConfig config = CheckerConfig.defaults();
        private boolean all;
        private Optional<String> jiraProject = Optional.empty();
        private Optional<String> jiraIssueType = Optional.empty();
        private final Map<YearMonth, Long> milestones = new LinkedHashMap<>();
        private String linkBase = "";

        private Builder(ExportFormat format) {
            this.format = format;
        }

        /**
         * Sets the owner map that assigns issues.
         *
         * @param owners the map
         * @return this builder
         */
        public Builder owners(OwnerMap owners) {
            this.owners = Objects.requireNonNull(owners, "owner map");
            return this;
        }

        /**
         * Sets the configuration the Definition of Ready is judged with (due-date policy, roster).
         *
         * @param config the configuration
         * @return this builder
         */
        public Builder config(CheckerConfig config) {
            this.config = Objects.requireNonNull(config, "config");
            return this;
        }

        /**
         * Whether every item is written, ready or not, open or closed.
         *
         * @param all true for every item
         * @return this builder
         */
        public Builder all(boolean all) {
            this.all = all;
            return this;
        }

        /**
         * Sets the Jira project key.
         *
         * @param key such as {@code OPS}
         * @return this builder
         * @throws IllegalArgumentException if the key is not a Jira project key
         */
        public Builder jiraProject(String key) {
            if (key == null || !key.matches("[A-Z][A-Z0-9_]{0,254}")) {
                throw new IllegalArgumentException(
                        "'" + key
                                + "' is not a Jira project key; give upper-case letters, digits and '_', starting with a letter, such as OPS");
            }
            this.jiraProject = Optional.of(key);
            return this;
        }

        /**
         * Sets the Jira issue type, {@code Task} unless set.
         *
         * @param name the issue type's name
         * @return this builder
         */
        public Builder jiraIssueType(String name) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("the Jira issue type must not be empty; such as Task");
            }
            this.jiraIssueType = Optional.of(name.strip());
            return this;
        }

        /**
         * Maps a due month to a GitHub milestone number: items due in that month get the milestone.
         *
         * @param month the month
         * @param number the milestone's number in the repository; positive
         * @return this builder
         */
        public Builder milestone(YearMonth month, long number) {
            if (number <= 0) {
                throw new IllegalArgumentException("milestone number " + number + " must be positive");
            }
            milestones.put(Objects.requireNonNull(month, "month"), number);
            return this;
        }

        /**
         * Sets what goes before each postmortem's link, such as the repository's web address.
         *
         * @param base the prefix; empty by default
         * @return this builder
         */
        public Builder linkBase(String base) {
            this.linkBase = Objects.requireNonNull(base, "link base");
            return this;
        }

        /**
         * Builds the exporter.
         *
         * @return the exporter
         */
        public ActionExporter build() {
            return new ActionExporter(this);
        }
    }
}
