package dev.postmortem.json.internal;

import dev.postmortem.core.report.SourceMap;
import dev.postmortem.core.report.SourceRange;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Builds the source map of a JSON document from Jackson's token locations: every value's range by
 * its JSON pointer, and for every string the runs of its characters that stand one for one in the
 * source (an escape such as {@code \n} or {@code \u00e9} is one character of the text and several of
 * the source). Not thread-safe; used once per document.
 */
public final class JsonSources {
    private JsonSources() {}

    /**
     * Maps a document that has been read already.
     *
     * @param source the document's text
     * @param parser a parser over exactly that text, which this method reads to the end and does not
     *     close
     * @return the map; what was found before a syntax error, if the document has one
     */
    public static SourceMap map(String source, JsonParser parser) {
        SourceMap.Builder m = SourceMap.builder();
        try {
            JsonToken t;
            while ((t = parser.nextToken()) != null) {
                if (t == JsonToken.PROPERTY_NAME || t.isStructEnd()) {
                    continue;
                }
                TokenStreamLocation at = parser.currentTokenLocation();
                long offset = at.getCharOffset();
                if (offset < 0 || offset >= source.length()) {
                    continue;
                }
                int start = (int) offset;
                String pointer;
                if (t.isStructStart()) {
                    pointer = parser.streamReadContext().getParent() == null
                            ? ""
                            : parser.streamReadContext()
                                    .getParent()
                                    .pathAsPointer()
                                    .toString();
                } else {
                    pointer = parser.streamReadContext().pathAsPointer().toString();
                }
                if (t == JsonToken.VALUE_STRING && source.charAt(start) == '"') {
                    string(source, start, pointer, m);
                } else {
                    m.place(pointer, SourceRange.of(start, start + 1));
                }
            }
        } catch (JacksonException e) {
            // the document was read once already; the places found before the problem are kept
        }
        return m.build();
    }

    /** Places a string from its opening quote, and maps its characters run by run. */
    private static void string(String source, int quote, String pointer, SourceMap.Builder m) {
        int n = source.length();
        int i = quote + 1;
        int t = 0;
        int runText = 0;
        int runSource = i;
        // the range first, so that the whole quoted string is the value's place
        int close = i;
        while (close < n && source.charAt(close) != '"') {
            close += source.charAt(close) == '\\' ? 2 : 1;
        }
        m.place(pointer, SourceRange.of(quote, Math.min(n, close + 1)));
        while (i < n && source.charAt(i) != '"') {
            if (source.charAt(i) == '\\') {
                m.text(pointer, runText, runSource, t - runText);
                int width = i + 1 < n && source.charAt(i + 1) == 'u' ? 6 : 2;
                m.text(pointer, t, i, 1); // the escape's character stands at its backslash
                i = Math.min(n, i + width);
                t++;
                runText = t;
                runSource = i;
            } else {
                i++;
                t++;
            }
        }
        m.text(pointer, runText, runSource, t - runText);
    }
}
