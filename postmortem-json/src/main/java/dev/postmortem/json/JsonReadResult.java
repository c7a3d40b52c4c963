package dev.postmortem.json;

import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.report.SourceMap;
import java.util.Objects;

/**
 * What {@link PostmortemJson#readWithSources} returns: the postmortem and where each of its values
 * stands in the document. Immutable and thread-safe.
 *
 * @param postmortem the postmortem read
 * @param sources each value's range by JSON pointer, and for strings the source offset of each
 *     character of the text (escapes included)
 */
public record JsonReadResult(Postmortem postmortem, SourceMap sources) {
    /**
     * Checks the components.
     *
     * @param postmortem the postmortem
     * @param sources the source map
     */
    public JsonReadResult {
        Objects.requireNonNull(postmortem, "postmortem");
        Objects.requireNonNull(sources, "sources");
    }
}
