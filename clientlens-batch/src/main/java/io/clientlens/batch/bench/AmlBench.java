package io.clientlens.batch.bench;

import io.clientlens.aml.monitor.Alert;
import io.clientlens.batch.aml.AlertJson;
import io.clientlens.batch.aml.FileMonitor;
import io.clientlens.batch.aml.FileMonitoring;
import io.clientlens.batch.aml.MonitoringSql;
import io.clientlens.batch.aml.TruthComparison;
import io.clientlens.batch.generate.AmlTruthFile;
import io.clientlens.batch.segment.AmlRatingRunner;
import io.clientlens.batch.segment.SegmentInput;
import io.clientlens.policy.Policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Times, in one JVM over the same files (docs/BENCHMARKS.md): (a) the baseline — the plain DuckDB SQL a capable analyst
 * would write for the six monitoring rules and for the AML rating points (resources aml-baseline-rules.sql and
 * aml-baseline-rating.sql, each from the files: hits only, written to Parquet) — and (b) ClientLens: monitoring with
 * episodes, transactions and reasons ({@link FileMonitor}) and the AML rating of every customer with its factors
 * ({@link AmlRatingRunner}). Then measures (b)'s alerts against the typologies the generator planted (aml-truth.csv):
 * recall and the alerts on customers with nothing planted.
 */
public final class AmlBench {
    private AmlBench() {
    }

    public record Result(SegmentBench.Timing baselineRules, SegmentBench.Timing baselineRating, SegmentBench.Timing monitoring,
                         SegmentBench.Timing rating, long customers, Map<String, Long> byLevel, int alerts,
                         TruthComparison truth) {
        public double seconds() {
            return rating.seconds() + monitoring.seconds();
        }

        public double cpuSeconds() {
            return rating.cpuSeconds() + monitoring.cpuSeconds();
        }

        public double baselineSeconds() {
            return baselineRules.seconds() + baselineRating.seconds();
        }

        public double baselineCpuSeconds() {
            return baselineRules.cpuSeconds() + baselineRating.cpuSeconds();
        }

        public double ratio() {
            return seconds() / baselineSeconds();
        }
    }

    public static Result run(Path data, Path work, LocalDate asOf, Policy policy) throws IOException, SQLException {
        Files.createDirectories(work);
        SegmentInput input = SegmentInput.open(data, work.resolve("input"));
        warm(input);
        Path baselineOut = work.resolve("baseline");
        Files.createDirectories(baselineOut);
        SegmentBench.Timing baselineRules = SegmentBench.measure("baseline-rules",
                () -> baseline("aml-baseline-rules.sql", input, baselineOut, asOf, policy));
        SegmentBench.Timing baselineRating = SegmentBench.measure("baseline-rating",
                () -> baseline("aml-baseline-rating.sql", input, baselineOut, asOf, policy));
        FileMonitor.Result[] monitored = new FileMonitor.Result[1];
        SegmentBench.Timing monitoring = SegmentBench.measure("aml-monitoring", () -> monitored[0] = FileMonitor.run(data,
                work.resolve("monitor"), asOf, policy));
        AmlRatingRunner.Result[] rated = new AmlRatingRunner.Result[1];
        SegmentBench.Timing rating = SegmentBench.measure("aml-rating", () -> rated[0] = AmlRatingRunner.run(data,
                work.resolve("rating-work"), asOf, policy, work.resolve("aml-ratings.csv")));
        List<Alert> alerts = Files.readAllLines(work.resolve("monitor").resolve(FileMonitoring.ALERTS)).stream()
                .map(AlertJson::parse).toList();
        Path truthFile = data.resolve(AmlTruthFile.FILE);
        TruthComparison truth = Files.exists(truthFile) ? TruthComparison.of(AmlTruthFile.read(truthFile), alerts) : null;
        return new Result(baselineRules, baselineRating, monitoring, rating, rated[0].customers(), rated[0].byLevel(),
                alerts.size(), truth);
    }

    private static void warm(SegmentInput input) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement s = db.createStatement()) {
            s.execute("select count(*), max(amount) from " + source(input.transactions()));
        }
    }

    static void baseline(String script, SegmentInput input, Path out, LocalDate asOf, Policy policy) {
        Map<String, String> p = new HashMap<>();
        p.put("transactions", source(input.transactions()));
        p.put("links", SegmentInput.literal(input.directory().resolve("links.csv")));
        p.put("customers", SegmentInput.literal(input.customers()));
        p.put("asOf", "DATE '" + asOf + "'");
        p.put("start", "DATE '" + MonitoringSql.windowStart(asOf, policy.aml().monitoring()) + "'");
        p.put("postings", policy.activity().bankPostingCategories().stream().sorted()
                .map(c -> "'" + c.replace("'", "''") + "'").collect(Collectors.joining(", ")));
        p.put("out", out.toAbsolutePath().toString().replace("'", "''"));
        String sql = MonitoringSql.read("/io/clientlens/batch/bench/" + script);
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement s = db.createStatement()) {
            for (String statement : MonitoringSql.statements(sql, p)) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("baseline failed: " + e.getMessage(), e);
        }
    }

    private static String source(Path transactions) {
        return transactions.getFileName().toString().endsWith(".parquet")
                ? "read_parquet(" + SegmentInput.literal(transactions) + ")"
                : "read_csv(" + SegmentInput.literal(transactions) + ", header = true, types = {'amount': 'DECIMAL(18,2)', "
                + "'balance': 'DECIMAL(18,2)', 'date': 'DATE', 'crossBorder': 'BOOLEAN', 'sequence': 'BIGINT'})";
    }
}
