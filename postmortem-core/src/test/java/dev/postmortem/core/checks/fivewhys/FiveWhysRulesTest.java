package dev.postmortem.core.checks.fivewhys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.postmortem.core.checks.config.CheckerConfig;
import dev.postmortem.core.model.FiveWhys;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.WhyStep;
import dev.postmortem.core.report.Finding;
import dev.postmortem.core.report.FindingSeverity;
import dev.postmortem.core.testing.SeedExample;
import org.junit.jupiter.api.Test;

class FiveWhysRulesTest {
    private final FiveWhysRules rules = FiveWhysRules.of(CheckerConfig.defaults());

    /** The guide's chain (its first step is missing in the guide; the problem stands in for it). */
    static FiveWhys guideChain() {
        return FiveWhys.builder()
                .problem("A broken configuration reached production and login failed.")
                .addSteps(
                        WhyStep.of(
                                "Why did the broken configuration reach production?",
                                "CI validated syntax only. The CI"
                                        + " build validation step verified the file's syntax but missed semantic flaws."),
                        WhyStep.of(
                                "Why did it check syntax only?",
                                "No semantic validation designed. The pipeline lacked"
                                        + " semantic validation rules for deployment endpoints."),
                        WhyStep.of(
                                "Why were semantic validation rules missing?",
                                "Requirement missing. The architecture team"
                                        + " had not defined semantic testing requirements for configuration steps."),
                        WhyStep.of(
                                "Why were requirements missing?",
                                "No standard for config validation. The group lacked a"
                                        + " standardized, cross-team configuration validation blueprint."))
                .rootSystemFix(
                        "Add semantic validation and a standard. Build a standardized, semantic configuration check"
                                + " plugin and integrate it directly into all core CI/CD release templates.")
                .build();
    }

    private Postmortem with(FiveWhys w) {
        return SeedExample.postmortem().withFiveWhys(w);
    }

    @Test
    void guideChain_passes() {
        assertThat(rules.check(with(guideChain())).findings()).isEmpty();
    }

    @Test
    void chainEndingInHumanError_isAnError() {
        FiveWhys w = guideChain()
                .withSteps(
                        WhyStep.of("Why did the config break?", "The value was wrong."),
                        WhyStep.of("Why was it wrong?", "It was edited by hand."),
                        WhyStep.of("Why?", "The root cause was human error."));
        assertThat(rules.check(with(w)).findings())
                .extracting(Finding::ruleId, Finding::path, Finding::severity)
                .containsExactly(tuple("fivewhys.ends-in-person", "fiveWhys.steps[2].answer", FindingSeverity.ERROR));
    }

    @Test
    void chainEndingInAPerson_isAnError() {
        FiveWhys w = guideChain()
                .withSteps(
                        WhyStep.of("Why did the config break?", "A value was wrong."),
                        WhyStep.of("Why was it wrong?", "The value was typed by hand."),
                        WhyStep.of("Why?", "Because the engineer made a typo."));
        assertThat(rules.check(with(w)).findings())
                .extracting(Finding::ruleId)
                .containsExactly("fivewhys.ends-in-person");
        FiveWhys named = guideChain()
                .withSteps(
                        WhyStep.of("Why?", "A value was wrong."),
                        WhyStep.of("Why?", "It was not validated."),
                        WhyStep.of("Why?", "John pushed it without a review."));
        assertThat(rules.check(with(named)).findings())
                .extracting(Finding::ruleId)
                .containsExactly("fivewhys.ends-in-person");
    }

    @Test
    void trainingOnlyRootFix_isNotSystemic() {
        assertThat(rules.check(with(guideChain().withRootSystemFix("Retrain engineers to be more careful.")))
                        .findings())
                .extracting(Finding::ruleId)
                .containsExactly("fivewhys.root-fix-not-systemic");
    }

    @Test
    void shortChainAndMissingParts_areWarnedAbout() {
        FiveWhys w = FiveWhys.builder()
                .addSteps(WhyStep.of("Why?", "The canary window was too short."))
                .build();
        assertThat(rules.check(with(w)).findings())
                .extracting(Finding::ruleId, Finding::severity)
                .containsExactly(
                        tuple("fivewhys.missing-problem", FindingSeverity.INFO),
                        tuple("fivewhys.missing-root-fix", FindingSeverity.WARNING),
                        tuple("fivewhys.too-few-steps", FindingSeverity.WARNING));
    }
}
