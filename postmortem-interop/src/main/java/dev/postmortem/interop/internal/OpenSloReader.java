package dev.postmortem.interop.internal;

import dev.postmortem.core.model.Fraction;
import dev.postmortem.core.model.SloWindow;
import dev.postmortem.interop.OpenSlo;
import dev.postmortem.json.common.JsonReadException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads an OpenSLO v1 SLO document. */
public final class OpenSloReader {
    private static final Pattern DURATION = Pattern.compile("([1-9][0-9]{0,5})([smhdwMQY])");
    private static final Set<String> METHODS = Set.of("Occurrences", "Timeslices", "RatioTimeslices");
    private static final YAMLMapper MAPPER = YAMLMapper.builder(YAMLFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(64)
                            .maxStringLength(OpenSlo.MAX_LENGTH)
                            .maxNumberLength(100)
                            .build())
                    .build())
            .build();

    private OpenSloReader() {}

    /**
     * Parses the text into a tree.
     *
     * @param yaml the text
     * @param maxLength the longest text, in bytes
     * @return the root
     * @throws JsonReadException if too long or not YAML
     */
    public static Node tree(String yaml, int maxLength) {
        if (yaml == null || yaml.isBlank()) {
            throw JsonReadException.of("", 0, 0, "the document is empty", "an OpenSLO v1 SLO document", null);
        }
        if (yaml.length() > maxLength || yaml.getBytes(StandardCharsets.UTF_8).length > maxLength) {
            throw JsonReadException.of(
                    "",
                    0,
                    0,
                    "the document is longer than the limit of " + maxLength + " bytes",
                    "one SLO document",
                    null);
        }
        try {
            JsonNode root = MAPPER.readTree(yaml);
            return Node.root(root == null ? tools.jackson.databind.node.MissingNode.getInstance() : root);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            throw JsonReadException.of(
                    "",
                    at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(),
                    e.getOriginalMessage(),
                    "one well-formed YAML document",
                    e);
        }
    }

    /**
     * Reads the SLO.
     *
     * @param root the root
     * @return the SLO
     * @throws JsonReadException if it is not an OpenSLO v1 SLO the library can compute a budget for
     */
    public static OpenSlo read(Node root) {
        root.object("an OpenSLO document");
        Node api = root.get("apiVersion");
        if (!api.requiredText("apiVersion: openslo/v1").equals("openslo/v1")) {
            throw api.error("'" + api.text().get() + "' is not a version this reader knows", "openslo/v1");
        }
        Node kind = root.get("kind");
        if (!kind.requiredText("kind: SLO").equals("SLO")) {
            throw kind.error("the document is a " + kind.text().get() + ", not an SLO", "kind: SLO");
        }
        String name = root.path("metadata", "name").requiredText("metadata.name, the SLO's name");
        Node spec = root.get("spec").object("the SLO's spec");
        if (!spec.get("indicator").present() && !spec.get("indicatorRef").present()) {
            throw spec.error("the SLO has neither indicator nor indicatorRef", "an indicator or an indicatorRef");
        }
        Node method = spec.get("budgetingMethod");
        String m = method.requiredText("budgetingMethod: Occurrences, Timeslices or RatioTimeslices");
        if (!METHODS.contains(m)) {
            throw method.error("'" + m + "' is not a budgeting method", "Occurrences, Timeslices or RatioTimeslices");
        }
        List<Node> windows = spec.get("timeWindow").elements();
        if (windows.size() != 1) {
            throw spec.get("timeWindow")
                    .error("the SLO has " + windows.size() + " time windows", "exactly one time window");
        }
        SloWindow window = window(windows.get(0));
        List<OpenSlo.Objective> objectives = new ArrayList<>();
        for (Node o : spec.get("objectives").elements()) {
            objectives.add(new OpenSlo.Objective(o.get("displayName").text(), target(o)));
        }
        if (objectives.isEmpty()) {
            throw spec.get("objectives").error("the SLO has no objective", "at least one objective with a target");
        }
        return OpenSlo.of(name, window, m, objectives);
    }

    private static Fraction target(Node objective) {
        Node t = objective.get("target");
        Node p = objective.get("targetPercent");
        Optional<BigDecimal> value = decimal(t);
        Optional<BigDecimal> percent = decimal(p);
        if (value.isPresent()) {
            if (value.get().signum() <= 0 || value.get().compareTo(BigDecimal.ONE) >= 0) {
                throw t.error(
                        "the target " + value.get() + " is not between 0 and 1",
                        "a target such as 0.999 (above 0, below 1)");
            }
            return Fraction.of(value.get());
        }
        if (percent.isPresent()) {
            BigDecimal v = percent.get();
            if (v.signum() <= 0 || v.compareTo(BigDecimal.valueOf(100)) >= 0) {
                throw p.error("the target " + v + "% is not between 0 and 100", "a targetPercent such as 99.9");
            }
            return Fraction.ofPercent(v);
        }
        throw objective.error("the objective has no target", "target (such as 0.999) or targetPercent (such as 99.9)");
    }

    private static Optional<BigDecimal> decimal(Node n) {
        if (!n.present()) {
            return Optional.empty();
        }
        if (!n.json().isNumber()) {
            throw n.error("the value is not a number", "a number such as 0.999");
        }
        return Optional.of(n.json().decimalValue());
    }

    private static SloWindow window(Node w) {
        w.object("a time window with duration and isRolling");
        Node d = w.get("duration");
        String text = d.requiredText("the window's duration, such as 28d");
        Matcher m = DURATION.matcher(text);
        if (!m.matches()) {
            throw d.error(
                    "'" + text + "' is not an OpenSLO duration",
                    "a number and a unit s, m, h, d, w, M, Q or Y, such as 28d");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2);
        Node r = w.get("isRolling");
        boolean rolling = (r.present() && r.json().isBoolean())
                ? r.json().booleanValue()
                : !w.get("calendar").present();
        if (r.present() && !r.json().isBoolean()) {
            throw r.error("the value is not true or false", "isRolling: true or false");
        }
        if (!rolling) {
            if (n == 1 && unit.equals("w")) {
                return SloWindow.calendar(SloWindow.CalendarPeriod.WEEK);
            }
            if (n == 1 && unit.equals("M")) {
                return SloWindow.calendar(SloWindow.CalendarPeriod.MONTH);
            }
            if (n == 1 && unit.equals("Q")) {
                return SloWindow.calendar(SloWindow.CalendarPeriod.QUARTER);
            }
            throw d.error(
                    "a calendar window of " + text + " has no counterpart in the model",
                    "1w, 1M or 1Q for a calendar window");
        }
        Duration length = switch (unit) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            case "w" -> Duration.ofDays(7 * n);
            default ->
                throw d.error(
                        "a rolling window of " + text + " has no fixed length",
                        "a rolling window in s, m, h, d or w, such as 28d");
        };
        return SloWindow.rolling(length);
    }
}
