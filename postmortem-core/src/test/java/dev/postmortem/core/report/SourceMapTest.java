package dev.postmortem.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SourceMapTest {
    @Test
    void modelPathsBecomeJsonPointers() {
        assertThat(SourceMap.pointer("actionItems[2].description")).isEqualTo("/actionItems/2/description");
        assertThat(SourceMap.pointer("lessons.wentWell[0]")).isEqualTo("/lessons/wentWell/0");
        assertThat(SourceMap.pointer("")).isEmpty();
        assertThat(SourceMap.pointer("extensions.a/b~c")).isEqualTo("/extensions/a~1b~0c");
    }

    @Test
    void aPartThatWasNotPlacedFallsBackToTheClosestEnclosingPart() {
        SourceMap m = SourceMap.builder()
                .place("/actionItems/1", SourceRange.of(40, 90))
                .place("", SourceRange.of(0, 200))
                .build();
        assertThat(m.nearest("/actionItems/1/owner")).hasValue("/actionItems/1");
        assertThat(m.nearest("/timeline/3")).hasValue("");
        assertThat(SourceMap.builder().build().nearest("/title")).isEmpty();
        assertThat(SourceMap.empty().size()).isZero();
    }

    @Test
    void theFirstPlaceGivenForAPartIsKept() {
        SourceMap m = SourceMap.builder()
                .place("/title", SourceRange.of(0, 10))
                .place("/title", SourceRange.of(50, 60))
                .build();
        assertThat(m.range("/title")).hasValue(SourceRange.of(0, 10));
    }

    @Test
    void textRunsMapEachCharacterAndStopWhereTheReaderCouldNotTieText() {
        // "ab\ncd" read from "* ab\n  cd" (the second line indented), then an unmapped tail
        SourceMap m =
                SourceMap.builder().text("/x", 0, 2, 2).text("/x", 3, 7, 2).build();
        assertThat(m.offsetOf("/x", 0)).isEqualTo(OptionalInt.of(2));
        assertThat(m.offsetOf("/x", 1)).isEqualTo(OptionalInt.of(3));
        assertThat(m.offsetOf("/x", 2)).as("the end of the first run").isEqualTo(OptionalInt.of(4));
        assertThat(m.offsetOf("/x", 4)).isEqualTo(OptionalInt.of(8));
        assertThat(m.offsetOf("/x", 5)).isEqualTo(OptionalInt.of(9));
        assertThat(m.offsetOf("/x", 6)).isEmpty();
        assertThat(m.offsetOf("/y", 0)).isEmpty();
        assertThat(m.mapsText("/x")).isTrue();
        assertThat(m.range("/x")).as("placed at its first run").hasValue(SourceRange.of(2, 4));
    }

    @Test
    void anEscapeIsOneCharacterOfTheTextAndSeveralOfTheSource() {
        // the JSON string "a\nb" at offset 10: a at 11, the escape at 12-13, b at 14
        SourceMap m = SourceMap.builder()
                .text("/s", 0, 11, 1)
                .text("/s", 1, 12, 1)
                .text("/s", 2, 14, 1)
                .build();
        assertThat(m.offsetOf("/s", 1)).isEqualTo(OptionalInt.of(12));
        assertThat(m.offsetOf("/s", 2)).isEqualTo(OptionalInt.of(14));
    }

    @Test
    void numbersThatNameObjectKeysAreNotArraySizes() {
        // a JSON object with numeric keys: no array grows to a billion entries
        SourceMap m = SourceMap.builder()
                .place("/extensions/1", SourceRange.of(5, 9))
                .place("/extensions/999999999", SourceRange.of(10, 20))
                .text("/extensions/999999999", 0, 11, 8)
                .place("/extensions/007", SourceRange.of(30, 40))
                .build();
        assertThat(m.range("/extensions/999999999")).hasValue(SourceRange.of(10, 20));
        assertThat(m.offsetOf("/extensions/999999999", 2)).isEqualTo(OptionalInt.of(13));
        assertThat(m.range("/extensions/1")).hasValue(SourceRange.of(5, 9));
        assertThat(m.range("/extensions/007")).hasValue(SourceRange.of(30, 40));
        assertThat(m.range("/extensions/2")).isEmpty();
        assertThat(m.pointers()).containsExactlyInAnyOrder("/extensions/1", "/extensions/999999999", "/extensions/007");
        assertThat(m.size()).isEqualTo(3);
    }

    @Test
    void aPointerWithSeveralIndexesIsKeptApartFromItsNeighbours() {
        SourceMap m = SourceMap.builder()
                .place("/actionItems/0/acceptanceCriteria/1", SourceRange.of(1, 2))
                .place("/actionItems/1/acceptanceCriteria/1", SourceRange.of(3, 4))
                .place("/actionItems/1", SourceRange.of(0, 9))
                .build();
        assertThat(m.range("/actionItems/0/acceptanceCriteria/1")).hasValue(SourceRange.of(1, 2));
        assertThat(m.range("/actionItems/1/acceptanceCriteria/1")).hasValue(SourceRange.of(3, 4));
        assertThat(m.nearest("/actionItems/1/acceptanceCriteria/0")).hasValue("/actionItems/1");
    }

    @Test
    void runsOutOfOrderAreRefused() {
        SourceMap.Builder b = SourceMap.builder().text("/x", 5, 0, 1);
        assertThatThrownBy(() -> b.text("/x", 2, 9, 1)).hasMessageContaining("text order");
        assertThatThrownBy(() -> b.text("/x", 6, -1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void manyRunsStayCheapToBuildAndToLookUp() {
        SourceMap.Builder b = SourceMap.builder();
        for (int i = 0; i < 200_000; i++) {
            b.text("/big", i, 2 * i, 1);
        }
        SourceMap m = b.build();
        assertThat(m.offsetOf("/big", 199_999)).isEqualTo(OptionalInt.of(399_998));
        assertThat(m.offsetOf("/big", 123_456)).isEqualTo(OptionalInt.of(246_912));
    }

    @Test
    void anItemPlacedByItsListAndIndexIsThePointerWrittenOut() {
        SourceMap m = SourceMap.builder()
                .placeItem("/timeline", 3, SourceRange.of(40, 60))
                .placeItem("/timeline", 3, SourceRange.of(70, 80))
                .placeItem("/timeline", 2_000_000, SourceRange.of(90, 95))
                .build();
        assertThat(m.range("/timeline/3")).hasValue(SourceRange.of(40, 60));
        assertThat(m.range("/timeline/2000000")).hasValue(SourceRange.of(90, 95));
        assertThat(m.nearest("/timeline/3/description")).hasValue("/timeline/3");
        assertThatThrownBy(() -> SourceMap.builder().placeItem("/timeline", -1, SourceRange.of(0, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDeferredMapIsBuiltOnceWhenFirstAsked() {
        java.util.concurrent.atomic.AtomicInteger builds = new java.util.concurrent.atomic.AtomicInteger();
        SourceMap m = SourceMap.deferred(() -> {
            builds.incrementAndGet();
            return SourceMap.builder().place("/title", SourceRange.of(0, 5)).build();
        });
        assertThat(builds).hasValue(0);
        assertThat(m.range("/title")).hasValue(SourceRange.of(0, 5));
        assertThat(m.size()).isEqualTo(1);
        assertThat(builds).hasValue(1);
    }
}
