package dev.postmortem.core.model;

import dev.postmortem.core.model.constraints.BudgetNotIncreased;
import dev.postmortem.core.model.constraints.ModelConstraints;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The SLO's error budget around an incident: the target, the window, and the share of the budget
 * remaining before and after the incident. The guide's "Budget dropped from 94.2% remaining down to
 * 91.1%" is {@code remainingBefore = 94.2%}, {@code remainingAfter = 91.1%}: shares of the budget,
 * not of requests. Generated as {@link ErrorBudget}; arithmetic is in {@link ErrorBudgets}.
 */
@Value.Immutable
@ModelConstraints
@BudgetNotIncreased
abstract class AbstractErrorBudget {
    /**
     * The SLO target, such as 99.9%.
     *
     * @return the target, or empty when not stated
     */
    public abstract Optional<Fraction> sloTarget();

    /**
     * The window over which the budget is counted.
     *
     * @return the window, or empty when not stated
     */
    public abstract Optional<SloWindow> window();

    /**
     * The share of the budget that remained before the incident.
     *
     * @return the share, or empty
     */
    public abstract Optional<Fraction> remainingBefore();

    /**
     * The share of the budget that remained after the incident.
     *
     * @return the share, or empty
     */
    public abstract Optional<Fraction> remainingAfter();

    /**
     * The share of the budget the incident consumed: before minus after, floored at 0.
     *
     * @return the consumed share, or empty unless both before and after are known
     */
    @Value.Derived
    @Value.Auxiliary
    public Optional<Fraction> consumed() {
        return remainingBefore().flatMap(b -> remainingAfter().map(b::minusFloored));
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
