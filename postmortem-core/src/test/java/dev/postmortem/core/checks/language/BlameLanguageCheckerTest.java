package dev.postmortem.core.checks.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.postmortem.core.checks.config.CheckerConfig;
import dev.postmortem.core.checks.config.RuleSettings;
import dev.postmortem.core.model.ActionItem;
import dev.postmortem.core.model.AdditionalSection;
import dev.postmortem.core.model.TimelineEvent;
import dev.postmortem.core.report.Finding;
import dev.postmortem.core.report.FindingSeverity;
import dev.postmortem.core.report.Span;
import dev.postmortem.core.testing.SeedExample;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlameLanguageCheckerTest {
    private final BlameLanguageChecker checker = BlameLanguageChecker.create();

    private List<String> rules(String text) {
        return checker.checkText(text).stream().map(Finding::ruleId).toList();
    }

    /** The guide's section 4: the blaming examples and their blameless rewrites. */
    /** The sentences issue 12 found passing as a new user wrote them: each is reported. */
    @Nested
    class AsANewUserWroteThem {
        @Test
        void proseAndFactorsAreReported() {
            assertThat(ids(checker.checkText("Mark should have caught this in code review.")))
                    .contains("language.counterfactual");
            assertThat(ids(checker.checkText("Operator error: a wrong region was selected in the console.")))
                    .contains("language.human-error-cause");
            assertThat(ids(checker.checkText("The release manager is responsible for this mess.")))
                    .contains("language.fault-finding");
            assertThat(ids(checker.checkText("The storage team could not be bothered to answer the escalation.")))
                    .contains("language.team-blame");
            assertThat(ids(checker.checkText("Intern's script blamed for bank outage")))
                    .isNotEmpty();
        }

        @Test
        void presentTenseTimelineLinesAreReported() {
            assertThat(ids(checker.checkTimeline("Priya pushes the firewall config by hand, skipping review")))
                    .isNotEmpty();
            assertThat(ids(checker.checkTimeline("The secondary on-call sleeps through three pages")))
                    .isNotEmpty();
            assertThat(ids(checker.checkTimeline("Tomasz finally notices the dashboard")))
                    .contains("language.passive-aggression");
        }

        private java.util.List<String> ids(java.util.List<dev.postmortem.core.report.Finding> findings) {
            return findings.stream()
                    .map(dev.postmortem.core.report.Finding::ruleId)
                    .toList();
        }
    }

    @Nested
    class GuideSectionFour {
        @Test
        void firstBlamingExample_isFlagged() {
            String text = "John ran the database migration without testing it in staging first. He should have verified"
                    + " the schema version changes before executing commands on the production cluster.";
            List<Finding> findings = checker.checkText(text);
            assertThat(findings)
                    .extracting(Finding::ruleId)
                    .containsExactly("language.person-named", "language.failed-to", "language.counterfactual");
            Finding named = findings.get(0);
            assertThat(named.span()).contains(Span.of(1, 1, 1, 5, 0, 4));
            assertThat(text.substring(
                            named.span().get().startOffset(), named.span().get().endOffset()))
                    .isEqualTo("John");
            assertThat(text.substring(
                            findings.get(1).span().get().startOffset(),
                            findings.get(1).span().get().endOffset()))
                    .isEqualTo("without testing");
            assertThat(named.suggestion())
                    .hasValueSatisfying(s -> assertThat(s).contains("What did the system allow?"));
            assertThat(findings.get(2).severity()).isEqualTo(FindingSeverity.WARNING);
        }

        @Test
        void secondBlamingExample_isFlagged() {
            assertThat(
                            rules(
                                    "Alice deployed a malformed YAML configuration block that crashed the web app router nodes."))
                    .containsExactly("language.person-named");
        }

        @Test
        void blamelessRewrites_areNotFlagged() {
            assertThat(checker.checkText("The staging database schema had diverged from production, making accurate"
                            + " pre-prod verification impossible. The CI pipeline lacked an automated dry-run check, and"
                            + " the operational runbook contained an ambiguous command string."))
                    .isEmpty();
            assertThat(checker.checkText("The configuration syntax checker in the build pipeline validated schema"
                            + " structure but did not perform semantic evaluation checks. The deployment configuration"
                            + " lacked automated canary health analysis or progressive rollout rollback definitions."))
                    .isEmpty();
        }
    }

    /** The guide's section 7 card: each DO passes, each DON'T is flagged. */
    @Nested
    class GuideSectionSevenCard {
        @Test
        void askWhatTheSystemAllowed_notWhoseFault() {
            assertThat(rules("What did the system allow or validate?")).isEmpty();
            assertThat(rules("Whose fault was this step?")).containsExactly("language.fault-finding");
        }

        @Test
        void collectiveTermsAndRoles_notNames() {
            assertThat(rules("We rolled back, and the on-call engineer confirmed the system recovered."))
                    .isEmpty();
            assertThat(rules("John failed to execute the command."))
                    .containsExactly("language.person-named", "language.failed-to");
        }

        @Test
        void missingTestsAndAlerts_notSkillOrAttention() {
            assertThat(rules("The pipeline lacked a test for the timeout path and the alert window was too short."))
                    .isEmpty();
            assertThat(rules("The outage came from a lack of developer attention."))
                    .containsExactly("language.character-judgement");
            assertThat(rules("The operator lacked the skill to run the failover."))
                    .containsExactly("language.character-judgement");
        }

        @Test
        void actionItemsForPipelines_notTrainingOnly() {
            assertThat(checker.checkRemediation(
                            "Add automated validation and a build check that rejects empty region lists."))
                    .isEmpty();
            assertThat(checker.checkRemediation("Remind engineers to be more careful when deploying."))
                    .extracting(Finding::ruleId)
                    .containsExactly("language.training-only");
            assertThat(checker.isTrainingOnly("Retrain the on-call rotation on the failover runbook."))
                    .isTrue();
            assertThat(checker.isTrainingOnly("Train the team and add a pre-deploy check for the flag."))
                    .isFalse();
        }

        @Test
        void celebrateWhatWentWell_notPunish() {
            assertThat(rules("The alert fired within three minutes and the rollback took two."))
                    .isEmpty();
            assertThat(rules("Thanks to Priya for spotting the broken config so quickly."))
                    .isEmpty();
            assertThat(rules("The engineer responsible will be disciplined for the outage."))
                    .containsExactly("language.fault-finding");
            assertThat(rules(
                            "Reckless behaviour, such as disabling safety checks despite warnings, leads to disciplinary"
                                    + " action."))
                    .isEmpty();
        }
    }

    @Nested
    class SystemicUsesAreNotFlagged {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "The request failed.",
                    "The check failed to run.",
                    "An engineer ran a command from the runbook.",
                    "A typo in the input was not caught by validation.",
                    "The leaking process was the culprit.",
                    "The Jenkins job failed to publish the artifact.",
                    "Travis skipped the integration suite without an error.",
                    "TeamCity marked the broken build green.",
                    "Karpenter failed to provision nodes.",
                    "Owner: @jane, due 2025-03-15.",
                    "Run `john --force` only in staging; it deleted the wrong bucket once.",
                    "See https://example.com/alice/broke-prod for the failing graph.",
                    "May traffic broke the previous record without errors.",
                    "Will the deploy fail again without the new check?",
                })
        void systemic(String text) {
            assertThat(checker.checkText(text)).as(text).isEmpty();
        }

        @Test
        void codeBlocks_areNotRead() {
            assertThat(checker.checkText(
                            "```\nJohn ran the migration without testing it\n```\nThe pipeline lacked a dry run."))
                    .isEmpty();
        }

        @Test
        void indentedCodeBlocks_areNotRead_butIndentedProseIs() {
            String blame = "The admin was careless.";
            // a pasted log line after a blank line, four spaces in: code, as CommonMark reads it
            assertThat(checker.checkText("The logs said:\n\n    Mar 31 20:43:03 host svc[25]: user error\n"))
                    .isEmpty();
            assertThat(checker.checkText("Before:\n\n    " + blame + "\n\n\t" + blame + "\n"))
                    .isEmpty();
            // a list item's indented paragraph is the item's text
            assertThat(checker.checkText("- First step.\n\n    " + blame + "\n"))
                    .singleElement()
                    .satisfies(f -> assertThat(f.message()).startsWith("'careless'"));
            // an indented line that continues a paragraph is prose too
            assertThat(checker.checkText("It went wrong.\n    " + blame + "\n")).hasSize(1);
            // a heading after the list ends it: the indented block after it is code again
            assertThat(checker.checkText("- First step.\n\n# Next\n\n    " + blame + "\n"))
                    .isEmpty();
        }

        @Test
        void staticSiteCodeBlocks_areNotRead() {
            String jekyll = "The whitelist rules look like this:\n\n{% highlight bash %}\n"
                    + "John ran the migration without testing it\n{% endhighlight %}\n\n"
                    + "John ran the migration without testing it.";
            List<Finding> found = checker.checkText(jekyll);
            // only the prose after the block is read: one finding, on the last line
            assertThat(found).isNotEmpty();
            assertThat(found)
                    .allSatisfy(f -> assertThat(f.span().orElseThrow().line()).isEqualTo(7));
            String hugo = "{{< highlight go >}}\nJohn ran the migration without testing it\n{{< /highlight >}}\n"
                    + "The pipeline lacked a dry run.";
            assertThat(checker.checkText(hugo)).isEmpty();
        }

        @Test
        void templateTags_areNotRead_theProseAroundThemIs() {
            String text = "{{< track \"2018-11-23 18:00:00\" >}} John ran the migration without testing it.";
            List<Finding> found = checker.checkText(text);
            assertThat(found).isNotEmpty();
            assertThat(found.get(0).span().orElseThrow().startOffset()).isGreaterThan(text.indexOf(">}}"));
            // an unclosed brace is plain text, and a liquid output tag is left to the prose around it
            assertThat(checker.checkText("{% the DBA was sloppy")).isNotEmpty();
        }

        @Test
        void htmlAndJsxTags_areNotRead_theProseBetweenThemIs() {
            assertThat(checker.checkText("<Conv name=\"Numa\" mood=\"smug\">\nThe sync job stalled.\n</Conv>"))
                    .isEmpty();
            List<Finding> found =
                    checker.checkText("<details><summary>Why</summary>The DBA was sloppy with the config.</details>");
            assertThat(found).hasSize(1);
            assertThat(found.get(0).message()).contains("sloppy");
            // a comparison and an arrow are text, and a tag left open on its line is no tag
            assertThat(checker.checkText("When p99 < 200 ms the DBA was sloppy."))
                    .isNotEmpty();
            assertThat(checker.checkText("<a href=\"x\" the DBA was sloppy\n")).isNotEmpty();
        }

        @Test
        void lettersJoinedBySlashes_areOneTokenAndNoPronoun() {
            assertThat(checker.checkText("While the volume grew, disk i/o was suspended for a while."))
                    .isEmpty();
            assertThat(checker.checkText("Disk I/O had to be paused and then suspended for an hour."))
                    .isEmpty();
            // the pronoun itself is still read
            assertThat(checker.checkText("After the outage I had to be suspended for a week."))
                    .isNotEmpty();
        }

        @Test
        void manyOpenAngleBracketsOnOneLine_areReadInOnePass() {
            String text = "<a ".repeat(50_000) + "the DBA was sloppy.";
            assertThat(checker.checkText(text)).isNotEmpty();
        }

        @Test
        void linkReferenceDefinitions_areNotRead() {
            String text = "The pods went to the wrong namespace, caused by [a typo] in a refactor.\n\n"
                    + "[a typo]: https://example.com/commit/d607#diff-R122\n";
            assertThat(checker.checkText(text))
                    .extracting(f -> f.span().orElseThrow().startOffset())
                    .containsExactly(text.indexOf("typo"));
        }

        @Test
        void timelineLines_areReadLikeProse() {
            var p = SeedExample.postmortem()
                    .withTimeline(
                            TimelineEvent.of(SeedExample.at("10:02"), "Alice deployed the broken config."),
                            TimelineEvent.of(SeedExample.at("10:05"), "A careless rollback started."));
            assertThat(checker.check(p).findings())
                    .extracting(Finding::ruleId, Finding::path)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("language.person-named", "timeline[0].description"),
                            org.assertj.core.groups.Tuple.tuple(
                                    "language.character-judgement", "timeline[1].description"));
        }
    }

    @Nested
    class Configuration {
        @Test
        void roster_addsNamesAndMatchesLowerCase() {
            BlameLanguageChecker withRoster = BlameLanguageChecker.of(
                    CheckerConfig.builder().roster(List.of("Zephyrine Okoro")).build());
            assertThat(checker.checkText("Zephyrine deployed the broken config."))
                    .isEmpty();
            assertThat(withRoster.checkText("Zephyrine deployed the broken config."))
                    .extracting(Finding::ruleId)
                    .containsExactly("language.person-named");
        }

        @Test
        void allowlist_suppressesMatches() {
            BlameLanguageChecker allow = BlameLanguageChecker.of(
                    CheckerConfig.builder().allowlist(List.of("Marcus deleted")).build());
            assertThat(allow.checkText("Marcus deleted the wrong table.")).isEmpty();
        }

        @Test
        void rulesCanBeDisabledOrRelevelled() {
            BlameLanguageChecker c = BlameLanguageChecker.of(CheckerConfig.builder()
                    .rules(RuleSettings.builder()
                            .disable("language.person-named")
                            .severity("language.counterfactual", FindingSeverity.ERROR)
                            .build())
                    .build());
            List<Finding> f = c.checkText("John ran it without a test. He should have checked.");
            assertThat(f)
                    .extracting(Finding::ruleId, Finding::severity)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("language.counterfactual", FindingSeverity.ERROR));
        }

        @Test
        void inlineIgnore_coversTheNextBlockOnly() {
            String text = "<!-- postmortem-ignore language.counterfactual -->\nHe should have checked.\n\n"
                    + "She should have checked.";
            List<Finding> f = checker.checkText(text);
            assertThat(f)
                    .singleElement()
                    .satisfies(x -> assertThat(x.span().get().line()).isEqualTo(4));
        }

        @Test
        void inlineIgnoreWithoutRule_ignoresEveryRule() {
            assertThat(checker.checkText("<!-- postmortem-ignore -->\nJohn was careless and should have known."))
                    .isEmpty();
        }

        @Test
        void disableEnable_bracketARange() {
            String text = "He should have checked.\n<!-- postmortem-disable language.counterfactual -->\n"
                    + "She should have checked.\n\nThey should have checked.\n<!-- postmortem-enable language.counterfactual"
                    + " -->\nYou should have checked.";
            assertThat(checker.checkText(text))
                    .extracting(x -> x.span().get().line())
                    .containsExactly(1, 7);
        }
    }

    @Test
    void actionItemsInPostmortem_getTrainingOnly() {
        var p = SeedExample.postmortem()
                .withActionItems(ActionItem.builder()
                        .description("Remind the team to double-check configs before deploying")
                        .build());
        assertThat(checker.check(p).findings())
                .extracting(Finding::ruleId, Finding::path)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("language.training-only", "actionItems[0].description"));
    }

    @Test
    void seedExample_hasNoLanguageFindings() {
        assertThat(checker.check(SeedExample.postmortem()).findings()).isEmpty();
    }

    @Test
    void wordClasses_answerForBuiltInAndAddedWords_andRefuseAnUnknownClass() {
        assertThat(checker.isInWordClass("TBD", "owner-placeholder")).isTrue();
        assertThat(checker.isInWordClass("canary", "automated-check")).isTrue();
        assertThat(checker.isInWordClass("nightowls", "team")).isFalse();
        BlameLanguageChecker own = BlameLanguageChecker.of(CheckerConfig.builder()
                .languageWords("team", List.of("nightowls"))
                .build());
        assertThat(own.isInWordClass("Nightowls", "team")).isTrue();
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> checker.isInWordClass("x", "handle"))
                .withMessageContaining("no word class named 'handle'")
                .withMessageContaining("automated-check");
    }

    @Test
    void firstWordInClass_findsTheFirstWordOfAClass_asTheRulesReadWords() {
        assertThat(checker.firstWordInClass("The new Canary stage and an alert on lag", "automated-check"))
                .contains("canary");
        assertThat(checker.firstWordInClass("Remind the team to be careful", "automated-check"))
                .isEmpty();
        // a code span is not a word
        assertThat(checker.firstWordInClass("Run `canary` by hand", "automated-check"))
                .isEmpty();
        assertThat(checker.firstWordInClass("", "automated-check")).isEmpty();
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> checker.firstWordInClass("x", "handle"))
                .withMessageContaining("no word class named 'handle'");
    }

    /** Texts with and without findings, short and long, for the tests of repeated and shared runs. */
    private static final List<String> MIXED = List.of(
            "It was obviously a careless mistake by the operator on shift.",
            "The deploy pipeline promoted the build after the canary window closed.",
            "Someone should have noticed the queue depth growing. The runbook did not say which cluster.",
            "",
            "The on-call engineer failed to check the pool size, and the DBA was sloppy.",
            "Synthetic monitors caught the rising error rate within three minutes.");

    @Test
    void aRunKeepsNothingForTheNext_inAnyOrder() {
        List<List<Finding>> alone = MIXED.stream()
                .map(t -> BlameLanguageChecker.create().checkText(t))
                .toList();
        assertThat(alone.get(0)).isNotEmpty();
        assertThat(alone.get(1)).isEmpty();
        for (int round = 0; round < 3; round++) {
            for (int i = MIXED.size() - 1; i >= 0; i--) {
                assertThat(checker.checkText(MIXED.get(i))).as(MIXED.get(i)).isEqualTo(alone.get(i));
            }
        }
        // a shorter text after a longer one ends where it ends, whatever the longer held there
        assertThat(checker.checkText("The operator on shift was careless")).isNotEmpty();
        assertThat(checker.checkText("The operator on shift was care")).isEmpty();
    }

    @Test
    void twoEnginesTakingTurnsOnOneThread_findWhatEachFindsAlone() {
        BlameLanguageChecker own = BlameLanguageChecker.of(CheckerConfig.builder()
                .languageWords("team", List.of("nightowls"))
                .build());
        String teamText = "The nightowls could not be bothered to answer the escalation.";
        List<Finding> ownAlone = own.checkText(teamText);
        List<Finding> builtInAlone = checker.checkText(teamText);
        assertThat(ownAlone).isNotEqualTo(builtInAlone); // the added team word makes a difference
        for (int round = 0; round < 3; round++) {
            for (String text : MIXED) {
                assertThat(checker.checkText(text)).isEqualTo(own.checkText(text));
            }
            assertThat(own.checkText(teamText)).isEqualTo(ownAlone);
            assertThat(checker.checkText(teamText)).isEqualTo(builtInAlone);
        }
    }

    @Test
    void runsOnManyThreadsAtOnce_findWhatOneThreadFinds() throws Exception {
        List<List<Finding>> expected = MIXED.stream().map(checker::checkText).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Callable<Boolean>> tasks = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                tasks.add(() -> {
                    for (int k = 0; k < 300; k++) {
                        int i = (k + offset) % MIXED.size();
                        if (!checker.checkText(MIXED.get(i)).equals(expected.get(i))) {
                            return false;
                        }
                    }
                    return true;
                });
            }
            for (java.util.concurrent.Future<Boolean> f : pool.invokeAll(tasks)) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aHandlesPossessiveIsReadAsANamesIs_andAHandleEndsBeforeAFullStop() {
        assertThat(checker.checkText("@oncall-primary's script wiped the cache."))
                .extracting(Finding::ruleId)
                .containsExactly("language.possessive-blame");
        assertThat(checker.checkText("@oncall-primary’s script wiped the cache."))
                .extracting(Finding::ruleId, Finding::span)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "language.possessive-blame", java.util.Optional.of(Span.of(1, 1, 1, 18, 0, 17))));
        // the full stop after the handle ends its sentence, so nothing joins the two
        assertThat(checker.checkText("Paged @db-lead. Never tested the change before the window."))
                .isEmpty();
    }

    @Test
    void anEllipsisFollowedByLowerCaseContinuesTheSentence_andOneFollowedByACapitalEndsIt() {
        assertThat(checker.checkText("The contractor... never tested the change."))
                .extracting(Finding::ruleId)
                .containsExactly("language.failed-to");
        assertThat(checker.checkText("The contractor... Never tested the change."))
                .isEmpty();
    }

    @Test
    void aFullStopOfAnAbbreviationFromTheResourceEndsNoSentence() {
        assertThat(checker.checkText("The contractor at 9 a.m. never tested the change."))
                .extracting(Finding::ruleId)
                .containsExactly("language.failed-to");
        assertThat(checker.checkText("The contractor at 9 am. Never tested the change."))
                .isEmpty();
    }

    @Test
    void aTitleBeforeAName_endsNoSentence_soTheNameReadsAsOne() {
        // after "Mr." the name is no sentence's first word, which carries no evidence of a name
        assertThat(rules("Third, Mr. Keswick ought to have gone to the site at once."))
                .containsExactly("language.counterfactual");
        assertThat(rules("Third, Mr. Keswick. Ought to have gone to the site at once."))
                .isEmpty();
        // "ms" is no title in the list: a latency in milliseconds still ends its sentence
        assertThat(rules("The p99 rose to 300 ms. Keswick ought to have gone to the site at once."))
                .isEmpty();
    }

    @Test
    void aCapitalisedSystemNoun_isNoOrganisation_butAnUnknownCapitalisedWordIs() {
        // "did nothing" reproaches an organisation, never a part of the system written in capitals
        assertThat(rules("Again Optus did nothing to warn its customers.")).contains("language.character-judgement");
        assertThat(rules("The CDN did nothing to absorb the spike.")).isEmpty();
        assertThat(rules("Once more the WAF did nothing to stop the flood.")).isEmpty();
    }

    @Test
    void aCapitalisedPartOfACodeIdentifier_isNoOrganisation() {
        // "X pointing at Y" finds fault between parties, never between parts of an identifier
        assertThat(rules("The report has Contoso pointing at Fabrikam for the outage."))
                .contains("language.fault-finding");
        assertThat(rules("The check looks for types.Pointer pointing at types.Named."))
                .isEmpty();
        assertThat(rules("The check looks for std::Pointer pointing at pkg/Named."))
                .isEmpty();
    }

    @Test
    void aFullStopBeforeANoBreakSpaceEndsTheSentence() {
        // the capital after it opens a sentence: "We" is no organisation that "never" did something
        assertThat(rules("The estimate stays at noon.\u00a0 We've never experienced an outage this long."))
                .isEmpty();
        assertThat(rules("The estimate stays at noon and Acme has never tested the restore."))
                .contains("language.failed-to");
    }

    @Test
    void aCapitalisedWordAfterAColon_isNoOrganisation() {
        // a speaker's line or a label's text starts with a capital
        assertThat(rules("Reviewer: What was the problem with the importer?")).isEmpty();
        assertThat(rules("The reviewer asked whether Acme was the problem.")).contains("language.fault-finding");
    }

    @Test
    void aQuotedParagraphWrappedOverLines_isReadAsOneSentence() {
        // the second line of the quote goes on with the sentence: a bug "rather than any user error"
        assertThat(rules("> It looks like a bug in the hosting service rather than\n> any kind of user error."))
                .isEmpty();
        assertThat(rules("> It looks like a bug in the hosting service.\n> The root cause was user error."))
                .contains("language.human-error-cause");
    }

    @Test
    void anInitialismOfSingleLetters_isOneWordWithoutAClass() {
        // the "i" of "i.e." is not the pronoun that owns an omission
        assertThat(rules("The light client did not check the committee, i.e. did not verify each key."))
                .isEmpty();
        assertThat(rules("The light client did not check the committee, so she did not verify each key."))
                .contains("language.failed-to");
        // (a plain first-person "I did not verify" is the candour a review asks for, not blame)
        assertThat(rules("The light client did not check the committee, so I did not verify each key."))
                .isEmpty();
        // its full stop still ends no sentence, and a gap counts it as one word
        assertThat(rules("The contractor at 9 a.m. never tested the change.")).contains("language.failed-to");
    }

    @Test
    void aCapitalisedWordBeforeANumberOrAfterATimestamp_isNoOrganisation() {
        // an organisation "and missed" something is an omission; a thing with its number is not one
        assertThat(rules("The rollout ran late, Verizon and missed the window."))
                .contains("language.failed-to");
        assertThat(rules("The validator ran in Era 7,496 and missed votes.")).isEmpty();
        assertThat(rules("The node ran with MVR 1 and missed votes.")).isEmpty();
        // a timeline entry opens with its time; the capital after it starts the entry
        assertThat(rules("Later the Foundation could have caught the bug.")).contains("language.counterfactual");
        assertThat(rules("10:44 UTC Discussion about whether shadowforking could have caught the bug."))
                .isEmpty();
        assertThat(rules("10:44-10:57 Discussion about whether shadowforking could have caught the bug."))
                .isEmpty();
    }

    @Test
    void aCapitalisedWordAfterANumber_orAFirstNameThatIsAlsoAWord_isNoOrganisation() {
        // an organisation that "mistakenly deleted" something is blamed; a unit or a date is none
        assertThat(rules("At noon Initech mistakenly deleted the bucket.")).contains("language.team-blame");
        assertThat(rules("At 1 PM we mistakenly deleted the bucket.")).doesNotContain("language.team-blame");
        assertThat(rules("On 12 April we mistakenly deleted the bucket.")).doesNotContain("language.team-blame");
        // "April", "Will", "Bill" not read as a name are the words they also are
        assertThat(rules("By April we mistakenly deleted the bucket.")).doesNotContain("language.team-blame");
    }

    @Test
    void anInlineLinksText_isReadWithTheWordsAroundIt_andItsDestinationNotAtAll() {
        // the link text joins its clause, as a reader sees it
        assertThat(rules("The outage was traced to [the night operator](https://example.com/log)."))
                .contains("language.fault-finding");
        // brackets that open no inline link still end the clause
        assertThat(rules("The outage was traced to [the night operator] in the log."))
                .doesNotContain("language.fault-finding");
        // a link whose destination does not close on its line is no link
        assertThat(rules("The outage was traced to [the night operator](https://example.com/log"))
                .doesNotContain("language.fault-finding");
        // the span still covers the link text where the finding is
        List<Finding> f = BlameLanguageChecker.create()
                .checkText("The outage was traced to [the night operator](https://e.x/l).");
        assertThat(f).hasSize(1);
        String text = "The outage was traced to [the night operator](https://e.x/l).";
        assertThat(text.substring(
                        f.get(0).span().orElseThrow().startOffset(),
                        f.get(0).span().orElseThrow().endOffset()))
                .startsWith("traced to [the night operator");
        // many opening brackets on one line are still read in one pass and find the blame after them
        assertThat(rules("[".repeat(5_000) + " then the admin forgot to renew it."))
                .contains("language.failed-to");
    }

    @Test
    void aNameTheTextAlsoShowsAsAThing_isNoOrganisation_anywhereInIt() {
        String blame = "Note that Borealis does not back anything up.";
        assertThat(rules(blame)).contains("language.failed-to");
        // followed by a system noun elsewhere in the text: a product, whose omission is no blame
        assertThat(rules("All Borealis jobs were paused. " + blame)).isEmpty();
        // followed by a version
        assertThat(rules(blame + " The fix ships in Borealis 2.4.")).isEmpty();
        // written in lower case, in code, a path, an address or the prose
        assertThat(rules("Files under `/borealis/home` are safe. " + blame)).isEmpty();
        assertThat(rules(blame + " See https://borealis.example.org for status."))
                .isEmpty();
        assertThat(rules(blame + " Restart borealis when the disk is back.")).isEmpty();
        // evidence for one name says nothing of another
        assertThat(rules("All Tundra jobs were paused. Please note that Acme does not back anything up."))
                .contains("language.failed-to");
        // a team named after its product is still no evidence against an organisation's blame
        assertThat(rules("The Optus team met. Later Optus did not test the upgrade."))
                .contains("language.failed-to");
    }

    @Test
    void theTextsOfOneDocument_shareWhatTheyShowOfAName() {
        String quiet = "Until noon, Zentrabot went quiet in the chat channels.";
        assertThat(rules(quiet)).contains("language.failed-to");
        // another part of the same text links to it in lower case: a product, not an organisation
        List<List<Finding>> together = checker.checkTexts(List.of(quiet, "Status lives at zentrabot.example."));
        assertThat(together).hasSize(2);
        assertThat(together.get(0)).isEmpty();
        // evidence for another name changes nothing; each part keeps its own findings
        List<List<Finding>> other = checker.checkTexts(List.of(quiet, "Status lives at borealis.example."));
        assertThat(other.get(0)).extracting(Finding::ruleId).containsExactly("language.failed-to");
        assertThat(other.get(1)).isEmpty();
        assertThatThrownBy(() -> checker.checkTexts(java.util.Arrays.asList(quiet, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parts[1]");
    }

    @Test
    void theSectionsOfOnePostmortem_shareWhatTheyShowOfAName() {
        AdditionalSection status =
                AdditionalSection.of("Status", "Until noon, Zentrabot went quiet in the chat channels.");
        AdditionalSection setup = AdditionalSection.of("Setup", "All Zentrabot services restart after each deploy.");
        var alone = SeedExample.postmortem().withAdditionalSections(status);
        assertThat(checker.check(alone).findings())
                .extracting(Finding::ruleId, Finding::path)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("language.failed-to", "additionalSections[0].body"));
        var both = SeedExample.postmortem().withAdditionalSections(status, setup);
        assertThat(checker.check(both).findings()).isEmpty();
        // a postmortem of more than 512 texts has each read alone, so that no more are held at once
        List<String> many = new java.util.ArrayList<>(java.util.Collections.nCopies(600, "The cache warmed up."));
        many.set(599, "All Zentrabot services restart after each deploy.");
        var large = both.withLessons(
                dev.postmortem.core.model.Lessons.builder().learned(many).build());
        assertThat(checker.check(large).findings())
                .extracting(Finding::path)
                .containsExactly("additionalSections[0].body");
    }

    @Test
    void aNameTheDocumentShowsAsAThing_joinsTheSystemClass() {
        // a component's wrong belief is a bug: once the name is a thing, the rule's veto for systems applies
        String assumed = "Migrix incorrectly assumed the unmatched tables could be dropped.";
        assertThat(rules(assumed)).contains("language.human-error-cause");
        assertThat(rules("Run `migrix upgrade head` to restore them. " + assumed))
                .isEmpty();
        // lower case in the prose is evidence only for a name the text also capitalises inside a
        // sentence: a word capitalised only where a sentence starts may be an ordinary word there
        // ("Quick to blame the provider, I ..." in a text that says "the fix was quick")
        assertThat(rules(assumed + " Restart migrix when the disk is back.")).contains("language.human-error-cause");
        assertThat(rules(assumed + " We restart Migrix nightly; restart migrix when the disk is back."))
                .isEmpty();
        // a person's or team's word never becomes a thing, whatever the text writes in lower case
        assertThat(rules("The on-call engineer incorrectly assumed the tables were orphaned; check the engineer rota."))
                .contains("language.human-error-cause");
    }

    @Test
    void aCodingAssistantByName_isATool_whileTheRoleOnTheFlightDeckIsAPerson() {
        assertThat(rules("Copilot missed the bug during review.")).isEmpty();
        assertThat(rules("The co-pilot missed the checklist item.")).contains("language.failed-to");
    }

    @Test
    void aLongMatch_isQuotedOnOneLine_cutAtSixtyCharacters_whileItsSpanCoversAllOfIt() {
        String text = "What if the engineer who worked\nthe overnight rota with payments had checked it?";
        Finding f = checker.checkText(text).get(0);
        assertThat(f.ruleId()).isEqualTo("language.counterfactual");
        assertThat(f.message()).startsWith("'What if the engineer who worked the overnight rota with paym…' ");
        Span span = f.span().orElseThrow();
        assertThat(text.substring(span.startOffset(), span.endOffset()))
                .isEqualTo("What if the engineer who worked\nthe overnight rota with payments had");
        assertThat(span).hasToString("1:1-2:37");
    }

    @Test
    void aShortMatch_isQuotedWhole() {
        Finding f = checker.checkText("It was the intern's fault.").get(0);
        assertThat(f.message()).startsWith("'intern's' ");
        assertThat(f.suggestion()).isPresent();
    }

    @Nested
    class FrontMatter {
        @Test
        void onlyTheProseKeysOfAYamlBlockAreRead_tagsAndAuthorsAreMetadata() {
            String text = "---\ntitle: We messed up the deploy\ntags: [fuckup, human error]\nauthor: Dave\n---\n\n"
                    + "The engineer was careless.";
            List<Finding> findings = checker.checkText(text);
            assertThat(findings)
                    .extracting(f -> f.ruleId() + "@" + f.span().orElseThrow().line())
                    .containsExactly("language.fault-finding@2", "language.character-judgement@7");
        }

        @Test
        void aTomlBlockIsReadAlike() {
            String text = "+++\ntitle = \"Human error took us down\"\ncategories = [\"human error\"]\n+++\nBody.";
            assertThat(checker.checkText(text))
                    .extracting(f -> f.span().orElseThrow().line())
                    .containsExactly(2);
        }

        @Test
        void proseBetweenTwoRules_isNoFrontMatter_andIsRead() {
            String text = "---\n# Incident report\nThe on-call engineer ignored the pages.\n---\nMore text.";
            assertThat(rules(text)).contains("language.failed-to");
            String keysThenProse = "---\ntitle: Outage\nThe on-call engineer ignored the pages.\n---\n";
            assertThat(rules(keysThenProse)).contains("language.failed-to");
        }

        @Test
        void aQuotedValueOverSeveralLines_staysMetadata_throughItsClosingQuote() {
            // a blog export keeps its readers' comments as quoted values that run over several lines
            String text =
                    "---\ntitle: Disk crash\ncomments:\n- id: 1\n  content: ! 'yeah right, the admin is useless\n\n"
                            + "    lost my backups too\n\n'\n---\nThe engineer was careless.";
            assertThat(checker.checkText(text))
                    .extracting(f -> f.ruleId() + "@" + f.span().orElseThrow().line())
                    .containsExactly("language.character-judgement@11");
            // a quote that opens a line of prose is still prose
            String prose = "---\ntitle: Outage\n'Quick fix' was the plan, and the engineer was careless.\n---\n";
            assertThat(rules(prose)).contains("language.character-judgement");
        }

        @Test
        void aLoneRuleWithNoClosingLine_isNoFrontMatter_soTheLinesAfterItAreProse() {
            String text = "---\ntags: [fuckup, human error]\n\nNo closing line follows.";
            assertThat(rules(text)).containsExactly("language.human-error-cause");
        }
    }

    @Test
    void aLineThatStartsWithATimeOrABulletStartsASentenceInAParagraphOfTimelineLines() {
        // a timeline written as one paragraph: each line is an entry, not the end of the one before
        String lines = "13 Jun 11:20 the provider reports that the reboot was caused by maintenance\n"
                + "\u2022 @ops starts the daemon on the bouncer";
        assertThat(rules(lines)).isEmpty();
        assertThat(rules(lines.replace("maintenance\n", "maintenance "))).contains("language.person-named");
        // a month written short is no person: "caused by 13 Jun maintenance"
        assertThat(rules("The reboot on the bouncer was caused by 13 Jun maintenance at the host."))
                .isEmpty();
    }
}
