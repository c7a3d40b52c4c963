package dev.postmortem.cli.internal;

import dev.postmortem.core.checks.PostmortemChecker;
import dev.postmortem.core.report.FindingSeverity;
import dev.postmortem.core.report.RuleDescriptor;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.json.JsonMapper;

/** Writes the results of {@code check} as text, as the JSON report, or as SARIF 2.1.0. */
public final class Reports {
    /** The SARIF schema URI written into every log. */
    public static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            // a report may go to a file that another report follows into; the command closes it
            .disable(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private Reports() {}

    /**
     * Totals over every file.
     *
     * @param files files checked
     * @param unreadable files that could not be read
     * @param errors errors reported
     * @param warnings warnings reported
     * @param infos infos reported
     * @param failed whether a reported finding reached the failure threshold
     * @param baseline what a baseline took out and misses, when one was given
     */
    public record Summary(
            int files,
            int unreadable,
            long errors,
            long warnings,
            long infos,
            boolean failed,
            Optional<BaselineTotals> baseline) {}

    /**
     * What a baseline did over every file.
     *
     * @param baselined findings in the baseline, not reported
     * @param fixed the baseline's findings not found again in the files checked, sorted
     */
    public record BaselineTotals(long baselined, List<Baseline.Entry> fixed) {
        /**
         * How many findings of the baseline were not found again.
         *
         * @return the sum of the fixed entries' counts
         */
        public long fixedCount() {
            return fixed.stream().mapToLong(Baseline.Entry::count).sum();
        }
    }

    private static String level(FindingSeverity s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    // ---- text -----------------------------------------------------------------------------------

    /**
     * A path as one line of a text report: line breaks, tabs and other control characters in a file
     * name are written as escapes (a backslash and {@code n}, {@code t}, or {@code u} and four hex
     * digits), so a name can never split or forge a report line.
     *
     * @param path the display path
     * @return the path on one line
     */
    public static String oneLinePath(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * Writes a report as results come, one file at a time, so that nothing but the totals is held
     * between files. Not thread-safe: one thread writes, in the order the files were given.
     */
    public interface Writer {
        /**
         * Writes one file's result.
         *
         * @param r the result
         */
        void file(FileResult r);

        /**
         * Writes the end of the report.
         *
         * @param summary the totals over every file written
         */
        void finish(Summary summary);
    }

    /**
     * One writer that writes every result to several reports, in the order given.
     *
     * @param writers the reports
     * @return the writer
     */
    public static Writer all(List<Writer> writers) {
        List<Writer> copy = List.copyOf(writers);
        if (copy.size() == 1) {
            return copy.get(0);
        }
        return new Writer() {
            @Override
            public void file(FileResult r) {
                copy.forEach(w -> w.file(r));
            }

            @Override
            public void finish(Summary summary) {
                copy.forEach(w -> w.finish(summary));
            }
        };
    }

    /** Adds up results as they come. Not thread-safe. */
    public static final class Totals {
        private final FindingSeverity failOn;
        private int files;
        private int unreadable;
        private long errors;
        private long warnings;
        private long infos;
        private boolean failed;
        private final boolean withBaseline;
        private long baselined;
        private final List<Baseline.Entry> fixed = new ArrayList<>();

        /**
         * Starts the totals of a run without a baseline.
         *
         * @param failOn the lowest severity that fails the run
         */
        public Totals(FindingSeverity failOn) {
            this(failOn, false);
        }

        /**
         * Starts the totals.
         *
         * @param failOn the lowest severity that fails the run
         * @param withBaseline whether the run has a baseline, whose totals the summary then carries
         */
        public Totals(FindingSeverity failOn, boolean withBaseline) {
            this.failOn = failOn;
            this.withBaseline = withBaseline;
        }

        /**
         * Adds what the baseline did to a file.
         *
         * @param a the baseline applied to one file
         */
        public void add(Baseline.Applied a) {
            baselined += a.baselined();
            fixed.addAll(a.fixed());
        }

        /**
         * Adds a file's result.
         *
         * @param r the result
         */
        public void add(FileResult r) {
            files++;
            errors += r.count(FindingSeverity.ERROR);
            warnings += r.count(FindingSeverity.WARNING);
            infos += r.count(FindingSeverity.INFO);
            unreadable += r.unreadable().isPresent() ? 1 : 0;
            failed |= r.findings().stream().anyMatch(f -> f.severity().isAtLeast(failOn));
        }

        /**
         * The totals so far.
         *
         * @return the summary
         */
        public Summary summary() {
            Optional<BaselineTotals> b =
                    withBaseline ? Optional.of(new BaselineTotals(baselined, List.copyOf(fixed))) : Optional.empty();
            return new Summary(files, unreadable, errors, warnings, infos, failed, b);
        }
    }

    /**
     * The text report, written as results come.
     *
     * @param out where to write
     * @param colour whether to colour severities with ANSI escapes
     * @return the writer
     */
    public static Writer textWriter(java.io.Writer out, boolean colour) {
        PrintWriter p = new PrintWriter(out);
        return new Writer() {
            @Override
            public void file(FileResult r) {
                for (Located f : r.findings()) {
                    p.printf(
                            "%s:%d:%d: %s %s %s%n",
                            oneLinePath(r.path()),
                            f.line(),
                            f.column(),
                            colour ? paint(f.severity()) : level(f.severity()),
                            f.ruleId(),
                            f.message());
                }
                p.flush();
            }

            @Override
            public void finish(Summary summary) {
                summary.baseline()
                        .ifPresent(b -> b.fixed()
                                .forEach(e -> p.printf(
                                        "%s: fixed %s%s%s%n",
                                        oneLinePath(e.path()),
                                        e.ruleId(),
                                        e.text().isEmpty() ? "" : " '" + oneLinePath(e.text()) + "'",
                                        e.count() == 1 ? "" : " (" + e.count() + " times)")));
                p.printf(
                        "%d file%s checked: %d error%s, %d warning%s, %d info%s%s%s%n",
                        summary.files(),
                        summary.files() == 1 ? "" : "s",
                        summary.errors(),
                        summary.errors() == 1 ? "" : "s",
                        summary.warnings(),
                        summary.warnings() == 1 ? "" : "s",
                        summary.infos(),
                        summary.infos() == 1 ? "" : "s",
                        summary.unreadable() > 0 ? "; " + summary.unreadable() + " could not be read" : "",
                        summary.baseline()
                                .map(b -> "; " + b.baselined() + " in the baseline, " + b.fixedCount() + " fixed since")
                                .orElse(""));
                p.flush();
            }
        };
    }

    private static String paint(FindingSeverity s) {
        String code = switch (s) {
            case ERROR -> "31";
            case WARNING -> "33";
            case INFO -> "36";
        };
        return "\u001B[" + code + "m" + level(s) + "\u001B[0m";
    }

    // ---- JSON -----------------------------------------------------------------------------------

    /**
     * The JSON report, written as results come: each file's object is written and flushed when it
     * comes, the summary last.
     *
     * @param out where to write
     * @param failOn the lowest severity that fails the run
     * @return the writer
     */
    public static Writer jsonWriter(java.io.Writer out, FindingSeverity failOn) {
        JsonGenerator g = MAPPER.writer().with(pretty()).createGenerator(out);
        g.writeStartObject();
        g.writeName("files");
        g.writeStartArray();
        return new Writer() {
            @Override
            public void file(FileResult r) {
                g.writeStartObject();
                g.writeStringProperty("path", r.path());
                if (r.unreadable().isPresent()) {
                    g.writeStringProperty("unreadable", r.unreadable().get());
                }
                g.writeName("findings");
                g.writeStartArray();
                for (Located f : r.findings()) {
                    g.writeStartObject();
                    g.writeStringProperty("ruleId", f.ruleId());
                    g.writeStringProperty("severity", level(f.severity()));
                    g.writeStringProperty("message", f.message());
                    g.writeNumberProperty("line", f.line());
                    g.writeNumberProperty("column", f.column());
                    g.writeNumberProperty("endLine", f.endLine());
                    g.writeNumberProperty("endColumn", f.endColumn());
                    if (f.suggestion().isPresent()) {
                        g.writeStringProperty("suggestion", f.suggestion().get());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
                g.flush();
            }

            @Override
            public void finish(Summary summary) {
                g.writeEndArray();
                g.writeName("summary");
                g.writeStartObject();
                g.writeNumberProperty("files", summary.files());
                g.writeNumberProperty("unreadable", summary.unreadable());
                g.writeNumberProperty("errors", summary.errors());
                g.writeNumberProperty("warnings", summary.warnings());
                g.writeNumberProperty("infos", summary.infos());
                g.writeStringProperty("failOn", level(failOn));
                g.writeBooleanProperty("failed", summary.failed());
                if (summary.baseline().isPresent()) {
                    BaselineTotals b = summary.baseline().get();
                    g.writeName("baseline");
                    g.writeStartObject();
                    g.writeNumberProperty("baselined", b.baselined());
                    g.writeName("fixed");
                    g.writeStartArray();
                    for (Baseline.Entry e : b.fixed()) {
                        g.writeStartObject();
                        g.writeStringProperty("path", e.path());
                        g.writeStringProperty("ruleId", e.ruleId());
                        g.writeStringProperty("fingerprint", e.fingerprint());
                        g.writeNumberProperty("count", e.count());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndObject();
                g.writeEndObject();
                g.close();
                write(out, "\n");
            }
        };
    }

    static void write(java.io.Writer out, String s) {
        try {
            out.write(s);
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static DefaultPrettyPrinter pretty() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                        .withArrayEmptySeparator("")
                        .withObjectEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    // ---- SARIF ----------------------------------------------------------------------------------

    /**
     * Every rule a result may name: the built-in checker's catalogue and the readers' own.
     *
     * @return the rules
     */
    public static List<RuleDescriptor> rules() {
        return rules(PostmortemChecker.rules());
    }

    /**
     * Every rule a result may name: a checker's catalogue (with a team's checks) and the readers'
     * own.
     *
     * @param catalogue the checker's rules
     * @return the rules
     */
    public static List<RuleDescriptor> rules(List<RuleDescriptor> catalogue) {
        List<RuleDescriptor> rules = new ArrayList<>(catalogue);
        rules.add(new RuleDescriptor(
                Checking.MARKDOWN_RULE,
                FindingSeverity.WARNING,
                "A Markdown line the reader could not map to the template; it is kept in an additional section."));
        rules.add(new RuleDescriptor(
                Checking.MARKDOWN_EMPTY_RULE,
                FindingSeverity.ERROR,
                "A Markdown document in which no part of a postmortem was found: an empty file or another kind of"
                        + " document."));
        rules.add(new RuleDescriptor(
                Checking.REQUIRED_SECTION_RULE,
                FindingSeverity.ERROR,
                "A section the team's layout (--config markdown.required) requires, with nothing read in it."));
        rules.add(new RuleDescriptor(
                Checking.JSON_RULE,
                FindingSeverity.ERROR,
                "A JSON document that is not a postmortem of schema version 1 within the reading limits."));
        rules.add(new RuleDescriptor(
                Checking.CAPPED_RULE,
                FindingSeverity.WARNING,
                "More findings in one file than --max-findings (1,000 by default): the rest are counted, not listed."));
        return rules;
    }

    /**
     * The SARIF 2.1.0 log, written as results come: the tool and its rules first, then each file's
     * results when they come.
     *
     * @param out where to write
     * @param version the tool version
     * @param catalogue the checker's rules, a team's checks' included
     * @return the writer
     */
    public static Writer sarifWriter(java.io.Writer out, String version, List<RuleDescriptor> catalogue) {
        List<RuleDescriptor> rules = rules(catalogue);
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            index.put(rules.get(i).id(), i);
        }
        JsonGenerator g = MAPPER.writer().with(pretty()).createGenerator(out);
        g.writeStartObject();
        g.writeStringProperty("$schema", SARIF_SCHEMA);
        g.writeStringProperty("version", "2.1.0");
        g.writeName("runs");
        g.writeStartArray();
        g.writeStartObject();
        g.writeName("tool");
        g.writeStartObject();
        g.writeName("driver");
        g.writeStartObject();
        g.writeStringProperty("name", "postmortem");
        g.writeStringProperty("semanticVersion", version.replace("-SNAPSHOT", ""));
        g.writeStringProperty("version", version);
        g.writeStringProperty("informationUri", "https://github.com/postmortem-dev/postmortem");
        g.writeName("rules");
        g.writeStartArray();
        for (RuleDescriptor r : rules) {
            g.writeStartObject();
            g.writeStringProperty("id", r.id());
            g.writeStringProperty("name", ruleName(r.id()));
            g.writeName("shortDescription");
            g.writeStartObject();
            g.writeStringProperty("text", firstSentence(r.description()));
            g.writeEndObject();
            g.writeName("fullDescription");
            g.writeStartObject();
            g.writeStringProperty("text", r.description());
            g.writeEndObject();
            g.writeName("defaultConfiguration");
            g.writeStartObject();
            g.writeStringProperty("level", sarifLevel(r.defaultSeverity()));
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.writeStringProperty("columnKind", "utf16CodeUnits");
        g.writeName("results");
        g.writeStartArray();
        return new Writer() {
            @Override
            public void file(FileResult r) {
                for (Located f : r.findings()) {
                    g.writeStartObject();
                    g.writeStringProperty("ruleId", f.ruleId());
                    Integer i = index.get(f.ruleId());
                    if (i != null) {
                        g.writeNumberProperty("ruleIndex", i);
                    }
                    g.writeStringProperty("level", sarifLevel(f.severity()));
                    g.writeName("message");
                    g.writeStartObject();
                    g.writeStringProperty(
                            "text",
                            f.message() + f.suggestion().map(x -> " " + x).orElse(""));
                    g.writeEndObject();
                    g.writeName("locations");
                    g.writeStartArray();
                    g.writeStartObject();
                    g.writeName("physicalLocation");
                    g.writeStartObject();
                    g.writeName("artifactLocation");
                    g.writeStartObject();
                    g.writeStringProperty("uri", uri(r.path()));
                    g.writeEndObject();
                    g.writeName("region");
                    g.writeStartObject();
                    g.writeNumberProperty("startLine", f.line());
                    g.writeNumberProperty("startColumn", f.column());
                    g.writeNumberProperty("endLine", f.endLine());
                    g.writeNumberProperty(
                            "endColumn", Math.max(f.endColumn(), f.line() == f.endLine() ? f.column() : 1));
                    g.writeEndObject();
                    g.writeEndObject();
                    g.writeEndObject();
                    g.writeEndArray();
                    g.writeName("partialFingerprints");
                    g.writeStartObject();
                    g.writeStringProperty("postmortemFinding/v1", fingerprint(r.path(), f));
                    g.writeEndObject();
                    g.writeEndObject();
                }
                g.flush();
            }

            @Override
            public void finish(Summary summary) {
                g.writeEndArray();
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
                g.close();
                write(out, "\n");
            }
        };
    }

    private static String sarifLevel(FindingSeverity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static String ruleName(String id) {
        StringBuilder b = new StringBuilder();
        boolean up = true;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '.' || c == '-' || c == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }

    private static String firstSentence(String s) {
        int dot = s.indexOf(". ");
        return dot < 0 ? s : s.substring(0, dot + 1);
    }

    /** A relative URI: the display path with each segment percent-encoded where needed. */
    static String uri(String path) {
        if (path.equals("-")) {
            return "stdin";
        }
        StringBuilder b = new StringBuilder();
        for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(String.format("%02X", c));
            }
        }
        return b.toString();
    }

    /** A fingerprint of what was found where, independent of line numbers. */
    static String fingerprint(String path, Located f) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String key = path + "\u0000" + f.ruleId() + "\u0000" + f.modelPath() + "\u0000" + f.excerpt() + "\u0000"
                    + (f.modelPath().isEmpty() && f.excerpt().isEmpty() ? f.line() + ":" + f.message() : "");
            return HexFormat.of()
                    .formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
