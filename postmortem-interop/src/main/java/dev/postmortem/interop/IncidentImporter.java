package dev.postmortem.interop;

import dev.postmortem.core.model.Postmortem;
import dev.postmortem.interop.internal.IncidentIoReader;
import dev.postmortem.interop.internal.JsonInput;
import dev.postmortem.interop.internal.Node;
import dev.postmortem.interop.internal.OpsgenieReader;
import dev.postmortem.interop.internal.PagerDutyReader;
import dev.postmortem.interop.internal.PostMortemDocument;
import dev.postmortem.interop.internal.Severities;
import dev.postmortem.json.common.JsonReadException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Reads an incident tool's export as a draft postmortem: its title, severity, timeline (with event
 * kinds, so the incident metrics can be computed) and, where the tool has them, follow-up action
 * items. Everything the postmortem has no place for is kept as an extension named after the tool
 * ({@code x-pagerduty}, {@code x-incidentio}, {@code x-opsgenie}) on the postmortem, its events or
 * its items, so a JSON draft carries it on.
 *
 * <p>The input is one JSON document, read within a length limit (20 MB by default) and Jackson's
 * nesting and string limits. A document that cannot be read gives a {@link JsonReadException}
 * naming the JSON pointer of the offending value, and no postmortem. Immutable and thread-safe.
 */
public final class IncidentImporter {
    private final Vendor vendor;
    private final JsonInput input;
    private final java.util.Optional<String> document;
    private final Severities severities;

    private IncidentImporter(
            Vendor vendor, JsonInput input, java.util.Optional<String> document, Severities severities) {
        this.vendor = vendor;
        this.input = input;
        this.document = document;
        this.severities = severities;
    }

    /**
     * The importer of a tool, with the default length limit.
     *
     * @param vendor the tool
     * @return the importer
     */
    public static IncidentImporter of(Vendor vendor) {
        return new IncidentImporter(
                Objects.requireNonNull(vendor, "vendor"),
                JsonInput.of(JsonInput.DEFAULT_MAX_LENGTH),
                java.util.Optional.empty(),
                Severities.STANDARD);
    }

    /**
     * The same importer with another length limit.
     *
     * @param maxLength the longest document, in bytes; positive
     * @return the importer
     * @throws IllegalArgumentException if the limit is not positive
     */
    public IncidentImporter withMaxLength(long maxLength) {
        return new IncidentImporter(vendor, JsonInput.of(maxLength), document, severities);
    }

    /**
     * The same incident.io importer, also reading the incident's post-mortem document as exported in
     * Markdown: its analysis (impact, contributing factors, Five Whys, lessons, other sections,
     * authors) fills the draft, its timeline lines and action items join the API's timestamps and
     * follow-ups (an item whose text is a follow-up's title once only).
     *
     * @param markdown the document, at most 2,000,000 characters
     * @return the importer
     * @throws IllegalArgumentException if the importer is not incident.io's, or the document too long
     */
    public IncidentImporter withPostMortemDocument(String markdown) {
        if (vendor != Vendor.INCIDENT_IO) {
            throw new IllegalArgumentException(
                    "only incident.io has a post-mortem document to read beside the export, not " + vendor.api());
        }
        if (Objects.requireNonNull(markdown, "document").length() > PostMortemDocument.MAX_LENGTH) {
            throw new IllegalArgumentException("the post-mortem document is longer than the limit of "
                    + PostMortemDocument.MAX_LENGTH + " characters");
        }
        return new IncidentImporter(vendor, input, java.util.Optional.of(markdown), severities);
    }

    /**
     * The same importer reading severities and priorities on a team's scale, with the team's names
     * for the tool's levels. A name the map gives wins over the mapping the library ships for the
     * tool ({@code P1} is {@code SEV1} there); a name neither knows is looked up among the scale's
     * own names, and a severity still unknown is left out of the draft.
     *
     * @param scale the scale the draft's severity is on
     * @param names the tool's severity or priority name (case ignored) to a level name of the scale,
     *     such as {@code "P1" -> "SEV2"}; may be empty
     * @return the importer
     * @throws IllegalArgumentException if a name maps to no level of the scale
     * @throws NullPointerException if an argument is null
     */
    public IncidentImporter withSeverities(
            dev.postmortem.core.model.SeverityScale scale, java.util.Map<String, String> names) {
        Severities s = Severities.of(Objects.requireNonNull(scale, "scale"), Objects.requireNonNull(names, "names"));
        return new IncidentImporter(vendor, input, document, s);
    }

    /**
     * The tool.
     *
     * @return the vendor
     */
    public Vendor vendor() {
        return vendor;
    }

    /**
     * Reads an export.
     *
     * @param json the document
     * @return the draft postmortem
     * @throws JsonReadException if the document is not an export of the tool, or beyond the limits
     */
    public Postmortem read(String json) {
        return map(input.read(json));
    }

    /**
     * Reads an export from a stream, at most the length limit.
     *
     * @param json the document's bytes, UTF-8; not closed
     * @return the draft postmortem
     * @throws JsonReadException if the document is not an export of the tool, or beyond the limits
     * @throws java.io.UncheckedIOException if the stream cannot be read
     */
    public Postmortem read(InputStream json) {
        return map(input.read(json));
    }

    private Postmortem map(Node root) {
        try {
            return switch (vendor) {
                case PAGERDUTY -> PagerDutyReader.read(root, severities);
                case INCIDENT_IO ->
                    document.isPresent()
                            ? PostMortemDocument.merge(IncidentIoReader.read(root, severities), document.get())
                            : IncidentIoReader.read(root, severities);
                case OPSGENIE -> OpsgenieReader.read(root, severities);
            };
        } catch (IllegalArgumentException e) {
            // a value the model refuses (such as an inverted window): the document's fault, named
            throw JsonReadException.of(
                    "", 0, 0, e.getMessage(), "an export of " + vendor.api() + " the model accepts", e);
        }
    }
}
