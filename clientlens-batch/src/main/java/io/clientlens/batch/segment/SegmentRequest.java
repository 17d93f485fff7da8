package io.clientlens.batch.segment;

import io.clientlens.batch.rules.SegmentRules;
import io.clientlens.code.InputRejected;
import io.clientlens.policy.Policy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What to segment: the input directory, the as-of date (null: the latest transaction date), where
 * to write, the policy and custom segment rules, the ClientLens home (its run registry; null for
 * none), worker threads, DuckDB's memory limit (e.g. "2GB"; null for DuckDB's default) and the
 * result files to write ({@link ResultFormat#DEFAULT}: Parquet only).
 */
public record SegmentRequest(Path input, LocalDate asOf, Path out, Policy policy, SegmentRules rules, Path home,
                             int threads, String duckdbMemoryLimit, Set<ResultFormat> outputs) {

    /** With the default outputs (Parquet only). */
    public SegmentRequest(Path input, LocalDate asOf, Path out, Policy policy, SegmentRules rules, Path home,
                          int threads, String duckdbMemoryLimit) {
        this(input, asOf, out, policy, rules, home, threads, duckdbMemoryLimit, ResultFormat.DEFAULT);
    }

    /** The same request writing these result files (Parquet always among them). */
    public SegmentRequest withOutputs(Set<ResultFormat> formats) {
        return new SegmentRequest(input, asOf, out, policy, rules, home, threads, duckdbMemoryLimit, formats);
    }

    public boolean writes(ResultFormat format) {
        return outputs.contains(format);
    }

    public SegmentRequest {
        if (outputs == null || outputs.isEmpty()) {
            outputs = ResultFormat.DEFAULT;
        } else {
            java.util.EnumSet<ResultFormat> all = java.util.EnumSet.of(ResultFormat.PARQUET);
            all.addAll(outputs);
            outputs = Set.copyOf(all);
        }
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(policy, "policy");
        rules = rules == null ? SegmentRules.NONE : rules;
        threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        if (duckdbMemoryLimit != null && !duckdbMemoryLimit.matches("\\d+(\\.\\d+)?\\s*[KMGT]i?B")) {
            throw new InputRejected("DuckDB 内存上限：应形如 2GB，实为 " + duckdbMemoryLimit,
                    "DuckDB memory limit: expected e.g. 2GB, was " + duckdbMemoryLimit);
        }
    }
}
