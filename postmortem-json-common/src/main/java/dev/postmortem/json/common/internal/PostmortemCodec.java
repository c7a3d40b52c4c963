package dev.postmortem.json.common.internal;

import dev.postmortem.core.model.ActionItem;
import dev.postmortem.core.model.ActionItemId;
import dev.postmortem.core.model.ActionItemStatus;
import dev.postmortem.core.model.ActionItemType;
import dev.postmortem.core.model.AdditionalSection;
import dev.postmortem.core.model.BehaviourType;
import dev.postmortem.core.model.ContributingFactor;
import dev.postmortem.core.model.CustomerImpact;
import dev.postmortem.core.model.ErrorBudget;
import dev.postmortem.core.model.Estimate;
import dev.postmortem.core.model.EventKind;
import dev.postmortem.core.model.FactorCategory;
import dev.postmortem.core.model.FiveWhys;
import dev.postmortem.core.model.Fraction;
import dev.postmortem.core.model.HumanErrorKind;
import dev.postmortem.core.model.ImpactSummary;
import dev.postmortem.core.model.IncidentId;
import dev.postmortem.core.model.IncidentWindow;
import dev.postmortem.core.model.JustCultureAssessment;
import dev.postmortem.core.model.Lessons;
import dev.postmortem.core.model.OwnerHandle;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.PostmortemStatus;
import dev.postmortem.core.model.SeverityLevel;
import dev.postmortem.core.model.SloWindow;
import dev.postmortem.core.model.TimelineEvent;
import dev.postmortem.core.model.WhyStep;
import dev.postmortem.json.common.JsonDocument;
import dev.postmortem.json.common.JsonOptions;
import dev.postmortem.json.common.JsonReadException;
import dev.postmortem.json.common.JsonWriteException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Writes and reads every model type as JSON through {@link JsonOut} and {@link JsonIn}: the one
 * place that knows the document's field names, their order and their value forms, so the Jackson 3
 * and Jackson 2 bindings produce the same bytes. Immutable and thread-safe.
 */
public final class PostmortemCodec {
    private static final String INSTANT_FORM = "an ISO-8601 instant in UTC such as 2025-02-14T14:00:00Z";
    private static final String DATE_FORM = "an ISO-8601 date such as 2025-02-20";
    private static final String DURATION_FORM = "an ISO-8601 duration such as PT22M";

    private static final PostmortemStatus[] POSTMORTEM_STATUSES = PostmortemStatus.values();
    private static final EventKind[] EVENT_KINDS = EventKind.values();
    private static final FactorCategory[] FACTOR_CATEGORIES = FactorCategory.values();
    private static final ActionItemType[] ACTION_ITEM_TYPES = ActionItemType.values();
    private static final ActionItemStatus[] ACTION_ITEM_STATUSES = ActionItemStatus.values();
    private static final BehaviourType[] BEHAVIOUR_TYPES = BehaviourType.values();
    private static final HumanErrorKind[] HUMAN_ERROR_KINDS = HumanErrorKind.values();
    private static final String INCIDENT_ID_FORM = "an incident id of the form " + IncidentId.FORM;

    private final JsonOptions options;
    private final String severityForm;
    private final List<TypeCodec<?>> types;

    private PostmortemCodec(JsonOptions options) {
        this.options = options;
        this.severityForm = "a severity id of the scale, one of "
                + options.severityScale().levels().stream()
                        .map(SeverityLevel::id)
                        .toList();
        this.types = List.of(
                new TypeCodec<>(Postmortem.class, this::writePostmortem, this::readPostmortem),
                new TypeCodec<>(TimelineEvent.class, (v, o, p) -> writeEvent(v, o, p), this::readEvent),
                new TypeCodec<>(ImpactSummary.class, (v, o, p) -> writeImpactSummary(v, o, p), this::readImpactSummary),
                new TypeCodec<>(
                        CustomerImpact.class, (v, o, p) -> writeCustomerImpact(v, o, p), this::readCustomerImpact),
                new TypeCodec<>(ErrorBudget.class, (v, o, p) -> writeErrorBudget(v, o, p), this::readErrorBudget),
                new TypeCodec<>(ContributingFactor.class, (v, o, p) -> writeFactor(v, o, p), this::readFactor),
                new TypeCodec<>(ActionItem.class, (v, o, p) -> writeActionItem(v, o, p), this::readActionItem),
                new TypeCodec<>(FiveWhys.class, (v, o, p) -> writeFiveWhys(v, o, p), this::readFiveWhys),
                new TypeCodec<>(WhyStep.class, (v, o, p) -> writeWhyStep(v, o, p), this::readWhyStep),
                new TypeCodec<>(
                        JustCultureAssessment.class, (v, o, p) -> writeAssessment(v, o, p), this::readAssessment),
                new TypeCodec<>(Lessons.class, (v, o, p) -> writeLessons(v, o, p), this::readLessons),
                new TypeCodec<>(AdditionalSection.class, (v, o, p) -> writeSection(v, o, p), this::readSection),
                new TypeCodec<>(IncidentId.class, (v, o, p) -> o.string(v.toString()), this::readIncidentId),
                new TypeCodec<>(SeverityLevel.class, (v, o, p) -> o.string(v.id()), this::readSeverity),
                new TypeCodec<>(IncidentWindow.class, (v, o, p) -> o.string(v.toString()), this::readWindow),
                new TypeCodec<>(Fraction.class, (v, o, p) -> writeFraction(v, o), this::readFraction),
                new TypeCodec<>(SloWindow.class, (v, o, p) -> o.string(v.toString()), this::readSloWindow),
                new TypeCodec<>(ActionItemId.class, (v, o, p) -> o.string(v.toString()), this::readActionItemId),
                new TypeCodec<>(OwnerHandle.class, (v, o, p) -> o.string(v.toString()), this::readOwner),
                new TypeCodec<>(Estimate.class, (v, o, p) -> o.string(v.toString()), this::readEstimate),
                enumCodec(EventKind.class, EventKind.values()),
                enumCodec(FactorCategory.class, FactorCategory.values()),
                enumCodec(ActionItemType.class, ActionItemType.values()),
                enumCodec(ActionItemStatus.class, ActionItemStatus.values()),
                enumCodec(BehaviourType.class, BehaviourType.values()),
                enumCodec(HumanErrorKind.class, HumanErrorKind.values()),
                enumCodec(PostmortemStatus.class, PostmortemStatus.values()));
    }

    /**
     * A codec with the given options.
     *
     * @param options the options
     * @return the codec
     */
    public static PostmortemCodec of(JsonOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("JSON options must not be null");
        }
        return new PostmortemCodec(options);
    }

    /**
     * The options.
     *
     * @return the options
     */
    public JsonOptions options() {
        return options;
    }

    /**
     * The codec of every model type, for a binding's module to register.
     *
     * @return the type codecs
     */
    public List<TypeCodec<?>> types() {
        return types;
    }

    /**
     * Reads one JSON value as a postmortem document: the current token must start it.
     *
     * @param in the parser, at the document's first token
     * @return the postmortem
     * @throws JsonReadException if the value is not a postmortem document
     */
    public Postmortem readPostmortem(JsonIn in) {
        expect(
                in,
                Token.START_OBJECT,
                "a postmortem document: a JSON object with schemaVersion " + JsonDocument.SCHEMA_VERSION);
        Postmortem.Builder b = Postmortem.builder();
        Map<String, String> ext = new LinkedHashMap<>();
        Seen seen = fields(in, name -> {
            switch (name) {
                case "schemaVersion" -> readVersion(in);
                case "templateVersion" ->
                    b.templateVersion(string(in, "the template version as a string such as \"1.2\""));
                case "id" -> b.id(readIncidentId(in));
                case "title" -> b.title(string(in, "the title as a string"));
                case "status" -> b.status(enumValue(in, POSTMORTEM_STATUSES));
                case "severity" -> b.severity(readSeverity(in));
                case "window" -> b.window(readWindow(in));
                case "declaredDuration" -> b.declaredDuration(duration(in));
                case "impactSummary" -> b.impactSummary(readImpactSummary(in));
                case "authors" -> b.authors(strings(in, "the author roles as strings"));
                case "timeline" -> b.timeline(list(in, this::readEvent));
                case "customerImpact" -> b.customerImpact(readCustomerImpact(in));
                case "contributingFactors" -> b.contributingFactors(list(in, this::readFactor));
                case "actionItems" -> b.actionItems(list(in, this::readActionItem));
                case "fiveWhys" -> b.fiveWhys(readFiveWhys(in));
                case "justCultureAssessments" -> b.justCultureAssessments(list(in, this::readAssessment));
                case "lessons" -> b.lessons(readLessons(in));
                case "reviewMeetingDate" -> b.reviewMeetingDate(date(in));
                case "date" -> b.date(date(in));
                case "additionalSections" -> b.additionalSections(list(in, this::readSection));
                case "headings" -> b.headings(stringMap(in, "the headings: an object of section names to headings"));
                default -> unknown(in, name, ext);
            }
        });
        if (!seen.contains("schemaVersion")) {
            throw in.fail(
                    "the required field 'schemaVersion' is missing", "schemaVersion " + JsonDocument.SCHEMA_VERSION);
        }
        return build(in, () -> b.extensions(ext).build());
    }

    private void readVersion(JsonIn in) {
        if (in.current() != Token.INT) {
            throw in.fail(
                    "found " + in.current().describe(),
                    "schemaVersion " + JsonDocument.SCHEMA_VERSION + " as a number");
        }
        if (!Integer.toString(JsonDocument.SCHEMA_VERSION).equals(in.text())) {
            throw in.fail(
                    "schema version " + in.text() + " is not supported by this reader",
                    "schemaVersion " + JsonDocument.SCHEMA_VERSION + "; a reader of that version reads the document");
        }
    }

    /**
     * Writes a postmortem document.
     *
     * @param p the postmortem
     * @param out the generator
     * @throws JsonWriteException if an extension cannot be written
     */
    public void writePostmortem(Postmortem p, JsonOut out) {
        writePostmortem(p, out, Path.ROOT);
    }

    private void writePostmortem(Postmortem p, JsonOut out, Path path) {
        out.startObject();
        out.name("schemaVersion");
        out.number(JsonDocument.SCHEMA_VERSION);
        out.name("templateVersion");
        out.string(p.templateVersion());
        p.id().ifPresent(v -> stringField(out, "id", v.toString()));
        stringField(out, "title", p.title());
        stringField(out, "status", lower(p.status()));
        p.severity().ifPresent(v -> stringField(out, "severity", v.id()));
        p.window().ifPresent(v -> stringField(out, "window", v.toString()));
        p.declaredDuration().ifPresent(v -> stringField(out, "declaredDuration", v.toString()));
        p.impactSummary().ifPresent(v -> {
            out.name("impactSummary");
            writeImpactSummary(v, out, path.field("impactSummary"));
        });
        stringList(out, "authors", p.authors());
        list(out, path, "timeline", p.timeline(), this::writeEvent);
        p.customerImpact().ifPresent(v -> {
            out.name("customerImpact");
            writeCustomerImpact(v, out, path.field("customerImpact"));
        });
        list(out, path, "contributingFactors", p.contributingFactors(), this::writeFactor);
        list(out, path, "actionItems", p.actionItems(), this::writeActionItem);
        p.fiveWhys().ifPresent(v -> {
            out.name("fiveWhys");
            writeFiveWhys(v, out, path.field("fiveWhys"));
        });
        list(out, path, "justCultureAssessments", p.justCultureAssessments(), this::writeAssessment);
        out.name("lessons");
        writeLessons(p.lessons(), out, path.field("lessons"));
        p.reviewMeetingDate().ifPresent(v -> stringField(out, "reviewMeetingDate", v.toString()));
        p.date().ifPresent(v -> stringField(out, "date", v.toString()));
        list(out, path, "additionalSections", p.additionalSections(), this::writeSection);
        if (!p.headings().isEmpty()) {
            out.name("headings");
            out.startObject();
            p.headings().forEach((k, v) -> stringField(out, k, v));
            out.endObject();
        }
        extensions(out, path, p.extensions(), Fields.POSTMORTEM);
        out.endObject();
    }

    // ---- timeline -------------------------------------------------------------------------

    private void writeEvent(TimelineEvent e, JsonOut out, Path path) {
        out.startObject();
        stringField(out, "at", e.at().toString());
        stringField(out, "description", e.description());
        e.kind().ifPresent(v -> stringField(out, "kind", lower(v)));
        extensions(out, path, e.extensions(), Fields.EVENT);
        out.endObject();
    }

    private TimelineEvent readEvent(JsonIn in) {
        expect(in, Token.START_OBJECT, "a timeline event: an object with at and description");
        TimelineEvent.Builder b = TimelineEvent.builder();
        Map<String, String> ext = new LinkedHashMap<>();
        Seen seen = fields(in, name -> {
            switch (name) {
                case "at" -> b.at(instant(in));
                case "description" -> b.description(string(in, "the event description as a string"));
                case "kind" -> b.kind(enumValue(in, EVENT_KINDS));
                default -> unknown(in, name, ext);
            }
        });
        required(in, seen, "a timeline event", "at", "description");
        return build(in, () -> b.extensions(ext).build());
    }

    // ---- impact ---------------------------------------------------------------------------

    private void writeImpactSummary(ImpactSummary s, JsonOut out, Path path) {
        out.startObject();
        stringField(out, "text", s.text());
        longField(out, "failedRequests", s.failedRequests());
        s.budgetConsumed().ifPresent(v -> {
            out.name("budgetConsumed");
            writeFraction(v, out);
        });
        extensions(out, path, s.extensions(), Fields.IMPACT_SUMMARY);
        out.endObject();
    }

    private ImpactSummary readImpactSummary(JsonIn in) {
        expect(in, Token.START_OBJECT, "the calculated impact: an object with text, failedRequests and budgetConsumed");
        ImpactSummary.Builder b = ImpactSummary.builder();
        Map<String, String> ext = new LinkedHashMap<>();
        fields(in, name -> {
            switch (name) {
                case "text" -> b.text(string(in, "the impact text as a string"));
                case "failedRequests" -> b.failedRequests(count(in));
                case "budgetConsumed" -> b.budgetConsumed(readFraction(in));
                default -> unknown(in, name, ext);
            }
        });
        return build(in, () -> b.extensions(ext).build());
    }

    private void writeCustomerImpact(CustomerImpact c, JsonOut out, Path path) {
        out.startObject();
        stringField(out, "userSymptoms", c.userSymptoms());
        stringField(out, "affectedSegment", c.affectedSegment());
        longField(out, "failedRequests", c.failedRequests());
        longField(out, "affectedUsers", c.affectedUsers());
        c.errorBudget().ifPresent(v -> {
            out.name("errorBudget");
            writeErrorBudget(v, out, path.field("errorBudget"));
        });
        extensions(out, path, c.extensions(), Fields.CUSTOMER_IMPACT);
        out.endObject();
    }

    private CustomerImpact readCustomerImpact(JsonIn in) {
        expect(in, Token.START_OBJECT, "the customer impact: an object");
        CustomerImpact.Builder b = CustomerImpact.builder();
        Map<String, String> ext = new LinkedHashMap<>();
        fields(in, name -> {
            switch (name) {
                case "userSymptoms" -> b.userSymptoms(string(in, "the user symptoms as a string"));
                case "affectedSegment" -> b.affectedSegment(string(in, "the affected segment as a string"));
                case "failedRequests" -> b.failedRequests(count(in));
                case "affectedUsers" -> b.affectedUsers(count(in));
                case "errorBudget" -> b.errorBudget(readErrorBudget(in));
                default -> unknown(in, name, ext);
            }
        });
        return build(in, () -> b.extensions(ext).build());
    }

    private void writeErrorBudget(ErrorBudget e, JsonOut out, Path path) {
        out.startObject();
        e.sloTarget().ifPresent(v -> {
            out.name("sloTarget");
            writeFraction(v, out);
        });
        e.window().ifPresent(v -> stringField(out, "window", v.toString()));
        e.remainingBefore().ifPresent(v -> {
            out.name("remainingBefore");
            writeFraction(v, out);
        });
        e.remainingAfter().ifPresent(v -> {
            out.name("remainingAfter");
            writeFraction(v, out);
        });
        extensions(out, path, e.extensions(), Fields.ERROR_BUDGET);
        out.endObject();
    }

    private ErrorBudget readErrorBudget(JsonIn in) {
        expect(in, Token.START_OBJECT, "the error budget: an object");
        ErrorBudget.Builder b = ErrorBudget.builder();
        Map<String, String> ext = new LinkedHashMap<>();
        fields(in, name -> {
            switch (name) {
                case "sloTarget" -> b.sloTarget(readFraction(in));
                case "window" -> b.window(readSloWindow(in));
                case "remainingBefore" -> b.remainingBefore(readFraction(in));
                case "remainingAfter" -> b.remainingAfter(readFraction(in));
                default -> unknown(in, name, ext);
            }
        });
        return build(in, () -> b.extensions(ext).build());
    }

    // ---- factors and action items ------------------------------------------------------------

    private void writeFactor(ContributingFactor f, JsonOut out, Path path) {
        out.startObject();
        stringField(out, "title", f.title());
        stringField(out, "description", f.description());
        stringField(out, "category", lower(f.category()));
        extensions(out, path, f.extensions(), Fields.FACTOR);
        out.endObject();
    }

    private ContributingFactor readFactor(JsonIn in) {
        expect(in, Token.START_OBJECT, "a contributing factor: an object with a title");
        ContributingFactor.Builder b = ContributingFactor.builder();
        Map<String, String> ext = new LinkedHashMap<>();
        Seen seen = fields(in, name -> {
            switch (name) {
                case "title" -> b.title(string(in, "the factor title as a string"));
                case "description" -> b.description(string(in, "the factor description as a string"));
                case "category" -> b.category(enumValue(in, FACTOR_CATEGORIES));
                default -> unknown(in, name, ext);
            }
        });
        required(in, seen, "a contributing factor", "title");
        return build(in, () -> b.extensions(ext).build());
    }

    private void writeActionItem(ActionItem a, JsonOut out, Path path) {
        out.startObject();
        a.id().ifPresent(v -> stringField(out, "id", v.toString()));
        stringField(out, "description", a.description());
        a.type().ifPresent(v -> stringField(out, "type", lower(v)));
        a.owner().ifPresent(v -> stringField(out, "owner", v.toString()));
        a.dueDate().ifPresent(v -> stringField(out, "dueDate", v.toString()));
        stringField(out, "status", lower(a.status()));
        a.statusRationale().ifPresent(v -> stringField(out, "statusRationale", v));
        a.estimate().ifPresent(v -> stringField(out, "estimate", v.toString()));
        stringList(out, "acceptanceCriteria", a.acceptanceCriteria());
        stringList(out, "addressesFactors", a.addressesFactors());
        a.ticket().ifPresent(v -> stringField(out, "ticket", v));
        extensions(out, path, a.extensions(), Fields.ACTION_ITEM);
        out.endObject();
    }

    private ActionItem readActionItem(JsonIn in) {
        expect(in, Token.START_OBJECT, "an action item: an object with a description");
        ActionItem.Builder b = ActionItem.builder();
        Map<String, String> ext = new LinkedHashMap<>();
        Seen seen = fields(in, name -> {
            switch (name) {
                case "id" -> b.id(readActionItemId(in));
                case "description" -> b.description(string(in, "the action item description as a string"));
                case "type" -> b.type(enumValue(in, ACTION_ITEM_TYPES));
                case "owner" -> b.owner(readOwner(in));
                case "dueDate" -> b.dueDate(date(in));
                case "status" -> b.status(enumValue(in, ACTION_ITEM_STATUSES));
                case "statusRationale" -> b.statusRationale(string(in, "the status rationale as a string"));
                case "estimate" -> b.estimate(readEstimate(in));
                case "acceptanceCriteria" -> b.acceptanceCriteria(strings(in, "the acceptance criteria as strings"));
                case "addressesFactors" -> b.addressesFactors(strings(in, "the titles of the factors it addresses"));
                case "ticket" -> b.ticket(string(in, "the ticket reference as a string"));
                default -> unknown(in, name, ext);
            }
        });
        required(in, seen, "an action item", "description");
        return build(in, () -> b.extensions(ext).build());
    }

    // ---- analyses ---------------------------------------------------------------------------

    private void writeFiveWhys(FiveWhys f, JsonOut out, Path path) {
        out.startObject();
        stringField(out, "problem", f.problem());
        list(out, path, "steps", f.steps(), this::writeWhyStep);
        stringField(out, "rootSystemFix", f.rootSystemFix());
        extensions(out, path, f.extensions(), Fields.FIVE_WHYS);
        out.endObject();
    }

    private FiveWhys readFiveWhys(JsonIn in) {
        expect(in, Token.START_OBJECT, "a Five Whys analysis: an object with problem, steps and rootSystemFix");
        FiveWhys.Builder b = FiveWhys.builder();
        Map<String, String> ext = new LinkedHashMap<>();
        fields(in, name -> {
            switch (name) {
                case "problem" -> b.problem(string(in, "the problem statement as a string"));
                case "steps" -> b.steps(list(in, this::readWhyStep));
                case "rootSystemFix" -> b.rootSystemFix(string(in, "the root system fix as a string"));
                default -> unknown(in, name, ext);
            }
        });
        return build(in, () -> b.extensions(ext).build());
    }

    private void writeWhyStep(WhyStep s, JsonOut out, Path path) {
        out.startObject();
        stringField(out, "question", s.question());
        stringField(out, "answer", s.answer());
        extensions(out, path, s.extensions(), Fields.WHY_STEP);
        out.endObject();
    }

    private WhyStep readWhyStep(JsonIn in) {
        expect(in, Token.START_OBJECT, "a why step: an object with question and answer");
        WhyStep.Builder b = WhyStep.builder();
        Map<String, String> ext = new LinkedHashMap<>();
        Seen seen = fields(in, name -> {
            switch (name) {
                case "question" -> b.question(string(in, "the question as a string"));
                case "answer" -> b.answer(string(in, "the answer as a string"));
                default -> unknown(in, name, ext);
            }
        });
        required(in, seen, "a why step", "question", "answer");
        return build(in, () -> b.extensions(ext).build());
    }

    private void writeAssessment(JustCultureAssessment a, JsonOut out, Path path) {
        out.startObject();
        stringField(out, "role", a.role());
        stringField(out, "action", a.action());
        stringField(out, "classification", lower(a.classification()));
        a.humanErrorKind().ifPresent(v -> stringField(out, "humanErrorKind", lower(v)));
        stringField(out, "rationale", a.rationale());
        extensions(out, path, a.extensions(), Fields.ASSESSMENT);
        out.endObject();
    }

    private JustCultureAssessment readAssessment(JsonIn in) {
        expect(in, Token.START_OBJECT, "a Just Culture assessment: an object with role, action and classification");
        JustCultureAssessment.Builder b = JustCultureAssessment.builder();
        Map<String, String> ext = new LinkedHashMap<>();
        Seen seen = fields(in, name -> {
            switch (name) {
                case "role" -> b.role(string(in, "the role as a string"));
                case "action" -> b.action(string(in, "the action as a string"));
                case "classification" -> b.classification(enumValue(in, BEHAVIOUR_TYPES));
                case "humanErrorKind" -> b.humanErrorKind(enumValue(in, HUMAN_ERROR_KINDS));
                case "rationale" -> b.rationale(string(in, "the rationale as a string"));
                default -> unknown(in, name, ext);
            }
        });
        required(in, seen, "a Just Culture assessment", "role", "action", "classification");
        return build(in, () -> b.extensions(ext).build());
    }

    private void writeLessons(Lessons l, JsonOut out, Path path) {
        out.startObject();
        stringList(out, "wentWell", l.wentWell());
        stringList(out, "wentWrong", l.wentWrong());
        stringList(out, "gotLucky", l.gotLucky());
        if (!l.learned().isEmpty()) {
            stringList(out, "learned", l.learned());
        }
        extensions(out, path, l.extensions(), Fields.LESSONS);
        out.endObject();
    }

    private Lessons readLessons(JsonIn in) {
        expect(in, Token.START_OBJECT, "the lessons: an object with wentWell, wentWrong and gotLucky");
        Lessons.Builder b = Lessons.builder();
        Map<String, String> ext = new LinkedHashMap<>();
        fields(in, name -> {
            switch (name) {
                case "wentWell" -> b.wentWell(strings(in, "what went well, as strings"));
                case "wentWrong" -> b.wentWrong(strings(in, "what went wrong, as strings"));
                case "gotLucky" -> b.gotLucky(strings(in, "where we got lucky, as strings"));
                case "learned" -> b.learned(strings(in, "lessons learned, as strings"));
                default -> unknown(in, name, ext);
            }
        });
        return build(in, () -> b.extensions(ext).build());
    }

    private void writeSection(AdditionalSection s, JsonOut out, Path path) {
        out.startObject();
        stringField(out, "title", s.title());
        stringField(out, "body", s.body());
        extensions(out, path, s.extensions(), Fields.SECTION);
        out.endObject();
    }

    private AdditionalSection readSection(JsonIn in) {
        expect(in, Token.START_OBJECT, "an additional section: an object with title and body");
        AdditionalSection.Builder b = AdditionalSection.builder();
        Map<String, String> ext = new LinkedHashMap<>();
        Seen seen = fields(in, name -> {
            switch (name) {
                case "title" -> b.title(string(in, "the section title as a string"));
                case "body" -> b.body(string(in, "the section body as a string"));
                default -> unknown(in, name, ext);
            }
        });
        required(in, seen, "an additional section", "title", "body");
        return build(in, () -> b.extensions(ext).build());
    }

    // ---- values ------------------------------------------------------------------------------

    private IncidentId readIncidentId(JsonIn in) {
        return parsed(in, IncidentId::parse, INCIDENT_ID_FORM);
    }

    private SeverityLevel readSeverity(JsonIn in) {
        return parsed(in, options.severityScale()::parse, severityForm);
    }

    private IncidentWindow readWindow(JsonIn in) {
        return parsed(
                in,
                IncidentWindow::parse,
                "an ISO-8601 interval start/end in UTC such as 2025-02-14T14:00:00Z/2025-02-14T14:22:00Z");
    }

    private SloWindow readSloWindow(JsonIn in) {
        return parsed(in, SloWindow::parse, "an SLO window such as \"rolling 28d\" or \"calendar month\"");
    }

    private ActionItemId readActionItemId(JsonIn in) {
        return parsed(in, ActionItemId::parse, "an action item id such as AI-101");
    }

    private OwnerHandle readOwner(JsonIn in) {
        return parsed(in, OwnerHandle::parse, "an owner handle such as @sre-team");
    }

    private Estimate readEstimate(JsonIn in) {
        return parsed(in, Estimate::parse, "an estimate in hours or story points such as 4h or 3sp");
    }

    private static void writeFraction(Fraction f, JsonOut out) {
        out.number(f.value().toPlainString());
    }

    private Fraction readFraction(JsonIn in) {
        String expected = "a fraction from 0 to 1 as a number, such as 0.942 for 94.2%";
        if (in.current() != Token.INT && in.current() != Token.FLOAT) {
            throw in.fail("found " + in.current().describe(), expected);
        }
        try {
            return Fraction.of(new BigDecimal(in.text()));
        } catch (IllegalArgumentException e) {
            throw in.fail(in.text() + " is not a fraction from 0 to 1", expected);
        }
    }

    private static OptionalLong count(JsonIn in) {
        String expected = "a count: a whole number, 0 or more";
        if (in.current() != Token.INT) {
            throw in.fail("found " + in.current().describe(), expected);
        }
        long n;
        try {
            n = Long.parseLong(in.text());
        } catch (NumberFormatException e) {
            throw in.fail(in.text() + " is too large", expected + " below 2^63");
        }
        if (n < 0) {
            throw in.fail(n + " is negative", expected);
        }
        return OptionalLong.of(n);
    }

    private static Instant instant(JsonIn in) {
        String s = string(in, INSTANT_FORM);
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw in.fail("'" + clip(s) + "' is not an instant", INSTANT_FORM);
        }
    }

    private static LocalDate date(JsonIn in) {
        String s = string(in, DATE_FORM);
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw in.fail("'" + clip(s) + "' is not a date", DATE_FORM);
        }
    }

    private static Duration duration(JsonIn in) {
        String s = string(in, DURATION_FORM);
        try {
            return Duration.parse(s);
        } catch (DateTimeParseException e) {
            throw in.fail("'" + clip(s) + "' is not a duration", DURATION_FORM);
        }
    }

    private static <T> T parsed(JsonIn in, Function<String, T> parser, String expected) {
        String s = string(in, expected);
        try {
            return parser.apply(s);
        } catch (IllegalArgumentException e) {
            throw in.fail("'" + clip(s) + "' is not valid: " + e.getMessage(), expected);
        }
    }

    private static String string(JsonIn in, String expected) {
        if (in.current() != Token.STRING) {
            throw in.fail("found " + in.current().describe(), expected);
        }
        return in.text();
    }

    private static List<String> strings(JsonIn in, String expected) {
        return list(in, i -> string(i, expected));
    }

    /** The lower-case JSON names of an enum's constants, by ordinal, computed once per enum. */
    private static final ClassValue<String[]> LOWER = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] names = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                names[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
            }
            return names;
        }
    };

    private static <E extends Enum<E>> E enumValue(JsonIn in, E[] values) {
        String[] names = LOWER.get(values[0].getDeclaringClass());
        if (in.current() == Token.STRING) {
            String s = in.text();
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(s)) {
                    return values[i];
                }
            }
        }
        String expected = "one of " + String.join(", ", names);
        String s = string(in, expected);
        throw in.fail("'" + clip(s) + "' is not a known value", expected);
    }

    private static <E extends Enum<E>> TypeCodec<E> enumCodec(Class<E> type, E[] values) {
        return new TypeCodec<>(type, (v, o, p) -> o.string(lower(v)), in -> enumValue(in, values));
    }

    private static String lower(Enum<?> e) {
        return LOWER.get(e.getDeclaringClass())[e.ordinal()];
    }

    private static String clip(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    // ---- structure ---------------------------------------------------------------------------

    private static void expect(JsonIn in, Token token, String expected) {
        if (in.current() != token) {
            throw in.fail("found " + in.current().describe(), expected);
        }
    }

    /**
     * Moves to the next field of the current object.
     *
     * @return true at a field name, false at the end of the object
     */
    private static boolean nextField(JsonIn in, Seen seen) {
        Token t = in.next();
        if (t == Token.END_OBJECT) {
            return false;
        }
        if (t != Token.NAME) {
            throw in.fail("found " + t.describe(), "a field name or the end of the object");
        }
        if (!seen.add(in.name())) {
            throw in.fail("the field '" + clip(in.name()) + "' appears twice in one object", "each field at most once");
        }
        return true;
    }

    /**
     * Reads the fields of the object at the current token, each with its value as the current
     * token, rejecting a field that appears twice.
     *
     * @return the names read
     */
    private static Seen fields(JsonIn in, Consumer<String> field) {
        Seen seen = new Seen();
        while (nextField(in, seen)) {
            String name = in.name();
            in.next();
            field.accept(name);
        }
        return seen;
    }

    private static Map<String, String> stringMap(JsonIn in, String expected) {
        expect(in, Token.START_OBJECT, expected);
        Map<String, String> out = new LinkedHashMap<>();
        fields(in, name -> out.put(name, string(in, expected)));
        return out;
    }

    private static <T> List<T> list(JsonIn in, Function<JsonIn, T> element) {
        expect(in, Token.START_ARRAY, "an array");
        List<T> out = new ArrayList<>();
        while (in.next() != Token.END_ARRAY) {
            if (in.current() == Token.END) {
                throw in.fail("the input ends inside an array", "the rest of the array");
            }
            out.add(element.apply(in));
        }
        return out;
    }

    private void unknown(JsonIn in, String name, Map<String, String> ext) {
        if (options.strict()) {
            throw in.fail(
                    "unknown field '" + clip(name) + "'",
                    "only the fields of schema version " + JsonDocument.SCHEMA_VERSION + " (strict reading)");
        }
        ext.put(name, in.capture());
    }

    private static void required(JsonIn in, Seen seen, String what, String... names) {
        for (String name : names) {
            if (!seen.contains(name)) {
                throw in.fail(
                        "the required field '" + name + "' is missing", what + " with " + String.join(", ", names));
            }
        }
    }

    private static <T> T build(JsonIn in, java.util.function.Supplier<T> builder) {
        try {
            return builder.get();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw in.fail(e.getMessage(), "values the postmortem model accepts");
        }
    }

    private static void stringField(JsonOut out, String name, String value) {
        out.name(name);
        out.string(value);
    }

    private static void longField(JsonOut out, String name, OptionalLong value) {
        if (value.isPresent()) {
            out.name(name);
            out.number(value.getAsLong());
        }
    }

    private static void stringList(JsonOut out, String name, List<String> values) {
        out.name(name);
        out.startArray();
        for (String v : values) {
            out.string(v);
        }
        out.endArray();
    }

    private static <T> void list(JsonOut out, Path path, String name, List<T> values, ElementWriter<T> writer) {
        out.name(name);
        out.startArray();
        Path field = path.field(name);
        for (int i = 0; i < values.size(); i++) {
            writer.write(values.get(i), out, field.index(i));
        }
        out.endArray();
    }

    private static void extensions(JsonOut out, Path path, Map<String, String> extensions, Set<String> known) {
        for (Map.Entry<String, String> e : extensions.entrySet()) {
            String name = e.getKey();
            if (known.contains(name)) {
                throw JsonWriteException.of(
                        path.field(name).toString(),
                        "the extension field '" + name + "' has the name of a field the document already has;"
                                + " set the value through the model instead",
                        null);
            }
            out.name(name);
            out.json(path.field(name).toString(), e.getValue());
        }
    }

    /**
     * Copies the JSON value that starts at the current token of {@code in} to {@code out}: numbers
     * as written, so that extension values keep their exact form.
     *
     * @param in the source, at the value's first token; afterwards at its last token
     * @param out the destination
     */
    public static void copy(JsonIn in, JsonOut out) {
        switch (in.current()) {
            case START_OBJECT -> {
                out.startObject();
                while (in.next() == Token.NAME) {
                    out.name(in.name());
                    in.next();
                    copy(in, out);
                }
                if (in.current() != Token.END_OBJECT) {
                    throw in.fail("found " + in.current().describe(), "a field name or the end of the object");
                }
                out.endObject();
            }
            case START_ARRAY -> {
                out.startArray();
                while (in.next() != Token.END_ARRAY) {
                    if (in.current() == Token.END) {
                        throw in.fail("the input ends inside an array", "the rest of the array");
                    }
                    copy(in, out);
                }
                out.endArray();
            }
            case STRING -> out.string(in.text());
            case INT, FLOAT -> out.number(in.text());
            case TRUE -> out.bool(true);
            case FALSE -> out.bool(false);
            case NULL -> out.nul();
            default -> throw in.fail("found " + in.current().describe(), "a JSON value");
        }
    }

    /** Writes one value of a list. */
    @FunctionalInterface
    private interface ElementWriter<T> {
        void write(T value, JsonOut out, Path path);
    }

    /**
     * Writes and reads one model type; a binding registers one serializer and deserializer per
     * instance.
     *
     * @param <T> the type
     */
    public static final class TypeCodec<T> {
        private final Class<T> type;
        private final ElementWriter<T> writer;
        private final Function<JsonIn, T> reader;

        private TypeCodec(Class<T> type, ElementWriter<T> writer, Function<JsonIn, T> reader) {
            this.type = type;
            this.writer = writer;
            this.reader = reader;
        }

        /**
         * The type.
         *
         * @return the class
         */
        public Class<T> type() {
            return type;
        }

        /**
         * Writes a value.
         *
         * @param value the value
         * @param out the generator
         */
        public void write(T value, JsonOut out) {
            writer.write(value, out, Path.ROOT);
        }

        /**
         * Reads a value that starts at the current token.
         *
         * @param in the parser
         * @return the value
         */
        public T read(JsonIn in) {
            return reader.apply(in);
        }

        /**
         * Writes a value given as an object, for bindings that see values untyped.
         *
         * @param value the value, an instance of {@link #type()}
         * @param out the generator
         */
        public void writeUnchecked(Object value, JsonOut out) {
            write(type.cast(value), out);
        }
    }

    /** A JSON pointer built as the writer descends, turned into text only for an error. */
    private static final class Path {
        static final Path ROOT = new Path(null, null, -1);
        private final Path parent;
        private final String name;
        private final int index;

        private Path(Path parent, String name, int index) {
            this.parent = parent;
            this.name = name;
            this.index = index;
        }

        Path field(String n) {
            return new Path(this, n, -1);
        }

        Path index(int i) {
            return new Path(this, null, i);
        }

        @Override
        public String toString() {
            if (parent == null) {
                return "";
            }
            String segment = name != null ? name.replace("~", "~0").replace("/", "~1") : Integer.toString(index);
            return parent + "/" + segment;
        }
    }

    /** The field names of one object read so far, to reject duplicates. */
    private static final class Seen {
        private String[] names = new String[16];
        private int size;
        private Set<String> many;

        boolean add(String name) {
            if (many != null) {
                return many.add(name);
            }
            for (int i = 0; i < size; i++) {
                if (names[i].equals(name)) {
                    return false;
                }
            }
            if (size == names.length) {
                many = new HashSet<>(List.of(names));
                return many.add(name);
            }
            names[size++] = name;
            return true;
        }

        boolean contains(String name) {
            if (many != null) {
                return many.contains(name);
            }
            for (int i = 0; i < size; i++) {
                if (names[i].equals(name)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The known field names of each object, which an extension must not reuse. */
    private static final class Fields {
        static final Set<String> POSTMORTEM = Set.of(
                "schemaVersion",
                "templateVersion",
                "id",
                "title",
                "status",
                "severity",
                "window",
                "declaredDuration",
                "impactSummary",
                "authors",
                "timeline",
                "customerImpact",
                "contributingFactors",
                "actionItems",
                "fiveWhys",
                "justCultureAssessments",
                "lessons",
                "reviewMeetingDate",
                "date",
                "additionalSections",
                "headings");
        static final Set<String> EVENT = Set.of("at", "description", "kind");
        static final Set<String> IMPACT_SUMMARY = Set.of("text", "failedRequests", "budgetConsumed");
        static final Set<String> CUSTOMER_IMPACT =
                Set.of("userSymptoms", "affectedSegment", "failedRequests", "affectedUsers", "errorBudget");
        static final Set<String> ERROR_BUDGET = Set.of("sloTarget", "window", "remainingBefore", "remainingAfter");
        static final Set<String> FACTOR = Set.of("title", "description", "category");
        static final Set<String> ACTION_ITEM = Set.of(
                "id",
                "description",
                "type",
                "owner",
                "dueDate",
                "status",
                "statusRationale",
                "estimate",
                "acceptanceCriteria",
                "addressesFactors",
                "ticket");
        static final Set<String> FIVE_WHYS = Set.of("problem", "steps", "rootSystemFix");
        static final Set<String> WHY_STEP = Set.of("question", "answer");
        static final Set<String> ASSESSMENT = Set.of("role", "action", "classification", "humanErrorKind", "rationale");
        static final Set<String> LESSONS = Set.of("wentWell", "wentWrong", "gotLucky", "learned");
        static final Set<String> SECTION = Set.of("title", "body");

        private Fields() {}
    }
}
