package dev.postmortem.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.core.report.SourceMap;
import dev.postmortem.core.report.SourceRange;
import org.junit.jupiter.api.Test;

class JsonSourcesTest {
    private static final String DOC = "{\n  \"schemaVersion\": 1,\n  \"title\": \"Caf\\u00e9 \\\"queue\\\" stall\",\n"
            + "  \"actionItems\": [\n    {\"description\": \"Same text\", \"type\": \"prevention\"},\n"
            + "    {\"description\": \"Same text\", \"type\": \"prevention\"}\n  ]\n}\n";

    @Test
    void everyValueIsPlacedFromTheParsersLocations() {
        JsonReadResult r = PostmortemJson.create().readWithSources(DOC);
        SourceMap m = r.sources();
        assertThat(r.postmortem().title()).isEqualTo("Café \"queue\" stall");
        int title = DOC.indexOf("\"Caf");
        assertThat(m.range("/title")).hasValue(SourceRange.of(title, DOC.indexOf(",\n  \"actionItems")));
        assertThat(m.range("/schemaVersion").map(SourceRange::start)).hasValue(DOC.indexOf('1'));
        assertThat(m.range("").map(SourceRange::start)).hasValue(0);
        assertThat(m.range("/actionItems/1").map(SourceRange::start)).hasValue(DOC.lastIndexOf("{\"description\""));
    }

    @Test
    void aStringsCharactersAreMappedPastItsEscapes() {
        SourceMap m = PostmortemJson.create().readWithSources(DOC).sources();
        String text = "Café \"queue\" stall";
        int quote = DOC.indexOf("\"Caf");
        assertThat(m.offsetOf("/title", 0).getAsInt()).isEqualTo(quote + 1);
        assertThat(m.offsetOf("/title", text.indexOf('é')).getAsInt()).isEqualTo(DOC.indexOf("\\u00e9"));
        assertThat(m.offsetOf("/title", text.indexOf("queue")).getAsInt()).isEqualTo(DOC.indexOf("queue"));
        assertThat(m.offsetOf("/title", text.indexOf("stall")).getAsInt()).isEqualTo(DOC.indexOf("stall"));
    }

    @Test
    void twoValuesWithTheSameTextKeepTheirOwnPlaces() {
        SourceMap m = PostmortemJson.create().readWithSources(DOC).sources();
        int first = DOC.indexOf("Same text");
        int second = DOC.lastIndexOf("Same text");
        assertThat(m.offsetOf("/actionItems/0/description", 0).getAsInt()).isEqualTo(first);
        assertThat(m.offsetOf("/actionItems/1/description", 0).getAsInt()).isEqualTo(second);
    }
}
