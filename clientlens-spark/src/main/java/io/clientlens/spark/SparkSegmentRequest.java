package io.clientlens.spark;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What to segment on Spark: the input directory and the output directory (local paths or any file
 * system Spark reaches: hdfs://, s3a://, …), the as-of date (null: the latest transaction date), the
 * policy and custom segment rules as YAML texts (null: the default policy, no rules), the ClientLens
 * home of the run registry (local; null for none), and whether to write the JSON Lines documents too.
 */
public record SparkSegmentRequest(String input, LocalDate asOf, String out, String policyYaml, String rulesYaml,
                                  Path home, boolean jsonl) {
    public SparkSegmentRequest {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(out, "out");
    }
}
