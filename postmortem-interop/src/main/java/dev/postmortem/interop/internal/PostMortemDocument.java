package dev.postmortem.interop.internal;

import dev.postmortem.core.model.ActionItem;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.TimelineEvent;
import dev.postmortem.markdown.MarkdownReader;
import dev.postmortem.markdown.ReadResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * incident.io's post-mortem document, exported as Markdown, merged into the draft the API gives:
 * the document's analysis (impact, contributing factors, Five Whys, lessons, other sections,
 * authors) fills what the API has no place for; its timeline lines and action items are added to
 * the API's timestamps and follow-ups. An item whose text is a follow-up's title is that follow-up:
 * the document gives its id, type, owner, due date, estimate and criteria, the follow-up its
 * status, ticket and kept fields.
 */
public final class PostMortemDocument {
    /** The longest document read, in characters. */
    public static final int MAX_LENGTH = 2_000_000;

    private PostMortemDocument() {}

    /**
     * Merges the document into the draft.
     *
     * @param draft the API's draft
     * @param markdown the document
     * @return the merged draft
     * @throws IllegalArgumentException if the document is longer than {@link #MAX_LENGTH}
     */
    public static Postmortem merge(Postmortem draft, String markdown) {
        if (markdown.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("the post-mortem document is longer than the limit of " + MAX_LENGTH
                    + " characters; export the document alone");
        }
        ReadResult read = MarkdownReader.create().read(markdown);
        Postmortem doc = read.postmortem();
        Postmortem.Builder b = Postmortem.builder().from(draft);
        if (draft.title().isBlank()) {
            b.title(doc.title());
        }
        b.authors(doc.authors());
        doc.impactSummary().ifPresent(b::impactSummary);
        doc.customerImpact().ifPresent(b::customerImpact);
        doc.declaredDuration().ifPresent(b::declaredDuration);
        b.contributingFactors(doc.contributingFactors());
        doc.fiveWhys().ifPresent(b::fiveWhys);
        b.justCultureAssessments(doc.justCultureAssessments());
        b.lessons(doc.lessons());
        b.additionalSections(doc.additionalSections());
        b.headings(doc.headings());
        List<TimelineEvent> timeline = new ArrayList<>(draft.timeline());
        timeline.addAll(doc.timeline());
        b.timeline(Draft.chronological(timeline));
        List<ActionItem> items = new ArrayList<>(draft.actionItems());
        Set<String> seen = new HashSet<>();
        for (ActionItem i : doc.actionItems()) {
            int match = -1;
            for (int j = 0; j < draft.actionItems().size() && match < 0; j++) {
                if (key(draft.actionItems().get(j).description()).equals(key(i.description()))) {
                    match = j;
                }
            }
            if (match < 0) {
                if (seen.add(key(i.description()))) {
                    items.add(i);
                }
                continue;
            }
            // the document's item says who, when, what kind; the follow-up where it stands
            ActionItem followUp = draft.actionItems().get(match);
            items.set(
                    match,
                    ActionItem.builder()
                            .from(i)
                            .status(followUp.status())
                            .statusRationale(followUp.statusRationale())
                            .ticket(followUp.ticket().or(i::ticket))
                            .extensions(followUp.extensions())
                            .build());
        }
        b.actionItems(items);
        return b.build();
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
