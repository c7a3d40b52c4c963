package dev.postmortem.interop.internal;

import dev.postmortem.core.model.EventKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * A vendor's mapping, loaded from a properties file beside this class: which source value means
 * which event kind, severity or status, and which source fields the importer maps (the others are
 * kept as extensions). Keys are {@code section.value}, such as {@code kind.trigger_log_entry}.
 * Immutable and thread-safe.
 */
public final class Mapping {
    private final String name;
    private final Properties entries;

    private Mapping(String name, Properties entries) {
        this.name = name;
        this.entries = entries;
    }

    /**
     * Loads a mapping file.
     *
     * @param name the file's name beside this class, such as {@code pagerduty.properties}
     * @return the mapping
     * @throws IllegalStateException if the file is missing from the jar
     */
    public static Mapping load(String name) {
        Properties p = new Properties();
        try (InputStream in = Mapping.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the mapping " + name + " is missing from the jar");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the mapping " + name, e);
        }
        return new Mapping(name, p);
    }

    /**
     * A value of the mapping.
     *
     * @param section the section, such as {@code severity}
     * @param key the source value, matched without regard to case
     * @return the mapped value, or empty when the mapping has none
     */
    public Optional<String> get(String section, String key) {
        String v = entries.getProperty(section + "." + key);
        if (v == null) {
            v = entries.getProperty(section + "." + key.toLowerCase(Locale.ROOT));
        }
        return Optional.ofNullable(v).map(String::strip).filter(s -> !s.isEmpty());
    }

    /**
     * A comma-separated list value.
     *
     * @param section the section
     * @param key the source value
     * @return the items, empty when the mapping has none
     */
    public List<String> list(String section, String key) {
        List<String> out = new ArrayList<>();
        get(section, key).ifPresent(v -> {
            for (String s : v.split(",")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
        });
        return out;
    }

    /**
     * The event kinds a source value maps to.
     *
     * @param key the source value, such as {@code acknowledge_log_entry}
     * @return the kinds, in order; empty when unmapped
     * @throws IllegalStateException if the file names a kind that does not exist
     */
    public List<EventKind> kinds(String key) {
        List<EventKind> out = new ArrayList<>();
        for (String s : list("kind", key)) {
            try {
                out.add(EventKind.valueOf(s.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("the mapping " + name + " names the unknown event kind " + s, e);
            }
        }
        return out;
    }

    /**
     * The source fields of an object the importer maps.
     *
     * @param object the object's name in the mapping, such as {@code incident}
     * @return the field names
     */
    public Set<String> mapped(String object) {
        return Set.copyOf(list("mapped", object));
    }
}
