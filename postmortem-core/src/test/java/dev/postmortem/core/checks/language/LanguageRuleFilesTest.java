package dev.postmortem.core.checks.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.postmortem.core.checks.config.CheckerConfig;
import dev.postmortem.core.internal.language.LanguageRuleFile;
import dev.postmortem.core.internal.language.RuleEngine;
import dev.postmortem.core.report.Finding;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built-in rule files: every example sentence a file gives must (or must not) be reported by
 * that file's rule, and the files and the enum of rule ids agree. Adding a pattern means editing
 * one file and its examples; this test runs them.
 */
class LanguageRuleFilesTest {
    private static final BlameLanguageChecker CHECKER = BlameLanguageChecker.create();

    static Stream<Arguments> examples() {
        return RuleEngine.builtInRules().stream()
                .flatMap(r -> r.examples().stream().map(e -> Arguments.of(r.name(), r.id(), e.matches(), e.text())));
    }

    @ParameterizedTest(name = "{0}: {2} <- {3}")
    @MethodSource("examples")
    void everyExampleBehavesAsItsFileSays(String file, String id, boolean matches, String text) {
        List<String> ids = CHECKER.checkText(text).stream().map(Finding::ruleId).toList();
        if (matches) {
            assertThat(ids).as("%s must report: %s", file, text).contains(id);
        } else {
            assertThat(ids).as("%s must not report: %s", file, text).doesNotContain(id);
        }
    }

    @Test
    void everyFileHasExamplesBothWaysAndAnIdInTheEnum() {
        List<LanguageRuleFile> files = RuleEngine.builtInRules();
        assertThat(files)
                .extracting(LanguageRuleFile::id)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(LanguageRule.values())
                        .map(LanguageRule::id)
                        .toList());
        for (LanguageRuleFile f : files) {
            assertThat(f.examples()).as(f.name()).anyMatch(LanguageRuleFile.Example::matches);
            assertThat(f.examples()).as(f.name()).anyMatch(e -> !e.matches());
        }
    }

    @Test
    void enumReadsItsMessageFromTheFile() {
        assertThat(LanguageRule.COUNTERFACTUAL.message()).contains("hindsight");
        assertThat(LanguageRule.SYSTEM_CLEARED.suggestion()).isNotBlank();
    }

    @Test
    void aRuleThatSkipsQuotesStillReadsASentenceThatIsOneQuotation() {
        String rule = "id: team.careful\nmessage: m\nsuggestion: s\npattern: { be more careful }\n";
        BlameLanguageChecker reads = BlameLanguageChecker.of(
                CheckerConfig.builder().languageRule(rule).build());
        BlameLanguageChecker skips = BlameLanguageChecker.of(
                CheckerConfig.builder().languageRule(rule + "quotes: skip\n").build());
        String inside = "Writing \"be more careful\" in a review helps nobody.";
        String whole = "\"Next time, be more careful.\"";
        assertThat(ids(reads.checkText(inside))).contains("team.careful");
        assertThat(ids(skips.checkText(inside))).doesNotContain("team.careful");
        assertThat(ids(skips.checkText(whole))).contains("team.careful");
        assertThatThrownBy(() -> LanguageRuleFile.parse("team.rule", "id: team.x\nquotes: never\n"))
                .hasMessageContaining("team.rule:2")
                .hasMessageContaining("quotes takes read or skip");
    }

    @Test
    void aTeamsRuleFileTakesANearVeto_whichClearsOneMatchAndNotTheSentence() {
        String rule = "id: team.sloppy\nmessage: m\nsuggestion: s\npattern: { sloppy }\n";
        BlameLanguageChecker near = BlameLanguageChecker.of(CheckerConfig.builder()
                .languageRule(rule + "unless-near: sloppy joes\n")
                .build());
        BlameLanguageChecker whole = BlameLanguageChecker.of(CheckerConfig.builder()
                .languageRule(rule + "unless: sloppy joes\n")
                .build());
        String food = "The cafeteria served sloppy joes during the incident call.";
        String both = "Over sloppy joes, the reviewer called the rollout sloppy.";
        assertThat(ids(near.checkText(food))).doesNotContain("team.sloppy");
        assertThat(ids(whole.checkText(food))).doesNotContain("team.sloppy");
        // the near veto clears the food and still reports the judgement; the plain veto clears both
        assertThat(near.checkText(both))
                .filteredOn(f -> f.ruleId().equals("team.sloppy"))
                .singleElement()
                .satisfies(f -> assertThat(f.span().orElseThrow().startOffset()).isEqualTo(both.lastIndexOf("sloppy")));
        assertThat(ids(whole.checkText(both))).doesNotContain("team.sloppy");
        assertThatThrownBy(() -> LanguageRuleFile.parse("team.rule", "id: team.x\nunless-near:\n"))
                .hasMessageContaining("team.rule:2")
                .hasMessageContaining("has no value");
    }

    private static java.util.List<String> ids(java.util.List<dev.postmortem.core.report.Finding> findings) {
        return findings.stream().map(dev.postmortem.core.report.Finding::ruleId).toList();
    }

    @Test
    void aContractedDReadsAsHadBeforeAPastForm_andAsWouldBeforeAnyOtherWord() {
        BlameLanguageChecker had = BlameLanguageChecker.of(CheckerConfig.builder()
                .languageRule("id: team.had\nmessage: m\nsuggestion: s\npattern: { they had [0-1] botched|tested }\n")
                .build());
        BlameLanguageChecker would = BlameLanguageChecker.of(CheckerConfig.builder()
                .languageRule("id: team.would\nmessage: m\nsuggestion: s\npattern: { they would go|have }\n")
                .build());
        assertThat(ids(had.checkText("The deployer saw that they'd botched it.")))
                .contains("team.had");
        assertThat(ids(had.checkText("They’d never tested the restore."))).contains("team.had");
        assertThat(ids(had.checkText("They'd test the restore on Fridays."))).doesNotContain("team.had");
        assertThat(ids(would.checkText("They'd go home at five."))).contains("team.would");
        assertThat(ids(would.checkText("They'd have checked it."))).contains("team.would");
        assertThat(ids(would.checkText("They'd botched it."))).doesNotContain("team.would");
    }

    @Test
    void aBrokenRuleFileIsRejectedWithItsLine() {
        assertThatThrownBy(() -> LanguageRuleFile.parse("team.rule", "id: team.x\nsevere: error\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("team.rule:2")
                .hasMessageContaining("unknown key 'severe'");
        assertThatThrownBy(() -> LanguageRuleFile.parse("team.rule", "id: team.x\nmessage: m\nsuggestion: s\n"))
                .hasMessageContaining("at least one pattern");
        CheckerConfig bad = CheckerConfig.builder()
                .languageRule("id: team.x\nmessage: m\nsuggestion: s\npattern: <no-such-class> failed\n")
                .build();
        assertThatThrownBy(() -> BlameLanguageChecker.of(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("added rule 1")
                .hasMessageContaining("<no-such-class>");
        CheckerConfig gap = CheckerConfig.builder()
                .languageRule("id: team.x\nmessage: m\nsuggestion: s\npattern: <person> [0-99] failed\n")
                .build();
        assertThatThrownBy(() -> BlameLanguageChecker.of(gap)).hasMessageContaining("[0-99]");
        CheckerConfig word = CheckerConfig.builder()
                .languageWords("teams", List.of("payments crew"))
                .build();
        assertThatThrownBy(() -> BlameLanguageChecker.of(word)).hasMessageContaining("no word class named 'teams'");
    }

    @Test
    void aTeamsRuleTakesASharedVetoSet_andAnUnknownSetIsRefusedWithTheKnownOnes() {
        String base = "id: team.sloppy\nmessage: m\nsuggestion: s\npattern: { sloppy }\n";
        String text = "Blame the sloppy process, not the people who ran it.";
        BlameLanguageChecker without = BlameLanguageChecker.of(
                CheckerConfig.builder().languageRule(base).build());
        BlameLanguageChecker with = BlameLanguageChecker.of(CheckerConfig.builder()
                .languageRule(base + "unless-set: reflects-on-blame\n")
                .build());
        assertThat(without.checkText(text)).extracting(Finding::ruleId).contains("team.sloppy");
        assertThat(with.checkText(text)).extracting(Finding::ruleId).doesNotContain("team.sloppy");
        assertThat(with.checkText("The sloppy deploy took the site down."))
                .extracting(Finding::ruleId)
                .contains("team.sloppy");
        assertThatThrownBy(() -> LanguageRuleFile.parse("team.rule", base + "unless-set: kindness\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("team.rule:5")
                .hasMessageContaining("no veto set named 'kindness'")
                .hasMessageContaining("reflects-on-blame");
    }

    @Test
    void aTeamAddsWordsAndRulesWithoutRecompiling() {
        String text = "The nightowls ignored the pager for an hour.";
        assertThat(CHECKER.checkText(text)).isEmpty();
        BlameLanguageChecker withTeam = BlameLanguageChecker.of(CheckerConfig.builder()
                .languageWords("team", List.of("nightowls"))
                .build());
        assertThat(withTeam.checkText(text)).extracting(Finding::ruleId).containsExactly("language.team-blame");

        String yolo = "We yolo-merged the migration on Friday.";
        assertThat(CHECKER.checkText(yolo)).isEmpty();
        BlameLanguageChecker withRule = BlameLanguageChecker.of(CheckerConfig.builder()
                .languageRule(String.join(
                        "\n",
                        "id: acme.yolo",
                        "severity: error",
                        "message: calls a change reckless; describe what the merge gate allowed",
                        "suggestion: Say which check the merge skipped.",
                        "pattern: yolo-merged|yolo-deployed|yoloed"))
                .build());
        assertThat(withRule.checkText(yolo)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("acme.yolo");
            assertThat(f.span().orElseThrow().startOffset()).isEqualTo(3);
            assertThat(f.suggestion()).hasValue("Say which check the merge skipped.");
        });
    }
}
