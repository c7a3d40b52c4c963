package dev.postmortem.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The page: {@code report.html} with {@code report.css}, Apache ECharts' {@code echarts.min.js}
 * (unpacked from its WebJar into this jar at build time), {@code report.js} and the data inlined.
 */
public final class Page {
    private static final String TEMPLATE = resource("report.html");
    private static final String STYLE = resource("report.css");
    private static final String SCRIPT = script(resource("report.js"));
    private static final String ECHARTS = script(resource("echarts.min.js"));

    private static final java.util.regex.Pattern PLACEHOLDER =
            java.util.regex.Pattern.compile("/\\*\\{\\{(\\w+)}}\\*/");

    private Page() {}

    /**
     * The page with its data.
     *
     * @param data the JSON, already escaped for a script element
     * @return the HTML document
     */
    public static String render(String data) {
        // each placeholder of the template is filled once, so text inside one part (a title in the
        // data, a string in a script) is never taken for a placeholder
        java.util.regex.Matcher m = PLACEHOLDER.matcher(TEMPLATE);
        StringBuilder out = new StringBuilder(TEMPLATE.length() + ECHARTS.length() + data.length() + 65536);
        int at = 0;
        while (m.find()) {
            out.append(TEMPLATE, at, m.start());
            out.append(
                    switch (m.group(1)) {
                        case "style" -> STYLE;
                        case "echarts" -> ECHARTS;
                        case "script" -> SCRIPT;
                        case "data" -> data;
                        default -> throw new IllegalStateException("unknown placeholder " + m.group());
                    });
            at = m.end();
        }
        return out.append(TEMPLATE, at, TEMPLATE.length()).toString();
    }

    /** A script made safe to inline: nothing in it may close the script element. */
    private static String script(String js) {
        if (js.toLowerCase(Locale.ROOT).contains("</script")) {
            return js.replaceAll("(?i)</script", "<\\\\/script");
        }
        return js;
    }

    private static String resource(String name) {
        try (InputStream in = Page.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the report's " + name + " is missing from the postmortem-report jar;"
                        + " rebuild it with ./mvnw package");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report's " + name, e);
        }
    }
}
