package io.clientlens.app.aml.persistence;

import io.clientlens.aml.monitor.Alert;
import io.clientlens.aml.monitor.AlertRule;
import io.clientlens.app.aml.AlertQuery;
import io.clientlens.app.aml.StoredAlert;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The alerts table ({@code aml_alert}) and the monitoring runs ({@code aml_monitoring_run}). A run's alerts are first
 * collected in a temporary table, then only those not raised before — no alert of the same rule and customer whose
 * period overlaps — are kept (docs/AML.md).
 */
@Repository
public class AlertStore {
    /** Customer, then the rules in their order, then the period: the order of every listing and of alerts.jsonl. */
    static final String ORDER = "customer_id collate \"C\", array_position(array['LARGE_CASH', 'STRUCTURING', "
            + "'PROFILE_MISMATCH', 'DORMANT_REACTIVATION', 'RAPID_IN_OUT', 'MANY_COUNTERPARTIES'], rule), period_from, period_to";
    private static final int BATCH = 500;

    private final JdbcClient jdbc;

    AlertStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Collects the alerts of one run on {@code c}, inside its transaction, then keeps the new ones. */
    public static final class Collector implements AutoCloseable {
        private final Connection c;
        private final PreparedStatement insert;
        private int pending;

        public Collector(Connection c) throws SQLException {
            this.c = c;
            try (Statement s = c.createStatement()) {
                s.execute("create temp table aml_found_alert (rule text, customer_id text, period_from date, period_to date, "
                        + "amount numeric(18, 2), score int, accounts text[], transactions text[], reason_zh text, "
                        + "reason_en text) on commit drop");
            }
            insert = c.prepareStatement("insert into aml_found_alert values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }

        public void add(Alert a) {
            try {
                insert.setString(1, a.rule().name());
                insert.setString(2, a.customerId());
                insert.setObject(3, a.from());
                insert.setObject(4, a.to());
                insert.setBigDecimal(5, a.amount());
                insert.setInt(6, a.score());
                insert.setArray(7, c.createArrayOf("text", a.accounts().toArray()));
                insert.setArray(8, c.createArrayOf("text", a.transactions().toArray()));
                insert.setString(9, a.zh());
                insert.setString(10, a.en());
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot keep an alert: " + e.getMessage(), e);
            }
        }

        /** Keeps the alerts not raised before under {@code runId}; returns how many were kept per rule. */
        public Map<AlertRule, Integer> keepNew(long runId) throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
                pending = 0;
            }
            Map<AlertRule, Integer> kept = new EnumMap<>(AlertRule.class);
            try (PreparedStatement s = c.prepareStatement("with kept as (insert into aml_alert (run_id, rule, customer_id, "
                    + "period_from, period_to, amount, score, accounts, transactions, reason_zh, reason_en) "
                    + "select ?, f.* from aml_found_alert f where not exists (select 1 from aml_alert x where x.rule = f.rule "
                    + "and x.customer_id = f.customer_id and x.period_from <= f.period_to and f.period_from <= x.period_to) "
                    + "returning rule) select rule, count(*) from kept group by rule")) {
                s.setLong(1, runId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        kept.put(AlertRule.valueOf(rs.getString(1)), rs.getInt(2));
                    }
                }
            }
            return kept;
        }

        @Override
        public void close() throws SQLException {
            insert.close();
        }
    }

    public static long startRun(Connection c, LocalDate asOf, String policyVersion) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into aml_monitoring_run (as_of, policy_version) values (?, ?) "
                + "returning run_id")) {
            s.setObject(1, asOf);
            s.setString(2, policyVersion);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public static void finishRun(Connection c, long runId, int raised, int known) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update aml_monitoring_run set finished_at = clock_timestamp(), alerts_raised = ?, "
                + "alerts_known = ? where run_id = ?")) {
            s.setInt(1, raised);
            s.setInt(2, known);
            s.setLong(3, runId);
            s.executeUpdate();
        }
    }

    /** The alerts the query selects, in {@link #ORDER}, one at a time (the table may be large). */
    /** Every alert raised so far, counted by rule (every rule, 0 when it raised none), in the rules' order. */
    public Map<AlertRule, Long> countByRule() {
        Map<AlertRule, Long> counts = new java.util.EnumMap<>(AlertRule.class);
        for (AlertRule r : AlertRule.values()) {
            counts.put(r, 0L);
        }
        jdbc.sql("select rule, count(*) from aml_alert group by rule").query(rs -> {
            counts.put(AlertRule.valueOf(rs.getString(1)), rs.getLong(2));
        });
        return counts;
    }

    public void forEach(AlertQuery query, Consumer<StoredAlert> each) {
        jdbc.sql("select alert_id, run_id, raised_at, rule, customer_id, period_from, period_to, amount, score, accounts, "
                        + "transactions, reason_zh, reason_en from aml_alert where (cast(:customer as text) is null or customer_id = :customer) "
                        + "and (cast(:rule as text) is null or rule = :rule) order by " + ORDER)
                .param("customer", query.customerId())
                .param("rule", query.rule() == null ? null : query.rule().name())
                .query(rs -> {
                    each.accept(map(rs));
                });
    }

    public List<StoredAlert> list(AlertQuery query, int limit) {
        List<StoredAlert> alerts = new java.util.ArrayList<>();
        jdbc.sql("select alert_id, run_id, raised_at, rule, customer_id, period_from, period_to, amount, score, accounts, "
                        + "transactions, reason_zh, reason_en from aml_alert where (cast(:customer as text) is null or customer_id = :customer) "
                        + "and (cast(:rule as text) is null or rule = :rule) order by " + ORDER + " limit :limit")
                .param("customer", query.customerId())
                .param("rule", query.rule() == null ? null : query.rule().name())
                .param("limit", limit)
                .query(rs -> {
                    alerts.add(map(rs));
                });
        return alerts;
    }

    /** The alerts of a compliance case, in {@link #ORDER}. */
    public List<StoredAlert> ofCase(long caseId) {
        List<StoredAlert> alerts = new java.util.ArrayList<>();
        jdbc.sql("select alert_id, run_id, raised_at, rule, customer_id, period_from, period_to, amount, score, accounts, "
                        + "transactions, reason_zh, reason_en from aml_alert where alert_id in "
                        + "(select alert_id from aml_case_alert where case_id = :id) order by " + ORDER)
                .param("id", caseId)
                .query(rs -> {
                    alerts.add(map(rs));
                });
        return alerts;
    }

    private static StoredAlert map(ResultSet rs) throws SQLException {
        Alert alert = new Alert(AlertRule.valueOf(rs.getString(4)), rs.getString(5), rs.getObject(6, LocalDate.class),
                rs.getObject(7, LocalDate.class), rs.getBigDecimal(8), rs.getInt(9), strings(rs.getArray(10)),
                strings(rs.getArray(11)), rs.getString(12), rs.getString(13));
        return new StoredAlert(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), alert);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
