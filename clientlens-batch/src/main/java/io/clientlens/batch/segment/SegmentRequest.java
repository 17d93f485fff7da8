package io.clientlens.batch.segment;

import io.clientlens.batch.rules.SegmentRules;
import io.clientlens.policy.Policy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What to segment: the input directory, the as-of date (null: the latest transaction date), where
 * to write, the policy and custom segment rules, the ClientLens home (its run registry; null for
 * none), worker threads and DuckDB's memory limit (e.g. "2GB"; null for DuckDB's default).
 */
public record SegmentRequest(Path input, LocalDate asOf, Path out, Policy policy, SegmentRules rules, Path home,
                             int threads, String duckdbMemoryLimit) {
    public SegmentRequest {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(policy, "policy");
        rules = rules == null ? SegmentRules.NONE : rules;
        threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        if (duckdbMemoryLimit != null && !duckdbMemoryLimit.matches("\\d+(\\.\\d+)?\\s*[KMGT]i?B")) {
            throw new IllegalArgumentException("DuckDB memory limit: expected e.g. 2GB, was " + duckdbMemoryLimit);
        }
    }
}
