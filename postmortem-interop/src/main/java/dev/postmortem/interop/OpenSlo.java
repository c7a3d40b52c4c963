package dev.postmortem.interop;

import dev.postmortem.core.checks.config.SloReference;
import dev.postmortem.core.model.Fraction;
import dev.postmortem.core.model.SloWindow;
import dev.postmortem.interop.internal.Node;
import dev.postmortem.interop.internal.OpenSloReader;
import dev.postmortem.json.common.JsonReadException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An OpenSLO v1 {@code SLO} document ({@code apiVersion: openslo/v1}, {@code kind: SLO}): its name,
 * objectives' targets, time window and budgeting method. With the window's event counts it gives
 * the error budget's figures ({@link #figures}) through core's {@code ErrorBudgets}, and a
 * {@link SloReference} that makes the consistency check compare a postmortem's budget figures with
 * them. Immutable and thread-safe.
 */
public final class OpenSlo {
    /** The longest document read, in bytes. */
    public static final int MAX_LENGTH = 1_000_000;

    private final String name;
    private final SloWindow window;
    private final String budgetingMethod;
    private final List<Objective> objectives;

    /**
     * One objective of the SLO.
     *
     * @param name the objective's display name, or empty
     * @param target the target, such as 99.9%
     */
    public record Objective(Optional<String> name, Fraction target) {
        /**
         * Checks the components.
         *
         * @param name the name
         * @param target the target
         */
        public Objective {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(target, "target");
        }
    }

    private OpenSlo(String name, SloWindow window, String budgetingMethod, List<Objective> objectives) {
        this.name = name;
        this.window = window;
        this.budgetingMethod = budgetingMethod;
        this.objectives = List.copyOf(objectives);
    }

    /**
     * Creates the SLO's parts; used by the reader.
     *
     * @param name the SLO's {@code metadata.name}
     * @param window the time window
     * @param budgetingMethod {@code Occurrences}, {@code Timeslices} or {@code RatioTimeslices}
     * @param objectives at least one objective
     * @return the SLO
     * @throws IllegalArgumentException if there is no objective
     */
    public static OpenSlo of(String name, SloWindow window, String budgetingMethod, List<Objective> objectives) {
        if (objectives.isEmpty()) {
            throw new IllegalArgumentException("an SLO needs at least one objective");
        }
        return new OpenSlo(
                Objects.requireNonNull(name, "name"),
                Objects.requireNonNull(window, "window"),
                Objects.requireNonNull(budgetingMethod, "budgeting method"),
                objectives);
    }

    /**
     * Reads an OpenSLO v1 SLO document, YAML or JSON, of at most {@value #MAX_LENGTH} bytes.
     *
     * @param yaml the document
     * @return the SLO
     * @throws JsonReadException naming the JSON pointer of the offending value if the document is not
     *     an OpenSLO v1 SLO the library can compute a budget for
     */
    public static OpenSlo parse(String yaml) {
        Node root = OpenSloReader.tree(yaml, MAX_LENGTH);
        return OpenSloReader.read(root);
    }

    /**
     * The SLO's name.
     *
     * @return {@code metadata.name}
     */
    public String name() {
        return name;
    }

    /**
     * The time window the budget is counted over.
     *
     * @return the window
     */
    public SloWindow window() {
        return window;
    }

    /**
     * How the budget is counted: {@code Occurrences} (events), {@code Timeslices} or
     * {@code RatioTimeslices} (time slices; the counts given to {@link #figures} are then slices).
     *
     * @return the method
     */
    public String budgetingMethod() {
        return budgetingMethod;
    }

    /**
     * The objectives, in document order.
     *
     * @return at least one
     */
    public List<Objective> objectives() {
        return objectives;
    }

    /**
     * The objective of a name, or the only one.
     *
     * @param name the objective's display name, or empty for the first
     * @return the objective
     * @throws IllegalArgumentException if no objective has the name
     */
    public Objective objective(Optional<String> name) {
        if (name.isEmpty()) {
            return objectives.get(0);
        }
        return objectives.stream()
                .filter(o -> o.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the SLO " + this.name + " has no objective named '"
                        + name.get() + "'; its objectives: "
                        + objectives.stream()
                                .map(o -> o.name().orElse("(unnamed)"))
                                .toList()));
    }

    /**
     * The budget's figures for the window's counts, with the first objective.
     *
     * @param eligibleEvents the events (or slices) the SLO counted in the window
     * @param badEvents the bad ones
     * @return the figures
     * @throws IllegalArgumentException if a count is negative or bad exceeds eligible
     */
    public BudgetFigures figures(long eligibleEvents, long badEvents) {
        return BudgetFigures.of(objectives.get(0).target(), window, eligibleEvents, badEvents);
    }

    /**
     * A reference for the consistency check: postmortems' budget figures are compared with the share
     * these counts give.
     *
     * @param objective the objective
     * @param eligibleEvents the events the SLO counted in the window
     * @param badEvents the bad events, or empty to take each postmortem's failed requests
     * @return the reference
     */
    public SloReference reference(Objective objective, long eligibleEvents, OptionalLong badEvents) {
        return SloReference.of(
                "OpenSLO SLO " + name
                        + objective.name().map(n -> " (" + n + ")").orElse(""),
                objective.target(),
                eligibleEvents,
                badEvents);
    }

    @Override
    public String toString() {
        return "OpenSlo[" + name + ", " + window + ", " + budgetingMethod + ", " + objectives + "]";
    }
}
