package dev.postmortem.interop;

/** The shapes {@link ActionExporter} writes action items in. */
public enum ExportFormat {
    /** CSV with a header row, RFC 4180 quoting: one row per item, for spreadsheets and imports. */
    CSV,
    /**
     * The body of Jira Cloud's {@code POST /rest/api/3/issue/bulk}: {@code issueUpdates[].fields},
     * descriptions in the Atlassian Document Format.
     */
    JIRA,
    /** JSON Lines: one request body of GitHub's {@code POST /repos/OWNER/REPO/issues} per line. */
    GITHUB
}
