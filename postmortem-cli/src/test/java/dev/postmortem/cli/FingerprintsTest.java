package dev.postmortem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.cli.internal.Fingerprints;
import dev.postmortem.cli.internal.Located;
import dev.postmortem.core.report.FindingSeverity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What identifies a finding across edits of its document. */
class FingerprintsTest {
    @Test
    void fingerprintsIgnoreLinesListPositionsSpacingAndNumbersInMessages() {
        Located a = located("language.person-named", "contributingFactors[0].description", "Dave", 27, "m");
        assertThat(Fingerprints.of(a))
                .hasSize(16)
                .isEqualTo(Fingerprints.of(
                        located("language.person-named", "contributingFactors[3].description", "Dave", 90, "m")))
                .isNotEqualTo(Fingerprints.of(
                        located("language.person-named", "contributingFactors[0].title", "Dave", 27, "m")))
                .isNotEqualTo(Fingerprints.of(
                        located("language.failed-to", "contributingFactors[0].description", "Dave", 27, "m")))
                .isNotEqualTo(Fingerprints.of(
                        located("language.person-named", "contributingFactors[0].description", "Alex", 27, "m")));
        assertThat(Fingerprints.of(located("language.counterfactual", "line 3", "should  have", 3, "m")))
                .isEqualTo(Fingerprints.of(located("language.counterfactual", "line 9", "should have", 9, "m")));
        assertThat(Fingerprints.of(located("markdown.unread", "", "", 4, "line 4 is not read")))
                .isEqualTo(Fingerprints.of(located("markdown.unread", "", "", 12, "line 12 is not read")))
                .isNotEqualTo(Fingerprints.of(located("markdown.unread", "", "", 12, "a table is not read")));
    }

    private static Located located(String rule, String path, String excerpt, int line, String message) {
        return new Located(rule, FindingSeverity.ERROR, message, Optional.empty(), line, 1, line, 5, path, excerpt);
    }

    @Test
    void occurrencesNumberTheFindingsThatShareAFingerprintInOrder() {
        Located a = located("readiness.estimate", "actionItems[0].estimate", "", 30, "m");
        Located b = located("readiness.estimate", "actionItems[1].estimate", "", 35, "m");
        Located c = located("readiness.owner", "actionItems[1].owner", "", 35, "m");
        List<Fingerprints.Occurrence> o = Fingerprints.occurrences(List.of(a, b, c));
        assertThat(o).extracting(Fingerprints.Occurrence::number).containsExactly(1, 2, 1);
        assertThat(Fingerprints.unique("pm.md", o.get(0)))
                .hasSize(32)
                .isNotEqualTo(Fingerprints.unique("pm.md", o.get(1)))
                .isNotEqualTo(Fingerprints.unique("other.md", o.get(0)));
    }
}
