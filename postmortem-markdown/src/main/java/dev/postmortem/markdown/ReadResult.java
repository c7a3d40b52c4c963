package dev.postmortem.markdown;

import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.report.SourceMap;
import java.util.List;
import java.util.Objects;

/**
 * What {@link MarkdownReader#read} returns: the postmortem, every diagnostic in document order, and
 * where each part of the postmortem was read from. Immutable and thread-safe.
 *
 * @param postmortem the postmortem read; a draft with what could be understood
 * @param diagnostics what was not understood, with positions
 * @param sources where each part of the postmortem stands in the document, by JSON pointer: the
 *     block, list item or table row it was read from, and the characters of its text fields that
 *     stand as written
 */
public record ReadResult(Postmortem postmortem, List<Diagnostic> diagnostics, SourceMap sources) {
    /**
     * Copies the diagnostics.
     *
     * @param postmortem the postmortem
     * @param diagnostics the diagnostics
     * @param sources the source map
     */
    public ReadResult {
        Objects.requireNonNull(postmortem, "postmortem");
        diagnostics = List.copyOf(diagnostics);
        Objects.requireNonNull(sources, "sources");
    }

    /**
     * A result with no source map, for a postmortem that was not placed.
     *
     * @param postmortem the postmortem
     * @param diagnostics the diagnostics
     */
    public ReadResult(Postmortem postmortem, List<Diagnostic> diagnostics) {
        this(postmortem, diagnostics, SourceMap.empty());
    }

    /**
     * Whether everything was understood.
     *
     * @return true when there is no diagnostic
     */
    public boolean isClean() {
        return diagnostics.isEmpty();
    }
}
