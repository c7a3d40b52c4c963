package dev.postmortem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.postmortem.core.checks.PostmortemChecker;
import dev.postmortem.core.checks.language.BlameLanguageChecker;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.report.Report;
import dev.postmortem.core.testing.PostmortemGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The combined checker never throws and gives the same answer however it is shared. */
class CheckerProperties {
    private static final PostmortemChecker CHECKER = PostmortemChecker.builder()
            .clock(Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC))
            .build();
    private static final BlameLanguageChecker LANGUAGE = CHECKER.language();
    private static final String PUNCTUATION = "`<!->@:/.'’ \n\r\t|*#~";

    @Test
    void neverThrowsOnGeneratedPostmortems() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Report r = CHECKER.check(PostmortemGenerator.generate(seed));
            assertThat(r.findings()).allSatisfy(f -> assertThat(f.ruleId()).contains("."));
        });
    }

    @Test
    void neverThrowsOnArbitraryStrings() {
        qt().withExamples(2000)
                .forAll(strings().allPossible().ofLengthBetween(0, 200))
                .checkAssert(text -> {
                    var findings = LANGUAGE.checkText(text);
                    findings.forEach(f -> assertThat(f.span().get().endOffset()).isLessThanOrEqualTo(text.length()));
                    assertThat(LANGUAGE.checkRemediation(text)).hasSizeGreaterThanOrEqualTo(findings.size());
                });
    }

    @Test
    void neverThrowsOnRawUtf16WithUnpairedSurrogatesAndControlCharacters() {
        qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            char[] chars = new char[r.nextInt(400)];
            for (int i = 0; i < chars.length; i++) {
                int pick = r.nextInt(6);
                chars[i] = pick == 0
                        ? (char) (0xD800 + r.nextInt(0x800)) // a lone surrogate half
                        : pick == 1
                                ? (char) r.nextInt(32) // a control character
                                : pick == 2
                                        ? PUNCTUATION.charAt(r.nextInt(PUNCTUATION.length()))
                                        : (char) ('a' + r.nextInt(26));
            }
            String text = new String(chars) + " He should have checked.";
            assertThat(LANGUAGE.checkText(text)).as("seed %d", seed).isNotNull();
            Postmortem p = PostmortemGenerator.generate(seed).withTitle(text);
            assertThat(CHECKER.check(p).findings()).isNotNull();
        });
    }

    @Test
    void oneMegabyteTitle_isChecked() {
        String text = "x".repeat(1_048_576) + " He should have checked.";
        Report r = CHECKER.check(PostmortemGenerator.generate(1).withTitle(text));
        assertThat(r.withRulePrefix("language.counterfactual"))
                .singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("title"));
    }

    @Test
    void eightThreadsSharingOneChecker_getTheSequentialResults() throws Exception {
        List<Postmortem> corpus = new ArrayList<>();
        for (long seed = 0; seed < 400; seed++) {
            corpus.add(PostmortemGenerator.generate(seed));
        }
        List<Report> expected = corpus.stream().map(CHECKER::check).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<List<Report>>> tasks = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t * 50;
                tasks.add(() -> {
                    List<Report> out = new ArrayList<>(corpus.size());
                    for (int i = 0; i < corpus.size(); i++) {
                        out.add(null);
                    }
                    for (int k = 0; k < corpus.size(); k++) {
                        int i = (k + offset) % corpus.size();
                        out.set(i, CHECKER.check(corpus.get(i)));
                    }
                    return out;
                });
            }
            for (Future<List<Report>> f : pool.invokeAll(tasks)) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
