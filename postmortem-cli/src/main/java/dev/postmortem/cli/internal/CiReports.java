package dev.postmortem.cli.internal;

import dev.postmortem.core.report.FindingSeverity;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reports CI systems read besides SARIF: GitHub workflow commands, GitLab Code Quality,
 * Checkstyle XML, JUnit XML and a Markdown job summary. Each is written as results come, one file
 * at a time, like the reports of {@link Reports}; only the job summary keeps anything between files
 * (the few worst findings it lists). A writer is not thread-safe: one thread writes, in the order
 * the files were given.
 */
public final class CiReports {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            // a report may go to a file that another report follows into; the command closes it
            .disable(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    /** The rule id under which a file that could not be read is reported in the CI formats. */
    public static final String UNREADABLE_RULE = "check.unreadable";

    private CiReports() {}

    private static String level(FindingSeverity s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    /** The message and, when the rule has one, its suggestion, as one text. */
    private static String fullMessage(Located f) {
        if (f.suggestion().isEmpty()) {
            return f.message();
        }
        String m = f.message().stripTrailing();
        boolean ended = m.endsWith(".") || m.endsWith("?") || m.endsWith("!");
        return m + (ended ? " " : ". ") + f.suggestion().get();
    }

    // ---- GitHub workflow commands ---------------------------------------------------------------

    /**
     * A workflow command's message as GitHub's runner reads it back: {@code %}, CR and LF are
     * percent-encoded (the escaping of the Actions toolkit's {@code escapeData}).
     *
     * @param s the text
     * @return the escaped text
     */
    public static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /**
     * A workflow command's property value: as {@link #escapeData(String)}, and {@code :} and
     * {@code ,} too, which would otherwise end the value (the toolkit's {@code escapeProperty}).
     *
     * @param s the text
     * @return the escaped text
     */
    public static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }

    /**
     * GitHub workflow commands: one {@code ::error}, {@code ::warning} or {@code ::notice} line per
     * finding, which the runner shows as an annotation on the file and line, then the text
     * summary.
     *
     * @param out where to write
     * @return the writer
     */
    public static Reports.Writer github(java.io.Writer out) {
        PrintWriter p = new PrintWriter(out);
        Reports.Writer summary = Reports.textWriter(out, false);
        return new Reports.Writer() {
            @Override
            public void file(FileResult r) {
                String file = escapeProperty(r.path());
                r.unreadable()
                        .ifPresent(why -> p.print("::error file=" + file + ",title=" + UNREADABLE_RULE + "::"
                                + escapeData(r.path() + ": " + why) + "\n"));
                for (Located f : r.findings()) {
                    String command = switch (f.severity()) {
                        case ERROR -> "error";
                        case WARNING -> "warning";
                        case INFO -> "notice";
                    };
                    p.print("::" + command + " file=" + file + ",line=" + f.line() + ",endLine=" + f.endLine()
                            + ",col=" + f.column() + ",endColumn=" + f.endColumn() + ",title="
                            + escapeProperty(f.ruleId()) + "::" + escapeData(fullMessage(f)) + "\n");
                }
                p.flush();
            }

            @Override
            public void finish(Reports.Summary s) {
                summary.finish(s);
            }
        };
    }

    // ---- GitLab Code Quality --------------------------------------------------------------------

    /**
     * The Code Quality severity GitLab shows for a finding's severity.
     *
     * @param s the severity
     * @return {@code major} for an error, {@code minor} for a warning, {@code info} for an info
     */
    static String gitlabSeverity(FindingSeverity s) {
        return switch (s) {
            case ERROR -> "major";
            case WARNING -> "minor";
            case INFO -> "info";
        };
    }

    /**
     * GitLab Code Quality: the CodeClimate-style JSON array a merge request's widget reads, one
     * issue per finding with a fingerprint unique in the run and stable across edits elsewhere in
     * the file (see {@link Fingerprints#unique}).
     *
     * @param out where to write
     * @return the writer
     */
    public static Reports.Writer gitlab(java.io.Writer out) {
        JsonGenerator g = MAPPER.writer().with(Reports.pretty()).createGenerator(out);
        g.writeStartArray();
        return new Reports.Writer() {
            @Override
            public void file(FileResult r) {
                if (r.unreadable().isPresent()) {
                    issue(
                            UNREADABLE_RULE,
                            r.path() + ": " + r.unreadable().get(),
                            Fingerprints.unique(r.path(), new Fingerprints.Occurrence(UNREADABLE_RULE, 1)),
                            "critical",
                            r.path(),
                            1);
                }
                List<Fingerprints.Occurrence> o = Fingerprints.occurrences(r.findings());
                for (int i = 0; i < r.findings().size(); i++) {
                    Located f = r.findings().get(i);
                    issue(
                            f.ruleId(),
                            fullMessage(f),
                            Fingerprints.unique(r.path(), o.get(i)),
                            gitlabSeverity(f.severity()),
                            r.path(),
                            f.line());
                }
                g.flush();
            }

            private void issue(
                    String rule, String description, String fingerprint, String severity, String path, int line) {
                g.writeStartObject();
                g.writeStringProperty("type", "issue");
                g.writeStringProperty("check_name", rule);
                g.writeStringProperty("description", description);
                g.writeName("categories");
                g.writeStartArray();
                g.writeString("Style");
                g.writeEndArray();
                g.writeStringProperty("fingerprint", fingerprint);
                g.writeStringProperty("severity", severity);
                g.writeName("location");
                g.writeStartObject();
                g.writeStringProperty("path", path);
                g.writeName("lines");
                g.writeStartObject();
                g.writeNumberProperty("begin", line);
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndObject();
            }

            @Override
            public void finish(Reports.Summary summary) {
                g.writeEndArray();
                g.close();
                Reports.write(out, "\n");
            }
        };
    }

    // ---- XML ------------------------------------------------------------------------------------

    /**
     * Text for an XML 1.0 attribute value or element: markup characters as references, line
     * breaks and tabs in attributes as character references (so a parser does not turn them into
     * spaces), and characters XML 1.0 cannot hold (most control characters, lone surrogates) as
     * U+FFFD.
     */
    static String xml(String s, boolean attribute) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                case '\n' -> b.append(attribute ? "&#10;" : "\n");
                case '\r' -> b.append("&#13;");
                case '\t' -> b.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static String attr(String name, Object value) {
        return " " + name + "=\"" + xml(String.valueOf(value), true) + "\"";
    }

    /**
     * Checkstyle XML, as reviewdog ({@code -f=checkstyle}) and Jenkins' Warnings Next Generation
     * read it: a {@code file} element for every file checked, an {@code error} element per
     * finding with its line, column, severity, message and {@code postmortem.}rule as the source.
     *
     * @param out where to write
     * @param version the tool version, written as the report's version
     * @return the writer
     */
    public static Reports.Writer checkstyle(java.io.Writer out, String version) {
        PrintWriter p = new PrintWriter(out);
        p.print("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle" + attr("version", "postmortem " + version)
                + ">\n");
        p.flush();
        return new Reports.Writer() {
            @Override
            public void file(FileResult r) {
                p.print("  <file" + attr("name", r.path()) + ">\n");
                r.unreadable()
                        .ifPresent(why -> p.print("    <error" + attr("line", 1) + attr("severity", "error")
                                + attr("message", "could not be read: " + why)
                                + attr("source", "postmortem." + UNREADABLE_RULE) + "/>\n"));
                for (Located f : r.findings()) {
                    p.print("    <error" + attr("line", f.line()) + attr("column", f.column())
                            + attr("severity", level(f.severity())) + attr("message", fullMessage(f))
                            + attr("source", "postmortem." + f.ruleId()) + "/>\n");
                }
                p.print("  </file>\n");
                p.flush();
            }

            @Override
            public void finish(Reports.Summary summary) {
                p.print("</checkstyle>\n");
                p.flush();
            }
        };
    }

    /**
     * JUnit XML, as GitLab's test report, Jenkins' JUnit plugin and most CI systems read it: a test
     * suite per file, each with one test case named by the file's path; the case has a
     * {@code failure} per finding at or above the failure threshold, an {@code error} when the
     * file could not be read, and the findings below the threshold in its {@code system-out}.
     *
     * @param out where to write
     * @param failOn the lowest severity that fails
     * @return the writer
     */
    public static Reports.Writer junit(java.io.Writer out, FindingSeverity failOn) {
        PrintWriter p = new PrintWriter(out);
        p.print("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites" + attr("name", "postmortem check") + ">\n");
        p.flush();
        return new Reports.Writer() {
            @Override
            public void file(FileResult r) {
                List<Located> failing = new ArrayList<>();
                List<Located> below = new ArrayList<>();
                for (Located f : r.findings()) {
                    (f.severity().isAtLeast(failOn) ? failing : below).add(f);
                }
                boolean error = r.unreadable().isPresent();
                p.print("  <testsuite" + attr("name", r.path()) + attr("tests", 1)
                        + attr("failures", !error && !failing.isEmpty() ? 1 : 0) + attr("errors", error ? 1 : 0)
                        + attr("skipped", 0) + ">\n");
                p.print("    <testcase" + attr("name", r.path()) + attr("classname", "postmortem") + ">\n");
                if (error) {
                    p.print("      <error" + attr("message", r.unreadable().get()) + attr("type", UNREADABLE_RULE) + ">"
                            + xml(r.path() + ": " + r.unreadable().get(), false) + "</error>\n");
                }
                for (Located f : failing) {
                    p.print("      <failure" + attr("message", f.ruleId() + ": " + f.message())
                            + attr("type", f.ruleId()) + ">" + xml(line(r.path(), f), false) + "</failure>\n");
                }
                if (!below.isEmpty()) {
                    StringBuilder b = new StringBuilder();
                    below.forEach(f -> b.append(line(r.path(), f)).append('\n'));
                    p.print("      <system-out>" + xml(b.toString(), false) + "</system-out>\n");
                }
                p.print("    </testcase>\n  </testsuite>\n");
                p.flush();
            }

            @Override
            public void finish(Reports.Summary summary) {
                p.print("</testsuites>\n");
                p.flush();
            }
        };
    }

    private static String line(String path, Located f) {
        return path + ":" + f.line() + ":" + f.column() + ": " + level(f.severity()) + " " + f.ruleId() + " "
                + fullMessage(f);
    }

    // ---- Markdown job summary -------------------------------------------------------------------

    /** How many of the worst findings the job summary lists. */
    public static final int WORST = 10;

    /**
     * A Markdown job summary, for GitHub's {@code $GITHUB_STEP_SUMMARY} or a merge request comment:
     * whether the run passed, a table of counts, and the worst findings (errors first, then in the
     * order found). Only those few findings are kept between files.
     *
     * @param out where to write
     * @param failOn the lowest severity that fails, named in the verdict
     * @return the writer
     */
    public static Reports.Writer githubSummary(java.io.Writer out, FindingSeverity failOn) {
        PrintWriter p = new PrintWriter(out);
        record Worst(long seq, String path, Located finding) {}
        Comparator<Worst> worse = Comparator.<Worst, Integer>comparing(
                        w -> w.finding().severity().ordinal())
                .thenComparingLong(Worst::seq);
        // the least bad of the kept ones on top, to make room for a worse one
        PriorityQueue<Worst> kept = new PriorityQueue<>(worse.reversed());
        return new Reports.Writer() {
            private long seq;

            @Override
            public void file(FileResult r) {
                for (Located f : r.findings()) {
                    kept.add(new Worst(seq++, r.path(), f));
                    if (kept.size() > WORST) {
                        kept.poll();
                    }
                }
            }

            @Override
            public void finish(Reports.Summary s) {
                p.print("## postmortem check\n\n");
                p.print(
                        s.failed() || s.unreadable() > 0
                                ? "**Failed:** "
                                        + (s.unreadable() > 0
                                                ? s.unreadable() + " file" + (s.unreadable() == 1 ? "" : "s")
                                                        + " could not be read" + (s.failed() ? ", and findings" : "")
                                                : "findings")
                                        + " at or above `" + level(failOn) + "`.\n\n"
                                : "**Passed:** no finding at or above `" + level(failOn) + "`.\n\n");
                p.print("| files | errors | warnings | infos | could not be read |"
                        + (s.baseline().isPresent() ? " in the baseline | fixed since |" : "") + "\n");
                p.print("| ---: | ---: | ---: | ---: | ---: |" + (s.baseline().isPresent() ? " ---: | ---: |" : "")
                        + "\n");
                p.print("| " + s.files() + " | " + s.errors() + " | " + s.warnings() + " | " + s.infos() + " | "
                        + s.unreadable() + " |"
                        + s.baseline()
                                .map(b -> " " + b.baselined() + " | " + b.fixedCount() + " |")
                                .orElse("")
                        + "\n");
                List<Worst> worst = new ArrayList<>(kept);
                worst.sort(worse);
                long total = s.errors() + s.warnings() + s.infos();
                if (!worst.isEmpty()) {
                    p.print("\n### "
                            + (total > worst.size()
                                    ? "The " + worst.size() + " worst of " + total + " findings"
                                    : "Findings")
                            + "\n\n");
                    p.print("| severity | file | line | rule | message |\n| --- | --- | ---: | --- | --- |\n");
                    for (Worst w : worst) {
                        Located f = w.finding();
                        p.print("| " + level(f.severity()) + " | " + cell(w.path()) + " | " + f.line() + " | "
                                + cell(f.ruleId()) + " | " + cell(f.message()) + " |\n");
                    }
                }
                s.baseline().filter(b -> !b.fixed().isEmpty()).ifPresent(b -> {
                    p.print("\n### Fixed since the baseline\n\n");
                    p.print("| file | rule | text | count |\n| --- | --- | --- | ---: |\n");
                    b.fixed().stream()
                            .limit(WORST)
                            .forEach(e -> p.print("| " + cell(e.path()) + " | " + cell(e.ruleId()) + " | "
                                    + cell(e.text()) + " | " + e.count() + " |\n"));
                    if (b.fixed().size() > WORST) {
                        p.print("\nand " + (b.fixed().size() - WORST) + " more; record them with"
                                + " `--write-baseline`.\n");
                    }
                });
                p.flush();
            }
        };
    }

    /**
     * Text for a Markdown table cell: on one line, with the characters that would end the cell,
     * open markup or raw HTML escaped.
     */
    static String cell(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '\r', '\n', '\t' -> b.append(' ');
                case '|', '\\', '`', '*', '_', '[', ']', '#', '~' ->
                    b.append('\\').append(c);
                default -> b.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return b.toString();
    }
}
