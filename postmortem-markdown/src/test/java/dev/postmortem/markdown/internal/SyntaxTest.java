package dev.postmortem.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The shared line syntax's small parsers. */
class SyntaxTest {
    @Test
    void aDateIsReadOnlyInItsIsoFormAndAValidDay() {
        assertThat(Syntax.parseDate(" 2026-05-19 ")).contains(LocalDate.of(2026, 5, 19));
        assertThat(Syntax.parseDate("2024-02-29")).contains(LocalDate.of(2024, 2, 29));
        // ten characters that are no date: an owner handle, other separators, an impossible day
        assertThat(Syntax.parseDate("@TeamAlpha")).isEmpty();
        assertThat(Syntax.parseDate("2026/05/19")).isEmpty();
        assertThat(Syntax.parseDate("2026-13-01")).isEmpty();
        assertThat(Syntax.parseDate("2025-02-29")).isEmpty();
        assertThat(Syntax.parseDate("2026-5-19")).isEmpty();
        assertThat(Syntax.parseDate("")).isEmpty();
    }
}
