package dev.postmortem.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourceRangeTest {
    @Test
    void toStringRoundTripsWithParse() {
        SourceRange r = SourceRange.of(120, 164);
        assertThat(r).hasToString("120..164");
        assertThat(SourceRange.parse(r.toString())).isEqualTo(r).hasSameHashCodeAs(r);
        assertThat(SourceRange.parse("0..0").start()).isZero();
    }

    @Test
    void rangesThatRunBackwardsOrBeforeTheTextAreRefused() {
        assertThatThrownBy(() -> SourceRange.of(5, 4)).hasMessageContaining("0 <= start <= end, not 5..4");
        assertThatThrownBy(() -> SourceRange.of(-1, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SourceRange.parse("12-40")).hasMessageContaining("start..end");
        assertThatThrownBy(() -> SourceRange.parse("a..b")).hasMessageContaining("whole numbers");
        assertThatThrownBy(() -> SourceRange.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void containsCountsTheEndSoAnEmptyRangeHoldsItsPlace() {
        SourceRange r = SourceRange.of(3, 6);
        assertThat(r.contains(3)).isTrue();
        assertThat(r.contains(6)).isTrue();
        assertThat(r.contains(7)).isFalse();
        assertThat(SourceRange.of(4, 4).contains(4)).isTrue();
    }
}
