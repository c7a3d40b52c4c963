package dev.postmortem.benchmarks;

import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.TimelineEvent;
import dev.postmortem.core.testing.SeedExample;
import dev.postmortem.json.PostmortemJson;
import dev.postmortem.markdown.MarkdownWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The inputs every benchmark uses, built the same way in every run. */
public final class Workloads {
    /** Sentences of postmortem prose, most of them blameless, some not. */
    private static final String[] SENTENCES = {
        "The deploy pipeline promoted the build after the canary window closed.",
        "Synthetic monitors caught the rising error rate within three minutes.",
        "The on-call engineer rolled back the configuration and latency recovered.",
        "Jorge failed to check the connection-pool size before the change went out.",
        "The runbook did not say which cluster the reindex command targets.",
        "The alert threshold was tuned for daytime traffic and stayed green overnight.",
        "Someone should have noticed the queue depth growing on partition seven.",
        "The integration tests did not cover the timeout path of the payment client.",
        "It was obviously a careless mistake by the operator on shift.",
        "Capacity planning assumed a flat load curve during the sale.",
    };

    private Workloads() {}

    /** The guide's example. */
    public static Postmortem seed() {
        return SeedExample.postmortem();
    }

    /** The guide's example in Markdown. */
    public static String seedMarkdown() {
        return MarkdownWriter.create().write(seed());
    }

    /** The guide's example as JSON bytes. */
    public static byte[] seedJson() {
        return PostmortemJson.create().writeBytes(seed());
    }

    /**
     * A Markdown postmortem of at least {@code bytes}: the guide's example with a long timeline.
     *
     * @param bytes the size
     * @return the document
     */
    public static String largeMarkdown(int bytes) {
        Postmortem seed = seed();
        List<TimelineEvent> events = new ArrayList<>();
        Instant at = seed.timeline().get(0).at();
        StringBuilder size = new StringBuilder();
        int i = 0;
        while (size.length() < bytes) {
            String text = SENTENCES[i % SENTENCES.length].replace("Jorge", "The operator") + " Step " + i + ".";
            events.add(TimelineEvent.of(at.plus(i, ChronoUnit.MINUTES), text));
            size.append(text).append("* 00:00 UTC | \n");
            i++;
        }
        return MarkdownWriter.create().write(seed.withTimeline(events));
    }

    /**
     * Postmortem prose of at least {@code bytes} characters, sentences separated by spaces and a
     * line break every fifth sentence.
     *
     * @param bytes the size
     * @return the text
     */
    public static String prose(int bytes) {
        StringBuilder b = new StringBuilder(bytes + 200);
        int i = 0;
        while (b.length() < bytes) {
            b.append(SENTENCES[i % SENTENCES.length]).append(i % 5 == 4 ? '\n' : ' ');
            i++;
        }
        return b.toString();
    }
}
