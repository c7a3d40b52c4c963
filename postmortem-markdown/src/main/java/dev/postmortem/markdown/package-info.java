/**
 * Markdown for postmortems. {@link dev.postmortem.markdown.MarkdownWriter} renders a postmortem in
 * the template's layout (v1.2); {@link dev.postmortem.markdown.MarkdownReader} reads such documents,
 * and hand-written ones in Google SRE or PagerDuty layouts, back into the model with diagnostics;
 * {@link dev.postmortem.markdown.Announcement} renders the post-incident announcement for Slack and
 * Microsoft Teams.
 *
 * <p>Text values in the model are CommonMark inline content, kept as written: {@code `code`} and
 * {@code *emphasis*} survive a round trip. The writer escapes only what would change the document's
 * structure (a value starting with {@code #}, {@code -}, {@code [} or {@code 1.}, for instance),
 * and the reader removes exactly those escapes.
 */
package dev.postmortem.markdown;
