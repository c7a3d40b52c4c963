package dev.postmortem.core.model;

import dev.postmortem.core.model.constraints.ModelConstraints;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The header's "Calculated Impact" line: its text as written and the figures it states.
 *
 * <p>In the guide's example, "12,400 failed API calls; 0.03% rolling error budget depletion" has
 * {@code failedRequests = 12400} and {@code budgetConsumed = 0.03%}. The project reads a budget
 * figure here as a share of the error budget, the same unit as the SLO section's remaining-before
 * and remaining-after figures, so the consistency checks compare it with their difference (in the
 * guide they disagree: 94.2% − 91.1% is 3.1% of the budget). Generated as {@link ImpactSummary}.
 */
@Value.Immutable
@ModelConstraints
abstract class AbstractImpactSummary {
    /**
     * The line as written.
     *
     * @return the text; may be empty when only the figures are known
     */
    @Value.Default
    public String text() {
        return "";
    }

    /**
     * The failed requests or other bad events stated in the summary.
     *
     * @return the count, or empty
     */
    public abstract OptionalLong failedRequests();

    /**
     * The share of the error budget the summary says the incident consumed.
     *
     * @return the share, or empty
     */
    public abstract Optional<Fraction> budgetConsumed();

    @Value.Check
    void check() {
        failedRequests().ifPresent(n -> {
            if (n < 0) {
                throw new IllegalArgumentException("failedRequests " + n + " must not be negative");
            }
        });
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
