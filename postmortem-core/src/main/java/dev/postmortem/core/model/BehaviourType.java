package dev.postmortem.core.model;

/**
 * The behaviour types of the Just Culture framework (after Sidney Dekker and David Marx), each with
 * the response the project's guide recommends. The guide's field note: most outages fall in the
 * first two, which call for system fixes, not discipline.
 */
public enum BehaviourType {
    /** An inadvertent slip, lapse or mistake, such as a typo in a configuration change. */
    HUMAN_ERROR("Console, coach, and redesign the system or pipeline so that the error is blocked or caught."),
    /** A choice whose risk was not recognised or was believed justified, such as a manual shortcut that worked before. */
    AT_RISK_BEHAVIOUR("Remove the incentives for shortcuts, fix the system, educate, and make the risk visible."),
    /** A conscious disregard of a substantial and unjustifiable risk, such as disabling safety checks despite warnings. */
    RECKLESS_BEHAVIOUR(
            "Apply formal remedial action and organisational accountability; still fix the system gaps it exposed.");

    private final String recommendedResponse;

    BehaviourType(String recommendedResponse) {
        this.recommendedResponse = recommendedResponse;
    }

    /**
     * The response the guide recommends for this behaviour type.
     *
     * @return the response
     */
    public String recommendedResponse() {
        return recommendedResponse;
    }

    /**
     * Whether the framework calls for system fixes rather than discipline.
     *
     * @return true for human error and at-risk behaviour
     */
    public boolean callsForSystemFix() {
        return this != RECKLESS_BEHAVIOUR;
    }
}
