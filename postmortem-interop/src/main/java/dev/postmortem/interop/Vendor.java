package dev.postmortem.interop;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The incident tools a draft postmortem can be imported from, with the API versions read. */
public enum Vendor {
    /** PagerDuty, REST API v2: an incident and its log entries. */
    PAGERDUTY("pagerduty", "PagerDuty REST API v2"),
    /** incident.io, API v2: an incident and its follow-ups. */
    INCIDENT_IO("incidentio", "incident.io API v2"),
    /** Opsgenie, Alert API v2: an alert and its logs. */
    OPSGENIE("opsgenie", "Opsgenie Alert API v2");

    private final String id;
    private final String api;

    Vendor(String id, String api) {
        this.id = id;
        this.api = api;
    }

    /**
     * The name on the command line, such as {@code pagerduty}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The API and version whose responses the importer reads.
     *
     * @return such as {@code PagerDuty REST API v2}
     */
    public String api() {
        return api;
    }

    /**
     * The vendor of an id.
     *
     * @param text {@code pagerduty}, {@code incidentio} or {@code opsgenie}, in any case
     * @return the vendor
     * @throws IllegalArgumentException if the text names none
     */
    public static Vendor parse(String text) {
        String t = String.valueOf(text).strip().toLowerCase(Locale.ROOT).replace(".", "");
        for (Vendor v : values()) {
            if (v.id.equals(t)) {
                return v;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not an incident tool the importer reads; use one of "
                + Arrays.stream(values()).map(Vendor::id).collect(Collectors.joining(", ")));
    }
}
