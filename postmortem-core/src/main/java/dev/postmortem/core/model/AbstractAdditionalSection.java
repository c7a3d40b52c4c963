package dev.postmortem.core.model;

import dev.postmortem.core.model.constraints.ModelConstraints;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A section outside the template, kept verbatim so that nothing a document holds is lost: its
 * title and its body as Markdown. Generated as {@link AdditionalSection}.
 */
@Value.Immutable
@ModelConstraints
abstract class AbstractAdditionalSection {
    /**
     * The heading text.
     *
     * @return the title; may be empty for text before the first heading
     */
    @Value.Parameter
    public abstract String title();

    /**
     * The body, as Markdown.
     *
     * @return the body
     */
    @Value.Parameter
    public abstract String body();

    /**
     * Fields of a JSON document that this version of the library does not know, kept so that a
     * document from a newer producer survives a round trip: field name to the field's value as
     * compact JSON text. The JSON reader fills them (unless it reads strictly) and the JSON writer
     * writes them back after the known fields; Markdown does not carry them.
     *
     * @return the extension fields in document order; empty for most postmortems
     */
    public abstract Map<String, String> extensions();
}
