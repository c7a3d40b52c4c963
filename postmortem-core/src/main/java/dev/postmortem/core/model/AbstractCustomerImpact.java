package dev.postmortem.core.model;

import dev.postmortem.core.model.constraints.ModelConstraints;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The template's "Customer &amp; SLO Impact" section: what users saw, who was affected, how many
 * requests failed and what it cost of the error budget. Generated as {@link CustomerImpact}.
 */
@Value.Immutable
@ModelConstraints
abstract class AbstractCustomerImpact {
    /**
     * What users experienced, such as "timeouts and 502 errors during login".
     *
     * @return the symptoms; may be empty
     */
    @Value.Default
    public String userSymptoms() {
        return "";
    }

    /**
     * Which users, regions or endpoints were affected.
     *
     * @return the segment; may be empty
     */
    @Value.Default
    public String affectedSegment() {
        return "";
    }

    /**
     * The number of failed requests.
     *
     * @return the count, or empty
     */
    public abstract OptionalLong failedRequests();

    /**
     * The number of affected users.
     *
     * @return the count, or empty
     */
    public abstract OptionalLong affectedUsers();

    /**
     * The error budget around the incident.
     *
     * @return the budget, or empty
     */
    public abstract Optional<@Valid ErrorBudget> errorBudget();

    @Value.Check
    void check() {
        failedRequests().ifPresent(n -> nonNegative(n, "failedRequests"));
        affectedUsers().ifPresent(n -> nonNegative(n, "affectedUsers"));
    }

    private static void nonNegative(long n, String name) {
        if (n < 0) {
            throw new IllegalArgumentException(name + " " + n + " must not be negative");
        }
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
