package io.clientlens.app.aml;

import io.clientlens.aml.monitor.AlertRule;
import io.clientlens.app.aml.persistence.AlertStore;
import io.clientlens.app.aml.persistence.CaseStore;
import io.clientlens.batch.aml.MonitoringSql;
import io.clientlens.batch.aml.TransactionMonitor;
import io.clientlens.policy.Policy;
import org.springframework.stereotype.Service;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Transaction monitoring over the database ({@code aml monitor}, docs/AML.md): builds the staging tables from
 * PostgreSQL, runs the same rule SQL and rules as the file batch ({@link TransactionMonitor}), and keeps the alerts
 * not raised before. The run is one transaction: its alerts are kept all or none.
 */
@Service
public class TransactionMonitoring {
    private static final String STAGING = MonitoringSql.read("/io/clientlens/app/aml/staging-postgres.sql");

    private final DataSource dataSource;
    private final Policy policy;

    TransactionMonitoring(DataSource dataSource, Policy policy) {
        this.dataSource = dataSource;
        this.policy = policy;
    }

    /** Whether monitoring has ever run on this database. */
    public boolean hasRun() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("select exists (select 1 from aml_monitoring_run)")) {
            rs.next();
            return rs.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the monitoring runs: " + e.getMessage(), e);
        }
    }

    /** The latest transaction date in the database, or null without transactions. */
    private LocalDate latestTransactionDate() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("select max(txn_date) from txn")) {
            rs.next();
            return rs.getObject(1, LocalDate.class);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the latest transaction date: " + e.getMessage(), e);
        }
    }

    /**
     * The currency the imported data set recorded (Berka: CZK), or null when none did. Read here rather than through the
     * importing package's cached value: a monitoring run is rare, and the aml package must not depend on importing,
     * which depends on it.
     */
    private String recordedCurrency() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("select currency from data_currency")) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the data's currency: " + e.getMessage(), e);
        }
    }

    /** @param requestedAsOf null: the latest transaction date in the data */
    public MonitoringOutcome monitor(LocalDate requestedAsOf) {
        LocalDate asOf = requestedAsOf != null ? requestedAsOf : latestTransactionDate();
        if (asOf == null) {
            return new MonitoringOutcome.NothingToMonitor();
        }
        Instant started = Instant.now();
        // the alerts' amounts are in the data's currency, as the classification's reasons are; thresholds unconverted
        TransactionMonitor monitor = new TransactionMonitor(asOf, policy.withCurrency(recordedCurrency()));
        Map<String, String> parameters = new HashMap<>(monitor.parameters());
        parameters.put("postings", policy.activity().bankPostingCategories().stream().sorted()
                .map(c -> "'" + c.replace("'", "''") + "'").collect(Collectors.joining(", ", "array[", "]::text[]")));
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long runId = AlertStore.startRun(c, asOf, policy.version());
                try (Statement s = c.createStatement()) {
                    for (String statement : MonitoringSql.statements(STAGING, parameters)) {
                        s.execute(statement);
                    }
                }
                Map<AlertRule, Integer> found;
                Map<AlertRule, Integer> kept;
                try (AlertStore.Collector collector = new AlertStore.Collector(c)) {
                    found = monitor.run(c, collector::add);
                    kept = collector.keepNew(runId);
                }
                Map<AlertRule, Integer> raised = new EnumMap<>(AlertRule.class);
                Map<AlertRule, Integer> known = new EnumMap<>(AlertRule.class);
                for (AlertRule rule : AlertRule.values()) {
                    int newOnes = kept.getOrDefault(rule, 0);
                    raised.put(rule, newOnes);
                    known.put(rule, found.getOrDefault(rule, 0) - newOnes);
                }
                int raisedTotal = raised.values().stream().mapToInt(Integer::intValue).sum();
                AlertStore.finishRun(c, runId, raisedTotal, known.values().stream().mapToInt(Integer::intValue).sum());
                // the customer's alerts go into their undecided case, or a new one (docs/AML.md, "Cases")
                CaseStore.groupAlerts(c, LocalDate.now().plusDays(policy.aml().cases().decideWithinDays()));
                c.commit();
                return new MonitoringOutcome.Monitored(runId, asOf, policy.version(), raised, known,
                        Duration.between(started, Instant.now()));
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Monitoring failed: " + e.getMessage(), e);
        }
    }
}
