package dev.postmortem.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.core.model.Postmortem;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Checking#reader()}: reading builds no checker; the first check builds the default one. */
class CheckingReaderTest {
    private static Path examples() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples"))) {
            p = p.getParent();
        }
        return p.resolve("examples");
    }

    private static Source source(String name) {
        return Sources.of(List.of(examples().resolve(name).toString()), Source.Kind.MARKDOWN, examples())
                .get(0);
    }

    @Test
    void readingADocumentBuildsNoChecker() throws Exception {
        Checking reader = Checking.reader();
        String text = Files.readString(examples().resolve("blaming.md"));
        List<Located> notes = new ArrayList<>();

        Optional<Postmortem> read = reader.read(source("blaming.md"), text, notes);

        assertThat(read).isPresent();
        assertThat(read.get().id())
                .hasValueSatisfying(id -> assertThat(id.toString()).isEqualTo("INC-2026-04-02-001"));
        assertThat(reader.checkerMade()).isFalse();
    }

    @Test
    void theFirstCheckBuildsTheDefaultCheckerAndReportsWithIt() {
        Checking reader = Checking.reader();

        FileResult result = reader.check(source("blaming.md"), new ByteArrayInputStream(new byte[0]));

        assertThat(reader.checkerMade()).isTrue();
        assertThat(result.unreadable()).isEmpty();
        assertThat(result.findings())
                .extracting(Located::ruleId)
                .contains("language.person-named", "language.character-judgement", "language.human-error-cause");
    }

    @Test
    void aFrontMatterTitleIsReportedOnceAtItsCharacters(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // the title is the postmortem's title and a line of the front matter kept as written
        String doc = "---\nlayout: post\ntitle: \"The intern broke prod\"\n---\n\n# Outage\n\nThe cache expired.\n";
        Path file = dir.resolve("post.md");
        Files.writeString(file, doc);
        Source src =
                Sources.of(List.of(file.toString()), Source.Kind.MARKDOWN, dir).get(0);

        FileResult result = Checking.reader().check(src, new ByteArrayInputStream(new byte[0]));

        assertThat(result.findings())
                .filteredOn(l -> l.ruleId().equals("language.person-named"))
                .extracting(Located::line, Located::column, Located::endColumn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, 13, 19));
    }

    @Test
    void aCheckingGivenACheckerHasOneFromTheStart() {
        Checking given = new Checking(
                dev.postmortem.core.checks.PostmortemChecker.builder().build());

        assertThat(given.checkerMade()).isTrue();
    }
}
