package io.clientlens.spark;

import io.clientlens.batch.policy.PolicyYaml;
import io.clientlens.batch.segment.SegmentRun;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The entry point of the Spark engine: {@code spark-submit --class io.clientlens.spark.SparkSegmentMain
 * clientlens-spark-submit.jar --input DIR --out DIR [--as-of YYYY-MM-DD] [--policy FILE] [--rules FILE]
 * [--home DIR] [--output parquet|parquet,jsonl] [--master URL]} (docs/SCALING.md), and what
 * {@code bin/clientlens segment --engine spark} calls with the same arguments.
 */
public final class SparkSegmentMain {
    private static final List<String> OPTIONS = List.of("--input", "--out", "--as-of", "--policy", "--rules", "--home",
            "--output", "--master");

    private SparkSegmentMain() {
    }

    public static void main(String[] args) {
        try {
            SegmentRun run = run(args, phase -> System.err.println(PHASES.getOrDefault(phase, phase)));
            System.out.printf("Run %s  as of %s  %d customers  %.1f s  %s%n", run.id(), run.asOf(), run.customers(),
                    run.seconds(), run.out());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    /** What each phase does, in zh and en, for spark-submit's log: the jar has no language option. */
    private static final Map<String, String> PHASES = Map.of(
            "inputs", "正在读取并检查输入… / Reading and checking the input…",
            "features", "正在计算客户特征和总体统计… / Computing the customer features and the population statistics…",
            "classify", "正在分类并写出结果… / Classifying the customers and writing the results…",
            "monitoring", "正在进行交易监测… / Monitoring the transactions…",
            "counts", "正在统计各类客户数… / Counting the customers per class…");

    /**
     * Runs a segmentation from command-line arguments, telling {@code starting} each phase as it begins (its name:
     * inputs, features, classify, monitoring, counts); the session ends with the run. {@code bin/clientlens segment
     * --engine spark} calls this and shows the phases in the user's language.
     */
    public static SegmentRun run(String[] args, Consumer<String> starting) {
        Map<String, String> options = parse(args);
        LocalDate asOf;
        try {
            asOf = options.containsKey("--as-of") ? LocalDate.parse(options.get("--as-of")) : null;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--as-of: expected YYYY-MM-DD, was " + options.get("--as-of"), e);
        }
        String output = options.getOrDefault("--output", "parquet");
        if (!List.of("parquet", "parquet,jsonl", "jsonl,parquet").contains(output)) {
            throw new IllegalArgumentException("--output: expected parquet or parquet,jsonl, was " + output);
        }
        String policy = options.containsKey("--policy") ? PolicyYaml.text(Path.of(options.get("--policy"))) : null;
        String rules = options.containsKey("--rules") ? text(Path.of(options.get("--rules"))) : null;
        SparkSegmentRequest request = new SparkSegmentRequest(options.get("--input"), asOf, options.get("--out"), policy,
                rules, options.containsKey("--home") ? Path.of(options.get("--home")) : null, output.contains("jsonl"));
        // a wrong policy or rule stops the run before Spark starts
        PartitionClassifier.policy(policy);
        io.clientlens.batch.rules.CompiledSegments.compile(PartitionClassifier.rules(rules), "rules");
        SparkSession spark = session(options.get("--master"), "clientlens segment").getOrCreate();
        try {
            return new SparkSegmentRunner(request, spark).run(starting);
        } finally {
            spark.stop();
        }
    }

    /**
     * A session builder: the given master (null: the one spark-submit set), results' timestamps in
     * UTC, and on a local master no web UI and the loopback address.
     */
    public static SparkSession.Builder session(String master, String name) {
        SparkSession.Builder b = SparkSession.builder().appName(name).config("spark.sql.session.timeZone", "UTC");
        if (master != null) {
            b.master(master);
            if (master.startsWith("local")) {
                // one machine: a few shuffle partitions per core, not Spark's 200 (each a task to schedule)
                b.config("spark.sql.shuffle.partitions", Integer.toString(4 * localCores(master)))
                        .config("spark.ui.enabled", "false").config("spark.log.level", "WARN").config("spark.driver.host", "127.0.0.1")
                        .config("spark.driver.bindAddress", "127.0.0.1");
            }
        }
        return b;
    }

    /** The cores of a local master URL: local → 1, local[N] → N, local[*] → this machine's. */
    static int localCores(String master) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("local\\[(\\d+|\\*)(,\\d+)?]").matcher(master);
        if (!m.matches()) {
            return 1;
        }
        return m.group(1).equals("*") ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(m.group(1));
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException("unknown option " + name + "; expected one of " + OPTIONS);
            }
            String value = a.contains("=") ? a.substring(a.indexOf('=') + 1) : (++i < args.length ? args[i] : null);
            if (value == null) {
                throw new IllegalArgumentException(name + ": a value is missing");
            }
            options.put(name, value);
        }
        for (String required : List.of("--input", "--out")) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("missing required option " + required + "=…");
            }
        }
        return options;
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
