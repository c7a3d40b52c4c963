package dev.postmortem.markdown;

import dev.postmortem.core.checks.language.BlameLanguageChecker;
import dev.postmortem.core.model.Postmortem;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The guide's post-incident announcement: the incident id and title, severity, duration, key
 * learnings, a link to the full blameless postmortem, the retro follow-up date, and the closing
 * line "No names, no blame - only system improvements."
 *
 * <p>It carries no people. Key learnings come from the contributing factors (title and
 * description), or the lessons when there are none, never from owners; a learning is left out when
 * the blame-language checker finds anything in it or when it holds a person: a first name the
 * checker knows (or the configured roster's), a {@code @handle} (also full-width {@code ＠}), a chat
 * mention or channel ping ({@code <@U024BE7LH>}, {@code <!channel>}, {@code <!here>}) or an e-mail
 * address. A title with a person in it is left out too, so the header shows the id alone. A missing
 * link or retro date leaves its line out rather than printing a placeholder. Immutable and
 * thread-safe.
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
    private static final java.util.regex.Pattern PEOPLE = java.util.regex.Pattern.compile(
            "[@＠][\\p{L}\\p{N}_.-]+" // handles, also full-width
                    + "|<[@!#][^>]*>" // Slack mentions, channel pings, user groups
                    + "|[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}"); // e-mail addresses
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}+");

    private Announcement() {}

    /**
     * Renders the announcement with the built-in name list.
     *
     * @param p the postmortem
     * @param format Slack or Teams
     * @param link where the full postmortem lives; empty leaves the line out
     * @param retro the retro follow-up date; empty uses the review meeting date, or leaves the line out
     * @return the announcement text
     * @throws IllegalArgumentException if an argument is null
     */
    public static String render(Postmortem p, Format format, Optional<String> link, Optional<LocalDate> retro) {
        return render(p, format, link, retro, LANGUAGE);
    }

    /**
     * Renders the announcement, taking people's names from a configured checker (its roster and its
     * added words) as well as the built-in list.
     *
     * @param p the postmortem
     * @param format Slack or Teams
     * @param link where the full postmortem lives; empty leaves the line out
     * @param retro the retro follow-up date; empty uses the review meeting date, or leaves the line out
     * @param language the checker whose language rules and names apply
     * @return the announcement text
     * @throws IllegalArgumentException if an argument is null
     */
    public static String render(
            Postmortem p,
            Format format,
            Optional<String> link,
            Optional<LocalDate> retro,
            BlameLanguageChecker language) {
        if (p == null || format == null || link == null || retro == null || language == null) {
            throw new IllegalArgumentException("postmortem, format, link, retro date and checker must not be null");
        }
        boolean slack = format == Format.SLACK;
        String bold = slack ? "*" : "**";
        List<String> lines = new ArrayList<>();
        String title = oneLine(p.title());
        String id = p.id().map(Object::toString).orElse("");
        String heading =
                title.isEmpty() || hasPerson(title, language) ? id : (id.isEmpty() ? title : id + ": " + title);
        if (!heading.isEmpty()) {
            lines.add(bold + heading + bold);
        }
        String severity = p.severity().map(s -> s.id()).orElse("unknown severity");
        Optional<Duration> d = p.window().map(w -> w.duration()).or(() -> p.declaredDuration());
        String duration = d.map(x -> x.toMinutes() + " min").orElse("unknown");
        lines.add(bold + "Severity:" + bold + " " + severity + " | " + bold + "Duration:" + bold + " " + duration);
        lines.add(bold + "Key learnings:" + bold);
        List<String> learnings = new ArrayList<>();
        p.contributingFactors()
                .forEach(f ->
                        learnings.add(f.description().isEmpty() ? f.title() : f.title() + " - " + f.description()));
        if (learnings.isEmpty()) {
            p.lessons().wentWrong().forEach(learnings::add);
        }
        if (learnings.isEmpty()) {
            p.lessons().learned().forEach(learnings::add); // the flat "Lessons learned" list most teams write
        }
        // a learning with blame language or a person in it never reaches the chat post
        learnings.replaceAll(Announcement::oneLine);
        learnings.removeIf(l -> l.isBlank() || !language.checkText(l).isEmpty() || hasPerson(l, language));
        if (learnings.isEmpty()) {
            learnings.add("Learnings will follow from the review.");
        }
        for (String l : learnings) {
            lines.add((slack ? "• " : "- ") + l);
        }
        link.filter(u -> !u.isBlank())
                .ifPresent(url -> lines.add("Full blameless postmortem: "
                        + (slack ? "<" + url + "|full postmortem>" : "[full postmortem](" + url + ")")));
        lines.add(CLOSING);
        retro.or(() -> p.reviewMeetingDate()).ifPresent(r -> lines.add("Retro follow-up: " + r));
        return String.join("\n", lines) + "\n";
    }

    /** Whether a text names a person: a handle, mention, ping, e-mail address or known first name. */
    static boolean hasPerson(String text, BlameLanguageChecker language) {
        if (PEOPLE.matcher(text).find()) {
            return true;
        }
        java.util.regex.Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            if (Character.isUpperCase(w.codePointAt(0)) && language.isKnownName(w)) {
                return true;
            }
        }
        return false;
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ').strip();
    }
}
