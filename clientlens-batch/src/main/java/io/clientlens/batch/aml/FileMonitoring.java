package io.clientlens.batch.aml;

import io.clientlens.aml.monitor.AlertRule;
import io.clientlens.batch.segment.SegmentInput;
import io.clientlens.policy.Policy;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Transaction monitoring over files (docs/AML.md): on a DuckDB connection where the in_* views of a segment input
 * exist, builds the staging tables, runs the rules ({@link TransactionMonitor}) and writes alerts.jsonl ordered by
 * customer, rule and period. The staging tables are temporary tables of the connection (in memory, spilling to the
 * run's temporary directory as it needs); the alerts are a table of the run's DuckDB, ordered there, not in the heap.
 * {@code -Dclientlens.monitoring.times=true} prints each step's wall and CPU time (docs/BENCHMARKS.md).
 */
public final class FileMonitoring {
    public static final String ALERTS = "alerts.jsonl";

    /**
     * The order of alerts.jsonl: customer, rule, period, and then the line itself, so that alerts of one customer, rule
     * and period come in one order whichever engine sorts them (DuckDB here, Spark in clientlens-spark).
     */
    public static final String ORDER = "customer_id, rule_order, from_date, to_date, line";

    private FileMonitoring() {
    }

    public static Map<AlertRule, Integer> monitor(Connection db, SegmentInput input, LocalDate asOf, Policy policy,
                                                  Path alertsFile) throws SQLException {
        TransactionMonitor monitor = new TransactionMonitor(asOf, policy);
        Map<String, String> parameters = new java.util.HashMap<>(monitor.parameters());
        parameters.put("postings", policy.activity().bankPostingCategories().stream().sorted()
                .map(c -> "'" + c.replace("'", "''") + "'").collect(Collectors.joining(", ", "cast([", "] as varchar[])")));
        parameters.put("profiles", "profiles"); // the profile columns, loaded by SegmentInput.loadCustomers
        StepTimes times = new StepTimes();
        try (Statement s = db.createStatement()) {
            for (String statement : MonitoringSql.statements(MonitoringSql.duckDbStaging(), parameters)) {
                s.execute(statement);
                times.mark("staging " + statement.lines().filter(l -> !l.strip().startsWith("--")).findFirst().orElse(""));
            }
        }
        Map<AlertRule, Integer> counts;
        try (DuckDBConnection writer = ((DuckDBConnection) db).duplicate().unwrap(DuckDBConnection.class)) {
            try (Statement s = writer.createStatement()) {
                s.execute("create or replace table aml_alerts (customer_id varchar, rule_order integer, from_date date, "
                        + "to_date date, line varchar)");
            }
            try (DuckDBAppender appender = writer.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "aml_alerts")) {
                counts = monitor.run(db, alert -> {
                    try {
                        appender.beginRow();
                        appender.append(alert.customerId());
                        appender.append(alert.rule().ordinal());
                        appender.append(alert.from());
                        appender.append(alert.to());
                        appender.append(AlertJson.line(alert));
                        appender.endRow();
                    } catch (SQLException e) {
                        throw new IllegalStateException("cannot keep an alert: " + e.getMessage(), e);
                    }
                });
            }
        }
        times.mark("rules");
        write(db, alertsFile);
        times.mark("alerts.jsonl");
        return counts;
    }

    private static void write(Connection db, Path file) throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("select line from aml_alerts order by " + ORDER);
             BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (rs.next()) {
                out.write(rs.getString(1));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
