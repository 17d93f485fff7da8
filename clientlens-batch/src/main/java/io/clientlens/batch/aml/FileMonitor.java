package io.clientlens.batch.aml;

import io.clientlens.batch.WorkDirectories;
import io.clientlens.aml.monitor.AlertRule;
import io.clientlens.batch.segment.SegmentInput;
import io.clientlens.code.InputRejected;
import io.clientlens.policy.Policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;

/**
 * Transaction monitoring over a directory of files on its own (docs/AML.md): the same input as {@code segment}
 * (generic layout or Berka), alerts.jsonl in {@code out}. DuckDB works in memory and spills to a hidden directory
 * under {@code out}, removed at the end; the file appears complete or not at all.
 */
public final class FileMonitor {
    private FileMonitor() {
    }

    public record Result(LocalDate asOf, Map<AlertRule, Integer> alerts, Path file) {
        public int total() {
            return alerts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** @param asOf null: the latest transaction date in the input */
    public static Result run(Path input, Path out, LocalDate asOf, Policy policy) {
        Path work = out.toAbsolutePath().resolve(".aml-work-" + Long.toHexString(System.nanoTime()));
        try {
            Files.createDirectories(work);
            SegmentInput in = SegmentInput.open(input, work);
            Properties props = new Properties();
            props.setProperty("jdbc_stream_results", "true");
            Result result;
            // in memory: nothing is written but what does not fit, which spills to the work directory
            try (Connection db = DriverManager.getConnection("jdbc:duckdb:", props)) {
                try (Statement s = db.createStatement()) {
                    s.execute("set temp_directory = " + SegmentInput.literal(work.resolve("spill")));
                    s.execute("set preserve_insertion_order = false");
                    in.loadCustomers((org.duckdb.DuckDBConnection) db, Runtime.getRuntime().availableProcessors(), work);
                    in.createViews(s);
                }
                LocalDate date = asOf != null ? asOf : latest(db, in);
                Path partial = work.resolve(FileMonitoring.ALERTS);
                Map<AlertRule, Integer> counts;
                try {
                    // the alerts name the data's currency (currency.txt, Berka's crowns), as segment's reasons do
                    counts = FileMonitoring.monitor(db, in, date, policy.withCurrency(in.currency(policy.currency())), partial);
                } catch (SQLException e) {
                    throw new InputRejected("无法读取 " + in.directory() + " 中的输入：" + e.getMessage(),
                            "cannot read the input in " + in.directory() + ": " + e.getMessage(), e);
                }
                Path file = out.toAbsolutePath().resolve(FileMonitoring.ALERTS);
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
                result = new Result(date, counts, file);
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("monitoring failed: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("monitoring failed: " + e.getMessage(), e);
        } finally {
            WorkDirectories.remove(work);
        }
    }

    private static LocalDate latest(Connection db, SegmentInput in) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select max(date) from in_transactions")) {
            rs.next();
            java.sql.Date d = rs.getDate(1);
            if (d == null) {
                throw new IllegalArgumentException(in.transactions() + " has no transactions to take the as-of date from; "
                        + "give one with --as-of");
            }
            return d.toLocalDate();
        }
    }
}
