package dev.postmortem.core.internal.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleEngineTest {
    private static LanguageRuleFile rule(String id, String pattern, String... vetoes) {
        StringBuilder text = new StringBuilder("id: " + id + "\nseverity: warning\nmessage: m\nsuggestion: s\n");
        text.append("pattern: ").append(pattern).append('\n');
        for (String v : vetoes) {
            text.append(v).append('\n');
        }
        return LanguageRuleFile.parse(id + ".rule", text.toString());
    }

    private static RuleEngine engine(LanguageRuleFile... rules) {
        return RuleEngine.compile(List.of(rules), Map.of());
    }

    private static List<String> hits(RuleEngine engine, String text) {
        return engine.run(engine.analyse(text, Set.of()), LanguageRuleFile.Mode.PROSE).stream()
                .map(h -> h.rule().id())
                .toList();
    }

    @Test
    void literalWordsAreNumberedByHowOftenTheyStand_whichChangesNoFinding() {
        LanguageRuleFile r = rule("team.zebra", "{ zebra [0-3] the }");
        // the rule names "zebra" first, but "the" stands in more sentences, so it is numbered first
        RuleEngine common = RuleEngine.compile(List.of(r), Map.of(), Map.of("the", 3000, "zebra", 1));
        Vocabulary v = common.vocabulary();
        assertThat(v.featureNamed("the")).isLessThan(v.featureNamed("zebra"));
        assertThat(v.bits(v.table().find("the")).length)
                .isLessThanOrEqualTo(v.bits(v.table().find("zebra")).length);
        // the other way round with the other shares; the findings are the same either way
        RuleEngine rare = RuleEngine.compile(List.of(r), Map.of(), Map.of("the", 1, "zebra", 3000));
        assertThat(rare.vocabulary().featureNamed("zebra"))
                .isLessThan(rare.vocabulary().featureNamed("the"));
        for (RuleEngine e : List.of(common, rare)) {
            assertThat(hits(e, "A zebra crossed the road.")).containsExactly("team.zebra");
            assertThat(hits(e, "The road was empty.")).isEmpty();
        }
    }

    @Test
    void aVetoSharedByTwoRulesCancelsBoth_andOnlyThem() {
        // "blame-rejected" holds "firing ... makes no sense"; two rules take the set, one does not
        RuleEngine engine = engine(
                rule("team.one", "{ sacking }", "unless-set: blame-rejected"),
                rule("team.two", "{ intern }", "unless-set: blame-rejected"),
                rule("team.three", "{ sense }"));
        assertThat(hits(engine, "Sacking the intern makes no sense.")).containsExactly("team.three");
        assertThat(hits(engine, "Sacking the intern was on the agenda; it made sense to some."))
                .containsExactlyInAnyOrder("team.one", "team.two", "team.three");
    }

    @Test
    void theSameVetoWrittenInTwoRulesStaysWithEach() {
        RuleEngine engine = engine(
                rule("team.one", "{ careless }", "unless: in the past"),
                rule("team.two", "{ operator }", "unless: in the past"),
                rule("team.three", "{ operator }", "unless: long ago"));
        assertThat(hits(engine, "In the past the operator was careless.")).containsExactly("team.three");
        assertThat(hits(engine, "Long ago the operator was careless."))
                .containsExactlyInAnyOrder("team.one", "team.two");
    }

    @Test
    void anAcronymJoinedToALowerCaseWordIsNoOrganisation() {
        RuleEngine engine = engine(rule("team.org", "{ <org> }"));
        assertThat(hits(engine, "The batch went over to Northwind overnight.")).containsExactly("team.org");
        assertThat(hits(engine, "The batch stayed CPU-heavy overnight.")).isEmpty();
        assertThat(hits(engine, "The batch stayed GPU-bound and API-driven overnight."))
                .isEmpty();
    }

    @Test
    void anAcronymInThePluralIsNoOrganisation() {
        RuleEngine engine = engine(rule("team.org", "{ <org> }"));
        assertThat(hits(engine, "The pool that lived on the NVMes would not start."))
                .isEmpty();
        assertThat(hits(engine, "Two SSDs and three VMs were replaced, and the NVMe came back."))
                .isEmpty();
        // a name that is not an acronym with a tail stays one, and so does an acronym alone
        assertThat(hits(engine, "The pool that lived on the Northwind array would not start."))
                .containsExactly("team.org");
        assertThat(hits(engine, "The pool was moved over to ACME overnight.")).containsExactly("team.org");
    }

    @Test
    void aCapitalisedWordOfATechnicalTermIsNoOrganisation() {
        RuleEngine engine = engine(rule("team.org", "{ <org> }"));
        assertThat(hits(engine, "The failure was traced to the SMB user lacking share permissions."))
                .isEmpty();
        assertThat(hits(engine, "The failure was traced to SMB lacking share permissions."))
                .containsExactly("team.org");
    }

    @Test
    void aPronounAQuantifierOrAnArticleCapitalisedAfterADashIsNoOrganisation() {
        RuleEngine engine = engine(rule("team.org", "{ <org> }"));
        assertThat(hits(engine, "Impact - We restarted the node.")).isEmpty();
        assertThat(hits(engine, "Impact - They restarted the node.")).isEmpty();
        assertThat(hits(engine, "Result - Both replicas lagged, and Several Replicas failed over."))
                .isEmpty();
        assertThat(hits(engine, "Root cause - The cache expired.")).isEmpty();
        // a company after a dash is still one
        assertThat(hits(engine, "Update - A fault at Northwind cut the link.")).containsExactly("team.org");
    }

    @Test
    void aJudgementWordInCapitalsIsACode() {
        RuleEngine engine = engine(rule("team.judge", "{ <judgement|judgement-weak> }"));
        assertThat(hits(engine, "We removed LAX from the anycast mix.")).isEmpty();
        assertThat(hits(engine, "The review of the change was lax.")).containsExactly("team.judge");
        // a longer one in capitals is shouted, and still a judgement
        assertThat(hits(engine, "The review of the change was SLOPPY.")).containsExactly("team.judge");
    }

    @Test
    void aLetterThatLabelsARoleIsNoOrganisation() {
        RuleEngine engine = engine(rule("team.org", "{ <org> }"));
        assertThat(hits(engine, "At noon engineer B restarted the node.")).isEmpty();
        assertThat(hits(engine, "At noon the engineer C and the operator D restarted the node."))
                .isEmpty();
        // a letter after anything else may still name one
        assertThat(hits(engine, "At noon plant B restarted the node.")).containsExactly("team.org");
    }

    @Test
    void aTitleCaseWordAfterASystemAcronymIsNoOrganisation() {
        RuleEngine engine = engine(rule("team.org", "{ <org> }"));
        assertThat(hits(engine, "At noon the DHCP Lease failed to renew.")).isEmpty();
        assertThat(hits(engine, "At noon the DNS Resolver stopped answering.")).isEmpty();
        // an acronym that is no system word, or a system word in lower case, says nothing
        assertThat(hits(engine, "At noon the ACME Northwind contract ended.")).containsExactly("team.org");
        assertThat(hits(engine, "At noon our dns Northwind failed.")).containsExactly("team.org");
        assertThat(hits(engine, "Asked over DNS, Northwind answered slowly.")).containsExactly("team.org");
    }

    @Test
    void aCamelCaseComponentIsNoOrganisation_butACamelCaseCompanyStaysOne() {
        RuleEngine engine = engine(rule("team.org", "{ <org> }"));
        assertThat(hits(engine, "Under load the LedgerService dropped the request."))
                .isEmpty();
        assertThat(hits(engine, "Under load the ReportCache and the BillingWorker stalled."))
                .isEmpty();
        // a company name in camel case ends in no system word, or in one too short to tell
        assertThat(hits(engine, "Under load SolarWinds dropped the request.")).containsExactly("team.org");
        assertThat(hits(engine, "Under load WhatsApp dropped the request.")).containsExactly("team.org");
    }

    @Test
    void theLowerCasePartAfterADotInsideANameIsNoWord() {
        RuleEngine engine = engine(rule("team.word", "{ <team> was unreachable }"));
        assertThat(hits(engine, "Zentrabot.org was unreachable for an hour.")).isEmpty();
        assertThat(hits(engine, "The deploy.team was unreachable for an hour.")).isEmpty();
        assertThat(hits(engine, "The vendor's team was unreachable for an hour."))
                .containsExactly("team.word");
        // a sentence's full stop with a space after it still ends the sentence before the word
        assertThat(hits(engine, "We called. Their team was unreachable for an hour."))
                .containsExactly("team.word");
    }

    @Test
    void aRoleWordEndingAProductsNameIsNoPerson_butARoleWithADeterminerIsOne() {
        RuleEngine engine = engine(rule("team.person", "{ <person> }"));
        assertThat(hits(engine, "On Monday, Zentra Cloud Traffic Director went down."))
                .isEmpty();
        assertThat(hits(engine, "We are working on issues with Traffic Director and its clients."))
                .isEmpty();
        assertThat(hits(engine, "On Monday, the Release Manager approved the change."))
                .containsExactly("team.person");
        assertThat(hits(engine, "On Monday, Zentracorp's Release Manager approved the change."))
                .containsExactly("team.person");
        // a title that goes on with another capitalised word, and a role alone, stay roles
        assertThat(hits(engine, "On Monday, Deputy Director General approved it."))
                .contains("team.person");
        assertThat(hits(engine, "On Monday, our engineer approved it.")).containsExactly("team.person");
        // a capitalised role word right before a system noun or a product's follower names a product,
        // determiner or not; in lower case, or before a verb, it stays a role
        assertThat(hits(engine, "At four we re-enabled the Courier integration."))
                .isEmpty();
        assertThat(hits(engine, "At four we restarted the Operator console.")).isEmpty();
        assertThat(hits(engine, "At four the courier integration team met.")).containsExactly("team.person");
        assertThat(hits(engine, "At four the Operator restarted the console.")).containsExactly("team.person");
    }

    private static List<String> spans(RuleEngine engine, String text) {
        return engine.run(engine.analyse(text, Set.of()), LanguageRuleFile.Mode.PROSE).stream()
                .map(h -> text.substring(h.start(), h.end()))
                .toList();
    }

    @Test
    void aNearVetoCancelsOnlyTheMatchItOverlaps_andTheRuleReadsOnForALaterOne() {
        String pattern = "admin [[0-12]] { daft|lazy }";
        RuleEngine near = engine(rule("team.near", pattern, "unless-near: daft scripts"));
        RuleEngine whole = engine(rule("team.whole", pattern, "unless: daft scripts"));
        // the judgement lands on a thing: both kinds of veto cancel it
        String thing = "The admin wrote daft scripts at home.";
        assertThat(hits(near, thing)).isEmpty();
        assertThat(hits(whole, thing)).isEmpty();
        // a judgement of the person after the vetoed match: only the near veto lets the rule see it,
        // by a longer gap from the same start, and reports it where it stands
        String person = "The admin who wrote daft scripts at home was lazy.";
        assertThat(spans(near, person)).containsExactly("lazy");
        assertThat(hits(whole, person)).isEmpty();
        // a near veto found away from the match does not touch it
        String apart = "Daft scripts aside, the admin was lazy.";
        assertThat(spans(near, apart)).containsExactly("lazy");
        assertThat(hits(whole, apart)).isEmpty();
        // without the vetoed words the rule reports its first match as before
        assertThat(spans(near, "The admin was daft.")).containsExactly("daft");
    }

    @Test
    void aRuleFileListsItsNearVetoesApartFromItsSentenceVetoes() {
        LanguageRuleFile r = rule("team.near", "{ daft }", "unless-near: daft scripts", "unless: jokes");
        assertThat(r.nearVetoes()).containsExactly("daft scripts");
        assertThat(r.vetoes()).containsExactly("jokes");
    }

    /**
     * The fast union of a sentence's bits reads only the first and last long of each token's bits,
     * which holds only while every token's bits are 0 between them: the built-in vocabulary's are,
     * every token of every corpus sentence keeps it after its analysis (phrases, names, things),
     * and the hits are those of reading every long, in every mode.
     */
    @Test
    void theBuiltInVocabularyIsCompact_andItsFastUnionFindsWhatReadingEveryLongFinds() {
        RuleEngine e = RuleEngine.compile(RuleEngine.builtInRules(), Map.of());
        assertThat(e.vocabulary().compact()).isTrue();
        int hits = 0;
        for (var s : dev.postmortem.core.testing.BlameCorpus.load().sentences()) {
            Analysis a = e.analyse(s.text(), Set.of());
            a.readThings(e.vocabulary());
            for (long[] w : a.wordBits()) {
                assertThat(Vocabulary.compact(w)).as(s.text()).isTrue();
            }
            for (LanguageRuleFile.Mode mode : LanguageRuleFile.Mode.values()) {
                List<RuleEngine.Hit> fast = e.run(a, mode);
                assertThat(e.runReadingEveryLong(a, mode)).as(s.text()).isEqualTo(fast);
                hits += fast.size();
            }
        }
        assertThat(hits).as("hits compared").isGreaterThan(1000);
    }

    @Test
    void aBitSetIsCompactWhenOnlyItsFirstAndLastLongsHoldBits() {
        assertThat(Vocabulary.compact(new long[0])).isTrue();
        assertThat(Vocabulary.compact(new long[] {5})).isTrue();
        assertThat(Vocabulary.compact(new long[] {5, 0, 0, 8})).isTrue();
        assertThat(Vocabulary.compact(new long[] {0, 0, 1, 0})).isFalse();
        assertThat(Vocabulary.compact(new long[] {1, 2, 3})).isFalse();
    }

    @Test
    void aScanKnowsWhetherAContractedWouldStandsInIt_andTheHadReadingFollows() {
        RuleEngine e = engine(rule("team.had", "{ had <past> }"));
        assertThat(ScannedText.scan("They'd botched it.").anyContractedWould()).isTrue();
        assertThat(ScannedText.scan("They had botched it. It's fine.").anyContractedWould())
                .isFalse();
        // "'d" before a past form reads as "had"; a text without one is read as before
        assertThat(hits(e, "They'd botched it.")).containsExactly("team.had");
        assertThat(hits(e, "They'd like a retry.")).isEmpty();
        assertThat(hits(e, "They had botched it.")).containsExactly("team.had");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {"13 Jun 11:23 ops", "11:23 ops", "2023-06-13 ops", "[11:23 UTC] ops", "\u2022 ops", "- ops"})
    void aLineThatStartsWithATimeADateOrABulletStartsASentence(String start) {
        String text = "The reboot was caused by maintenance\n" + start + " restarts the daemon";
        assertThat(ScannedText.scan(text).sentenceCount()).isEqualTo(2);
        // a line that goes on with words is the same sentence
        assertThat(ScannedText.scan("The reboot was caused by maintenance\nthat ops restarts")
                        .sentenceCount())
                .isEqualTo(1);
    }
}
