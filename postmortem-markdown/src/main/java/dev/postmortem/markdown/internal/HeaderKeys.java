package dev.postmortem.markdown.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The keys of a document's metadata lines and the field each fills, read from {@code
 * layout/header-keys.txt}: a new key for a known field is one line of that file, nothing in code.
 */
public final class HeaderKeys {
    private static final String RESOURCE = "/dev/postmortem/markdown/layout/header-keys.txt";
    private static final Map<String, Field> KEYS = load();

    private HeaderKeys() {}

    /** A field of the model a metadata line fills, and where its source is placed. */
    public enum Field {
        /** The template's version. */
        TEMPLATE_VERSION("/templateVersion"),
        /** The title. */
        TITLE("/title"),
        /** The incident id. */
        ID("/id"),
        /** The postmortem's status. */
        STATUS("/status"),
        /** The incident's date. */
        DATE("/date"),
        /** The zone the timeline's times are in: used, and kept as written. */
        TIME_ZONE(null),
        /** The severity. */
        SEVERITY("/severity"),
        /** The duration and window. */
        DURATION("/window"),
        /** The impact summary's text. */
        IMPACT_SUMMARY("/impactSummary"),
        /** The impact summary's failed requests. */
        FAILED_REQUESTS("/impactSummary"),
        /** The impact summary's consumed error budget. */
        BUDGET_CONSUMED("/impactSummary"),
        /** The authors. */
        AUTHORS("/authors"),
        /** The review meeting's date. */
        REVIEW_DATE("/reviewMeetingDate");

        private final String pointer;

        Field(String pointer) {
            this.pointer = pointer;
        }

        /**
         * Where in the model the line is placed, when the model has a field for it.
         *
         * @return the JSON pointer, or empty
         */
        public java.util.Optional<String> pointer() {
            return java.util.Optional.ofNullable(pointer);
        }

        /**
         * Whether the line is kept as written besides being read: the model has no field for it.
         *
         * @return true if kept
         */
        public boolean kept() {
            return pointer == null;
        }
    }

    /**
     * The field a key fills.
     *
     * @param key the key, normalised as headings are
     * @return the field, or null when the key is not a known header key
     */
    public static Field field(String key) {
        return KEYS.get(key);
    }

    private static Map<String, Field> load() {
        Map<String, Field> m = new HashMap<>();
        for (String line : Syntax.resourceLines(RESOURCE)) {
            String[] kv = line.split("\t");
            if (kv.length != 2) {
                throw new IllegalStateException(RESOURCE + ": '" + line + "' is not 'key<TAB>field'");
            }
            Field f = Field.valueOf(kv[1].strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            if (m.put(kv[0].strip(), f) != null) {
                throw new IllegalStateException(RESOURCE + ": key '" + kv[0].strip() + "' is given twice");
            }
        }
        return Map.copyOf(m);
    }
}
