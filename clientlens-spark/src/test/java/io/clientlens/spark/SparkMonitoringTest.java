package io.clientlens.spark;

import io.clientlens.aml.monitor.AlertRule;
import io.clientlens.batch.Progress;
import io.clientlens.batch.aml.AlertJson;
import io.clientlens.batch.aml.CandidateQuery;
import io.clientlens.batch.aml.FileMonitoring;
import io.clientlens.batch.policy.PolicyYaml;
import io.clientlens.batch.segment.SegmentRequest;
import io.clientlens.batch.segment.SegmentRunner;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Transaction monitoring on Spark (local[2]) writes the DuckDB path's alerts.jsonl byte for byte, on a generated
 * base whose planted typologies make every rule alert. One SparkSession for the class; small data.
 */
class SparkMonitoringTest {
    private static SparkSession spark;

    @TempDir
    static Path tmp;
    private static Path base;

    @BeforeAll
    static void start() throws IOException {
        spark = LocalSpark.session("clientlens-monitoring-test");
        base = LocalSpark.generatedBase(tmp.resolve("base"), CUSTOMERS, 7);
    }

    /** Enough customers for the generator to plant every typology. */
    private static final int CUSTOMERS = 600;

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void sparkWritesTheDuckDbAlertsByteForByteWithEveryRule() throws IOException {
        Path duckOut = tmp.resolve("duck");
        new SegmentRunner(new SegmentRequest(base, null, duckOut, PolicyYaml.defaults(), null, null, 2, null)).run(Progress.NONE);
        Path sparkOut = tmp.resolve("spark");
        new SparkSegmentRunner(new SparkSegmentRequest(base.toString(), null, sparkOut.toString(), null, null, null, false),
                spark).run();

        assertThat(rules(duckOut)).as("the base must make every rule alert").isEqualTo(EnumSet.allOf(AlertRule.class));
        Path duckAlerts = duckOut.resolve(FileMonitoring.ALERTS);
        Path sparkAlerts = sparkOut.resolve(FileMonitoring.ALERTS);
        assertThat(Files.readString(sparkAlerts)).isEqualTo(Files.readString(duckAlerts)); // a readable difference
        assertThat(Files.mismatch(sparkAlerts, duckAlerts)).as("byte for byte").isEqualTo(-1L);
    }

    @Test
    void eachRuleIsShuffledOnceByCustomerWithoutSortingTheWholeCandidates() throws IOException {
        new SparkSegmentRunner.Inputs(spark, base.toString(), spark.sparkContext().hadoopConfiguration()).register();
        SparkMonitoring monitoring = new SparkMonitoring(spark, null, PolicyYaml.defaults(), "CNY", LocalDate.of(2026, 9, 30));
        var customers = monitoring.stage();
        try {
            for (CandidateQuery query : CandidateQuery.values()) {
                String plan = monitoring.candidates(query).queryExecution().executedPlan().toString();
                assertThat(plan).as(query.resource()).contains("hashpartitioning(customer_id").doesNotContain("rangepartitioning");
            }
        } finally {
            monitoring.unstage(customers);
        }
    }

    private static Set<AlertRule> rules(Path out) throws IOException {
        return Files.readAllLines(out.resolve(FileMonitoring.ALERTS)).stream().map(l -> AlertJson.parse(l).rule())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AlertRule.class)));
    }
}
