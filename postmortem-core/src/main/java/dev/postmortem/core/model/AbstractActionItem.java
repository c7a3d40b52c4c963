package dev.postmortem.core.model;

import dev.postmortem.core.model.constraints.ModelConstraints;
import dev.postmortem.core.model.constraints.Present;
import dev.postmortem.core.model.constraints.RationaleWhenNotDoing;
import dev.postmortem.core.model.constraints.Required;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A remediation action item, as in the template's
 * {@code [AI-101] [Prevention] Implement validation tests ... by 2026-05-30 (@TeamAlpha)}.
 *
 * <p>Everything but the description may be missing in a draft; the Definition of Ready checks
 * report what an item still lacks before it can enter a sprint. Generated as {@link ActionItem}.
 */
@Value.Immutable
@ModelConstraints
@RationaleWhenNotDoing
abstract class AbstractActionItem {
    /**
     * The id, such as {@code AI-101}.
     *
     * @return the id, or empty in a draft
     */
    @Present(
            message = "an action item needs an id such as AI-101 so tickets and reviews can refer to it",
            payload = Required.class)
    public abstract Optional<ActionItemId> id();

    /**
     * What will be built or changed, aimed at the system.
     *
     * @return the description
     */
    @NotBlank(message = "an action item needs a description of the system change it makes")
    public abstract String description();

    /**
     * What the item does about the failure.
     *
     * @return the type, or empty when not classified
     */
    public abstract Optional<ActionItemType> type();

    /**
     * Who owns the work: a team, role or rotation handle.
     *
     * @return the owner, or empty
     */
    public abstract Optional<OwnerHandle> owner();

    /**
     * When it is due.
     *
     * @return the due date, or empty
     */
    public abstract Optional<LocalDate> dueDate();

    /**
     * Where it stands.
     *
     * @return the status; {@link ActionItemStatus#OPEN} by default
     */
    @Value.Default
    public ActionItemStatus status() {
        return ActionItemStatus.OPEN;
    }

    /**
     * Why the item is not being done; needed when the status is {@link ActionItemStatus#NOT_DOING}.
     *
     * @return the rationale, or empty
     */
    public abstract Optional<String> statusRationale();

    /**
     * The size of the work.
     *
     * @return the estimate, or empty
     */
    public abstract Optional<Estimate> estimate();

    /**
     * How the team will know it works, ideally an automated test or check.
     *
     * @return the criteria, possibly empty
     */
    public abstract List<String> acceptanceCriteria();

    /**
     * The titles of the contributing factors this item addresses.
     *
     * @return factor titles, possibly empty
     */
    public abstract List<String> addressesFactors();

    /**
     * A ticket in the team's tracker, such as {@code OPS-1234} or a URL.
     *
     * @return the reference, or empty
     */
    public abstract Optional<String> ticket();

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
