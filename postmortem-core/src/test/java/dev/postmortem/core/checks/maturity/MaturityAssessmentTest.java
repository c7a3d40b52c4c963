package dev.postmortem.core.checks.maturity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.core.checks.config.CheckerConfig;
import dev.postmortem.core.checks.maturity.MaturityAssessment.Level;
import dev.postmortem.core.model.ActionItemStatus;
import dev.postmortem.core.model.BehaviourType;
import dev.postmortem.core.model.JustCultureAssessment;
import dev.postmortem.core.model.Lessons;
import dev.postmortem.core.model.OwnerHandle;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.SeverityScale;
import dev.postmortem.core.model.TimelineEvent;
import dev.postmortem.core.testing.SeedExample;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaturityAssessmentTest {
    private final MaturityAssessment assessment = MaturityAssessment.of(
            CheckerConfig.defaults(), Clock.fixed(Instant.parse("2026-07-01T00:00:00Z"), ZoneOffset.UTC));

    private static Postmortem done(Postmortem p) {
        return p.withActionItems(p.actionItems().stream()
                .map(a -> a.withStatus(ActionItemStatus.DONE))
                .toList());
    }

    private static Postmortem blaming() {
        return SeedExample.postmortem()
                .withLessons(Lessons.builder()
                        .addWentWrong("John deployed the broken config.")
                        .build());
    }

    private static Postmortem withJustCulture(Postmortem p) {
        return p.withJustCultureAssessments(JustCultureAssessment.builder()
                .role("on-call engineer")
                .action("rolled back")
                .classification(BehaviourType.HUMAN_ERROR)
                .rationale("visible data was stale")
                .build());
    }

    @Test
    void level0_whenBlameIsCommon() {
        var r = assessment.assess(List.of(blaming(), SeedExample.postmortem()));
        assertThat(r.level()).isEqualTo(Level.REACTIVE_BLAMING);
        assertThat(r.indicator("blame-language rate").evidence()).isEqualTo("1 of 2 postmortems with blaming language");
    }

    @Test
    void level1_whenItemsAreLate() {
        assertThat(assessment.assess(List.of(SeedExample.postmortem())).level()).isEqualTo(Level.PASSIVE_NO_BLAME);
        assertThat(assessment
                        .assess(List.of(SeedExample.postmortem()))
                        .indicator("done on time")
                        .evidence())
                .isEqualTo("0 of 3 items due by 2026-07-01 that are closed");
    }

    @Test
    void level1_whenItemsAreUnowned() {
        Postmortem p = done(SeedExample.postmortem());
        p = p.withActionItems(p.actionItems().stream()
                .map(a -> a.withOwner(OwnerHandle.parse("@TBD")))
                .toList());
        assertThat(assessment.assess(List.of(p)).level()).isEqualTo(Level.PASSIVE_NO_BLAME);
    }

    @Test
    void level2_3_4_buildOnEachOther() {
        Postmortem active = done(SeedExample.postmortem());
        assertThat(assessment.assess(List.of(active)).level()).isEqualTo(Level.ACTIVE_BLAMELESS);
        Postmortem jc = withJustCulture(active);
        assertThat(assessment.assess(List.of(jc)).level()).isEqualTo(Level.JUST_CULTURE_INTEGRATION);
        Postmortem generative = jc.withLessons(Lessons.builder()
                .addWentWell("The alert fired in three minutes.")
                .build());
        Postmortem nearMiss = withJustCulture(done(SeedExample.postmortem()))
                .withSeverity(SeverityScale.standard().parse("SEV5"))
                .withLessons(Lessons.builder()
                        .addWentWell("A canary caught it.")
                        .addGotLucky("Low traffic.")
                        .build())
                .withTimeline(TimelineEvent.of(SeedExample.at("10:02"), "A canary stopped the rollout."));
        var r = assessment.assess(List.of(generative, nearMiss));
        assertThat(r.level()).isEqualTo(Level.GENERATIVE_SRE_CORE);
        assertThat(r.indicators())
                .allSatisfy(i -> assertThat(i.met()).as(i.name()).isTrue());
    }

    @Test
    void noPostmortems_isLevel0WithNoEvidence() {
        var r = assessment.assess(Collections.emptyList());
        assertThat(r.level().number()).isZero();
        assertThat(r.indicator("action items owned").value()).isEmpty();
    }

    @Test
    void toMoveUpNamesTheUnmetIndicatorsOfTheNextLevel() {
        var level0 = assessment.assess(List.of(blaming(), SeedExample.postmortem()));
        assertThat(level0.toMoveUp())
                .extracting(MaturityAssessment.Indicator::name)
                .containsExactly("blame-language rate");
        var level1 = assessment.assess(List.of(SeedExample.postmortem()));
        assertThat(level1.toMoveUp())
                .extracting(MaturityAssessment.Indicator::name)
                .containsExactly("done on time");
        var level2 = assessment.assess(List.of(done(SeedExample.postmortem())));
        assertThat(level2.toMoveUp())
                .extracting(MaturityAssessment.Indicator::name)
                .containsExactly("Just Culture used");
    }
}
