package dev.postmortem.markdown;

import dev.postmortem.core.checks.language.BlameLanguageChecker;
import dev.postmortem.core.model.Postmortem;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The guide's post-incident announcement: severity, duration, key learnings, a link to the full
 * blameless postmortem, the retro follow-up date, and the closing line "No names, no blame - only
 * system improvements." It carries no person's name or handle: key learnings come from the
 * contributing factors (title and description), never from owners, and a learning in which the
 * blame-language checker finds anything is left out. Immutable and thread-safe.
 */
public final class Announcement {
    /** The chat tool the announcement is for. */
    public enum Format {
        /** Slack mrkdwn: {@code *bold*}, {@code •} bullets, {@code <url|text>} links. */
        SLACK,
        /** Microsoft Teams Markdown: {@code **bold**}, {@code -} bullets, {@code [text](url)} links. */
        TEAMS
    }

    /** The guide's closing line. */
    public static final String CLOSING = "No names, no blame - only system improvements.";

    private static final BlameLanguageChecker LANGUAGE = BlameLanguageChecker.create();

    private Announcement() {}

    /**
     * Renders the announcement.
     *
     * @param p the postmortem
     * @param format Slack or Teams
     * @param link where the full postmortem lives; empty renders the guide's {@code [link]} placeholder
     * @param retro the retro follow-up date; empty renders the review meeting date or {@code [date]}
     * @return the announcement text
     * @throws IllegalArgumentException if an argument is null
     */
    public static String render(Postmortem p, Format format, Optional<String> link, Optional<LocalDate> retro) {
        if (p == null || format == null || link == null || retro == null) {
            throw new IllegalArgumentException("postmortem, format, link and retro date must not be null");
        }
        boolean slack = format == Format.SLACK;
        String bold = slack ? "*" : "**";
        String severity = p.severity().map(s -> s.id()).orElse("unknown severity");
        Optional<Duration> d = p.window().map(w -> w.duration()).or(() -> p.declaredDuration());
        String duration = d.map(x -> x.toMinutes() + " min").orElse("unknown");
        List<String> lines = new ArrayList<>();
        lines.add(bold + "Severity:" + bold + " " + severity + " | " + bold + "Duration:" + bold + " " + duration);
        lines.add(bold + "Key learnings:" + bold);
        List<String> learnings = new ArrayList<>();
        p.contributingFactors()
                .forEach(f ->
                        learnings.add(f.description().isEmpty() ? f.title() : f.title() + " - " + f.description()));
        if (learnings.isEmpty()) {
            p.lessons().wentWrong().forEach(learnings::add);
        }
        // a learning the blame-language checker reports is never copied into the chat post
        learnings.removeIf(l -> !LANGUAGE.checkText(l).isEmpty());
        if (learnings.isEmpty()) {
            learnings.add("Learnings will follow from the review.");
        }
        for (String l : learnings) {
            lines.add((slack ? "• " : "- ") + plain(l));
        }
        String url = link.orElse("");
        String full =
                url.isEmpty() ? "[link]" : slack ? "<" + url + "|full postmortem>" : "[full postmortem](" + url + ")";
        lines.add("Full blameless postmortem: " + full);
        lines.add(CLOSING);
        lines.add("Retro follow-up: "
                + retro.or(() -> p.reviewMeetingDate()).map(LocalDate::toString).orElse("[date]"));
        return String.join("\n", lines) + "\n";
    }

    /** Keeps the text on one line and drops handles, so no owner or name travels with it. */
    private static String plain(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : text.replace('\n', ' ').split(" ")) {
            if (word.startsWith("@") || word.startsWith("(@")) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word);
        }
        return out.toString();
    }
}
