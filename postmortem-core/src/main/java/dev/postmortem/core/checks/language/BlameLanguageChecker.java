package dev.postmortem.core.checks.language;

import dev.postmortem.core.checks.Check;
import dev.postmortem.core.checks.CheckContext;
import dev.postmortem.core.checks.config.CheckerConfig;
import dev.postmortem.core.internal.Args;
import dev.postmortem.core.internal.LineIndex;
import dev.postmortem.core.internal.language.Analysis;
import dev.postmortem.core.internal.language.LanguageRuleFile;
import dev.postmortem.core.internal.language.LanguageRuleFile.Mode;
import dev.postmortem.core.internal.language.RuleEngine;
import dev.postmortem.core.internal.language.SharedAnalyses;
import dev.postmortem.core.internal.language.Vocabulary;
import dev.postmortem.core.model.ActionItem;
import dev.postmortem.core.model.ContributingFactor;
import dev.postmortem.core.model.JustCultureAssessment;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.WhyStep;
import dev.postmortem.core.report.Finding;
import dev.postmortem.core.report.Report;
import dev.postmortem.core.report.RuleDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Finds blame language in postmortem prose with the rule files of {@code language/rules/} over the
 * word classes of {@code language/classes/} (see {@link LanguageRule} for the rules and the README
 * for the file formats).
 *
 * <p>Each text is analysed once: it is split into sentences and words (code spans, fenced code
 * blocks and URLs are never read; {@code @handles} count as people), each distinct word's classes
 * are looked up once, and the rules' patterns then test those classes. A capitalised word counts
 * as a person's name when it is in the first-name list or the configured roster, is not a known
 * product or host (Jenkins, Travis, Karpenter), is not followed by a system noun ("Jenkins job"),
 * and, for names that are also common words (Will, Mark, May), is followed by a past-tense verb or
 * a possessive. Inline HTML comments configure the rules: {@code <!-- postmortem-ignore
 * language.counterfactual -->} ignores a rule (or, without a rule id, every rule) for the next
 * block; {@code <!-- postmortem-disable RULE -->} and {@code <!-- postmortem-enable RULE -->}
 * bracket a range.
 *
 * <p>Any other capitalised word inside a sentence reads as an organisation ("Optus mismanaged its
 * network"), unless the document shows it as a thing: the texts of one postmortem (or the parts
 * given to {@link #checkTexts}) are read together first, and a name that one of them puts before a
 * system noun or a version, or writes in lower case as a command, path or address ({@code migrix
 * upgrade}, {@code zentrabot.example}), is a system in all of them. "Zentrabot went quiet" in the summary
 * is then a product's silence, not an omission, when the timeline restarts "all Zentrabot services".
 *
 * <p>Every text a postmortem holds is checked, timeline entries and additional sections included:
 * a timeline line in the present tense ("09:52 the secondary sleeps through three pages") is read
 * like prose. Remedies aimed at people are reported wherever they stand.
 *
 * <p>A team extends the rules without recompiling: {@link CheckerConfig.Builder#languageWords}
 * adds words to a class (its team names, role words, products that look like people) and {@link
 * CheckerConfig.Builder#languageRule} adds a rule file.
 *
 * <p>Time is linear in the length of the text. The checker is immutable and thread-safe.
 */
public final class BlameLanguageChecker implements Check {
    private static final RuleEngine BUILT_IN = RuleEngine.compile(RuleEngine.builtInRules(), Map.of());
    private static final BlameLanguageChecker DEFAULT = new BlameLanguageChecker(CheckerConfig.defaults(), BUILT_IN);

    private final CheckerConfig config;
    private final RuleEngine engine;
    private final int system;
    private final int person;

    private BlameLanguageChecker(CheckerConfig config, RuleEngine engine) {
        this.config = config;
        this.engine = engine;
        this.system = engine.vocabulary().feature("system");
        this.person = engine.vocabulary().feature("person");
    }

    /**
     * The checker with the default configuration.
     *
     * @return the checker
     */
    public static BlameLanguageChecker create() {
        return DEFAULT;
    }

    /**
     * A checker with a configuration: its roster, allowlist, rule settings, added words and added
     * rule files apply.
     *
     * @param config the configuration
     * @return the checker
     * @throws IllegalArgumentException if an added word names an unknown class or an added rule file
     *     does not parse; the message names the class or the file's line
     */
    public static BlameLanguageChecker of(CheckerConfig config) {
        Args.notNull(config, "config");
        // the roster applies when a text is analysed; only added words and rules need a compile
        if (config.languageWords().isEmpty() && config.languageRules().isEmpty()) {
            return new BlameLanguageChecker(config, BUILT_IN);
        }
        List<LanguageRuleFile> rules = new ArrayList<>(RuleEngine.builtInRules());
        for (int i = 0; i < config.languageRules().size(); i++) {
            rules.add(LanguageRuleFile.parse(
                    "added rule " + (i + 1), config.languageRules().get(i)));
        }
        return new BlameLanguageChecker(config, RuleEngine.compile(rules, config.languageWords()));
    }

    /**
     * Checks prose, such as a paragraph of a postmortem or a line of a text file.
     *
     * @param text the text; any string, however long
     * @return the findings, with spans into the text and an empty path
     */
    public List<Finding> checkText(String text) {
        return check(Args.notNull(text, "text"), "", Mode.PROSE);
    }

    /**
     * Checks the parts of one text, such as the paragraphs of a plain-text file, read together: a
     * capitalised name one part shows as a product, host or tool (followed by a system noun or a
     * version, or written in lower case as a command, path or address, fenced code included) is
     * not read as an organisation in any part, so "Zentrabot went quiet" in one paragraph is no
     * organisation's omission when another links to {@code zentrabot.example}. A text of more than 512
     * parts has each part read alone.
     *
     * @param parts the parts, in order; any strings, however long
     * @return the findings of each part, in the parts' order, with spans into that part and an
     *     empty path
     * @throws IllegalArgumentException if the list or a part is null
     */
    public List<List<Finding>> checkTexts(List<String> parts) {
        Args.notNull(parts, "parts");
        for (int i = 0; i < parts.size(); i++) {
            Args.notNull(parts.get(i), "parts[" + i + "]");
        }
        return SharedAnalyses.during(() -> {
            List<List<Finding>> out = new ArrayList<>(parts.size());
            if (parts.size() > DOCUMENT_TEXTS) {
                for (String part : parts) {
                    out.add(List.copyOf(check(part, "", Mode.PROSE)));
                }
                return List.copyOf(out);
            }
            List<Analysis> analyses = new ArrayList<>(parts.size());
            for (String part : parts) {
                analyses.add(engine.analyse(part, config.roster()));
            }
            engine.readTogether(analyses);
            for (Analysis a : analyses) {
                List<Finding> findings = new ArrayList<>();
                check(a, "", -1, "", Mode.PROSE, findings::add);
                out.add(List.copyOf(findings));
            }
            return List.copyOf(out);
        });
    }

    /**
     * Checks remediation text (an action item or a root fix).
     *
     * @param text the text
     * @return the findings
     */
    public List<Finding> checkRemediation(String text) {
        return check(Args.notNull(text, "text"), "", Mode.REMEDIATION);
    }

    /**
     * Checks a timeline entry's description.
     *
     * @param text the text
     * @return the findings
     */
    public List<Finding> checkTimeline(String text) {
        return check(Args.notNull(text, "text"), "", Mode.TIMELINE);
    }

    /**
     * Whether remediation text asks people for training, reminders or more care instead of changing
     * the system.
     *
     * @param text the text
     * @return true if {@code language.training-only} reports it
     */
    public boolean isTrainingOnly(String text) {
        Args.notNull(text, "text");
        for (RuleEngine.Hit h : engine.run(engine.analyse(text, config.roster()), Mode.REMEDIATION)) {
            if (h.rule().id().equals(LanguageRule.TRAINING_ONLY.id())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Checks every text of a postmortem. Paths name the field ({@code actionItems[2].description});
     * spans are relative to that field's text. Owner handles, ids and the Just Culture role are not
     * prose and are not read.
     *
     * @param postmortem the postmortem
     * @return every finding, sorted by location
     */
    public Report check(Postmortem postmortem) {
        Args.notNull(postmortem, "postmortem");
        List<Finding> out = new ArrayList<>();
        check(postmortem, out::add);
        return Report.of(out);
    }

    /**
     * Checks every text of a postmortem, handing each finding to a sink as it is found, so that a
     * caller that keeps only some findings (the first thousand of a huge document) never holds them
     * all.
     *
     * @param postmortem the postmortem
     * @param out receives each finding, field by field in model order
     * @throws IllegalArgumentException if an argument is null
     */
    public void check(Postmortem postmortem, Consumer<? super Finding> out) {
        Args.notNull(postmortem, "postmortem");
        Args.notNull(out, "out");
        SharedAnalyses.during(() -> {
            int[] texts = {0};
            walk(postmortem, (prefix, index, suffix, text, mode) -> texts[0]++);
            if (texts[0] > DOCUMENT_TEXTS) {
                walk(
                        postmortem,
                        (prefix, index, suffix, text, mode) ->
                                check(engine.analyse(text, config.roster()), prefix, index, suffix, mode, out));
                return null;
            }
            // the texts are read together first: a name one of them shows as a product is no
            // organisation in another
            List<Analysis> analyses = new ArrayList<>(texts[0]);
            walk(
                    postmortem,
                    (prefix, index, suffix, text, mode) -> analyses.add(engine.analyse(text, config.roster())));
            engine.readTogether(analyses);
            int[] next = {0};
            walk(
                    postmortem,
                    (prefix, index, suffix, text, mode) ->
                            check(analyses.get(next[0]++), prefix, index, suffix, mode, out));
            return null;
        });
    }

    /**
     * The most texts of a postmortem read together for the names they show as things; a larger
     * one (thousands of timeline lines) has each text read alone, so that no more analyses are
     * held at once than a check shares anyway.
     */
    private static final int DOCUMENT_TEXTS = 512;

    /** Receives the texts of a postmortem, each with its path and where it stands. */
    @FunctionalInterface
    private interface Visit {
        /**
         * One non-empty text, whose path is {@code prefix}, or {@code prefix[index]suffix} for an
         * index of 0 or more.
         */
        void field(String prefix, int index, String suffix, String text, Mode mode);
    }

    /** Visits every non-empty text of a postmortem, in model order. */
    private static void walk(Postmortem postmortem, Visit all) {
        Visit visit = (prefix, index, suffix, text, mode) -> {
            if (!text.isEmpty()) {
                all.field(prefix, index, suffix, text, mode);
            }
        };
        visit.field("title", -1, "", postmortem.title(), Mode.PROSE);
        postmortem.impactSummary().ifPresent(s -> visit.field("impactSummary.text", -1, "", s.text(), Mode.PROSE));
        postmortem.customerImpact().ifPresent(c -> {
            visit.field("customerImpact.userSymptoms", -1, "", c.userSymptoms(), Mode.PROSE);
            visit.field("customerImpact.affectedSegment", -1, "", c.affectedSegment(), Mode.PROSE);
        });
        for (int i = 0; i < postmortem.timeline().size(); i++) {
            visit.field(
                    "timeline", i, ".description", postmortem.timeline().get(i).description(), Mode.TIMELINE);
        }
        for (int i = 0; i < postmortem.contributingFactors().size(); i++) {
            ContributingFactor f = postmortem.contributingFactors().get(i);
            visit.field("contributingFactors", i, ".title", f.title(), Mode.PROSE);
            visit.field("contributingFactors", i, ".description", f.description(), Mode.PROSE);
        }
        for (int i = 0; i < postmortem.actionItems().size(); i++) {
            ActionItem a = postmortem.actionItems().get(i);
            visit.field("actionItems", i, ".description", a.description(), Mode.REMEDIATION);
            if (!a.acceptanceCriteria().isEmpty()) {
                String criteria = "actionItems[" + i + "].acceptanceCriteria";
                for (int j = 0; j < a.acceptanceCriteria().size(); j++) {
                    visit.field(criteria, j, "", a.acceptanceCriteria().get(j), Mode.PROSE);
                }
            }
            int item = i;
            a.statusRationale().ifPresent(r -> visit.field("actionItems", item, ".statusRationale", r, Mode.PROSE));
        }
        postmortem.fiveWhys().ifPresent(w -> {
            visit.field("fiveWhys.problem", -1, "", w.problem(), Mode.PROSE);
            for (int i = 0; i < w.steps().size(); i++) {
                WhyStep s = w.steps().get(i);
                visit.field("fiveWhys.steps", i, ".question", s.question(), Mode.PROSE);
                visit.field("fiveWhys.steps", i, ".answer", s.answer(), Mode.PROSE);
            }
            visit.field("fiveWhys.rootSystemFix", -1, "", w.rootSystemFix(), Mode.REMEDIATION);
        });
        for (int i = 0; i < postmortem.justCultureAssessments().size(); i++) {
            JustCultureAssessment a = postmortem.justCultureAssessments().get(i);
            visit.field("justCultureAssessments", i, ".action", a.action(), Mode.PROSE);
            visit.field("justCultureAssessments", i, ".rationale", a.rationale(), Mode.PROSE);
        }
        list(visit, "lessons.wentWell", postmortem.lessons().wentWell());
        list(visit, "lessons.wentWrong", postmortem.lessons().wentWrong());
        list(visit, "lessons.gotLucky", postmortem.lessons().gotLucky());
        list(visit, "lessons.learned", postmortem.lessons().learned());
        for (int i = 0; i < postmortem.additionalSections().size(); i++) {
            visit.field(
                    "additionalSections",
                    i,
                    ".title",
                    postmortem.additionalSections().get(i).title(),
                    Mode.PROSE);
            visit.field(
                    "additionalSections",
                    i,
                    ".body",
                    postmortem.additionalSections().get(i).body(),
                    Mode.PROSE);
        }
    }

    /**
     * Whether a word is taken as a person's first name when capitalised: in the roster or the
     * built-in list, and not a known product or host.
     *
     * @param word the word
     * @return true for a name
     */
    public boolean isKnownName(String word) {
        String w = Args.notNull(word, "word").toLowerCase(Locale.ROOT);
        Vocabulary v = engine.vocabulary();
        return config.roster().contains(w) || (v.is(w, v.feature("first-name")) && !v.is(w, v.feature("not-person")));
    }

    /**
     * The ids of the rules this checker runs: the built-in ones and those of added rule files.
     *
     * @return the rule ids, in rule-file order
     */
    public List<String> ruleIds() {
        return engine.ruleIds();
    }

    /**
     * The rules this checker can report: the built-in ones, as {@link LanguageRule} describes them,
     * then those of the team's added rule files.
     *
     * @return the rules, each once
     */
    @Override
    public List<RuleDescriptor> rules() {
        Map<String, RuleDescriptor> out = new LinkedHashMap<>();
        for (LanguageRule r : LanguageRule.values()) {
            out.put(r.id(), new RuleDescriptor(r.id(), r.defaultSeverity(), r.message()));
        }
        for (LanguageRuleFile f : engine.ruleFiles()) {
            out.putIfAbsent(f.id(), new RuleDescriptor(f.id(), f.severity(), f.message()));
        }
        return List.copyOf(out.values());
    }

    /**
     * Checks every text of a postmortem and reports to a checker's context. The findings already
     * carry this checker's rule settings; the context applies the same settings, which changes
     * nothing the second time.
     *
     * @param postmortem the postmortem
     * @param context where findings go
     */
    @Override
    public void check(Postmortem postmortem, CheckContext context) {
        Args.notNull(context, "context");
        check(postmortem, (Consumer<Finding>) context::report);
    }

    /**
     * Whether a word belongs to a word class of this checker's vocabulary: a class of the built-in
     * files ({@code classes/index.txt} in this module's resources) with the words a team added to it
     * through {@link CheckerConfig#languageWords()}. The Definition of Ready reads two of them this
     * way ({@code owner-placeholder} and {@code automated-check}), so a team's additions reach it too.
     *
     * @param word a word, in any case; a phrase of several words is never in a class here
     * @param wordClass the class's name, such as {@code team}
     * @return true if the word is in the class
     * @throws IllegalArgumentException if an argument is null or no class has that name
     */
    public boolean isInWordClass(String word, String wordClass) {
        Args.notNull(word, "word");
        Args.notNull(wordClass, "word class");
        Vocabulary v = engine.vocabulary();
        int feature = v.classFeature(wordClass);
        return v.is(word.toLowerCase(Locale.ROOT).replace('’', '\''), feature);
    }

    /**
     * The first word of a text that belongs to a word class of this checker's vocabulary (see
     * {@link #isInWordClass}), read as the rules read words: lower case, typographic apostrophes
     * straightened, contractions split, code spans and URLs not words. Within a check of a whole
     * postmortem the text is read once for this and for the language rules.
     *
     * @param text the text
     * @param wordClass the class's name, such as {@code automated-check}
     * @return the word, or empty if no word of the text is in the class
     * @throws IllegalArgumentException if an argument is null or no class has that name
     */
    public Optional<String> firstWordInClass(String text, String wordClass) {
        Args.notNull(text, "text");
        Args.notNull(wordClass, "word class");
        Vocabulary v = engine.vocabulary();
        int feature = v.classFeature(wordClass);
        return engine.analyse(text, config.roster()).firstWordIn(v, feature);
    }

    /**
     * Whether a word names a system, process or artefact in the language rules' word classes.
     *
     * @param word the word
     * @return true for a system noun
     */
    public boolean isSystemWord(String word) {
        return engine.vocabulary().is(Args.notNull(word, "word").toLowerCase(Locale.ROOT), system);
    }

    /**
     * Whether a word names a person by role or pronoun in the language rules' word classes.
     *
     * @param word the word
     * @return true for a person word
     */
    public boolean isPersonWord(String word) {
        return engine.vocabulary().is(Args.notNull(word, "word").toLowerCase(Locale.ROOT), person);
    }

    private static void list(Visit visit, String path, List<String> items) {
        for (int i = 0; i < items.size(); i++) {
            visit.field(path, i, "", items.get(i), Mode.PROSE);
        }
    }

    private List<Finding> check(String text, String path, Mode mode) {
        List<Finding> findings = new ArrayList<>();
        if (!text.isEmpty()) {
            check(engine.analyse(text, config.roster()), path, -1, "", mode, findings::add);
        }
        return findings;
    }

    private void check(Analysis a, String prefix, int index, String suffix, Mode mode, Consumer<? super Finding> out) {
        String text = a.scanned().text();
        List<RuleEngine.Hit> hits = engine.run(a, mode);
        if (hits.isEmpty()) {
            return;
        }
        String path = index < 0 ? prefix : prefix + "[" + index + "]" + suffix;
        LineIndex lines = null;
        String lower = null;
        for (RuleEngine.Hit h : hits) {
            LanguageRuleFile rule = h.rule();
            int start = h.start();
            int end = Math.max(h.end(), start);
            if (a.scanned().suppressed(rule.id(), start) || !config.rules().isEnabled(rule.id())) {
                continue;
            }
            if (lower == null && !config.allowlist().isEmpty()) {
                lower = text.toLowerCase(Locale.ROOT);
            }
            if (lower != null && allowed(lower, start, end)) {
                continue;
            }
            if (lines == null) {
                lines = new LineIndex(text);
            }
            Finding f = Finding.of(
                    rule.id(),
                    rule.severity(),
                    path,
                    "'" + abbreviate(text, start, end) + "' " + rule.message(),
                    rule.suggestion(),
                    lines.span(start, end));
            out.accept(config.rules().apply(f).orElse(f));
        }
    }

    /** Whether an allowlisted term occurs in the text overlapping the reported span. */
    private boolean allowed(String lower, int start, int end) {
        for (String term : config.allowlist()) {
            int i = lower.indexOf(term, Math.max(0, start - term.length() + 1));
            if (i >= 0 && i < end) {
                return true;
            }
        }
        return false;
    }

    /** The matched text on one line, cut to 60 characters; only what is shown is copied. */
    private static String abbreviate(String text, int start, int end) {
        String shown = text.substring(start, Math.min(end, start + 60));
        String oneLine = shown.replace('\n', ' ').replace('\r', ' ');
        return end - start > 60 ? oneLine + "…" : oneLine;
    }
}
