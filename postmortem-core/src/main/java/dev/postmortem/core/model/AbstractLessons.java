package dev.postmortem.core.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * Lessons learned: what went well (the guide asks to celebrate it), what went wrong, and where the
 * team got lucky. Generated as {@link Lessons}.
 */
@Value.Immutable
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
     * Whether no lesson is recorded.
     *
     * @return true if all three lists are empty
     */
    public boolean isEmpty() {
        return wentWell().isEmpty() && wentWrong().isEmpty() && gotLucky().isEmpty();
    }
}
