package dev.postmortem.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.postmortem.json.common.JsonReadException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every importer within its limits: long, deep and endless input fails with a named limit. */
class HostileImportTest {
    @ParameterizedTest
    @EnumSource(Vendor.class)
    void anEndlessStreamIsCutAtTheLimitNotReadIntoMemory(Vendor vendor) {
        long limit = 64 * 1024;
        CountingEndless endless = new CountingEndless();
        assertThatThrownBy(
                        () -> IncidentImporter.of(vendor).withMaxLength(limit).read(endless))
                .isInstanceOfSatisfying(JsonReadException.class, e -> {
                    assertThat(e.pointer()).isEmpty();
                    assertThat(e.problem()).contains("longer than the limit of 65536 bytes");
                });
        // read at most one buffer beyond the limit: the memory used is bounded by the limit
        assertThat(endless.served).isLessThanOrEqualTo(limit + 8192);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void deepNestingIsRefusedWithThePointerWhereItStopped(Vendor vendor) {
        String deep = "{\"incident\": " + "[".repeat(500) + "]".repeat(500) + "}";
        assertThatThrownBy(() -> IncidentImporter.of(vendor).read(deep))
                .isInstanceOfSatisfying(JsonReadException.class, e -> {
                    assertThat(e.pointer()).startsWith("/incident/0/0");
                    assertThat(e.problem()).containsIgnoringCase("nesting");
                });
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aStringLongerThanTheDocumentLimitIsRefused(Vendor vendor) {
        String big = "{\"incident\": {\"title\": \"" + "x".repeat(10_000) + "\"}}";
        assertThatThrownBy(
                        () -> IncidentImporter.of(vendor).withMaxLength(5_000).read(big))
                .isInstanceOfSatisfying(
                        JsonReadException.class,
                        e -> assertThat(e.problem()).contains("longer than the limit of 5000 bytes"));
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void notAnObjectAtTheRootIsNamed(Vendor vendor) {
        assertThatThrownBy(() -> IncidentImporter.of(vendor).read("[1, 2]"))
                .isInstanceOfSatisfying(JsonReadException.class, e -> {
                    assertThat(e.pointer()).isEmpty();
                    assertThat(e.expected()).contains("JSON object");
                });
        assertThatThrownBy(() -> IncidentImporter.of(vendor).read("  "))
                .isInstanceOf(JsonReadException.class)
                .hasMessageContaining("empty");
    }

    /** An endless stream of spaces inside a JSON string, counting what it served. */
    private static final class CountingEndless extends InputStream {
        long served;
        private final byte[] start = "{\"incident\": \"".getBytes(StandardCharsets.UTF_8);

        @Override
        public int read() {
            int b = served < start.length ? start[(int) served] : ' ';
            served++;
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) {
            for (int i = 0; i < len; i++) {
                buf[off + i] = (byte) read();
            }
            return len;
        }
    }
}
