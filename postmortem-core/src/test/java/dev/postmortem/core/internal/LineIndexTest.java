package dev.postmortem.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.postmortem.core.report.Span;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineIndexTest {
    /** The line of an offset by counting line ends from the start, as the index must answer. */
    private static int countedLine(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }

    @Test
    void linesInAnyOrderOfAsking_areTheCountedOnes() {
        // the seed QuickTheories prints on a failure rebuilds the text and the order of the offsets
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            StringBuilder b = new StringBuilder();
            String[] parts = {"a", "bc", " ", "\n", "\r\n", "\r", "\n\n"};
            for (int i = r.nextInt(40); i > 0; i--) {
                b.append(parts[r.nextInt(parts.length)]);
            }
            String text = b.toString();
            LineIndex index = new LineIndex(text);
            for (int k = 0; k < 30; k++) {
                // mostly forward a little, as findings come, sometimes anywhere
                int offset = r.nextInt(4) == 0 ? r.nextInt(text.length() + 1) : Math.min(text.length(), k);
                assertThat(index.line(offset))
                        .as("offset %d of %s", offset, text.replace("\n", "\\n").replace("\r", "\\r"))
                        .isEqualTo(countedLine(text, offset));
            }
        });
    }

    @Test
    void aSpanCountsColumnsFromItsLinesStart() {
        LineIndex index = new LineIndex("one\ntwo three\r\nfour");
        assertThat(index.span(8, 13)).isEqualTo(Span.of(2, 5, 2, 10, 8, 13));
        assertThat(index.span(15, 19)).isEqualTo(Span.of(3, 1, 3, 5, 15, 19));
        assertThat(index.span(0, 3)).isEqualTo(Span.of(1, 1, 1, 4, 0, 3)); // backwards after a later one
    }
}
