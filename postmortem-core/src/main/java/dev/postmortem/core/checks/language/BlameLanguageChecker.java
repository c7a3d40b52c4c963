package dev.postmortem.core.checks.language;

import static dev.postmortem.core.internal.language.Lexicon.AMBIGUOUS_NAMES;
import static dev.postmortem.core.internal.language.Lexicon.CAUSE_WORDS;
import static dev.postmortem.core.internal.language.Lexicon.CHARACTER;
import static dev.postmortem.core.internal.language.Lexicon.FAILURE_MARKERS;
import static dev.postmortem.core.internal.language.Lexicon.FIRST_NAMES;
import static dev.postmortem.core.internal.language.Lexicon.IRREGULAR_PAST;
import static dev.postmortem.core.internal.language.Lexicon.JUDGED_MISTAKE;
import static dev.postmortem.core.internal.language.Lexicon.NEGATORS;
import static dev.postmortem.core.internal.language.Lexicon.NOT_PEOPLE;
import static dev.postmortem.core.internal.language.Lexicon.PERSON_WORDS;
import static dev.postmortem.core.internal.language.Lexicon.PRAISE_VERBS;
import static dev.postmortem.core.internal.language.Lexicon.PRODUCT_FOLLOWERS;
import static dev.postmortem.core.internal.language.Lexicon.SKIPPABLE;
import static dev.postmortem.core.internal.language.Lexicon.SYSTEM_VERBS;
import static dev.postmortem.core.internal.language.Lexicon.SYSTEM_WORDS;
import static dev.postmortem.core.internal.language.Lexicon.TEAM_WORDS;
import static dev.postmortem.core.internal.language.Lexicon.THANKS;
import static dev.postmortem.core.internal.language.Lexicon.TRAINING_CUES;
import static dev.postmortem.core.internal.language.Lexicon.TRAINING_VERBS;

import dev.postmortem.core.checks.config.CheckerConfig;
import dev.postmortem.core.internal.Args;
import dev.postmortem.core.internal.LineIndex;
import dev.postmortem.core.internal.language.ScannedText;
import dev.postmortem.core.internal.language.Token;
import dev.postmortem.core.model.ActionItem;
import dev.postmortem.core.model.ContributingFactor;
import dev.postmortem.core.model.JustCultureAssessment;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.WhyStep;
import dev.postmortem.core.report.Finding;
import dev.postmortem.core.report.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds blame language in postmortem prose; see {@link LanguageRule} for the rules.
 *
 * <p>It reads words in context rather than matching words alone. A name counts as a person only
 * when capitalised (or in the configured roster), not a known product or host (Jenkins, Travis,
 * TeamCity, Karpenter), not followed by a system noun ("Jenkins job"), and, for names that are
 * also common words (Will, Mark, May), not at the start of a sentence unless a past-tense verb or a
 * possessive follows. A name is reported only as the actor of a failure in its sentence, and never
 * in a sentence of thanks. "Should have" and "failed to" are reported only when their subject is a
 * person or a team, so "the check failed to run" and "the pipeline should have rejected it" pass.
 * Code spans, fenced code blocks, URLs and {@code @handles} are never read. Inline HTML comments
 * configure the rules: {@code <!-- postmortem-ignore language.counterfactual -->} ignores a rule
 * (or, without a rule id, every rule) for the next block; {@code <!-- postmortem-disable RULE -->}
 * and {@code <!-- postmortem-enable RULE -->} bracket a range.
 *
 * <p>Time is linear in the length of the text: one scan, then a bounded look around each word. The
 * checker is immutable and thread-safe.
 */
public final class BlameLanguageChecker {
    private static final Set<String> HUMAN_ERROR_HEADS =
            Set.of("human", "operator", "user", "pilot", "people", "personnel", "engineer", "staff", "manual");
    private static final Set<String> ERROR_WORDS = Set.of("error", "mistake", "failure", "slip");
    private static final Set<String> METRIC_FOLLOWERS = Set.of(
            "rate",
            "rates",
            "count",
            "counts",
            "budget",
            "code",
            "codes",
            "message",
            "messages",
            "page",
            "pages",
            "handling",
            "log",
            "logs",
            "metric",
            "metrics",
            "spike",
            "dashboard",
            "ratio",
            "path",
            "response",
            "responses",
            "type",
            "types",
            "class",
            "field",
            "banner",
            "string");
    private static final Set<String> BLAME_VERBS = Set.of(
            "ignored",
            "ignore",
            "ignores",
            "neglected",
            "overlooked",
            "disregarded",
            "botched",
            "broke",
            "screwed",
            "messed",
            "fumbled",
            "bungled",
            "refused",
            "dismissed",
            "missed",
            "forgot",
            "failed",
            "dropped",
            "blew",
            "sat",
            "slept",
            "skipped",
            "bypassed",
            "never",
            "didn't");
    private static final Set<String> ADVERBS = Set.of(
            "also",
            "again",
            "simply",
            "completely",
            "just",
            "then",
            "clearly",
            "obviously",
            "still",
            "once",
            "totally",
            "entirely",
            "repeatedly",
            "apparently",
            "basically",
            "had",
            "have",
            "has",
            "did",
            "not",
            "already",
            "never");
    private static final Set<String> STRONG_MINIMISERS = Set.of("obviously", "clearly", "trivially", "simply");
    private static final Set<String> MODALS =
            Set.of("should", "could", "ought", "must", "needed", "need", "would", "have", "had");
    private static final Set<String> CLAUSE_WORDS = Set.of(
            "and",
            "but",
            "because",
            "so",
            "which",
            "when",
            "while",
            "after",
            "before",
            "although",
            "since",
            "if",
            "that",
            "where",
            "though",
            "once",
            "until",
            "unless");
    private static final Set<String> LACK = Set.of("lack", "lacked", "lacks", "lacking");
    private static final Set<String> PERSONAL_QUALITIES = Set.of(
            "attention",
            "care",
            "diligence",
            "skill",
            "skills",
            "competence",
            "effort",
            "discipline",
            "professionalism",
            "focus",
            "judgement",
            "judgment");
    private static final Set<String> PUNISHMENT = Set.of(
            "punish",
            "punished",
            "punishing",
            "punishment",
            "disciplined",
            "disciplinary",
            "reprimand",
            "reprimanded",
            "sanction",
            "sanctioned",
            "shame",
            "shamed",
            "fired",
            "demoted");
    private static final Set<String> WHO_VERBS =
            Set.of("caused", "broke", "did", "screwed", "messed", "pushed", "deployed", "approved");
    private static final Set<String> TAKE_BLAME =
            Set.of("take", "takes", "took", "deserves", "carry", "carries", "bear", "bears", "gets", "get", "put");
    private static final Set<String> BEING_TOLD = Set.of("told", "warned", "asked", "reminded", "instructed");
    private static final Set<String> CALENDAR_WORDS = Set.of("may", "june", "april", "august", "summer", "autumn");
    private static final Set<String> PREPOSITIONS =
            Set.of("of", "on", "in", "with", "for", "from", "at", "behind", "within", "near", "inside", "outside");
    private static final Set<String> JUST_CULTURE_TERMS = Set.of(
            "behaviour", "behavior", "behaviours", "behaviors", "category", "classification", "framework", "conduct");

    /** Every word of the sets the sentence scan looks up, so most words take one lookup. */
    private static final Set<String> SENTENCE_CUES =
            union(THANKS, FAILURE_MARKERS, NEGATORS, PERSON_WORDS, TEAM_WORDS, CAUSE_WORDS);

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new java.util.HashSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return Set.copyOf(all);
    }

    private static final BlameLanguageChecker DEFAULT = new BlameLanguageChecker(CheckerConfig.defaults());

    private final CheckerConfig config;

    private BlameLanguageChecker(CheckerConfig config) {
        this.config = config;
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
     * A checker with a configuration: its roster, allowlist and rule settings apply.
     *
     * @param config the configuration
     * @return the checker
     */
    public static BlameLanguageChecker of(CheckerConfig config) {
        return new BlameLanguageChecker(Args.notNull(config, "config"));
    }

    /**
     * Checks prose, such as a paragraph of a postmortem or a line of a text file.
     *
     * @param text the text; any string, however long
     * @return the findings, with spans into the text and an empty path
     */
    public List<Finding> checkText(String text) {
        return check(Args.notNull(text, "text"), "", false, false);
    }

    /**
     * Checks remediation text (an action item or a root fix): the prose rules plus
     * {@code language.training-only}.
     *
     * @param text the text
     * @return the findings
     */
    public List<Finding> checkRemediation(String text) {
        return check(Args.notNull(text, "text"), "", true, false);
    }

    /**
     * Whether remediation text only asks for training, reminders or more care.
     *
     * @param text the text
     * @return true if it has a training cue and no system-changing verb
     */
    public boolean isTrainingOnly(String text) {
        return trainingOnly(ScannedText.scan(Args.notNull(text, "text")).tokens());
    }

    /**
     * Checks every text of a postmortem. Paths name the field ({@code actionItems[2].description});
     * spans are relative to that field's text. Timeline descriptions are factual records of who did
     * what, so only character judgements are reported there; owner handles, ids and the Just
     * Culture role are not prose and are not read.
     *
     * @param postmortem the postmortem
     * @return every finding, sorted by location
     */
    public Report check(Postmortem postmortem) {
        Args.notNull(postmortem, "postmortem");
        List<Finding> out = new ArrayList<>();
        field(out, "title", postmortem.title(), false);
        postmortem.impactSummary().ifPresent(s -> field(out, "impactSummary.text", s.text(), false));
        postmortem.customerImpact().ifPresent(c -> {
            field(out, "customerImpact.userSymptoms", c.userSymptoms(), false);
            field(out, "customerImpact.affectedSegment", c.affectedSegment(), false);
        });
        for (int i = 0; i < postmortem.timeline().size(); i++) {
            String path = "timeline[" + i + "].description";
            for (Finding f : check(postmortem.timeline().get(i).description(), path, false, true)) {
                out.add(f);
            }
        }
        for (int i = 0; i < postmortem.contributingFactors().size(); i++) {
            ContributingFactor f = postmortem.contributingFactors().get(i);
            field(out, "contributingFactors[" + i + "].title", f.title(), false);
            field(out, "contributingFactors[" + i + "].description", f.description(), false);
        }
        for (int i = 0; i < postmortem.actionItems().size(); i++) {
            ActionItem a = postmortem.actionItems().get(i);
            String p = "actionItems[" + i + "]";
            field(out, p + ".description", a.description(), true);
            for (int j = 0; j < a.acceptanceCriteria().size(); j++) {
                field(
                        out,
                        p + ".acceptanceCriteria[" + j + "]",
                        a.acceptanceCriteria().get(j),
                        false);
            }
            a.statusRationale().ifPresent(r -> field(out, p + ".statusRationale", r, false));
        }
        postmortem.fiveWhys().ifPresent(w -> {
            field(out, "fiveWhys.problem", w.problem(), false);
            for (int i = 0; i < w.steps().size(); i++) {
                WhyStep s = w.steps().get(i);
                field(out, "fiveWhys.steps[" + i + "].question", s.question(), false);
                field(out, "fiveWhys.steps[" + i + "].answer", s.answer(), false);
            }
            field(out, "fiveWhys.rootSystemFix", w.rootSystemFix(), true);
        });
        for (int i = 0; i < postmortem.justCultureAssessments().size(); i++) {
            JustCultureAssessment a = postmortem.justCultureAssessments().get(i);
            field(out, "justCultureAssessments[" + i + "].action", a.action(), false);
            field(out, "justCultureAssessments[" + i + "].rationale", a.rationale(), false);
        }
        list(out, "lessons.wentWell", postmortem.lessons().wentWell());
        list(out, "lessons.wentWrong", postmortem.lessons().wentWrong());
        list(out, "lessons.gotLucky", postmortem.lessons().gotLucky());
        for (int i = 0; i < postmortem.additionalSections().size(); i++) {
            field(
                    out,
                    "additionalSections[" + i + "].title",
                    postmortem.additionalSections().get(i).title(),
                    false);
            field(
                    out,
                    "additionalSections[" + i + "].body",
                    postmortem.additionalSections().get(i).body(),
                    false);
        }
        return Report.of(out);
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
        return config.roster().contains(w) || (FIRST_NAMES.contains(w) && !NOT_PEOPLE.contains(w));
    }

    private void list(List<Finding> out, String path, List<String> items) {
        for (int i = 0; i < items.size(); i++) {
            field(out, path + "[" + i + "]", items.get(i), false);
        }
    }

    private void field(List<Finding> out, String path, String text, boolean remediation) {
        if (!text.isEmpty()) {
            out.addAll(check(text, path, remediation, false));
        }
    }

    private List<Finding> check(String text, String path, boolean remediation, boolean timeline) {
        ScannedText scanned = ScannedText.scan(text);
        List<Token> t = scanned.tokens();
        Matches m = new Matches(scanned, path);
        int from = 0;
        while (from < t.size()) {
            int to = from;
            while (to < t.size() && t.get(to).sentence() == t.get(from).sentence()) {
                to++;
            }
            sentence(t, from, to, m, timeline);
            from = to;
        }
        if (remediation && !timeline && trainingOnly(t)) {
            m.add(LanguageRule.TRAINING_ONLY, t.get(0), t.get(t.size() - 1));
        }
        return m.findings;
    }

    private void sentence(List<Token> t, int from, int to, Matches m, boolean timeline) {
        boolean thanks = false;
        boolean failure = false;
        boolean negated = false;
        boolean person = false;
        boolean team = false;
        int causeWords = 0;
        for (int k = from; k < to; k++) {
            String w = t.get(k).norm();
            // One lookup for the many words in none of these sets; six for the few that are.
            if (SENTENCE_CUES.contains(w)) {
                thanks |= THANKS.contains(w);
                failure |= FAILURE_MARKERS.contains(w);
                negated |= NEGATORS.contains(w);
                person |= PERSON_WORDS.contains(w);
                team |= TEAM_WORDS.contains(w);
                causeWords += CAUSE_WORDS.contains(w) ? 1 : 0;
            }
            person = person || isName(t, k, from);
        }
        for (int k = from; k < to; k++) {
            character(t, k, to, m);
            if (timeline) {
                continue;
            }
            String w = t.get(k).norm();
            String next = k + 1 < to ? t.get(k + 1).norm() : "";
            String next2 = k + 2 < to ? t.get(k + 2).norm() : "";
            // human error as a cause
            if (HUMAN_ERROR_HEADS.contains(w)
                    && ERROR_WORDS.contains(next)
                    && !METRIC_FOLLOWERS.contains(next2)
                    && !negated
                    && causeWords > 0) {
                m.add(LanguageRule.HUMAN_ERROR_CAUSE, t.get(k), t.get(k + 1));
            } else if (w.equals("pebkac") || w.equals("pebcak") || w.equals("id10t")) {
                m.add(LanguageRule.HUMAN_ERROR_CAUSE, t.get(k), t.get(k));
            }
            faultFinding(t, from, to, k, negated, m);
            counterfactualAndFailedTo(t, from, to, k, m);
            minimiser(t, from, to, k, person || team, m);
            passiveAggression(t, from, to, k, person || team, negated, m);
            if (TEAM_WORDS.contains(w) && !w.equals("people") && !w.equals("users") && teamBlameVerbAfter(t, k, to)) {
                int v = teamBlameVerbIndex(t, k, to);
                if (!(t.get(v).norm().equals("failed")
                                || t.get(v).norm().equals("never")
                                || t.get(v).norm().equals("didn't"))
                        || personLike(t, v)) {
                    m.add(LanguageRule.TEAM_BLAME, t.get(teamStart(t, from, k)), t.get(v));
                }
            }
            if (!thanks && failure && isName(t, k, from)) {
                names(t, from, to, k, m);
            }
        }
    }

    private void character(List<Token> t, int k, int to, Matches m) {
        String w = t.get(k).norm();
        String next = k + 1 < to ? t.get(k + 1).norm() : "";
        if (CHARACTER.contains(w) && !JUST_CULTURE_TERMS.contains(next)) {
            m.add(LanguageRule.CHARACTER_JUDGEMENT, t.get(k), t.get(k));
        } else if (JUDGED_MISTAKE.contains(w)
                && (next.equals("mistake") || next.equals("mistakes") || next.equals("error"))) {
            if (!CHARACTER.contains(w)) {
                m.add(LanguageRule.CHARACTER_JUDGEMENT, t.get(k), t.get(k + 1));
            }
        } else if (LACK.contains(w)) {
            for (int j = k + 1; j < to && j <= k + 4; j++) {
                String x = t.get(j).norm();
                if (PERSONAL_QUALITIES.contains(x)) {
                    m.add(LanguageRule.CHARACTER_JUDGEMENT, t.get(k), t.get(j));
                    break;
                }
                if (!x.equals("of")
                        && !SKIPPABLE.contains(x)
                        && !PERSON_WORDS.contains(x)
                        && !TEAM_WORDS.contains(x)
                        && !x.equals("developer")
                        && !x.equals("operator")) {
                    break;
                }
            }
        } else if (w.equals("paying")
                && next.equals("attention")
                && k > 0
                && (t.get(k - 1).norm().equals("not") || t.get(k - 1).norm().equals("never"))) {
            m.add(LanguageRule.CHARACTER_JUDGEMENT, t.get(k - 1), t.get(k + 1));
        }
    }

    private void faultFinding(List<Token> t, int from, int to, int k, boolean negated, Matches m) {
        String w = t.get(k).norm();
        String next = k + 1 < to ? t.get(k + 1).norm() : "";
        int end = -1;
        if (w.equals("whose")
                && (next.equals("fault")
                        || next.equals("mistake")
                        || next.equals("error")
                        || next.equals("responsibility"))) {
            end = k + 1;
        } else if (w.equals("to") && next.equals("blame")) {
            end = k + 1;
        } else if (w.equals("at") && next.equals("fault")) {
            end = k + 1;
        } else if (w.equals("who") && WHO_VERBS.contains(next)) {
            end = k + 1;
        } else if ((w.equals("fault") && next.equals("of"))
                || (w.equals("blame") && (next.equals("lies") || next.equals("falls") || next.equals("on")))
                || (w.equals("the")
                        && next.equals("blame")
                        && k > from
                        && TAKE_BLAME.contains(t.get(k - 1).norm()))) {
            end = k + 1;
        } else if (w.equals("blamed") || w.equals("blames")) {
            end = k;
        } else if (PUNISHMENT.contains(w)
                && !reckless(t, from, to)
                && (!w.equals("fired") || personNear(t, from, to, k))) {
            end = k;
        }
        if (end >= 0 && !negated) {
            m.add(LanguageRule.FAULT_FINDING, t.get(k), t.get(end));
        }
    }

    private void counterfactualAndFailedTo(List<Token> t, int from, int to, int k, Matches m) {
        String w = t.get(k).norm();
        String next = k + 1 < to ? t.get(k + 1).norm() : "";
        String next2 = k + 2 < to ? t.get(k + 2).norm() : "";
        boolean counterfactual = (w.equals("should") || w.equals("could") || w.equals("ought") || w.equals("shouldn't"))
                && (next.equals("have")
                        || (next.equals("not") && next2.equals("have"))
                        || (next.equals("to") && next2.equals("have")));
        if (counterfactual) {
            Subject s = subject(t, from, k);
            int end = next.equals("have") ? k + 1 : k + 2;
            if (s == Subject.PERSON) {
                m.add(LanguageRule.COUNTERFACTUAL, t.get(k), t.get(end));
            } else if (s == Subject.TEAM) {
                m.add(LanguageRule.TEAM_BLAME, t.get(k), t.get(end));
            }
            return;
        }
        boolean failedTo = w.equals("failed") && next.equals("to");
        boolean forgot = w.equals("forgot")
                || w.equals("forgotten")
                || w.equals("neglected")
                || w.equals("omitted")
                || w.equals("forgets")
                || w.equals("neglects");
        boolean didntBother = (w.equals("bother") || w.equals("bothered"))
                && k > from
                && (t.get(k - 1).norm().equals("not") || t.get(k - 1).norm().equals("never"));
        if (!failedTo && !forgot && !didntBother) {
            return;
        }
        Subject s = subject(t, from, k);
        int end = failedTo || (forgot && next.equals("to")) ? k + 1 : k;
        if (s == Subject.PERSON || (s == Subject.UNKNOWN && (forgot || didntBother))) {
            m.add(LanguageRule.FAILED_TO, t.get(didntBother ? k - 1 : k), t.get(end));
        } else if (s == Subject.TEAM) {
            m.add(LanguageRule.TEAM_BLAME, t.get(k), t.get(end));
        }
    }

    private void minimiser(List<Token> t, int from, int to, int k, boolean personal, Matches m) {
        String w = t.get(k).norm();
        boolean nearModal = false;
        for (int j = Math.max(from, k - 2); j <= Math.min(to - 1, k + 2); j++) {
            if (j != k && MODALS.contains(t.get(j).norm())) {
                nearModal = true;
            }
        }
        boolean ofCourse = w.equals("of") && k + 1 < to && t.get(k + 1).norm().equals("course");
        boolean everyoneKnows = (w.equals("everyone") || w.equals("everybody") || w.equals("anyone"))
                && k + 1 < to
                && (t.get(k + 1).norm().equals("knows")
                        || t.get(k + 1).norm().equals("could")
                                && k + 2 < to
                                && t.get(k + 2).norm().equals("see"));
        boolean commonSense =
                w.equals("common") && k + 1 < to && t.get(k + 1).norm().equals("sense");
        if (everyoneKnows || commonSense) {
            m.add(LanguageRule.MINIMISER, t.get(k), t.get(k + 1));
        } else if ((STRONG_MINIMISERS.contains(w) || w.equals("just")) && nearModal && personal) {
            m.add(LanguageRule.MINIMISER, t.get(k), t.get(k));
        } else if ((STRONG_MINIMISERS.contains(w) || ofCourse)
                && personal
                && !nearModal
                && k + 1 < to
                && personLike(t, k + 1)) {
            m.add(LanguageRule.MINIMISER, t.get(k), t.get(ofCourse ? k + 1 : k));
        }
    }

    private void passiveAggression(
            List<Token> t, int from, int to, int k, boolean personal, boolean negated, Matches m) {
        String w = t.get(k).norm();
        String n1 = k + 1 < to ? t.get(k + 1).norm() : "";
        String n2 = k + 2 < to ? t.get(k + 2).norm() : "";
        int end = -1;
        if (w.equals("despite")
                && (personal || n1.equals("being"))
                && ((n1.equals("being") && BEING_TOLD.contains(n2))
                        || n1.equals("repeated")
                        || n1.equals("multiple")
                        || n1.equals("numerous")
                        || n1.equals("clear")
                        || n1.equals("explicit")
                        || n1.equals("warnings")
                        || n1.equals("reminders"))) {
            end = n1.equals("being") ? k + 2 : k + 1;
        } else if ((w.equals("umpteenth") || w.equals("nth")) && n1.equals("time")) {
            end = k + 1;
        } else if (w.equals("how") && n1.equals("many") && n2.equals("times")) {
            end = k + 2;
        } else if (w.equals("as")
                && ((n1.equals("previously")
                                && (n2.equals("mentioned") || n2.equals("stated") || n2.equals("discussed")))
                        || (n1.equals("we") && n2.equals("all"))
                        || (n1.equals("everyone") && n2.equals("knows")))) {
            end = k + 2;
        } else if (personal
                && ((w.equals("yet") && n1.equals("again"))
                        || (w.equals("once") && n1.equals("again"))
                        || (w.equals("as") && n1.equals("usual"))
                        || (w.equals("again") && n1.equals("and") && n2.equals("again")))) {
            end = w.equals("again") ? k + 2 : k + 1;
        } else if (personal && w.equals("still") && n1.equals("has") && n2.equals("not")) {
            end = k + 2;
        }
        if (end >= 0) {
            m.add(LanguageRule.PASSIVE_AGGRESSION, t.get(k), t.get(end));
        }
    }

    private void names(List<Token> t, int from, int to, int k, Matches m) {
        int after = k + 1;
        if (after < to && t.get(after).norm().equals("'s")) {
            m.add(LanguageRule.POSSESSIVE_BLAME, t.get(k), t.get(after));
            return;
        }
        // a surname: "John Smith ran"
        if (after < to
                && t.get(after).capitalised()
                && !t.get(after).masked()
                && !t.get(after).clauseBreakBefore()
                && !IRREGULAR_PAST.contains(t.get(after).norm())) {
            after++;
        }
        if (after < to && PRAISE_VERBS.contains(t.get(after).norm())) {
            return;
        }
        boolean actor = after < to
                && !t.get(after).clauseBreakBefore()
                && isVerbLike(t.get(after).norm());
        boolean agent = k > from
                && (t.get(k - 1).norm().equals("by") || t.get(k - 1).norm().equals("from"))
                && !t.get(k).clauseBreakBefore();
        if (actor || agent) {
            m.add(LanguageRule.PERSON_NAMED, t.get(k), t.get(actor ? after : k));
        }
    }

    private boolean isName(List<Token> t, int k, int from) {
        Token tok = t.get(k);
        String w = tok.norm();
        if (tok.masked() || w.length() < 2 || !Character.isLetter(w.charAt(0))) {
            return false;
        }
        boolean roster = !config.roster().isEmpty() && config.roster().contains(w);
        if (!roster && (!tok.capitalised() || !FIRST_NAMES.contains(w) || NOT_PEOPLE.contains(w))) {
            return false;
        }
        String next = k + 1 < t.size() && t.get(k + 1).sentence() == tok.sentence()
                ? t.get(k + 1).norm()
                : "";
        if (PRODUCT_FOLLOWERS.contains(next)) {
            return false;
        }
        if (!roster && AMBIGUOUS_NAMES.contains(w)) {
            if (next.equals("'s")) {
                return !CALENDAR_WORDS.contains(w);
            }
            boolean pastVerb = next.length() > 3 && next.endsWith("ed") && !next.equals("need") && !next.equals("speed")
                    || (IRREGULAR_PAST.contains(next)
                            && !MODALS.contains(next)
                            && !ADVERBS.contains(next)
                            && !next.equals("is")
                            && !next.equals("was")
                            && !next.equals("does"));
            return pastVerb;
        }
        return true;
    }

    private static boolean isVerbLike(String w) {
        return IRREGULAR_PAST.contains(w) || (w.length() > 4 && w.endsWith("ed"));
    }

    private enum Subject {
        PERSON,
        TEAM,
        SYSTEM,
        UNKNOWN
    }

    /**
     * Looks back from a verb phrase over at most ten words of its clause for its subject: the
     * rightmost classified noun, where a preposition hands the choice to the noun before it ("the
     * author of the change" is a person, "the SRE on call" too).
     */
    private Subject subject(List<Token> t, int from, int k) {
        Subject candidate = null;
        for (int j = k - 1, seen = 0; j >= from && seen < 10; j--, seen++) {
            Token tok = t.get(j);
            String w = tok.norm();
            if (w.equals("whoever") || w.equals("whomever")) {
                return Subject.PERSON;
            }
            if (PREPOSITIONS.contains(w)) {
                candidate = null;
            } else if (candidate == null) {
                if (w.equals("we") || w.equals("us") || w.equals("our")) {
                    candidate = Subject.SYSTEM;
                } else if (TEAM_WORDS.contains(w)) {
                    candidate = w.equals("people") || w.equals("humans") ? Subject.PERSON : Subject.TEAM;
                } else if (PERSON_WORDS.contains(w) || isName(t, j, from)) {
                    candidate = Subject.PERSON;
                } else if (SYSTEM_WORDS.contains(w) || tok.masked()) {
                    candidate = Subject.SYSTEM;
                } else if (w.equals("who")) {
                    return Subject.PERSON;
                }
            }
            if (tok.clauseBreakBefore() || CLAUSE_WORDS.contains(w)) {
                break;
            }
        }
        return candidate == null ? Subject.UNKNOWN : candidate;
    }

    private boolean personLike(List<Token> t, int k) {
        String w = t.get(k).norm();
        return PERSON_WORDS.contains(w)
                || TEAM_WORDS.contains(w)
                || isName(t, k, 0)
                || (SKIPPABLE.contains(w)
                        && k + 1 < t.size()
                        && (PERSON_WORDS.contains(t.get(k + 1).norm())
                                || TEAM_WORDS.contains(t.get(k + 1).norm())));
    }

    private static boolean teamBlameVerbAfter(List<Token> t, int k, int to) {
        return teamBlameVerbIndex(t, k, to) >= 0;
    }

    private static int teamBlameVerbIndex(List<Token> t, int k, int to) {
        for (int j = k + 1; j < to && j <= k + 3; j++) {
            String w = t.get(j).norm();
            if (t.get(j).clauseBreakBefore()) {
                return -1;
            }
            if (BLAME_VERBS.contains(w)) {
                return j;
            }
            if (!ADVERBS.contains(w)) {
                return -1;
            }
        }
        return -1;
    }

    private static int teamStart(List<Token> t, int from, int k) {
        int j = k;
        while (j > from
                && j > k - 3
                && !t.get(j).clauseBreakBefore()
                && !SKIPPABLE.contains(t.get(j - 1).norm())
                && !isVerbLike(t.get(j - 1).norm())) {
            j--;
        }
        if (j > from
                && (t.get(j - 1).norm().equals("the") || t.get(j - 1).norm().equals("our"))) {
            j--;
        }
        return j;
    }

    private static boolean reckless(List<Token> t, int from, int to) {
        for (int j = from; j < to; j++) {
            if (t.get(j).norm().equals("reckless")) {
                return true;
            }
        }
        return false;
    }

    private static boolean personNear(List<Token> t, int from, int to, int k) {
        for (int j = Math.max(from, k - 4); j < Math.min(to, k + 3); j++) {
            if (PERSON_WORDS.contains(t.get(j).norm())
                    || TEAM_WORDS.contains(t.get(j).norm())) {
                return true;
            }
        }
        return false;
    }

    private static boolean trainingOnly(List<Token> t) {
        boolean cue = false;
        boolean firstVerbTraining = false;
        boolean decided = false;
        boolean systemVerbLater = false;
        for (int k = 0; k < t.size(); k++) {
            String w = t.get(k).norm();
            if (TRAINING_CUES.contains(w)) {
                cue = true;
            }
            if (!decided && (TRAINING_VERBS.contains(w) || SYSTEM_VERBS.contains(w))) {
                decided = true;
                firstVerbTraining = TRAINING_VERBS.contains(w)
                        && !(SYSTEM_VERBS.contains(w)
                                && !TRAINING_CUES.contains(w)
                                && !w.equals("make")
                                && !w.equals("raise"));
                if (w.equals("make")
                        || w.equals("raise")
                        || w.equals("review")
                        || w.equals("hold")
                        || w.equals("run")
                        || w.equals("write")
                        || w.equals("send")
                        || w.equals("schedule")
                        || w.equals("share")) {
                    firstVerbTraining = false;
                    decided = false;
                }
                continue;
            }
            if (decided
                    && SYSTEM_VERBS.contains(w)
                    && k > 0
                    && (t.get(k - 1).norm().equals("and")
                            || t.get(k - 1).norm().equals("then")
                            || t.get(k - 1).clauseBreakBefore()
                            || t.get(k).clauseBreakBefore())) {
                systemVerbLater = true;
            }
        }
        if (!cue) {
            return false;
        }
        if (!decided) {
            return true;
        }
        return firstVerbTraining && !systemVerbLater;
    }

    /** Collects findings, applying suppressions, the allowlist and the rule settings. */
    private final class Matches {
        private final ScannedText text;
        private final String path;
        private final List<Finding> findings = new ArrayList<>();
        private int lastEnd = -1;
        private String lastRule = "";
        private LineIndex lines;

        Matches(ScannedText text, String path) {
            this.text = text;
            this.path = path;
        }

        void add(LanguageRule rule, Token first, Token last) {
            int start = first.start();
            int end = Math.max(last.end(), start);
            if (text.suppressed(rule.id(), start) || !config.rules().isEnabled(rule.id())) {
                return;
            }
            if (rule.id().equals(lastRule) && start < lastEnd) {
                return; // the same rule over an overlapping span, such as a contraction's two tokens
            }
            String matched = text.text().substring(start, end).toLowerCase(Locale.ROOT);
            for (String allowed : config.allowlist()) {
                if (matched.contains(allowed)) {
                    return;
                }
            }
            lastRule = rule.id();
            lastEnd = end;
            Finding f = Finding.of(
                            rule.id(),
                            rule.defaultSeverity(),
                            path,
                            "'" + abbreviate(text.text().substring(start, end)) + "' " + rule.message())
                    .withSuggestion(rule.suggestion())
                    .withSpan(lines().span(start, end));
            findings.add(config.rules().apply(f).orElse(f));
        }

        private LineIndex lines() {
            if (lines == null) {
                lines = new LineIndex(text.text());
            }
            return lines;
        }

        private String abbreviate(String s) {
            String oneLine = s.replace('\n', ' ').replace('\r', ' ');
            return oneLine.length() > 60 ? oneLine.substring(0, 60) + "…" : oneLine;
        }
    }
}
