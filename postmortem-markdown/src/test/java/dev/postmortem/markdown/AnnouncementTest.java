package dev.postmortem.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.core.checks.language.BlameLanguageChecker;
import dev.postmortem.core.model.ContributingFactor;
import dev.postmortem.core.testing.SeedExample;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnnouncementTest {
    @Test
    void slack() {
        String a = Announcement.render(
                SeedExample.postmortem(),
                Announcement.Format.SLACK,
                Optional.of("https://wiki.example/pm/INC-2026-05-19-001"),
                Optional.of(LocalDate.of(2026, 5, 26)));
        assertThat(a)
                .startsWith("*INC-2026-05-19-001*\n*Severity:* SEV1 | *Duration:* 22 min\n*Key learnings:*\n")
                .contains("• Short Canary Window - Automated analysis window was set to 5 minutes")
                .contains("Full blameless postmortem: <https://wiki.example/pm/INC-2026-05-19-001|full postmortem>")
                .contains("No names, no blame - only system improvements.")
                .endsWith("Retro follow-up: 2026-05-26\n");
    }

    @Test
    void teams_withoutLinkOrDate_leavesThoseLinesOut() {
        String a = Announcement.render(
                SeedExample.postmortem().withTitle("Checkout errors after the auth-service deploy"),
                Announcement.Format.TEAMS,
                Optional.empty(),
                Optional.empty());
        assertThat(a)
                .startsWith("**INC-2026-05-19-001: Checkout errors after the auth-service deploy**\n"
                        + "**Severity:** SEV1 | **Duration:** 22 min\n**Key learnings:**\n- Missing Integration Test")
                .doesNotContain("[link]")
                .doesNotContain("[date]")
                .doesNotContain("Full blameless postmortem")
                .endsWith(Announcement.CLOSING + "\n");
    }

    @Test
    void aTitleWithAPersonInItIsLeftOut() {
        String a = Announcement.render(
                SeedExample.postmortem().withTitle("Priya's deploy broke checkout"),
                Announcement.Format.SLACK,
                Optional.empty(),
                Optional.empty());
        assertThat(a).startsWith("*INC-2026-05-19-001*\n").doesNotContain("Priya");
    }

    @Test
    void neverCopiesALearningWithBlameLanguage() {
        var seed = SeedExample.postmortem();
        var blaming = seed.withContributingFactors(
                ContributingFactor.builder()
                        .title("Code review")
                        .description("Mark should have caught this in code review.")
                        .build(),
                seed.contributingFactors().get(0));
        String a = Announcement.render(blaming, Announcement.Format.SLACK, Optional.empty(), Optional.empty());
        assertThat(a)
                .doesNotContain("Mark")
                .doesNotContain("should have caught")
                .contains("• " + seed.contributingFactors().get(0).title());
        var onlyBlaming = seed.withContributingFactors(ContributingFactor.builder()
                .title("Operator error")
                .description("A wrong region was selected in the console.")
                .build());
        assertThat(Announcement.render(onlyBlaming, Announcement.Format.TEAMS, Optional.empty(), Optional.empty()))
                .contains("- Learnings will follow from the review.")
                .doesNotContain("Operator error");
    }

    @Test
    void aFlatLessonsListGivesTheLearningsWhenNothingElseDoes() {
        var seed = SeedExample.postmortem();
        var flat = seed.withContributingFactors(java.util.List.of())
                .withLessons(dev.postmortem.core.model.Lessons.builder()
                        .addLearned("Canary stages catch cache policy changes before they reach every node.")
                        .addLearned("We need to be more careful with cache settings.")
                        .build());
        assertThat(Announcement.render(flat, Announcement.Format.TEAMS, Optional.empty(), Optional.empty()))
                .contains("- Canary stages catch cache policy changes before they reach every node.")
                .doesNotContain("more careful");
    }

    @Test
    void carriesNoNamesHandlesOrBlame() {
        var seed = SeedExample.postmortem();
        for (Announcement.Format f : Announcement.Format.values()) {
            String a = Announcement.render(seed, f, Optional.empty(), Optional.empty());
            assertThat(a)
                    .doesNotContain("@TeamAlpha")
                    .doesNotContain("@SRE-Core")
                    .doesNotContain("@");
            assertThat(BlameLanguageChecker.create().checkText(a)).isEmpty();
        }
    }
}
