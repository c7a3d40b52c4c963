package dev.postmortem.core.testing;

import dev.postmortem.core.model.ActionItem;
import dev.postmortem.core.model.ActionItemId;
import dev.postmortem.core.model.ActionItemType;
import dev.postmortem.core.model.ContributingFactor;
import dev.postmortem.core.model.CustomerImpact;
import dev.postmortem.core.model.ErrorBudget;
import dev.postmortem.core.model.EventKind;
import dev.postmortem.core.model.Fraction;
import dev.postmortem.core.model.ImpactSummary;
import dev.postmortem.core.model.IncidentId;
import dev.postmortem.core.model.IncidentWindow;
import dev.postmortem.core.model.OwnerHandle;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.SeverityScale;
import dev.postmortem.core.model.TimelineEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The example postmortem of the guide's section 3 (template v1.2), every value as the guide states
 * it. The guide gives no title and no status, so the title is empty and the status is the default,
 * draft. What the guide does not state is left unset: event kinds, factor categories, the SLO target and
 * window.
 */
public final class SeedExample {
    private SeedExample() {}

    /** The incident's date. */
    public static final LocalDate DATE = LocalDate.of(2026, 5, 19);

    /**
     * The instant of a time on the incident's date.
     *
     * @param hhmm the time, such as {@code 10:02}
     * @return the instant in UTC
     */
    public static Instant at(String hhmm) {
        return Instant.parse(DATE + "T" + hhmm + ":00Z");
    }

    /**
     * Builds the example.
     *
     * @return the postmortem
     */
    public static Postmortem postmortem() {
        return Postmortem.builder()
                .templateVersion("1.2")
                .id(IncidentId.parse("INC-2026-05-19-001"))
                .severity(SeverityScale.standard().parse("Tier 1 (High Impact)"))
                .window(IncidentWindow.of(at("10:02"), at("10:24")))
                .declaredDuration(Duration.ofMinutes(22))
                .impactSummary(ImpactSummary.builder()
                        .text("12,400 failed API calls; 0.03% rolling error budget depletion")
                        .failedRequests(12_400)
                        .budgetConsumed(Fraction.parse("0.03%"))
                        .build())
                .addAuthors("SRE On-Call Engine", "Core Service Triage Lead")
                .addTimeline(
                        event("10:02", "Automated CI/CD triggers deploy for `auth-service` v2.3.1."),
                        event("10:05", "Synthetic edge monitors catch 5xx error rate spiking to 8%."),
                        event("10:07", "On-call engineer acknowledges alert and declares SEV1 platform incident."),
                        event("10:15", "On-call engineer identifies configuration defect and triggers build rollback."),
                        event("10:22", "System error vectors return to baseline metrics."),
                        event("10:30", "Incident Commander declares platform all-clear."))
                .customerImpact(CustomerImpact.builder()
                        .userSymptoms("End-users experienced timeouts and 502 errors during login.")
                        .affectedSegment("EU Region Mobile endpoints.")
                        .errorBudget(ErrorBudget.builder()
                                .remainingBefore(Fraction.parse("94.2%"))
                                .remainingAfter(Fraction.parse("91.1%"))
                                .build())
                        .build())
                .addContributingFactors(
                        ContributingFactor.builder()
                                .title("Missing Integration Test")
                                .description("Edge-case parameter path validation was missing in pre-prod.")
                                .build(),
                        ContributingFactor.builder()
                                .title("Short Canary Window")
                                .description(
                                        "Automated analysis window was set to 5 minutes, missing the slow error ramp-up.")
                                .build(),
                        ContributingFactor.builder()
                                .title("Runbook Ambiguity")
                                .description(
                                        "Command formatting in mitigation step 3 caused confusion, extending recovery"
                                                + " time.")
                                .build())
                .addActionItems(
                        item(
                                101,
                                ActionItemType.PREVENTION,
                                "Implement validation tests for missing edge-case loops",
                                "2026-05-30",
                                "@TeamAlpha"),
                        item(
                                102,
                                ActionItemType.DETECTION,
                                "Lengthen automated canary verification cycles to 15 minutes",
                                "2026-05-25",
                                "@SRE-Core"),
                        item(
                                103,
                                ActionItemType.MITIGATION,
                                "Refactor ambiguous runbook command strings into verifiable CLI blocks",
                                "2026-05-22",
                                "@OnCall-Lead"))
                .build();
    }

    private static TimelineEvent event(String hhmm, String text) {
        return TimelineEvent.of(at(hhmm), text);
    }

    /** The kinds the project reads into the guide's timeline, in event order. */
    public static final java.util.List<EventKind> EVENT_KINDS = java.util.List.of(
            EventKind.TRIGGER,
            EventKind.DETECTION,
            EventKind.ACKNOWLEDGEMENT,
            EventKind.MITIGATION,
            EventKind.RECOVERY,
            EventKind.RESOLUTION);

    /**
     * The example with each timeline event classified (the guide does not classify them; these are the
     * project's reading), for the incident metrics.
     *
     * @return the postmortem
     */
    public static Postmortem withEventKinds() {
        Postmortem p = postmortem();
        java.util.List<TimelineEvent> events = new java.util.ArrayList<>();
        for (int i = 0; i < p.timeline().size(); i++) {
            events.add(p.timeline().get(i).withKind(EVENT_KINDS.get(i)));
        }
        return p.withTimeline(events);
    }

    private static ActionItem item(long id, ActionItemType type, String text, String due, String owner) {
        return ActionItem.builder()
                .id(ActionItemId.of(id))
                .type(type)
                .description(text)
                .dueDate(LocalDate.parse(due))
                .owner(OwnerHandle.parse(owner))
                .build();
    }
}
