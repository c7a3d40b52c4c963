package dev.postmortem.core.model;

import org.immutables.value.Value;

/**
 * A section outside the template, kept verbatim so that nothing a document holds is lost: its
 * title and its body as Markdown. Generated as {@link AdditionalSection}.
 */
@Value.Immutable
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
}
