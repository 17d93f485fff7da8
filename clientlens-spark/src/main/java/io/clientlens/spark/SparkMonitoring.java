package io.clientlens.spark;

import io.clientlens.batch.aml.CandidateQuery;
import io.clientlens.batch.aml.FileMonitoring;
import io.clientlens.batch.aml.MonitoringSql;
import io.clientlens.batch.aml.TransactionMonitor;
import io.clientlens.policy.Policy;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import static org.apache.spark.sql.functions.col;

/**
 * Transaction monitoring on Spark (docs/AML.md, docs/SCALING.md), giving the DuckDB path's alerts.jsonl byte for
 * byte: the staging in Spark SQL (staging-spark.sql, aml_customer from the profiles), then each rule's
 * candidate query — the same SQL text as on DuckDB and PostgreSQL — hashed by customer to the partitions and sorted
 * within them, so that each partition hands whole customers to the rule in core ({@link PartitionMonitor}). The
 * alerts of all rules are sorted as the DuckDB path sorts them and the driver streams them, a partition at a time,
 * into the one alerts.jsonl.
 */
final class SparkMonitoring {
    private final SparkSession spark;
    private final String policyYaml;
    private final String currency;
    private final LocalDate asOf;
    private final ProfileSource profiles;
    private final Map<String, String> parameters;
    private String copartitionBefore;

    static final String COPARTITION_ON_ALL_KEYS = "spark.sql.requireAllClusterKeysForCoPartition";

    /**
     * @param currency the data's currency, which the alerts' amounts are shown in
     * @param profiles where the view in_profiles has its profiles from
     */
    SparkMonitoring(SparkSession spark, String policyYaml, Policy policy, String currency, LocalDate asOf,
                    ProfileSource profiles) {
        this.spark = spark;
        this.policyYaml = policyYaml;
        this.currency = currency;
        this.asOf = asOf;
        this.profiles = profiles;
        this.parameters = new HashMap<>(new TransactionMonitor(asOf, policy).parameters());
        parameters.put("bankPosting", bankPosting(policy));
    }

    /** Writes alerts.jsonl into {@code outputs}; the in_* views (in_profiles included) must be registered. */
    void monitor(SparkSegmentRunner.Outputs outputs) throws IOException {
        Dataset<Row> customers = stage();
        // Kept: the global sort samples its input in a job of its own before it shuffles it, and each would otherwise
        // run every rule's decisions over the candidates again. The alerts are few (about one per ten customers).
        Dataset<Row> alerts = alerts().persist(StorageLevel.MEMORY_AND_DISK());
        try {
            outputs.lines(FileMonitoring.ALERTS, alerts.orderBy(order()).select("line").as(Encoders.STRING()).toLocalIterator());
        } finally {
            alerts.unpersist();
            unstage(customers);
        }
    }

    /**
     * Registers the staging views: aml_owned (cached), aml_tx, aml_account and aml_customer, which is returned; it is
     * persisted because PROFILE_MISMATCH reads it twice and each read would parse every profile again. Like aml_owned,
     * it is hashed by customer and built here, before the rules are planned, so that the rule joins it without
     * shuffling the transactions (Spark knows a cached table's partitioning only once it is built).
     */
    Dataset<Row> stage() {
        // The staged tables are hashed by customer alone, and every rule's joins are on the customer plus more keys
        // (account, day): with all keys required, Spark would shuffle the owned transactions again for each join.
        copartitionBefore = spark.conf().get(COPARTITION_ON_ALL_KEYS);
        spark.conf().set(COPARTITION_ON_ALL_KEYS, "false");
        try {
            for (String statement : MonitoringSql.statements(MonitoringSql.sparkStaging(), parameters)) {
                spark.sql(statement);
            }
            Dataset<Row> customers = spark.sql("select " + profiles.columns("p") + " from in_profiles p")
                    .mapPartitions(new AmlCustomers(profiles), Encoders.row(AmlCustomers.SCHEMA))
                    .repartition(col("customer_id"))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            customers.count();
            customers.createOrReplaceTempView("aml_customer");
            return customers;
        } catch (RuntimeException e) {
            spark.conf().set(COPARTITION_ON_ALL_KEYS, copartitionBefore); // the session is the caller's
            throw e;
        }
    }

    void unstage(Dataset<Row> customers) {
        customers.unpersist();
        spark.catalog().uncacheTable("aml_owned");
        spark.conf().set(COPARTITION_ON_ALL_KEYS, copartitionBefore);
    }

    /** The alerts of every rule, unordered. */
    private Dataset<Row> alerts() {
        Dataset<Row> all = null;
        for (CandidateQuery query : CandidateQuery.values()) {
            Dataset<Row> alerts = candidates(query)
                    .mapPartitions(new PartitionMonitor(policyYaml, currency, asOf, query), Encoders.row(PartitionMonitor.ALERTS));
            all = all == null ? alerts : all.union(alerts);
        }
        return all;
    }

    /**
     * A rule's candidates, each customer's rows in one partition, sorted by customer within it. The query's own
     * {@code order by} is dropped by Spark's optimizer under the repartition, and the repartition itself where the
     * rows already come hashed by customer from the staged tables (SparkMonitoringTest checks the plans).
     */
    Dataset<Row> candidates(CandidateQuery query) {
        return spark.sql(query.sql(parameters)).repartition(col("customer_id")).sortWithinPartitions(col("customer_id"));
    }

    private static Column[] order() {
        return Arrays.stream(FileMonitoring.ORDER.split(",\\s*")).map(c -> col(c)).toArray(Column[]::new);
    }

    /**
     * Whether a transaction's category is a bank posting: {@code t.category in (…)}, or false without any. Spark SQL
     * escapes with a backslash (two quotes in a row would be two literals, joined).
     */
    private static String bankPosting(Policy policy) {
        if (policy.activity().bankPostingCategories().isEmpty()) {
            return "false";
        }
        return policy.activity().bankPostingCategories().stream().sorted().map(c -> "'" + c.replace("\\", "\\\\").replace("'", "\\'") + "'")
                .collect(Collectors.joining(", ", "t.category in (", ")"));
    }
}
