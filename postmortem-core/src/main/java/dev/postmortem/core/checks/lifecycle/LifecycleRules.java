package dev.postmortem.core.checks.lifecycle;

import dev.postmortem.core.checks.RuleFamily;
import dev.postmortem.core.checks.config.CheckerConfig;
import dev.postmortem.core.internal.Args;
import dev.postmortem.core.internal.IncidentDates;
import dev.postmortem.core.model.ActionItem;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.PostmortemStatus;
import dev.postmortem.core.report.Finding;
import dev.postmortem.core.report.FindingSeverity;
import dev.postmortem.core.report.RuleDescriptor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The postmortem lifecycle of the guide's sections 2 and 5, as of today's date from the injected
 * clock (in the clock's zone):
 *
 * <ul>
 *   <li>{@code lifecycle.review-overdue} (warning): a draft with no review meeting date, more than
 *       the review window's latest business day (5 by default) after the incident ended;
 *   <li>{@code lifecycle.review-late} (info): the review meeting was dated after that deadline;
 *   <li>{@code lifecycle.review-early} (info): the review meeting was dated before the window's
 *       earliest business day (3 by default), when data may still be missing;
 *   <li>{@code lifecycle.action-item-overdue} (warning): an open or in-progress item is past its due
 *       date.
 * </ul>
 *
 * Immutable and thread-safe.
 */
public final class LifecycleRules extends RuleFamily {
    /** {@code lifecycle.review-overdue}: a draft is past its review deadline and no review meeting is recorded. */
    public static final RuleDescriptor REVIEW_OVERDUE = new RuleDescriptor(
            "lifecycle.review-overdue",
            FindingSeverity.WARNING,
            "a draft is past its review deadline and no review meeting is recorded");

    /** {@code lifecycle.review-late}: the review meeting was held after the review window. */
    public static final RuleDescriptor REVIEW_LATE = new RuleDescriptor(
            "lifecycle.review-late", FindingSeverity.INFO, "the review meeting was held after the review window");

    /** {@code lifecycle.review-early}: the review meeting was held before the review window opened. */
    public static final RuleDescriptor REVIEW_EARLY = new RuleDescriptor(
            "lifecycle.review-early",
            FindingSeverity.INFO,
            "the review meeting was held before the review window opened");

    /** {@code lifecycle.action-item-overdue}: an open action item is past its due date. */
    public static final RuleDescriptor ACTION_ITEM_OVERDUE = new RuleDescriptor(
            "lifecycle.action-item-overdue", FindingSeverity.WARNING, "an open action item is past its due date");

    /** The rules of this family, in the order above. */
    public static final List<RuleDescriptor> RULES =
            List.of(REVIEW_OVERDUE, REVIEW_LATE, REVIEW_EARLY, ACTION_ITEM_OVERDUE);

    private final CheckerConfig config;
    private final Clock clock;
    private final BusinessDays days;

    private LifecycleRules(CheckerConfig config, Clock clock) {
        super(RULES, config.rules());
        this.config = config;
        this.clock = clock;
        this.days = BusinessDays.of(config.holidays());
    }

    /**
     * The rules with a configuration and a clock.
     *
     * @param config the configuration (review window, holidays)
     * @param clock the clock that says what day it is
     * @return the rules
     */
    public static LifecycleRules of(CheckerConfig config, Clock clock) {
        return new LifecycleRules(Args.notNull(config, "config"), Args.notNull(clock, "clock"));
    }

    /**
     * The last day for the review meeting.
     *
     * @param postmortem the postmortem
     * @return the deadline, or empty when the incident's end date is unknown
     */
    public Optional<LocalDate> reviewDeadline(Postmortem postmortem) {
        return IncidentDates.ended(Args.notNull(postmortem, "postmortem"))
                .map(d -> days.plus(d, config.reviewMaxBusinessDays()));
    }

    @Override
    protected List<Finding> findings(Postmortem postmortem) {
        Args.notNull(postmortem, "postmortem");
        LocalDate today = LocalDate.now(clock);
        List<Finding> out = new ArrayList<>();
        IncidentDates.ended(postmortem).ifPresent(ended -> {
            LocalDate earliest = days.plus(ended, config.reviewMinBusinessDays());
            LocalDate deadline = days.plus(ended, config.reviewMaxBusinessDays());
            Optional<LocalDate> meeting = postmortem.reviewMeetingDate();
            if (meeting.isEmpty() && postmortem.status() == PostmortemStatus.DRAFT && today.isAfter(deadline)) {
                out.add(REVIEW_OVERDUE.finding(
                        "reviewMeetingDate",
                        "the incident ended on " + ended + " and the review was due"
                                + " by " + deadline + " (" + config.reviewMaxBusinessDays()
                                + " business days); as of " + today
                                + " the postmortem is still a draft with no review meeting; schedule the review while memories"
                                + " are fresh"));
            }
            meeting.ifPresent(m -> {
                if (m.isAfter(deadline)) {
                    out.add(REVIEW_LATE.finding(
                            "reviewMeetingDate",
                            "the review meeting on " + m + " was after the deadline "
                                    + deadline + "; hold reviews within " + config.reviewMinBusinessDays()
                                    + " to "
                                    + config.reviewMaxBusinessDays() + " business days of the incident"));
                } else if (m.isBefore(earliest) && !m.isBefore(ended)) {
                    out.add(REVIEW_EARLY.finding(
                            "reviewMeetingDate",
                            "the review meeting on " + m + " was before " + earliest
                                    + "; allow time to gather logs and timelines"));
                }
            });
        });
        List<ActionItem> items = postmortem.actionItems();
        for (int i = 0; i < items.size(); i++) {
            ActionItem item = items.get(i);
            int index = i;
            item.dueDate()
                    .filter(today::isAfter)
                    .filter(d -> !item.status().isClosed())
                    .ifPresent(d -> out.add(ACTION_ITEM_OVERDUE.finding(
                            "actionItems[" + index + "].dueDate",
                            item.id().map(Object::toString).orElse("action item " + (index + 1)) + " was due "
                                    + d + " and is "
                                    + item.status()
                                            .name()
                                            .toLowerCase(java.util.Locale.ROOT)
                                            .replace('_', ' ') + " as of " + today
                                    + "; finish it, re-plan it with a new date, or mark it"
                                    + " not doing with a rationale")));
        }
        return out;
    }
}
