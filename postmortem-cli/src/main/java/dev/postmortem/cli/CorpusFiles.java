package dev.postmortem.cli;

import dev.postmortem.cli.internal.Checking;
import dev.postmortem.cli.internal.Located;
import dev.postmortem.cli.internal.Source;
import dev.postmortem.cli.internal.Sources;
import dev.postmortem.core.model.Postmortem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the postmortems a corpus command ({@code metrics}, {@code report}) is given: Markdown and
 * JSON files, each incident once, with a progress line on a terminal from 100 files on, as {@code
 * check} has.
 */
final class CorpusFiles {
    /**
     * What was read.
     *
     * @param postmortems the postmortems, in the order given
     * @param files the file of each postmortem, if it came from one
     * @param names the name of each postmortem's source, as messages give it
     * @param trouble whether a file could not be read or was not a postmortem
     */
    record Read(List<Postmortem> postmortems, List<Optional<Path>> files, List<String> names, boolean trouble) {}

    /** A progress line every this many files. */
    static final int PROGRESS_EVERY = 50;

    private CorpusFiles() {}

    static Read read(Env env, List<String> paths, Checking checking) {
        return read(env, paths, checking, "it is counted once");
    }

    /**
     * Reads the postmortems.
     *
     * @param once what the note on a second file of the same incident says happens to it
     */
    static Read read(Env env, List<String> paths, Checking checking, String once) {
        List<Source> sources = Sources.of(paths, Source.Kind.MARKDOWN, env.cwd()).stream()
                .filter(s -> s.kind() != Source.Kind.TEXT)
                .toList();
        boolean progress = env.terminal() && sources.size() >= 100;
        List<Postmortem> corpus = new ArrayList<>();
        List<Optional<Path>> files = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean trouble = false;
        int n = 0;
        for (Source s : sources) {
            n++;
            if (progress && n % PROGRESS_EVERY == 0) {
                env.err().print("\rread " + n + " of " + sources.size());
                env.err().flush();
            }
            Source.Content c = s.read(env.in());
            if (c.text().isEmpty()) {
                clear(env, progress);
                env.err()
                        .println("postmortem: " + s.display() + ": "
                                + c.problem().orElse("cannot be read"));
                trouble = true;
                continue;
            }
            List<Located> notes = new ArrayList<>();
            Optional<Postmortem> p = checking.read(s, c.text().get(), notes);
            if (p.isPresent()) {
                // the same incident in two forms (x.md and x.json) counts once: the first one given
                Optional<String> id = p.get().id().map(Object::toString);
                if (id.isPresent() && !seen.add(id.get())) {
                    clear(env, progress);
                    env.err()
                            .println("postmortem: note: " + s.display() + " is incident " + id.get() + " again; "
                                    + once);
                    continue;
                }
                corpus.add(p.get());
                files.add(s.file());
                names.add(s.display());
            } else {
                clear(env, progress);
                env.err()
                        .println("postmortem: " + s.display() + ": not a postmortem ("
                                + notes.stream()
                                        .map(Located::message)
                                        .findFirst()
                                        .orElse("unreadable") + ")");
                trouble = true;
            }
        }
        clear(env, progress);
        return new Read(List.copyOf(corpus), List.copyOf(files), List.copyOf(names), trouble);
    }

    /** Clears the progress line, so that a message or the report starts on a clean line. */
    private static void clear(Env env, boolean progress) {
        if (progress) {
            env.err().print("\r\033[K");
            env.err().flush();
        }
    }
}
