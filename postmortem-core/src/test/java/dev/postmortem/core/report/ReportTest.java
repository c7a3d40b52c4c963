package dev.postmortem.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {
    @Test
    void findingsAreSortedByPathThenSpanThenRule() {
        Finding b = Finding.of("x.b", FindingSeverity.INFO, "b", "m");
        Finding a2 = Finding.of("x.a", FindingSeverity.ERROR, "a", "m").withSpan(Span.of(1, 5, 1, 6, 4, 5));
        Finding a1 = Finding.of("x.z", FindingSeverity.WARNING, "a", "m").withSpan(Span.of(1, 1, 1, 2, 0, 1));
        Report r = Report.of(List.of(b, a2, a1));
        assertThat(r.findings()).containsExactly(a1, a2, b);
        assertThat(r.atLeast(FindingSeverity.WARNING)).containsExactly(a1, a2);
        assertThat(r.withSeverity(FindingSeverity.INFO)).containsExactly(b);
        assertThat(r.isValid()).isFalse();
        assertThat(r.merge(Report.empty())).isEqualTo(r);
    }

    @Test
    void spanInText_countsLinesAndColumnsFromOne() {
        String text = "ab\ncd\r\nef";
        Span s = Span.inText(text, 7, 9);
        assertThat(s).hasToString("3:1-3:3");
        assertThat(s.startOffset()).isEqualTo(7);
        assertThat(Span.inText(text, 1, 4)).hasToString("1:2-2:2");
        assertThatThrownBy(() -> Span.inText(text, 5, 99)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ruleIdsNeedAFamily() {
        assertThatThrownBy(() -> Finding.of("nofamily", FindingSeverity.INFO, "", "m"))
                .hasMessageContaining("family.rule");
        assertThat(Finding.of("language.counterfactual", FindingSeverity.INFO, "", "m")
                        .family())
                .isEqualTo("language");
    }
}
