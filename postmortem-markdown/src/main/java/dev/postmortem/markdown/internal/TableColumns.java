package dev.postmortem.markdown.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The header names of the columns of timeline and action-item tables, read from {@code
 * layout/table-columns.txt}: a new name for a known column is one line of that file, nothing in
 * code. Immutable; safe to share between threads.
 */
public final class TableColumns {
    private static final String RESOURCE = "/dev/postmortem/markdown/layout/table-columns.txt";
    private static final Map<String, List<Name>> NAMES = load();

    /** A header name as the file writes it: its words, and whether a leading {@code ~} lets it stand inside a header. */
    private record Name(String words, boolean inside) {
        static Name of(String written) {
            return written.startsWith("~") ? new Name(written.substring(1), true) : new Name(written, false);
        }
    }

    private TableColumns() {}

    /**
     * The index of a column in a table's header: the first header equal to one of the column's
     * names, else the first that starts with one of them and a space, else the first that contains
     * one written with a leading {@code ~}.
     *
     * @param header the header cells, normalised as the reader compares them
     * @param column a column of the file, such as {@code action.owner}
     * @param skip an index never taken (another column already found there), or -1
     * @return the index, or -1 if no header names the column
     * @throws IllegalArgumentException if the file has no such column
     */
    public static int find(List<String> header, String column, int skip) {
        List<Name> names = NAMES.get(column);
        if (names == null) {
            throw new IllegalArgumentException("no table column '" + column + "' in " + RESOURCE);
        }
        for (int i = 0; i < header.size(); i++) {
            for (Name n : names) {
                if (i != skip && header.get(i).equals(n.words())) {
                    return i;
                }
            }
        }
        for (int i = 0; i < header.size(); i++) {
            for (Name n : names) {
                String h = header.get(i);
                if (i != skip
                        && ((h.startsWith(n.words())
                                        && h.length() > n.words().length()
                                        && h.charAt(n.words().length()) == ' ')
                                || (n.inside() && h.contains(n.words())))) {
                    return i; // "Type (Mitigate/ Prevent/ Process)", "Start time"
                }
            }
        }
        return -1;
    }

    private static Map<String, List<Name>> load() {
        Map<String, List<Name>> m = new LinkedHashMap<>();
        for (String line : Syntax.resourceLines(RESOURCE)) {
            String[] kv = line.split("\t");
            if (kv.length != 2 || kv[1].isBlank()) {
                throw new IllegalStateException(RESOURCE + ": '" + line + "' is not 'column<TAB>header name'");
            }
            m.computeIfAbsent(kv[0].strip(), k -> new ArrayList<>()).add(Name.of(kv[1].strip()));
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(m);
    }
}
