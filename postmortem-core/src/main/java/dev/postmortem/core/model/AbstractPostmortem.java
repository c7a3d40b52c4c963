package dev.postmortem.core.model;

import dev.postmortem.core.model.constraints.ChronologicalTimeline;
import dev.postmortem.core.model.constraints.ModelConstraints;
import dev.postmortem.core.model.constraints.Present;
import dev.postmortem.core.model.constraints.Required;
import dev.postmortem.core.model.constraints.ReviewNotBeforeIncident;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A blameless postmortem following the template v1.2 of the project's guide. Generated as
 * {@link Postmortem}; build one with {@code Postmortem.builder()}.
 *
 * <p>Every part may be missing: a draft must load so that it can be checked and fixed. The
 * validator reports missing parts (warnings in a draft, errors once in review or final) and the
 * checks report blame, readiness and consistency problems.
 */
@Value.Immutable
@ModelConstraints
@ChronologicalTimeline
@ReviewNotBeforeIncident
abstract class AbstractPostmortem {
    /** The template version this model implements. */
    public static final String CURRENT_TEMPLATE_VERSION = "1.2";

    /**
     * The version of the template the document follows, such as {@code 1.2}.
     *
     * @return the version, without a leading {@code v}
     */
    @Value.Default
    public String templateVersion() {
        return CURRENT_TEMPLATE_VERSION;
    }

    /**
     * The incident id.
     *
     * @return the id, or empty in a draft
     */
    @Present(message = "the postmortem needs an incident id of the form INC-YYYY-MM-DD-NNN", payload = Required.class)
    public abstract Optional<IncidentId> id();

    /**
     * A short title that names the system and symptom, such as "auth-service login errors after a
     * configuration deploy".
     *
     * @return the title; may be empty
     */
    @Value.Default
    @NotBlank(message = "the postmortem needs a title naming the affected system and symptom", payload = Required.class)
    public String title() {
        return "";
    }

    /**
     * The review state.
     *
     * @return the status; {@link PostmortemStatus#DRAFT} by default
     */
    @Value.Default
    public PostmortemStatus status() {
        return PostmortemStatus.DRAFT;
    }

    /**
     * The severity.
     *
     * @return the level, or empty
     */
    @Present(
            message = "the postmortem needs a severity such as SEV1 or 'Tier 1 (High Impact)'",
            payload = Required.class)
    public abstract Optional<SeverityLevel> severity();

    /**
     * The day of the incident as the document states it: in its front matter, a "Date:" line, its
     * title, or its first dated timeline entry. Documents written in other teams' layouts often have
     * no incident id; this keeps their date, and time-only timeline lines fall on it. When both are
     * given the id's date is the one the checks use.
     *
     * @return the date, or empty
     */
    public abstract Optional<java.time.LocalDate> date();

    /**
     * The period of customer impact.
     *
     * @return the window, or empty
     */
    @Present(message = "the postmortem needs the impact window: start and end in UTC", payload = Required.class)
    public abstract Optional<IncidentWindow> window();

    /**
     * The total duration as the document states it ("Total Duration: 00:22 Minutes"); the
     * consistency checks compare it with the window.
     *
     * @return the stated duration, or empty
     */
    public abstract Optional<Duration> declaredDuration();

    /**
     * The header's "Calculated Impact" line.
     *
     * @return the summary, or empty
     */
    @Present(
            message = "the postmortem needs a calculated impact: failed requests and error budget consumed",
            payload = Required.class)
    public abstract Optional<ImpactSummary> impactSummary();

    /**
     * The document's authors, as roles ("SRE On-Call Engine"), never as a blame list.
     *
     * @return the authors
     */
    @NotEmpty(message = "the postmortem needs at least one author role", payload = Required.class)
    public abstract List<String> authors();

    /**
     * The event timeline, in time order.
     *
     * @return the events
     */
    @NotEmpty(message = "the postmortem needs an event timeline", payload = Required.class)
    public abstract List<@Valid TimelineEvent> timeline();

    /**
     * The customer and SLO impact.
     *
     * @return the impact, or empty
     */
    @Present(message = "the postmortem needs a customer and SLO impact section", payload = Required.class)
    public abstract Optional<@Valid CustomerImpact> customerImpact();

    /**
     * The systems root cause matrix.
     *
     * @return the contributing factors
     */
    @NotEmpty(
            message = "the postmortem needs at least one contributing factor: what system gap allowed this?",
            payload = Required.class)
    public abstract List<@Valid ContributingFactor> contributingFactors();

    /**
     * The remediation action items.
     *
     * @return the items
     */
    @NotEmpty(
            message = "the postmortem needs at least one remediation action item aimed at the system",
            payload = Required.class)
    public abstract List<@Valid ActionItem> actionItems();

    /**
     * A Five Whys analysis.
     *
     * @return the analysis, or empty
     */
    public abstract Optional<@Valid FiveWhys> fiveWhys();

    /**
     * Just Culture assessments of actions taken during the incident.
     *
     * @return the assessments, possibly empty
     */
    public abstract List<@Valid JustCultureAssessment> justCultureAssessments();

    /**
     * Lessons learned.
     *
     * @return the lessons; empty lists when none is recorded
     */
    @Value.Default
    public Lessons lessons() {
        return Lessons.builder().build();
    }

    /**
     * The date of the incident review meeting.
     *
     * @return the date, or empty when not yet held or scheduled
     */
    public abstract Optional<LocalDate> reviewMeetingDate();

    /**
     * Sections outside the template, in document order.
     *
     * @return the sections, possibly empty
     */
    public abstract List<AdditionalSection> additionalSections();

    /**
     * The headings a document gave the template's sections, where they differ from the template's
     * own: section name to the heading as written, such as {@code timeline} to "Chain of Events".
     * The Markdown writer uses them, so a team's own headings survive a conversion. Section names:
     * {@code timeline}, {@code impact}, {@code factors}, {@code actions}, {@code lessons}, {@code
     * went-well}, {@code went-wrong}, {@code got-lucky}, {@code five-whys}, {@code just-culture};
     * others are kept and ignored by the writer.
     *
     * @return the headings; empty for a document in the template's layout
     */
    public abstract java.util.Map<String, String> headings();

    /**
     * Fields of a JSON document that this version of the library does not know, kept so that a
     * document from a newer producer survives a round trip: field name to the field's value as
     * compact JSON text. The JSON reader fills them (unless it reads strictly) and the JSON writer
     * writes them back after the known fields; Markdown does not carry them.
     *
     * @return the extension fields in document order; empty for most postmortems
     */
    public abstract Map<String, String> extensions();
}
