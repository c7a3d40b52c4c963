package dev.postmortem.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every text factory either parses or fails with an IllegalArgumentException that names its field. */
class FactoryInputProperties {
    private static final Map<String, Function<String, Object>> FACTORIES = new LinkedHashMap<>();

    static {
        FACTORIES.put("incident id", IncidentId::parse);
        FACTORIES.put("action item id", ActionItemId::parse);
        FACTORIES.put("owner handle", OwnerHandle::parse);
        FACTORIES.put("estimate", Estimate::parse);
        FACTORIES.put("fraction", Fraction::parse);
        FACTORIES.put("SLO window", SloWindow::parse);
        FACTORIES.put("incident window", IncidentWindow::parse);
        FACTORIES.put("severity", s -> SeverityScale.standard().parse(s));
    }

    @Test
    void arbitraryText_parsesOrFailsWithANamedMessage() {
        qt().withExamples(1000)
                .forAll(strings().allPossible().ofLengthBetween(0, 40))
                .checkAssert(text -> FACTORIES.forEach((field, factory) -> {
                    try {
                        Object value = factory.apply(text);
                        assertThat(value).isNotNull();
                    } catch (IllegalArgumentException e) {
                        assertThat(e.getMessage()).as(field).containsIgnoringCase(field);
                    }
                }));
    }

    @Test
    void nearMissText_parsesOrFailsWithANamedMessage() {
        String alphabet = "INCAI-0123456789.%@ hdspPTroling";
        qt().withExamples(1000)
                .forAll(strings().betweenCodePoints(32, 126).ofLengthBetween(0, 24))
                .checkAssert(raw -> {
                    StringBuilder text = new StringBuilder();
                    raw.chars().forEach(c -> text.append(alphabet.charAt(c % alphabet.length())));
                    FACTORIES.forEach((field, factory) -> {
                        try {
                            assertThat(factory.apply(text.toString())).isNotNull();
                        } catch (IllegalArgumentException e) {
                            assertThat(e.getMessage()).as(field).containsIgnoringCase(field);
                        }
                    });
                });
    }

    @Test
    void null_failsWithIllegalArgumentNotNullPointer() {
        FACTORIES.forEach((field, factory) -> assertThatThrownBy(() -> factory.apply(null))
                .as(field)
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(NullPointerException.class)
                .hasMessageContaining(field));
    }
}
