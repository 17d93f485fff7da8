package io.clientlens.spark;

import io.clientlens.batch.WorkDirectories;
import io.clientlens.batch.json.Json;
import io.clientlens.batch.features.FeatureQuery;
import io.clientlens.batch.segment.CustomerIds;
import io.clientlens.batch.segment.PreparedProfiles;
import io.clientlens.batch.segment.RunRegistry;
import io.clientlens.batch.segment.SegmentInput;
import io.clientlens.batch.segment.SegmentRun;
import io.clientlens.batch.segment.SegmentRunner;
import io.clientlens.classify.PopulationStatistics;
import io.clientlens.code.Dimension;
import io.clientlens.policy.Policy;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs a segmentation on Spark (docs/SCALING.md) with the same inputs, definitions and outputs as the
 * DuckDB path (docs/SEGMENTS.md):
 * <ol>
 * <li>Spark reads the generic layout (CSV, transactions also Parquet, the profiles as prepared
 * customers.parquet when the directory has it) from any file system it reaches; a local Berka directory
 * is first converted as the DuckDB path does.</li>
 * <li>Spark SQL computes the features with the shared definition (FeatureQuery in the Spark dialect)
 * and the advisory records.</li>
 * <li>The driver collects the population statistics (Pareto cuts, RFM quintiles) in one pass.</li>
 * <li>Each partition classifies its customers with the core engine and the custom segments
 * (mapPartitions), and the results are written as Parquet (JSON Lines on request), with the summary
 * and the run record.</li>
 * <li>Transaction monitoring writes alerts.jsonl ({@link SparkMonitoring}).</li>
 * </ol>
 * On a local file system the results are one classifications.parquet file, as the DuckDB path writes
 * it; elsewhere they are a directory of part files under that name.
 */
public final class SparkSegmentRunner {
    static final String STATISTICS_COLUMNS = "customer_id, aum, loan_outstanding, fees, activity_count, activity_amount, "
            + "days_since_last_activity, open_linked_accounts, tenure_days, product_types, imported_contribution";
    private static final String ADVISORY = read("advisory.sql");

    private final SparkSegmentRequest request;
    private final SparkSession spark;
    private final Policy policy;

    public SparkSegmentRunner(SparkSegmentRequest request, SparkSession spark) {
        this.request = request;
        this.spark = spark;
        this.policy = PartitionClassifier.policy(request.policyYaml());
        // the rules are compiled here once so that a wrong expression stops the run before any data is read
        io.clientlens.batch.rules.CompiledSegments.compile(PartitionClassifier.rules(request.rulesYaml()), "rules");
    }

    public SegmentRun run() {
        return run(phase -> { });
    }

    /**
     * Runs the segmentation, telling {@code starting} the name of each phase as it begins: inputs, features (with the
     * population statistics), classify (with writing the results), monitoring, counts.
     */
    public SegmentRun run(Consumer<String> starting) {
        Instant started = Instant.now();
        Phases phases = new Phases();
        starting.accept("inputs");
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Path work = null;
        try {
            String input = request.input();
            String fingerprint;
            Path local = localDirectory(input, conf);
            if (local != null && Files.exists(local.resolve("client.asc"))) {
                work = Files.createTempDirectory("clientlens-spark-");
                SegmentInput berka = SegmentInput.open(local, work);
                input = berka.directory().toUri().toString();
                fingerprint = berka.fingerprint();
            } else {
                fingerprint = fingerprint(input, conf);
            }
            Inputs in = new Inputs(spark, input, conf);
            in.register();
            LocalDate asOf = request.asOf() != null ? request.asOf() : in.latestTransaction();
            String currency = in.currency(policy.currency());
            phases.done("inputs");
            starting.accept("features");

            Dataset<Row> features = spark.sql(FeatureQuery.select(FeatureQuery.Dialect.SPARK,
                    FeatureQuery.Inputs.genericLayout("c.ordinal,"), asOf, policy)).persist(StorageLevel.MEMORY_AND_DISK());
            features.createOrReplaceTempView("run_features");
            spark.sql(ADVISORY.replace("${asOf}", FeatureQuery.date(asOf))).createOrReplaceTempView("run_advisory");

            PopulationStatistics.Collector collector = PopulationStatistics.collector(policy);
            Iterator<Row> rows = spark.sql("select " + STATISTICS_COLUMNS + " from run_features where linked_accounts > 0")
                    .toLocalIterator();
            while (rows.hasNext()) {
                collector.add(PartitionClassifier.statistics(rows.next()));
            }
            ShippedStatistics statistics = new ShippedStatistics(collector.build());
            phases.done("features+statistics");
            starting.accept("classify");

            Dataset<Row> results = spark.sql("select " + PartitionClassifier.FEATURE_COLUMNS + ", "
                            + in.profiles().columns("p") + " from run_features f join in_profiles p using (customer_id) "
                            + "left join run_advisory using (customer_id) left join in_aml_flags using (customer_id)")
                    .mapPartitions(new PartitionClassifier(request.policyYaml(), currency, request.rulesYaml(), statistics,
                            asOf, in.profiles(), request.jsonl()), Encoders.row(ResultSchema.schema()));
            Outputs outputs = new Outputs(spark, request.out(), conf);
            outputs.write(results, request.jsonl());
            phases.done("classify+write");
            features.unpersist();
            starting.accept("monitoring");
            // transaction monitoring over the same input (docs/AML.md): alerts.jsonl beside the results
            new SparkMonitoring(spark, request.policyYaml(), policy, currency, asOf, in.profiles()).monitor(outputs);
            phases.done("monitoring");
            in.unpersist();
            starting.accept("counts");

            Dataset<Row> written = spark.read().parquet(outputs.parquet());
            Counts counts = counts(written);
            double seconds = java.time.Duration.between(started, Instant.now()).toMillis() / 1000.0;
            String id = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(started)
                    + "-" + fingerprint.substring(7, 13);
            SegmentRun run = new SegmentRun(id, asOf.toString(), policy.version(),
                    PartitionClassifier.rules(request.rulesYaml()).version(), request.input(), fingerprint,
                    outputs.location(), started.toString(), seconds, counts.customers, counts.byDimension, counts.bySegment);
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("runId", run.id());
            summary.put("asOf", run.asOf());
            summary.put("customers", run.customers());
            summary.put("counts", run.counts());
            summary.put("segments", run.segments());
            outputs.text(SegmentRunner.SUMMARY, Json.write(summary) + "\n");
            outputs.text(SegmentRun.FILE, Json.write(run.document()) + "\n");
            if (request.home() != null) {
                new RunRegistry(request.home()).record(run);
            }
            phases.done("counts");
            phases.report();
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException("segment run failed: " + e.getMessage(), e);
        } finally {
            WorkDirectories.remove(work);
        }
    }

    /** Wall time per phase, printed to standard error when the system property clientlens.spark.phases is true. */
    private static final class Phases {
        private final StringBuilder text = new StringBuilder();
        private long last = System.nanoTime();

        void done(String phase) {
            long now = System.nanoTime();
            text.append(phase).append(' ').append((now - last) / 1_000_000).append(" ms; ");
            last = now;
        }

        void report() {
            if (Boolean.getBoolean("clientlens.spark.phases")) {
                System.err.println("phases: " + text);
            }
        }
    }

    /** Counts per dimension and value code, and per custom segment, as the DuckDB path's summary has them. */
    private static final class Counts {
        long customers;
        final Map<String, Map<String, Long>> byDimension = new LinkedHashMap<>();
        final Map<String, Long> bySegment = new TreeMap<>(Comparator.naturalOrder());
    }

    private static Counts counts(Dataset<Row> results) {
        Counts counts = new Counts();
        for (Dimension d : Dimension.values()) {
            counts.byDimension.put(d.code(), new TreeMap<>());
        }
        counts.customers = results.count();
        String stack = Arrays.stream(Dimension.values()).map(d -> "'" + d.code() + "', `" + d.code() + "`")
                .collect(Collectors.joining(", ", "stack(" + Dimension.values().length + ", ", ") as (dimension, code)"));
        for (Row r : results.selectExpr(stack).groupBy("dimension", "code").count().collectAsList()) {
            counts.byDimension.get(r.getString(0)).put(r.getString(1), r.getLong(2));
        }
        for (Row r : results.selectExpr("explode(segments) as segment").groupBy("segment").count().collectAsList()) {
            counts.bySegment.put(r.getString(0), r.getLong(1));
        }
        return counts;
    }

    /** The input as a local directory, or null when it is on another file system. */
    private static Path localDirectory(String input, Configuration conf) throws IOException {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(input);
        FileSystem fs = p.getFileSystem(conf);
        if (!"file".equals(fs.getScheme())) {
            return null;
        }
        return Path.of(fs.makeQualified(p).toUri());
    }

    /**
     * Identifies the input as the DuckDB path does: SHA-256 over each file's name, size and
     * modification time.
     */
    static String fingerprint(String input, Configuration conf) throws IOException {
        org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(input);
        FileSystem fs = dir.getFileSystem(conf);
        if (!fs.getFileStatus(dir).isDirectory()) {
            throw new IllegalArgumentException("--input " + input + ": not a directory");
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            FileStatus[] files = fs.listStatus(dir);
            Arrays.sort(files, Comparator.comparing(f -> f.getPath().getName()));
            for (FileStatus f : files) {
                if (f.isFile()) {
                    digest.update((f.getPath().getName() + "\t" + f.getLen() + "\t" + f.getModificationTime() + "\n")
                            .getBytes(StandardCharsets.UTF_8));
                }
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The input files as Spark views with the DuckDB path's names and columns (in_accounts, …). */
    static final class Inputs {
        private final SparkSession spark;
        private final org.apache.hadoop.fs.Path dir;
        private final FileSystem fs;
        private Dataset<Row> customers;
        private Dataset<Row> transactions;
        private ProfileSource profiles;

        Inputs(SparkSession spark, String input, Configuration conf) throws IOException {
            this.spark = spark;
            this.dir = new org.apache.hadoop.fs.Path(input);
            this.fs = dir.getFileSystem(conf);
            boolean profiles = exists(SegmentInput.CUSTOMERS) || exists(PreparedProfiles.FILE);
            if (!profiles || !exists("accounts.csv") || !exists("links.csv")
                    || !(exists("transactions.csv") || exists("transactions.parquet"))) {
                throw new IllegalArgumentException("--input " + input + ": neither the generic layout (customers.jsonl|parquet, "
                        + "accounts.csv, links.csv, transactions.csv|parquet) nor a local Berka directory (client.asc, "
                        + "disp.asc, account.asc, trans.asc)");
            }
        }

        String file(String name) {
            return new org.apache.hadoop.fs.Path(dir, name).toString();
        }

        boolean exists(String name) throws IOException {
            return fs.exists(new org.apache.hadoop.fs.Path(dir, name));
        }

        void register() throws IOException {
            csv("in_accounts", "accounts.csv", "accountId STRING, branch STRING, opened DATE, closed DATE, statementFrequency STRING");
            csv("in_links", "links.csv", "linkId STRING, customerId STRING, accountId STRING, role STRING");
            // channel and cross-border marks (docs/AML.md): data written before they existed has neither
            // (unknown channel, nothing cross-border), as on the DuckDB path
            if (exists("transactions.parquet")) {
                Dataset<Row> raw = spark.read().parquet(file("transactions.parquet"));
                boolean marked = Arrays.asList(raw.columns()).contains("channel");
                raw.selectExpr("transactionId", "accountId", "cast(sequence as bigint) as sequence",
                        "cast(date as date) as date", "direction", "cast(amount as decimal(18,2)) as amount",
                        "cast(balance as decimal(18,2)) as balance", "category", "counterpartyBank", "counterpartyAccount",
                        marked ? "channel" : "cast(null as string) as channel",
                        marked ? "cast(crossBorder as boolean) as crossBorder" : "cast(null as boolean) as crossBorder")
                        .createOrReplaceTempView("in_transactions_file");
            } else {
                csv("in_transactions_file", "transactions.csv", "transactionId STRING, sequence BIGINT, accountId STRING, date DATE, "
                        + "direction STRING, operation STRING, amount DECIMAL(18,2), balance DECIMAL(18,2), category STRING, "
                        + "counterpartyBank STRING, counterpartyAccount STRING"
                        + (csvHeader("transactions.csv").contains("channel") ? ", channel STRING, crossBorder BOOLEAN" : ""));
            }
            transactions();
            amlFlags();
            csv("in_loans", "loans.csv", "loanId STRING, accountId STRING, granted DATE, amount DECIMAL(18,2), "
                    + "durationMonths INT, monthlyPayment DECIMAL(18,2), status STRING");
            csv("in_cards", "cards.csv", "cardId STRING, linkId STRING, cardType STRING, issued DATE");
            csv("in_holdings", "holdings.csv", "holdingId STRING, customerId STRING, productCode STRING, "
                    + "productType STRING, amount DECIMAL(18,2), opened DATE, closed DATE");
            csv("in_assessments", "assessments.csv", "assessmentId STRING, customerId STRING, questionnaireId STRING, "
                    + "kind STRING, channel STRING, assessedAt TIMESTAMP_NTZ, score INT, resultCode STRING, answers STRING");
            csv("in_needs", "needs.csv", "needId STRING, customerId STRING, area STRING, status STRING, identifiedOn DATE, "
                    + "closedOn DATE");
            customers();
            contributions();
        }

        /** Where the profiles come from; known once {@link #register} has run. */
        ProfileSource profiles() {
            return profiles;
        }

        /**
         * The profiles (in_profiles) and the ids with their position (in_customers), each id once: a prepared
         * directory's customers.parquet as it is, its columns read as the classifiers need them, or else each document
         * of customers.jsonl with its line number.
         */
        private void customers() throws IOException {
            profiles = profileSource();
            if (profiles.prepared()) {
                // not kept: a Parquet file is read again at little cost, and each reader takes only its columns
                customers = spark.read().parquet(profiles.file());
                List<String> present = Arrays.asList(customers.columns());
                for (String column : PreparedProfiles.COLUMNS) {
                    if (!present.contains(column)) {
                        throw new IllegalArgumentException(
                                PreparedProfiles.preparedByEarlierVersion(profiles.file(), column, dir));
                    }
                }
            } else {
                String source = profiles.file();
                JavaRDD<Row> rows = spark.read().textFile(source).javaRDD().zipWithIndex()
                        .filter(t -> !t._1().isBlank())
                        .map(t -> {
                            long line = t._2() + 1;
                            String id = CustomerIds.of(t._1().getBytes(StandardCharsets.UTF_8), source, line);
                            return RowFactory.create(id, t._2(), line, t._1());
                        });
                customers = spark.createDataFrame(rows, StructType.fromDDL(
                        "customer_id STRING, ordinal BIGINT, line BIGINT, document STRING")).persist(StorageLevel.MEMORY_AND_DISK());
            }
            customers.createOrReplaceTempView("in_profiles");
            customers.select("customer_id", "ordinal").createOrReplaceTempView("in_customers");
            List<Row> twice = spark.sql("select customer_id, lines from (select customer_id, array_sort(collect_list(line)) as lines, "
                    + "min(line) as first from in_profiles group by customer_id having count(*) > 1) order by first limit 1")
                    .collectAsList();
            if (!twice.isEmpty()) {
                throw new IllegalArgumentException(file(SegmentInput.CUSTOMERS) + ": customer " + twice.get(0).getString(0)
                        + " is on more than one line " + twice.get(0).getList(1)
                        + "; each customerId must be unique (docs/generic-layout.md)");
            }
        }

        /**
         * customers.parquet when the directory has it and customers.jsonl, if there too, was not changed after it, as
         * on the local engine; customers.jsonl otherwise.
         *
         * @throws IllegalArgumentException when customers.jsonl was changed after customers.parquet was prepared
         */
        private ProfileSource profileSource() throws IOException {
            if (!exists(PreparedProfiles.FILE)) {
                return new ProfileSource(file(SegmentInput.CUSTOMERS), false);
            }
            if (exists(SegmentInput.CUSTOMERS) && modified(SegmentInput.CUSTOMERS) > modified(PreparedProfiles.FILE)) {
                throw new IllegalArgumentException(PreparedProfiles.changedAfterPreparation(file(SegmentInput.CUSTOMERS),
                        file(PreparedProfiles.FILE), dir));
            }
            return new ProfileSource(file(PreparedProfiles.FILE), true);
        }

        private long modified(String name) throws IOException {
            return fs.getFileStatus(new org.apache.hadoop.fs.Path(dir, name)).getModificationTime();
        }

        /** contributions.csv (customerId,contribution or 客户号,利润贡献), rounded half up to the fen; empty without it. */
        private void contributions() throws IOException {
            String name = SegmentInput.CONTRIBUTIONS;
            if (!exists(name)) {
                spark.createDataFrame(List.of(), StructType.fromDDL("customer_id STRING, contribution DECIMAL(18,2)"))
                        .createOrReplaceTempView("in_contributions");
                return;
            }
            Dataset<Row> raw = spark.read().option("header", "true").option("escape", "\"").option("mode", "FAILFAST")
                    .csv(file(name));
            String id = column(raw, name, "customerId", "客户号");
            String amount = column(raw, name, "contribution", "利润贡献");
            raw.selectExpr("trim(`" + id + "`) as customer_id", "trim(`" + amount + "`) as amount")
                    .createOrReplaceTempView("in_contributions_text");
            List<Row> bad = spark.sql("select customer_id, amount from in_contributions_text where customer_id is null "
                    + "or customer_id = '' or try_cast(replace(amount, ',', '') as decimal(38, 10)) is null limit 1").collectAsList();
            if (!bad.isEmpty()) {
                throw new IllegalArgumentException(file(name) + ": customer '" + bad.get(0).getString(0) + "', contribution '"
                        + bad.get(0).getString(1) + "': expected a customer id and an amount like 1234.56 (docs/generic-layout.md)");
            }
            spark.sql("select customer_id, cast(cast(replace(amount, ',', '') as decimal(38, 10)) as decimal(18, 2)) as contribution "
                    + "from in_contributions_text").createOrReplaceTempView("in_contributions");
            List<Row> twice = spark.sql("select customer_id from in_contributions group by customer_id having count(*) > 1 "
                    + "order by customer_id limit 1").collectAsList();
            if (!twice.isEmpty()) {
                throw new IllegalArgumentException(file(name) + ": customer " + twice.get(0).getString(0)
                        + " is on more than one line; give each customer's contribution once (docs/generic-layout.md)");
            }
            List<Row> unknown = spark.sql("select k.customer_id from in_contributions k left anti join in_customers c "
                    + "on c.customer_id = k.customer_id order by k.customer_id limit 1").collectAsList();
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException(file(name) + ", column customerId: no customer '" + unknown.get(0).getString(0)
                        + "' in " + SegmentInput.CUSTOMERS + " / 没有该客户 (docs/generic-layout.md)");
            }
        }

        private static String column(Dataset<Row> raw, String file, String... names) {
            for (String c : raw.columns()) {
                String n = c.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
                for (String wanted : names) {
                    if (n.equals(wanted.toLowerCase(Locale.ROOT))) {
                        return c;
                    }
                }
            }
            throw new IllegalArgumentException(file + ": the header must name the columns customerId and contribution, found "
                    + Arrays.toString(raw.columns()) + " / 表头须包含 customerId（客户号）和 contribution（利润贡献）列");
        }

        private void csv(String view, String name, String ddl) throws IOException {
            StructType schema = StructType.fromDDL(ddl);
            Dataset<Row> df = exists(name)
                    ? spark.read().schema(schema).option("header", "true").option("escape", "\"").option("mode", "FAILFAST")
                    .csv(file(name))
                    : spark.createDataFrame(List.of(), schema);
            df.createOrReplaceTempView(view);
        }

        /** The columns named in the first line of a CSV file of the input (none without the file). */
        private List<String> csvHeader(String name) throws IOException {
            if (!exists(name)) {
                return List.of();
            }
            try (var in = fs.open(new org.apache.hadoop.fs.Path(dir, name));
                 var reader = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
                String header = reader.readLine();
                return header == null ? List.of() : Arrays.stream(header.replace("\uFEFF", "").split(","))
                        .map(String::trim).toList();
            }
        }

        /**
         * in_transactions: the file's transactions with the channel checked (CASH, TRANSFER, CARD or
         * empty; anything else stops the run naming the transaction) and cross-border false when empty.
         * Kept (memory, then disk) from the first read of the file on: the check, the default as-of date, the
         * features and the monitoring's staging would otherwise each parse the whole file again.
         */
        private void transactions() {
            boolean marked = Arrays.asList(spark.table("in_transactions_file").columns()).contains("channel");
            String channel = marked ? "channel" : "cast(null as string)";
            String crossBorder = marked ? "coalesce(crossBorder, false)" : "false";
            transactions = spark.sql("select transactionId, accountId, sequence, date, direction, amount, balance, category, "
                    + "counterpartyBank, counterpartyAccount, " + channel + " as channel, "
                    + crossBorder + " as crossBorder from in_transactions_file").persist(StorageLevel.MEMORY_AND_DISK());
            transactions.createOrReplaceTempView("in_transactions");
            // Ordered, so that one job reads every partition at once and fills the kept copy: a plain limit reads the
            // partitions in growing rounds, the first a single partition, with the other cores idle.
            List<Row> bad = marked ? spark.sql("select transactionId, channel from in_transactions "
                    + "where channel is not null and channel not in ('CASH', 'TRANSFER', 'CARD') order by transactionId limit 1")
                    .collectAsList() : List.of();
            if (!bad.isEmpty()) {
                throw new IllegalArgumentException(file("transactions") + ": transaction " + bad.get(0).getString(0)
                        + ": channel \"" + bad.get(0).getString(1) + "\" is not one of CASH, TRANSFER, CARD (empty when not "
                        + "known) / 交易渠道应为 CASH、TRANSFER、CARD 之一或为空");
            }
        }

        /**
         * in_aml_flags (customer_id, open_suspicious_report, confirmed_watch_list_hit) from aml-flags.csv
         * (docs/AML.md), empty without the file; a value other than true, false or empty stops the run.
         */
        private void amlFlags() throws IOException {
            String name = io.clientlens.batch.aml.ComplianceFlagsFile.FILE;
            List<String> header = csvHeader(name);
            if (exists(name) && !header.equals(List.of("customerId", "openSuspiciousReport", "confirmedWatchListHit"))) {
                throw new IllegalArgumentException(file(name) + ": expected the columns customerId,openSuspiciousReport,"
                        + "confirmedWatchListHit, found " + String.join(",", header));
            }
            csv("in_aml_flags_text", name, "customerId STRING, openSuspiciousReport STRING, confirmedWatchListHit STRING");
            List<Row> bad = spark.sql("select customerId, openSuspiciousReport, confirmedWatchListHit from in_aml_flags_text "
                    + "where customerId is null or trim(customerId) = '' "
                    + "or coalesce(trim(openSuspiciousReport), '') not in ('true', 'false', '') "
                    + "or coalesce(trim(confirmedWatchListHit), '') not in ('true', 'false', '') limit 1").collectAsList();
            if (!bad.isEmpty()) {
                throw new IllegalArgumentException(file(name) + ": customer '" + bad.get(0).getString(0)
                        + "': expected a customerId and true or false (or empty) in openSuspiciousReport and "
                        + "confirmedWatchListHit, found '" + bad.get(0).getString(1) + "', '" + bad.get(0).getString(2) + "'");
            }
            spark.sql("select trim(customerId) as customer_id, "
                    + "bool_or(coalesce(trim(openSuspiciousReport), '') = 'true') as open_suspicious_report, "
                    + "bool_or(coalesce(trim(confirmedWatchListHit), '') = 'true') as confirmed_watch_list_hit "
                    + "from in_aml_flags_text group by trim(customerId)").createOrReplaceTempView("in_aml_flags");
        }

        LocalDate latestTransaction() {
            Row r = spark.sql("select max(date) from in_transactions").first();
            if (r.isNullAt(0)) {
                throw new IllegalArgumentException(file("transactions") + " has no transactions to take the as-of date from; "
                        + "give one with --as-of");
            }
            return r.getDate(0).toLocalDate();
        }

        /** The currency the data set names in currency.txt, or {@code otherwise}. */
        String currency(String otherwise) throws IOException {
            String name = io.clientlens.batch.generate.GenericLayoutWriter.CURRENCY_FILE;
            if (!exists(name)) {
                return otherwise;
            }
            String code;
            try (var in = fs.open(new org.apache.hadoop.fs.Path(dir, name))) {
                code = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            }
            if (!code.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException(file(name) + ": expected a three-letter ISO 4217 code such as CNY, found \""
                        + (code.length() > 20 ? code.substring(0, 20) + "…" : code) + "\"");
            }
            return code;
        }

        void unpersist() {
            customers.unpersist();
            transactions.unpersist();
        }
    }

    /** The output directory: results, summary and run record, on a local or cluster file system. */
    static final class Outputs {
        private final SparkSession spark;
        private final org.apache.hadoop.fs.Path dir;
        private final FileSystem fs;
        private final boolean local;

        Outputs(SparkSession spark, String out, Configuration conf) throws IOException {
            this.spark = spark;
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(out);
            this.fs = p.getFileSystem(conf);
            this.dir = fs.makeQualified(p);
            this.local = "file".equals(fs.getScheme());
            fs.mkdirs(dir);
        }

        String location() {
            return local ? Path.of(dir.toUri()).toString() : dir.toString();
        }

        String parquet() {
            return new org.apache.hadoop.fs.Path(dir, SegmentRunner.PARQUET).toString();
        }

        void write(Dataset<Row> results, boolean jsonl) throws IOException {
            Dataset<Row> rows = jsonl ? results.persist(StorageLevel.MEMORY_AND_DISK()) : results;
            Dataset<Row> columns = rows.select(Arrays.stream(ResultSchema.resultColumns())
                    .map(org.apache.spark.sql.functions::col).toArray(org.apache.spark.sql.Column[]::new));
            // one file on a local disk, as the DuckDB path writes it; part files on a cluster's file system
            place(local ? columns.repartition(1) : columns, SegmentRunner.PARQUET, true);
            if (jsonl) {
                Dataset<Row> docs = rows.select("document");
                place(local ? docs.repartition(1) : docs, SegmentRunner.JSONL, false);
                rows.unpersist();
            }
        }

        private void place(Dataset<Row> data, String name, boolean parquet) throws IOException {
            org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(dir, name);
            org.apache.hadoop.fs.Path staging = local ? new org.apache.hadoop.fs.Path(dir, ".spark-" + name) : target;
            var writer = data.write().mode(SaveMode.Overwrite);
            if (parquet) {
                writer.option("compression", "zstd").parquet(staging.toString());
            } else {
                writer.text(staging.toString());
            }
            if (local) {
                // the raw local file system: no .crc files beside the results
                FileSystem raw = FileSystem.getLocal(fs.getConf()).getRaw();
                FileStatus[] parts = raw.listStatus(staging, p -> p.getName().startsWith("part-"));
                raw.delete(target, true);
                if (parts.length == 1) {
                    raw.rename(parts[0].getPath(), target);
                } else {
                    raw.create(target, true).close(); // no rows: no part file
                }
                raw.delete(staging, true);
            }
        }

        /** A text file of lines, each ended by a newline, written as they come (the driver holds none of them). */
        void lines(String name, Iterator<String> lines) throws IOException {
            FileSystem target = local ? FileSystem.getLocal(fs.getConf()).getRaw() : fs;
            try (var out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(
                    target.create(new org.apache.hadoop.fs.Path(dir, name), true), StandardCharsets.UTF_8), 1 << 16)) {
                while (lines.hasNext()) {
                    out.write(lines.next());
                    out.write('\n');
                }
            }
        }

        void text(String name, String content) throws IOException {
            FileSystem target = local ? FileSystem.getLocal(fs.getConf()).getRaw() : fs;
            try (var out = target.create(new org.apache.hadoop.fs.Path(dir, name), true)) {
                out.write(content.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static String read(String name) {
        try (var in = SparkSegmentRunner.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
