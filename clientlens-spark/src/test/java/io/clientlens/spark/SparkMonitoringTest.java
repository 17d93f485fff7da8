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
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.adaptive.AdaptiveSparkPlanExec;
import org.apache.spark.sql.execution.columnar.InMemoryTableScanExec;
import org.apache.spark.sql.execution.exchange.ShuffleExchangeExec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.jdk.javaapi.CollectionConverters;

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

    /**
     * At a bank's size no table is small enough to broadcast, so the test turns broadcasting off: every rule then
     * reads the owned transactions as staged, hashed by customer once, and shuffles only accounts and links.
     */
    @Test
    void noRuleShufflesTheOwnedTransactionsAgainAndEachCustomerStaysInOnePartition() throws IOException {
        SparkSegmentRunner.Inputs in = new SparkSegmentRunner.Inputs(spark, base.toString(),
                spark.sparkContext().hadoopConfiguration());
        in.register();
        SparkMonitoring monitoring = new SparkMonitoring(spark, null, PolicyYaml.defaults(), "CNY", LocalDate.of(2026, 9, 30),
                in.profiles());
        String broadcast = spark.conf().get(BROADCAST_THRESHOLD);
        spark.conf().set(BROADCAST_THRESHOLD, "-1");
        var customers = monitoring.stage();
        try {
            for (CandidateQuery query : CandidateQuery.values()) {
                SparkPlan plan = initial(monitoring.candidates(query).queryExecution().executedPlan());
                assertThat(plan.outputPartitioning().toString()).as(query.resource()).startsWith("hashpartitioning(customer_id");
                assertThat(plan.toString()).as(query.resource()).doesNotContain("rangepartitioning");
                assertThat(shufflesOfOwnedTransactions(plan)).as(query.resource()).isZero();
            }
        } finally {
            monitoring.unstage(customers);
            spark.conf().set(BROADCAST_THRESHOLD, broadcast);
        }
        assertThat(spark.conf().get(SparkMonitoring.COPARTITION_ON_ALL_KEYS)).as("restored after monitoring").isEqualTo("true");
    }

    private static final String BROADCAST_THRESHOLD = "spark.sql.autoBroadcastJoinThreshold";

    /** The plan with its exchanges: adaptive execution plans them into its initial plan. */
    private static SparkPlan initial(SparkPlan plan) {
        return plan instanceof AdaptiveSparkPlanExec adaptive ? adaptive.initialPlan() : plan;
    }

    /** The shuffles in the rule's own plan (not the staging, cached once) with a scan of aml_owned below them. */
    private static int shufflesOfOwnedTransactions(SparkPlan plan) {
        int below = 0;
        for (SparkPlan child : CollectionConverters.asJava(plan.children())) {
            below += shufflesOfOwnedTransactions(child);
        }
        return below + (plan instanceof ShuffleExchangeExec && scansOwned(plan) ? 1 : 0);
    }

    private static boolean scansOwned(SparkPlan plan) {
        if (plan instanceof InMemoryTableScanExec scan) {
            return scan.relation().cacheBuilder().tableName().contains("aml_owned");
        }
        return CollectionConverters.asJava(plan.children()).stream().anyMatch(SparkMonitoringTest::scansOwned);
    }

    private static Set<AlertRule> rules(Path out) throws IOException {
        return Files.readAllLines(out.resolve(FileMonitoring.ALERTS)).stream().map(l -> AlertJson.parse(l).rule())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AlertRule.class)));
    }
}
