package dev.postmortem.core.checks.justculture;

import dev.postmortem.core.internal.Args;
import dev.postmortem.core.model.BehaviourType;
import dev.postmortem.core.model.HumanErrorKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An advisory walk through the culpability decision tree (after James Reason's tree, mapped onto
 * the guide's three Just Culture behaviour types). It records a role, never a name, and returns the
 * classification, the path of answers that led to it and the guide's recommended response. It
 * advises a facilitated review; it decides nothing on its own.
 *
 * <pre>
 * 1 Were the actions as intended?                    no  → human error (2a: lapse if a step was omitted, else slip)
 * 3 Were the consequences as intended?               yes → reckless behaviour (intended harm: outside a blameless review)
 * 4 Was a safe procedure knowingly departed from?
 *     yes → 5 Was the procedure available, workable, intelligible and correct?
 *               no  → at-risk behaviour (a system-induced violation: fix the procedure)
 *               yes → 6 Was the risk recognised and consciously disregarded?
 *                         yes → reckless behaviour;  no → at-risk behaviour
 *     no  → 7 Substitution test: would a peer with the same training, in the same situation, likely do the same?
 *               yes → human error (a system-induced mistake)
 *               no  → 8 Were there gaps in training, experience or supervision?
 *                         yes → human error (a mistake the organisation's training must address)
 *                         no  → at-risk behaviour (a choice whose risk went unrecognised)
 * </pre>
 *
 * Instances are immutable and thread-safe.
 */
public final class CulpabilityTree {
    /** The questions of the tree. */
    public enum Question {
        /** Were the actions as intended? */
        ACTIONS_AS_INTENDED("Were the actions as intended?"),
        /** Was a step omitted or forgotten (rather than carried out wrongly)? */
        STEP_OMITTED("Was a step omitted or forgotten, rather than carried out wrongly?"),
        /** Were the consequences as intended? */
        CONSEQUENCES_INTENDED("Were the consequences as intended?"),
        /** Was a safe operating procedure knowingly departed from? */
        KNOWING_VIOLATION("Was a safe operating procedure knowingly departed from?"),
        /** Was the procedure available, workable, intelligible and correct? */
        PROCEDURE_WORKABLE("Was the procedure available, workable, intelligible and correct?"),
        /** Was the risk recognised and consciously disregarded? */
        RISK_CONSCIOUSLY_DISREGARDED("Was the risk recognised and consciously disregarded?"),
        /** Would a peer with the same training, in the same situation, likely have done the same? */
        SUBSTITUTION_TEST("Would a peer with the same training, in the same situation, likely have done the same?"),
        /** Were there gaps in training, experience or supervision? */
        TRAINING_GAP("Were there gaps in training, experience or supervision?");

        private final String text;

        Question(String text) {
            this.text = text;
        }

        /**
         * The question as asked.
         *
         * @return the text
         */
        public String text() {
            return text;
        }
    }

    /**
     * One answered question on the path.
     *
     * @param question the question
     * @param answer the answer
     */
    public record Step(Question question, boolean answer) {}

    /**
     * The outcome of a walk.
     *
     * @param role the role that acted
     * @param classification the behaviour type
     * @param humanErrorKind for human error, slip, lapse or mistake
     * @param path the questions answered, in order
     * @param recommendedResponse the guide's response for the classification
     * @param note what the outcome means for the review
     */
    public record Result(
            String role,
            BehaviourType classification,
            Optional<HumanErrorKind> humanErrorKind,
            List<Step> path,
            String recommendedResponse,
            String note) {}

    /**
     * Thrown when the walk needs an answer that was not given.
     */
    public static final class UnansweredQuestionException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        /** The question that needs an answer. */
        private final Question question;

        UnansweredQuestionException(Question question) {
            super("the culpability walk needs an answer to: " + question.text() + " (" + question + ")");
            this.question = question;
        }

        /**
         * The question that needs an answer.
         *
         * @return the question
         */
        public Question question() {
            return question;
        }
    }

    private CulpabilityTree() {}

    /**
     * Walks the tree with the answers given. Only the questions on the path are needed.
     *
     * @param role the role that acted, such as "on-call engineer"; never a name
     * @param answers the answers, by question
     * @return the result
     * @throws UnansweredQuestionException if a question on the path has no answer
     * @throws IllegalArgumentException if the role is blank or an argument null
     */
    public static Result walk(String role, Map<Question, Boolean> answers) {
        Args.notNull(role, "role");
        Args.notNull(answers, "answers");
        if (role.isBlank()) {
            throw new IllegalArgumentException("the culpability walk records the role that acted, such as 'on-call"
                    + " engineer'; it must not be blank");
        }
        Map<Question, Boolean> a = new EnumMap<>(Question.class);
        answers.forEach((q, v) -> a.put(Args.notNull(q, "question"), Args.notNull(v, "answer")));
        List<Step> path = new ArrayList<>();
        if (!ask(a, Question.ACTIONS_AS_INTENDED, path)) {
            HumanErrorKind kind = ask(a, Question.STEP_OMITTED, path) ? HumanErrorKind.LAPSE : HumanErrorKind.SLIP;
            return result(
                    role,
                    BehaviourType.HUMAN_ERROR,
                    kind,
                    path,
                    "an unintended action: redesign the system so the" + " "
                            + kind.name().toLowerCase(java.util.Locale.ROOT) + " is blocked or caught");
        }
        if (ask(a, Question.CONSEQUENCES_INTENDED, path)) {
            return result(
                    role,
                    BehaviourType.RECKLESS_BEHAVIOUR,
                    null,
                    path,
                    "intended harm is outside a blameless review;"
                            + " hand it to the organisation's formal process and still fix the gaps it exposed");
        }
        if (ask(a, Question.KNOWING_VIOLATION, path)) {
            if (!ask(a, Question.PROCEDURE_WORKABLE, path)) {
                return result(
                        role,
                        BehaviourType.AT_RISK_BEHAVIOUR,
                        null,
                        path,
                        "a system-induced violation: the procedure"
                                + " could not reasonably be followed; fix the procedure and its tooling");
            }
            if (ask(a, Question.RISK_CONSCIOUSLY_DISREGARDED, path)) {
                return result(
                        role, BehaviourType.RECKLESS_BEHAVIOUR, null, path, "a conscious disregard of a known risk");
            }
            return result(
                    role,
                    BehaviourType.AT_RISK_BEHAVIOUR,
                    null,
                    path,
                    "a shortcut whose risk was not recognised;"
                            + " remove the incentive for it and make the risk visible");
        }
        if (ask(a, Question.SUBSTITUTION_TEST, path)) {
            return result(
                    role,
                    BehaviourType.HUMAN_ERROR,
                    HumanErrorKind.MISTAKE,
                    path,
                    "a peer would likely have done the"
                            + " same: a system-induced mistake; fix the system, not the person");
        }
        if (ask(a, Question.TRAINING_GAP, path)) {
            return result(
                    role,
                    BehaviourType.HUMAN_ERROR,
                    HumanErrorKind.MISTAKE,
                    path,
                    "a mistake rooted in training,"
                            + " experience or supervision, which are the organisation's to provide");
        }
        return result(
                role,
                BehaviourType.AT_RISK_BEHAVIOUR,
                null,
                path,
                "a choice whose risk went unrecognised; coach, and" + " make the risk visible in the tooling");
    }

    private static boolean ask(Map<Question, Boolean> answers, Question q, List<Step> path) {
        Boolean answer = answers.get(q);
        if (answer == null) {
            throw new UnansweredQuestionException(q);
        }
        path.add(new Step(q, answer));
        return answer;
    }

    private static Result result(String role, BehaviourType type, HumanErrorKind kind, List<Step> path, String note) {
        return new Result(
                role.strip(), type, Optional.ofNullable(kind), List.copyOf(path), type.recommendedResponse(), note);
    }
}
