package dev.postmortem.interop.internal;

import dev.postmortem.core.checks.readiness.CriterionResult;
import dev.postmortem.core.checks.readiness.ItemReadiness;
import dev.postmortem.core.model.ActionItem;
import dev.postmortem.core.model.Postmortem;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The three output shapes of the action-item export. */
public final class Exports {
    private static final Mapping SETTINGS = Mapping.load("export.properties");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Exports() {}

    /**
     * One item to write.
     *
     * @param link the postmortem's link
     * @param postmortem the postmortem
     * @param readiness the item and its verdict
     * @param assignee the owner's account, or empty
     */
    public record Row(String link, Postmortem postmortem, ItemReadiness readiness, Optional<String> assignee) {
        ActionItem item() {
            return readiness.item();
        }
    }

    /**
     * The CSV columns, in order.
     *
     * @return the column names
     */
    public static List<String> csvColumns() {
        return SETTINGS.list("csv", "columns");
    }

    /**
     * CSV with a header row.
     *
     * @param rows the items
     * @return the text, lines ending in CRLF as RFC 4180 has them
     */
    public static String csv(List<Row> rows) {
        List<String> columns = csvColumns();
        StringWriter out = new StringWriter();
        try (CSVPrinter p = CSVFormat.RFC4180
                .builder()
                .setHeader(columns.toArray(String[]::new))
                .get()
                .print(out)) {
            for (Row r : rows) {
                List<String> values = new ArrayList<>(columns.size());
                for (String c : columns) {
                    values.add(cell(c, r));
                }
                p.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String cell(String column, Row r) {
        ActionItem i = r.item();
        return switch (column) {
            case "postmortem" -> r.link();
            case "incident" -> r.postmortem().id().map(Object::toString).orElse("");
            case "id" -> i.id().map(Object::toString).orElse("");
            case "description" -> i.description();
            case "type" -> i.type().map(t -> t.name().toLowerCase(Locale.ROOT)).orElse("");
            case "severity" -> r.postmortem().severity().map(s -> s.id()).orElse("");
            case "owner" -> i.owner().map(Object::toString).orElse("");
            case "assignee" -> r.assignee().orElse("");
            case "due_date" -> i.dueDate().map(Object::toString).orElse("");
            case "status" -> i.status().name().toLowerCase(Locale.ROOT);
            case "estimate" -> i.estimate().map(Object::toString).orElse("");
            case "ticket" -> i.ticket().orElse("");
            case "ready" -> Boolean.toString(r.readiness().isReady());
            case "readiness_failed" ->
                r.readiness().failed().stream()
                        .map(f -> f.criterion().rule().id())
                        .collect(Collectors.joining(";"));
            default -> throw new IllegalStateException("export.properties names the unknown CSV column " + column);
        };
    }

    /**
     * The body of Jira Cloud's bulk create ({@code POST /rest/api/3/issue/bulk}).
     *
     * @param rows the items
     * @param project the project key
     * @param issueType the issue type, or empty for the configured default
     * @return the JSON text
     * @throws IllegalArgumentException if there are more items than one request takes
     */
    public static String jira(List<Row> rows, String project, Optional<String> issueType) {
        int max = Integer.parseInt(SETTINGS.get("jira", "max-issues").orElse("50"));
        if (rows.size() > max) {
            throw new IllegalArgumentException("Jira creates at most " + max + " issues per bulk request and "
                    + rows.size() + " items are ready; export fewer postmortems per run");
        }
        String type = issueType.orElse(SETTINGS.get("jira", "issue-type").orElse("Task"));
        ObjectNode body = NODES.objectNode();
        ArrayNode updates = body.putArray("issueUpdates");
        for (Row r : rows) {
            ActionItem i = r.item();
            ObjectNode fields = updates.addObject().putObject("fields");
            fields.putObject("project").put("key", project);
            fields.putObject("issuetype").put("name", type);
            fields.put("summary", summary(i));
            fields.set("description", adf(r));
            i.dueDate().ifPresent(d -> fields.put("duedate", d.toString()));
            ArrayNode labels = fields.putArray("labels");
            labels(r).forEach(labels::add);
            r.assignee().ifPresent(a -> fields.putObject("assignee").put("accountId", a));
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(body) + "\n";
    }

    /**
     * GitHub issue request bodies, one compact JSON object per line.
     *
     * @param rows the items
     * @param milestones milestone numbers by due month
     * @return the JSON Lines text
     */
    public static String github(List<Row> rows, Map<YearMonth, Long> milestones) {
        StringBuilder out = new StringBuilder();
        for (Row r : rows) {
            ActionItem i = r.item();
            ObjectNode issue = NODES.objectNode();
            issue.put("title", summary(i));
            issue.put("body", markdown(r));
            ArrayNode labels = issue.putArray("labels");
            labels(r).forEach(labels::add);
            r.assignee().ifPresent(a -> issue.putArray("assignees").add(a));
            i.dueDate().map(YearMonth::from).map(milestones::get).ifPresent(m -> issue.put("milestone", m));
            out.append(JSON.writeValueAsString(issue)).append('\n');
        }
        return out.toString();
    }

    private static String summary(ActionItem i) {
        String s = i.id().map(id -> "[" + id + "] ").orElse("")
                + i.description().strip().replaceAll("\\s+", " ");
        return s.length() <= 250 ? s : s.substring(0, 249) + "…";
    }

    private static List<String> labels(Row r) {
        List<String> out = new ArrayList<>(SETTINGS.list("labels", "fixed"));
        String typePrefix = SETTINGS.get("labels", "type-prefix").orElse("");
        String sevPrefix = SETTINGS.get("labels", "severity-prefix").orElse("");
        r.item().type().ifPresent(t -> out.add(typePrefix + t.name().toLowerCase(Locale.ROOT)));
        r.postmortem().severity().ifPresent(s -> out.add(sevPrefix + s.id().toLowerCase(Locale.ROOT)));
        out.add(SETTINGS.get("labels", r.readiness().isReady() ? "ready" : "not-ready")
                .orElseThrow());
        return out;
    }

    /** The lines both descriptions say, in order. */
    private static List<String[]> facts(Row r) {
        ActionItem i = r.item();
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"Postmortem", r.link()});
        r.postmortem().id().ifPresent(id -> out.add(new String[] {"Incident", id.toString()}));
        i.owner().ifPresent(o -> out.add(new String[] {"Owner", o.toString()}));
        i.estimate().ifPresent(e -> out.add(new String[] {"Estimate", e.toString()}));
        i.dueDate().ifPresent(d -> out.add(new String[] {"Due", d.toString()}));
        out.add(new String[] {"Definition of Ready", verdict(r.readiness())});
        return out;
    }

    private static String verdict(ItemReadiness r) {
        if (r.isReady()) {
            return "ready (every criterion passed)";
        }
        return "not ready: " + r.failed().stream().map(Exports::failure).collect(Collectors.joining("; "));
    }

    private static String failure(CriterionResult f) {
        return f.criterion().rule().id() + " (" + f.reason() + ")";
    }

    private static String markdown(Row r) {
        StringBuilder b = new StringBuilder();
        b.append(r.item().description().strip()).append("\n\n");
        for (String[] f : facts(r)) {
            b.append("- **").append(f[0]).append(":** ").append(f[1]).append('\n');
        }
        if (!r.item().acceptanceCriteria().isEmpty()) {
            b.append("\n**Acceptance criteria**\n\n");
            r.item().acceptanceCriteria().forEach(c -> b.append("- ").append(c).append('\n'));
        }
        return b.toString();
    }

    /** The description as an Atlassian Document Format document, as Jira's API v3 takes it. */
    private static ObjectNode adf(Row r) {
        ObjectNode doc = NODES.objectNode().put("type", "doc").put("version", 1);
        ArrayNode content = doc.putArray("content");
        paragraph(content).add(text(r.item().description().strip()));
        ArrayNode list = content.addObject().put("type", "bulletList").putArray("content");
        for (String[] f : facts(r)) {
            ArrayNode p = paragraph(list.addObject().put("type", "listItem").putArray("content"));
            p.addObject()
                    .put("type", "text")
                    .put("text", f[0] + ": ")
                    .putArray("marks")
                    .addObject()
                    .put("type", "strong");
            ObjectNode value = text(f[1]);
            if (f[0].equals("Postmortem") && f[1].matches("https?://\\S+")) {
                value.putArray("marks")
                        .addObject()
                        .put("type", "link")
                        .putObject("attrs")
                        .put("href", f[1]);
            }
            p.add(value);
        }
        if (!r.item().acceptanceCriteria().isEmpty()) {
            paragraph(content).add(text("Acceptance criteria"));
            ArrayNode criteria = content.addObject().put("type", "bulletList").putArray("content");
            for (String c : r.item().acceptanceCriteria()) {
                paragraph(criteria.addObject().put("type", "listItem").putArray("content"))
                        .add(text(c));
            }
        }
        return doc;
    }

    private static ArrayNode paragraph(ArrayNode into) {
        return into.addObject().put("type", "paragraph").putArray("content");
    }

    private static ObjectNode text(String s) {
        return NODES.objectNode().put("type", "text").put("text", s.isEmpty() ? " " : s);
    }
}
