package dev.postmortem.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pieces of the header reading that decide what one line holds. */
class HeaderReaderTest {
    @Test
    void aBarOfBoldKeysSplitsAtEachKey() {
        assertThat(HeaderReader.keyBar("**Date:** 2021-06-01 | **Duration:** 3 hours | __Severity__: SEV-2"))
                .containsExactly("**Date:** 2021-06-01", "**Duration:** 3 hours", "__Severity__: SEV-2");
    }

    @Test
    void aBarInsideAValueOrALineWithoutABoldKeyStaysWhole() {
        assertThat(HeaderReader.keyBar("**Impact:** reads | writes failed"))
                .containsExactly("**Impact:** reads | writes failed");
        assertThat(HeaderReader.keyBar("Date: 2021-06-01 | **Severity:** SEV-2"))
                .containsExactly("Date: 2021-06-01 | **Severity:** SEV-2");
    }

    @Test
    void aDateValueSaysMoreWhenItHoldsARangeATimeOrWords() {
        assertThat(HeaderReader.moreThanADate("2026-07-29 to 2026-07-30")).isTrue();
        assertThat(HeaderReader.moreThanADate("2026-07-29 - 2026-07-30")).isTrue();
        assertThat(HeaderReader.moreThanADate("2026-07-29 (estimated)")).isTrue();
        assertThat(HeaderReader.moreThanADate("2026-07-29")).isFalse();
        assertThat(HeaderReader.moreThanADate("Wednesday, January 15th, 2020")).isFalse();
        assertThat(HeaderReader.moreThanADate("15 Jan. 2020")).isFalse();
        assertThat(HeaderReader.moreThanADate("15 Jan. 2020, 14:00 UTC"))
                .as("a time")
                .isTrue();
    }

    @Test
    void theOneBoldChoiceOfATemplatesChoicesIsTheValue() {
        assertThat(HeaderReader.boldChoice("\\[draft | pending feedback | **final**\\]"))
                .contains("final");
        assertThat(HeaderReader.boldChoice("{__In Review__ | Final}")).contains("In Review");
        assertThat(HeaderReader.boldChoice("[**draft** | **final**]")).isEmpty();
        assertThat(HeaderReader.boldChoice("draft | final")).isEmpty();
        assertThat(HeaderReader.boldChoice("**final**")).isEmpty();
    }
}
