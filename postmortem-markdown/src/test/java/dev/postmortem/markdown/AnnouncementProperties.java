package dev.postmortem.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.postmortem.core.checks.config.CheckerConfig;
import dev.postmortem.core.checks.language.BlameLanguageChecker;
import dev.postmortem.core.model.ContributingFactor;
import dev.postmortem.core.testing.SeedExample;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Whatever people the factors, lessons and title name, none of them reaches the announcement:
 * names from the built-in list and the roster (Zephyrine and Tomasz are only in the roster), handles, full-width handles, Slack mentions,
 * channel pings and e-mail addresses. QuickTheories prints the failing seed.
 */
class AnnouncementProperties {
    private static final List<String> PEOPLE = List.of(
            "Priya",
            "Alice",
            "Jorge",
            "Tomasz",
            "Zephyrine",
            "@dkim",
            "@payments-oncall",
            "＠yuki",
            "**@alice**",
            "owner:@bob",
            "<@U024BE7LH>",
            "<!channel>",
            "<!here>",
            "<!subteam^S012345>",
            "jane.doe@example.com",
            "ops+pager@corp.example.org");
    private static final List<String> WORDS = List.of(
            "the", "cache", "expired", "deploy", "alert", "retry", "queue", "was", "late", "by", "a", "timeout");
    private static final BlameLanguageChecker WITH_ROSTER = BlameLanguageChecker.of(CheckerConfig.builder()
            .roster(List.of("Zephyrine Okoro", "Tomasz Nowak"))
            .build());

    private static Gen<String> fieldText() {
        Gen<String> word = integers()
                .between(0, PEOPLE.size() + WORDS.size() - 1)
                .map(i -> i < PEOPLE.size() ? PEOPLE.get(i) : WORDS.get(i - PEOPLE.size()));
        return lists().of(word).ofSizeBetween(1, 8).map(l -> String.join(" ", l));
    }

    @Test
    void noPersonFromAnyFieldSurvives() {
        qt().withExamples(300)
                .forAll(fieldText(), fieldText(), fieldText(), fieldText())
                .checkAssert((title, factorTitle, factorText, lesson) -> {
                    var p = SeedExample.postmortem()
                            .withTitle(title)
                            .withContributingFactors(
                                    ContributingFactor.builder()
                                            .title(factorTitle)
                                            .description(factorText)
                                            .build(),
                                    SeedExample.postmortem()
                                            .contributingFactors()
                                            .get(0));
                    for (Announcement.Format f : Announcement.Format.values()) {
                        String a = Announcement.render(p, f, Optional.empty(), Optional.empty(), WITH_ROSTER);
                        for (String person : List.of(
                                "Priya",
                                "Alice",
                                "Jorge",
                                "Tomasz",
                                "Zephyrine",
                                "dkim",
                                "payments-oncall",
                                "yuki",
                                "alice",
                                "bob",
                                "U024BE7LH",
                                "<!",
                                "jane.doe",
                                "ops+pager",
                                "@",
                                "＠")) {
                            assertThat(a).as("%s in%n%s", person, a).doesNotContain(person);
                        }
                        assertThat(a)
                                .contains(SeedExample.postmortem()
                                        .contributingFactors()
                                        .get(0)
                                        .title());
                    }
                });
    }
}
