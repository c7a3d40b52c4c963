package dev.postmortem.core.model;

import dev.postmortem.core.model.constraints.ModelConstraints;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Lessons learned: what went well (the guide asks to celebrate it), what went wrong, where the
 * team got lucky, and the lessons many teams write as one flat list under "Lessons learned" without
 * sorting them. Generated as {@link Lessons}.
 */
@Value.Immutable
@ModelConstraints
abstract class AbstractLessons {
    /**
     * What went well, such as a fast rollback.
     *
     * @return the items
     */
    public abstract List<String> wentWell();

    /**
     * What went wrong.
     *
     * @return the items
     */
    public abstract List<String> wentWrong();

    /**
     * Where the team got lucky: near-misses worth fixing before they bite.
     *
     * @return the items
     */
    public abstract List<String> gotLucky();

    /**
     * Lessons written as one list, not sorted into what went well, wrong or lucky: how most published
     * postmortems write them. Kept apart so that nothing is guessed into the three lists.
     *
     * @return the items
     */
    public abstract List<String> learned();

    /**
     * Whether no lesson is recorded.
     *
     * @return true if all four lists are empty
     */
    public boolean isEmpty() {
        return wentWell().isEmpty()
                && wentWrong().isEmpty()
                && gotLucky().isEmpty()
                && learned().isEmpty();
    }

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
