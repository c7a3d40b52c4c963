package dev.postmortem.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.core.model.OwnerHandle;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The trailing bracket of owner and due date, in the forms teams write it. */
class ActionItemLineTest {
    private static final LocalDate DUE = LocalDate.of(2026, 3, 28);

    @Test
    void ownerAndDueInAnyOrderWithOrWithoutLabels() {
        for (String line : new String[] {
            "Add a canary stage (@payments-team, due 2026-03-28)",
            "Add a canary stage (Owner: @payments-team; Due: 2026-03-28)",
            "Add a canary stage (2026-03-28, @payments-team)",
            "Add a canary stage (owner @payments-team, by 2026-03-28)",
            "Add a canary stage (@payments-team, 2026-03-28,)"
        }) {
            ActionItemLine a = ActionItemLine.parse(line);
            assertThat(a.description()).as(line).isEqualTo("Add a canary stage");
            assertThat(a.owner()).as(line).contains(OwnerHandle.parse("@payments-team"));
            assertThat(a.due()).as(line).contains(DUE);
        }
    }

    @Test
    void aBracketThatIsNotAllOwnerAndDateStaysInTheDescription() {
        for (String line : new String[] {
            "Add a canary stage (see the runbook, @payments-team)",
            "Add a canary stage (@payments-team, , 2026-03-28)",
            "Add a canary stage (due soon)"
        }) {
            ActionItemLine a = ActionItemLine.parse(line);
            assertThat(a.description()).as(line).isEqualTo(line);
            assertThat(a.owner()).as(line).isEmpty();
        }
    }
}
