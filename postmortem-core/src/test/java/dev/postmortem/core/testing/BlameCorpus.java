package dev.postmortem.core.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The labelled blame-language corpus ({@code language/corpus/} in the test resources): paraphrased
 * sentences from public postmortems, news coverage, statements, forum threads, action-item lists,
 * lessons and chat-style updates, plus the project's first, constructed corpus. The split into
 * train, dev and test is by document and frozen; see {@code tools/corpus/README.md}.
 *
 * <p>Immutable once loaded; {@link #load()} reads the resources each time.
 */
public final class BlameCorpus {
    /** The three parts of the split, in order. */
    public static final List<String> SPLITS = List.of("train", "dev", "test");

    /** The genres; {@code constructed} marks sentences the project wrote itself. */
    public static final List<String> GENRES =
            List.of("postmortem", "news", "statement", "forum", "action-items", "lessons", "chat", "constructed");

    /** The categories of blaming sentences, in the order of the labelling standard. */
    public static final List<String> BLAME_CATEGORIES = List.of(
            "named-culprit",
            "counterfactual",
            "omission",
            "character",
            "human-error",
            "fault-assignment",
            "passive-aggression",
            "team-blame",
            "system-cleared",
            "people-remedy");

    /** The categories of blameless sentences: {@code plain} and the hard negatives ({@code hard-*}). */
    public static final List<String> OK_CATEGORIES = List.of(
            "plain",
            "hard-name",
            "hard-role",
            "hard-error-word",
            "hard-admission",
            "hard-contrast",
            "hard-product",
            "hard-term",
            "hard-system-modal");

    /** One source document and the part of the split it belongs to. */
    public record Document(String id, String split, String genre, String source, String description) {}

    /** One labelled sentence, as read from a split file. */
    public record Sentence(
            String id,
            boolean blame,
            String category,
            String genre,
            String doc,
            String source,
            String text,
            String split) {

        /**
         * Whether the sentence is a hard negative.
         *
         * @return true for blameless sentences in a {@code hard-*} category
         */
        public boolean hardNegative() {
            return !blame && category.startsWith("hard-");
        }

        /**
         * Whether the project wrote the sentence itself.
         *
         * @return true for the constructed genre
         */
        public boolean constructed() {
            return genre.equals("constructed");
        }
    }

    private final Map<String, Document> documents;
    private final List<Sentence> sentences;

    private BlameCorpus(Map<String, Document> documents, List<Sentence> sentences) {
        this.documents = documents;
        this.sentences = sentences;
    }

    /**
     * Reads the corpus from the test resources.
     *
     * @return the corpus
     * @throws IllegalStateException if a line does not have its columns
     */
    public static BlameCorpus load() {
        Map<String, Document> docs = new LinkedHashMap<>();
        lines("documents.tsv", 5, c -> docs.put(c[0], new Document(c[0], c[1], c[2], c[3], c[4])));
        List<Sentence> sentences = new ArrayList<>();
        for (String split : SPLITS) {
            lines(split + ".tsv", 7, c -> {
                if (!c[1].equals("blame") && !c[1].equals("ok")) {
                    throw new IllegalStateException("label must be blame or ok: " + String.join("\t", c));
                }
                sentences.add(new Sentence(c[0], c[1].equals("blame"), c[2], c[3], c[4], c[5], c[6], split));
            });
        }
        return new BlameCorpus(Map.copyOf(docs), List.copyOf(sentences));
    }

    /**
     * The documents by id.
     *
     * @return every document
     */
    public Map<String, Document> documents() {
        return documents;
    }

    /**
     * Every sentence of every split.
     *
     * @return the sentences
     */
    public List<Sentence> sentences() {
        return sentences;
    }

    /**
     * The sentences of one part of the split.
     *
     * @param split {@code train}, {@code dev} or {@code test}
     * @return its sentences
     */
    public List<Sentence> split(String split) {
        if (!SPLITS.contains(split)) {
            throw new IllegalArgumentException("no such split: " + split + "; expected one of " + SPLITS);
        }
        return sentences.stream().filter(s -> s.split().equals(split)).toList();
    }

    /**
     * Whether a category is known for a label.
     *
     * @param blame the label
     * @param category the category
     * @return true if the labelling standard has it
     */
    public static boolean knownCategory(boolean blame, String category) {
        return Set.copyOf(blame ? BLAME_CATEGORIES : OK_CATEGORIES).contains(category);
    }

    private static void lines(String name, int columns, Consumer<String[]> sink) {
        String resource = "/language/corpus/" + name;
        try (InputStream in = BlameCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int no = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != columns) {
                    throw new IllegalStateException(
                            resource + ":" + no + ": expected " + columns + " columns, found " + cols.length);
                }
                sink.accept(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
