package dev.postmortem.json.testing;

import dev.postmortem.core.model.ActionItem;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.TimelineEvent;
import dev.postmortem.core.testing.PostmortemGenerator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Generators for the JSON tests of both bindings: postmortems with extension fields, and JSON
 * values in the compact form both Jackson versions write, so a captured extension equals the text
 * it came from.
 */
public final class JsonFixtures {
    private static final String[] WORDS = {
        "priority", "pagerUrl", "x-tool", "región", "監視", "emoji😀", "a/b", "tilde~name", "quote\"d", "back\\slash"
    };

    private JsonFixtures() {}

    /**
     * QuickTheories generator of postmortems, half of them with extension fields.
     *
     * @return the generator
     */
    public static Gen<Postmortem> postmortems() {
        return SourceDSL.longs().all().map(JsonFixtures::generate);
    }

    /**
     * The postmortem for a seed: the core generator's, with extensions on the document, its first
     * timeline event and its first action item for half the seeds.
     *
     * @param seed the seed
     * @return the postmortem
     */
    public static Postmortem generate(long seed) {
        Random r = new Random(seed);
        Postmortem p = PostmortemGenerator.generate(r);
        return r.nextBoolean() ? withExtensions(p, r) : p;
    }

    /**
     * Adds extension fields at three levels.
     *
     * @param p the postmortem
     * @param r the random source
     * @return the postmortem with extensions
     */
    public static Postmortem withExtensions(Postmortem p, Random r) {
        Postmortem out = p.withExtensions(extensions(r));
        if (!p.timeline().isEmpty()) {
            List<TimelineEvent> events = new ArrayList<>(p.timeline());
            events.set(0, events.get(0).withExtensions(extensions(r)));
            out = out.withTimeline(events);
        }
        if (!p.actionItems().isEmpty()) {
            List<ActionItem> items = new ArrayList<>(p.actionItems());
            items.set(0, items.get(0).withExtensions(extensions(r)));
            out = out.withActionItems(items);
        }
        return out.withLessons(out.lessons().withExtensions(extensions(r)));
    }

    /**
     * One to three extension fields with names no model type uses.
     *
     * @param r the random source
     * @return field name to compact JSON text
     */
    public static Map<String, String> extensions(Random r) {
        Map<String, String> out = new LinkedHashMap<>();
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            out.put("ext" + i + WORDS[r.nextInt(WORDS.length)], value(r, 3));
        }
        return out;
    }

    /**
     * A JSON value in the compact form Jackson writes.
     *
     * @param r the random source
     * @param depth how much deeper objects and arrays may nest
     * @return the JSON text
     */
    public static String value(Random r, int depth) {
        int kind = r.nextInt(depth > 0 ? 8 : 6);
        return switch (kind) {
            case 0 -> "null";
            case 1 -> r.nextBoolean() ? "true" : "false";
            case 2 -> Long.toString(r.nextLong() % 1_000_000L);
            case 3 -> (r.nextInt(2000) - 1000) + "." + (1 + r.nextInt(999));
            case 4, 5 -> string(WORDS[r.nextInt(WORDS.length)] + " " + r.nextInt(100));
            case 6 -> {
                StringBuilder b = new StringBuilder("[");
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    b.append(i > 0 ? "," : "").append(value(r, depth - 1));
                }
                yield b.append(']').toString();
            }
            default -> {
                StringBuilder b = new StringBuilder("{");
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    b.append(i > 0 ? "," : "")
                            .append(string("k" + i + WORDS[r.nextInt(WORDS.length)]))
                            .append(':')
                            .append(value(r, depth - 1));
                }
                yield b.append('}').toString();
            }
        };
    }

    private static String string(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
