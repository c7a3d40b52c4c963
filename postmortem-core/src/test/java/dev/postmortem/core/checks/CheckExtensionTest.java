package dev.postmortem.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.postmortem.core.checks.config.CheckerConfig;
import dev.postmortem.core.checks.config.RuleSettings;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.report.Finding;
import dev.postmortem.core.report.FindingSeverity;
import dev.postmortem.core.report.RuleDescriptor;
import dev.postmortem.core.testing.SeedExample;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A team's own check added to the checker: its findings, its rule settings, its mistakes. */
class CheckExtensionTest {
    static final RuleDescriptor EPIC =
            new RuleDescriptor("acme.sev1-links-epic", FindingSeverity.ERROR, "a SEV1 postmortem names its epic");
    static final RuleDescriptor DETECTION =
            new RuleDescriptor("acme.detection-section", FindingSeverity.WARNING, "the template's Detection section");

    /** Reports both rules whenever the postmortem has no additional section titled "Epic". */
    static final class TeamCheck implements Check {
        @Override
        public List<RuleDescriptor> rules() {
            return List.of(EPIC, DETECTION);
        }

        @Override
        public void check(Postmortem p, CheckContext context) {
            if (p.additionalSections().stream().noneMatch(s -> s.title().equals("Epic"))) {
                context.report(EPIC, "additionalSections", "name the follow-up epic in an 'Epic' section");
            }
            context.report(DETECTION, "", "add a Detection section: how the signal reached people");
        }
    }

    /** A check with the given rules and body, for the cases below. */
    private static Check check(
            List<RuleDescriptor> rules, java.util.function.BiConsumer<Postmortem, CheckContext> body) {
        return new Check() {
            @Override
            public List<RuleDescriptor> rules() {
                return rules;
            }

            @Override
            public void check(Postmortem p, CheckContext context) {
                body.accept(p, context);
            }
        };
    }

    private static List<Finding> team(PostmortemChecker checker) {
        return checker.check(SeedExample.postmortem()).findings().stream()
                .filter(f -> f.ruleId().startsWith("acme."))
                .toList();
    }

    @Test
    void anAddedChecksFindingsJoinTheReport() {
        PostmortemChecker checker =
                PostmortemChecker.builder().addCheck(new TeamCheck()).build();
        assertThat(team(checker))
                .extracting(Finding::ruleId, Finding::severity, Finding::path)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(EPIC.id(), FindingSeverity.ERROR, "additionalSections"),
                        org.assertj.core.groups.Tuple.tuple(DETECTION.id(), FindingSeverity.WARNING, ""));
        assertThat(checker.catalogue()).containsAll(PostmortemChecker.rules()).contains(EPIC, DETECTION);
        assertThat(checker.checks()).hasSize(1);
        assertThat(PostmortemChecker.builder()
                        .build()
                        .check(SeedExample.postmortem())
                        .findings())
                .noneMatch(f -> f.ruleId().startsWith("acme."));
    }

    @Test
    void theTeamsRuleSettingsApplyToItsOwnRules() {
        CheckerConfig config = CheckerConfig.builder()
                .rules(RuleSettings.builder()
                        .disable("acme.detection-section")
                        .severity("acme.sev1-links-epic", FindingSeverity.WARNING)
                        .build())
                .build();
        PostmortemChecker checker = PostmortemChecker.builder()
                .config(config)
                .addCheck(new TeamCheck())
                .build();
        assertThat(team(checker))
                .extracting(Finding::ruleId, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(EPIC.id(), FindingSeverity.WARNING));
    }

    @Test
    void aCheckSeesTheCheckersClockOnlyWhenItHasOne() {
        AtomicReference<String> seen = new AtomicReference<>();
        Check clocked = check(List.of(EPIC), (p, context) -> {
            seen.set(context.clock().map(c -> c.instant().toString()).orElse("none"));
        });
        PostmortemChecker.builder().addCheck(clocked).build().check(SeedExample.postmortem());
        assertThat(seen.get()).isEqualTo("none");
        Clock fixed = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
        PostmortemChecker.builder().clock(fixed).addCheck(clocked).build().check(SeedExample.postmortem());
        assertThat(seen.get()).isEqualTo("2026-06-01T00:00:00Z");
    }

    @Test
    void aRuleTheCheckDidNotDeclareIsRefusedWithTheChecksName() {
        Check sloppy = check(List.of(EPIC), (p, context) -> {
            context.report(DETECTION, "", "not declared");
        });
        PostmortemChecker checker = PostmortemChecker.builder().addCheck(sloppy).build();
        assertThatThrownBy(() -> checker.check(SeedExample.postmortem()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(sloppy.getClass().getName())
                .hasMessageContaining("acme.detection-section")
                .hasMessageContaining("declare it there");
    }

    @Test
    void rulesInABuiltInFamilyTwiceDeclaredOrMissingAreRefusedAtBuild() {
        Check builtInFamily = check(
                List.of(new RuleDescriptor("language.our-words", FindingSeverity.WARNING, "ours")), (p, context) -> {});
        assertThatThrownBy(() ->
                        PostmortemChecker.builder().addCheck(builtInFamily).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("built-in family")
                .hasMessageContaining("acme.our-words");
        assertThatThrownBy(() -> PostmortemChecker.builder()
                        .addCheck(new TeamCheck())
                        .addCheck(new TeamCheck())
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("declared twice");
        Check none = check(List.of(), (p, context) -> {});
        assertThatThrownBy(() -> PostmortemChecker.builder().addCheck(none).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("declares no rules");
    }

    @Test
    void everyBuiltInFamilyIsACheckAndTheCatalogueListsAddedLanguageRules() {
        CheckerConfig config = CheckerConfig.builder()
                .languageRule("id: acme.no-heroes\nmessage: praises one person for saving the day\n"
                        + "suggestion: Name what the team and the tooling did.\npattern: { single-handedly }\n")
                .build();
        PostmortemChecker checker = PostmortemChecker.builder().config(config).build();
        assertThat(checker.catalogue()).extracting(RuleDescriptor::id).contains("acme.no-heroes");
        assertThat(List.<Check>of(
                        dev.postmortem.core.checks.validation.PostmortemValidator.create(),
                        dev.postmortem.core.checks.consistency.ConsistencyRules.standard(),
                        checker.language(),
                        dev.postmortem.core.checks.readiness.DefinitionOfReady.of(config),
                        dev.postmortem.core.checks.fivewhys.FiveWhysRules.of(config),
                        dev.postmortem.core.checks.justculture.JustCultureRules.of(config)))
                .allSatisfy(c -> assertThat(checker.catalogue()).containsAll(c.rules()));
        // a team check may not take the id of a language rule the configuration added
        Check clash =
                check(List.of(new RuleDescriptor("acme.no-heroes", FindingSeverity.INFO, "again")), (p, context) -> {});
        assertThatThrownBy(() -> PostmortemChecker.builder()
                        .config(config)
                        .addCheck(clash)
                        .build())
                .hasMessageContaining("declared twice");
    }
}
