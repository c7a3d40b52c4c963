package dev.postmortem.interop;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.postmortem.json.common.JsonDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The module's test fixtures and schemas, in one place. */
final class Fixtures {
    private Fixtures() {}

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The seed of a generated run: the system property {@code postmortem.seed} to repeat a failure
     * (its message prints the seed), else a new one.
     */
    static long seed() {
        String given = System.getProperty("postmortem.seed");
        return given == null ? new java.util.Random().nextLong() : Long.parseLong(given);
    }

    /** Generated counts of an SLO window: eligible events from 1 to 10^9, bad ones up to 1% of them. */
    static long[] windowCounts(java.util.Random r) {
        long eligible = 1 + (long) (r.nextDouble() * 1_000_000_000L);
        long bad = (long) (r.nextDouble() * eligible * 0.01);
        return new long[] {eligible, bad};
    }

    static Schema schema(String resource) {
        try (InputStream in = resource.equals("postmortem")
                ? JsonDocument.openSchema()
                : Fixtures.class.getResourceAsStream("/META-INF/postmortem/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing schema " + resource);
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Error> validate(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON);
    }
}
