package dev.postmortem.markdown;

import dev.postmortem.core.model.Postmortem;
import java.util.List;

/**
 * What {@link MarkdownReader#read} returns: the postmortem and every diagnostic, in document order.
 *
 * @param postmortem the postmortem read; a draft with what could be understood
 * @param diagnostics what was not understood, with positions
 */
public record ReadResult(Postmortem postmortem, List<Diagnostic> diagnostics) {
    /**
     * Copies the diagnostics.
     *
     * @param postmortem the postmortem
     * @param diagnostics the diagnostics
     */
    public ReadResult {
        diagnostics = List.copyOf(diagnostics);
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
