package dev.postmortem.benchmarks;

import dev.postmortem.core.model.Postmortem;
import dev.postmortem.json.PostmortemJson;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON binding against plain Jackson databind on an equivalent tree of records. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonBenchmark {
    private final PostmortemJson json = PostmortemJson.of(
            dev.postmortem.json.common.JsonOptions.builder().prettyPrint(false).build());
    private final JsonMapper plain = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private byte[] bytes;
    private Postmortem postmortem;
    private PlainRecords.Document records;

    /** Builds the inputs and checks that both sides read the same document. */
    @Setup
    public void setUp() {
        postmortem = Workloads.seed();
        bytes = json.writeBytes(postmortem);
        records = plain.readValue(bytes, PlainRecords.Document.class);
        if (records.actionItems().size() != postmortem.actionItems().size()) {
            throw new IllegalStateException("the baseline does not read the same document");
        }
    }

    /** Reads the guide's example. */
    @Benchmark
    public Postmortem read() {
        return json.read(bytes);
    }

    /** Baseline: reads the same bytes into records. */
    @Benchmark
    public PlainRecords.Document readPlain() {
        return plain.readValue(bytes, PlainRecords.Document.class);
    }

    /** Writes the guide's example. */
    @Benchmark
    public byte[] write() {
        return json.writeBytes(postmortem);
    }

    /** Baseline: writes the records. */
    @Benchmark
    public byte[] writePlain() {
        return plain.writeValueAsBytes(records);
    }
}
