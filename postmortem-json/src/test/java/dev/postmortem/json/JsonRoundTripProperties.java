package dev.postmortem.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.testing.PostmortemGenerator;
import dev.postmortem.json.common.JsonOptions;
import dev.postmortem.json.testing.JsonFixtures;
import org.junit.jupiter.api.Test;

class JsonRoundTripProperties {
    private final PostmortemJson pretty = PostmortemJson.create();
    private final PostmortemJson strict =
            PostmortemJson.of(JsonOptions.builder().strict(true).build());

    @Test
    void readingWhatWasWrittenGivesThePostmortemBackWithItsExtensions() {
        qt().withExamples(300).forAll(JsonFixtures.postmortems()).checkAssert(p -> {
            String text = pretty.write(p);
            assertThat(pretty.read(text)).isEqualTo(p);
            assertThat(pretty.read(pretty.writeLine(p))).isEqualTo(p);
            assertThat(pretty.read(pretty.writeBytes(p))).isEqualTo(p);
        });
    }

    @Test
    void writingWhatWasReadIsByteStable() {
        qt().withExamples(300).forAll(JsonFixtures.postmortems()).checkAssert(p -> {
            String once = pretty.write(p);
            assertThat(pretty.write(pretty.read(once))).isEqualTo(once);
        });
    }

    @Test
    void strictReadingAcceptsEveryDocumentWithoutExtensions() {
        qt().withExamples(300)
                .forAll(PostmortemGenerator.postmortems())
                .checkAssert(p -> assertThat(strict.read(pretty.write(p))).isEqualTo(p));
    }

    @Test
    void generatedPostmortemsCarryExtensionsOftenEnoughToTestThem() {
        long withExtensions = java.util.stream.LongStream.range(0, 200)
                .mapToObj(JsonFixtures::generate)
                .map(Postmortem::extensions)
                .filter(e -> !e.isEmpty())
                .count();
        assertThat(withExtensions).isBetween(60L, 140L);
    }
}
