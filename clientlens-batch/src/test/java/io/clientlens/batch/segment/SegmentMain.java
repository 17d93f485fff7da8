package io.clientlens.batch.segment;

import io.clientlens.batch.Progress;

import io.clientlens.batch.policy.PolicyYaml;

import java.nio.file.Path;
import java.time.LocalDate;

/** Runs a segment in a child JVM (for the bounded-memory test): input, out, as-of. */
public final class SegmentMain {
    private SegmentMain() {
    }

    public static void main(String[] args) {
        SegmentRun run = new SegmentRunner(new SegmentRequest(Path.of(args[0]), LocalDate.parse(args[2]), Path.of(args[1]),
                PolicyYaml.defaults(), null, null, 2, "256MB").withOutputs(io.clientlens.batch.segment.ResultFormat.parse("parquet,jsonl"))).run(Progress.NONE);
        System.out.println("customers=" + run.customers());
    }
}
