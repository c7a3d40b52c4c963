package dev.postmortem.interop;

import dev.postmortem.core.model.Postmortem;
import dev.postmortem.interop.internal.IncidentIoReader;
import dev.postmortem.interop.internal.JsonInput;
import dev.postmortem.interop.internal.Node;
import dev.postmortem.interop.internal.OpsgenieReader;
import dev.postmortem.interop.internal.PagerDutyReader;
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

    private IncidentImporter(Vendor vendor, JsonInput input) {
        this.vendor = vendor;
        this.input = input;
    }

    /**
     * The importer of a tool, with the default length limit.
     *
     * @param vendor the tool
     * @return the importer
     */
    public static IncidentImporter of(Vendor vendor) {
        return new IncidentImporter(
                Objects.requireNonNull(vendor, "vendor"), JsonInput.of(JsonInput.DEFAULT_MAX_LENGTH));
    }

    /**
     * The same importer with another length limit.
     *
     * @param maxLength the longest document, in bytes; positive
     * @return the importer
     * @throws IllegalArgumentException if the limit is not positive
     */
    public IncidentImporter withMaxLength(long maxLength) {
        return new IncidentImporter(vendor, JsonInput.of(maxLength));
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
                case PAGERDUTY -> PagerDutyReader.read(root);
                case INCIDENT_IO -> IncidentIoReader.read(root);
                case OPSGENIE -> OpsgenieReader.read(root);
            };
        } catch (IllegalArgumentException e) {
            // a value the model refuses (such as an inverted window): the document's fault, named
            throw JsonReadException.of(
                    "", 0, 0, e.getMessage(), "an export of " + vendor.api() + " the model accepts", e);
        }
    }
}
