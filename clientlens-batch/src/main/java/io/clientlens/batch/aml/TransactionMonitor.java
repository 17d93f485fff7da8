package io.clientlens.batch.aml;

import io.clientlens.aml.monitor.Alert;
import io.clientlens.aml.monitor.AlertRule;
import io.clientlens.aml.monitor.CounterpartyTxn;
import io.clientlens.aml.monitor.CustomerFacts;
import io.clientlens.aml.monitor.DormantReactivationRule;
import io.clientlens.aml.monitor.InOutDay;
import io.clientlens.aml.monitor.LargeCashRule;
import io.clientlens.aml.monitor.ManyCounterpartiesRule;
import io.clientlens.aml.monitor.ProfileMismatchRule;
import io.clientlens.aml.monitor.RapidInOutRule;
import io.clientlens.aml.monitor.Reactivation;
import io.clientlens.aml.monitor.StructuringRule;
import io.clientlens.aml.monitor.TxnRef;
import io.clientlens.customer.CustomerType;
import io.clientlens.policy.AmlPolicy;
import io.clientlens.policy.Policy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs the six monitoring rules (docs/AML.md) on a connection whose staging tables ({@code aml_tx},
 * {@code aml_account}, {@code aml_customer}) are built: the same rule SQL on PostgreSQL and DuckDB selects each
 * rule's candidate transactions, ordered by customer; one customer at a time they go to the rule in core, which
 * decides. So both engines give the same alerts, and the JVM holds one customer's candidates at a time, never the
 * transactions. Spark runs the same SQL and hands each partition's candidates, sorted by customer, to
 * {@link #evaluate(CandidateQuery, Iterator, Consumer)} (clientlens-spark).
 */
public final class TransactionMonitor {
    private static final int FETCH = 2_000;

    private final Policy policy;
    private final LocalDate asOf;
    private final Map<String, String> parameters;

    public TransactionMonitor(LocalDate asOf, Policy policy) {
        this.policy = policy;
        this.asOf = asOf;
        this.parameters = MonitoringSql.parameters(asOf, policy);
    }

    /** The parameters of the staging and rule SQL. */
    public Map<String, String> parameters() {
        return parameters;
    }

    /** Runs every rule; each alert goes to {@code sink}. Returns the number of alerts per rule. */
    public Map<AlertRule, Integer> run(Connection db, Consumer<Alert> sink) throws SQLException {
        Map<AlertRule, Integer> counts = new EnumMap<>(AlertRule.class);
        for (AlertRule rule : AlertRule.values()) {
            counts.put(rule, 0);
        }
        Consumer<Alert> counting = alert -> {
            counts.merge(alert.rule(), 1, Integer::sum);
            sink.accept(alert);
        };
        for (CandidateQuery query : CandidateQuery.values()) {
            evaluate(db, query, counting);
        }
        return counts;
    }

    /**
     * Runs one rule on its candidate rows, which arrive ordered by customer (any collation: only contiguity matters);
     * each customer's rows go to the rule together. The JDBC engines and Spark's partitions both come here.
     */
    public void evaluate(CandidateQuery query, Iterator<CandidateRow> byCustomer, Consumer<Alert> sink) {
        String current = null;
        List<CandidateRow> rows = new ArrayList<>();
        while (byCustomer.hasNext()) {
            CandidateRow row = byCustomer.next();
            if (current != null && !current.equals(row.customerId())) {
                decide(query, current, rows, sink);
                rows = new ArrayList<>();
            }
            current = row.customerId();
            rows.add(row);
        }
        if (current != null) {
            decide(query, current, rows, sink);
        }
    }

    private void decide(CandidateQuery query, String customer, List<CandidateRow> rows, Consumer<Alert> sink) {
        AmlPolicy.Monitoring m = policy.aml().monitoring();
        String currency = policy.currency();
        switch (query) {
            case LARGE_CASH -> LargeCashRule.evaluate(customer, refs(rows), m.largeCash(), currency).forEach(sink);
            case STRUCTURING -> StructuringRule.evaluate(customer, refs(rows), m, currency).forEach(sink);
            case PROFILE_MISMATCH -> ProfileMismatchRule.evaluate(customer, facts(rows.get(0)), refs(rows), asOf,
                    m.profileMismatch(), currency).ifPresent(sink);
            case DORMANT_REACTIVATION -> DormantReactivationRule.evaluate(customer, reactivations(rows),
                    m.dormantReactivation(), currency).forEach(sink);
            case RAPID_IN_OUT -> RapidInOutRule.evaluate(customer, inOutDays(rows), m.rapidInOut(), currency).forEach(sink);
            case MANY_COUNTERPARTIES -> ManyCounterpartiesRule.evaluate(customer, counterpartyTxns(rows),
                    m.manyCounterparties(), currency).forEach(sink);
        }
    }

    private static CustomerFacts facts(CandidateRow row) {
        Object[] facts = row.extra();
        return new CustomerFacts(CustomerType.valueOf((String) facts[0]), (LocalDate) facts[1], (BigDecimal) facts[2],
                (BigDecimal) facts[3]);
    }

    private static List<Reactivation> reactivations(List<CandidateRow> rows) {
        Map<String, List<CandidateRow>> byReactivation = new LinkedHashMap<>();
        for (CandidateRow row : rows) {
            byReactivation.computeIfAbsent(row.txn().accountId() + "@" + row.extra()[0], k -> new ArrayList<>()).add(row);
        }
        List<Reactivation> reactivations = new ArrayList<>();
        byReactivation.values().forEach(group -> reactivations.add(new Reactivation(group.get(0).txn().accountId(),
                (LocalDate) group.get(0).extra()[0], ((Number) group.get(0).extra()[1]).intValue(), refs(group))));
        return reactivations;
    }

    private static List<InOutDay> inOutDays(List<CandidateRow> rows) {
        Map<LocalDate, List<TxnRef>> byDay = new LinkedHashMap<>();
        for (CandidateRow row : rows) {
            byDay.computeIfAbsent((LocalDate) row.extra()[0], k -> new ArrayList<>()).add(row.txn());
        }
        List<InOutDay> days = new ArrayList<>();
        byDay.forEach((day, txns) -> days.add(new InOutDay(day, txns)));
        return days;
    }

    private static List<CounterpartyTxn> counterpartyTxns(List<CandidateRow> rows) {
        List<CounterpartyTxn> txns = new ArrayList<>(rows.size());
        rows.forEach(row -> txns.add(new CounterpartyTxn(row.txn(), (String) row.extra()[0])));
        return txns;
    }

    /** Streams a rule's candidates from the database into {@link #evaluate}, a fetch at a time. */
    private void evaluate(Connection db, CandidateQuery query, Consumer<Alert> sink) throws SQLException {
        StepTimes times = new StepTimes();
        try (Statement s = db.createStatement()) {
            s.setFetchSize(FETCH);
            try (ResultSet rs = s.executeQuery(query.sql(parameters))) {
                times.mark(query.resource() + " query");
                ResultSetRows rows = new ResultSetRows(rs, query.extraColumns());
                try {
                    evaluate(query, rows, sink);
                } catch (UncheckedSql e) {
                    throw e.getCause();
                }
                times.mark(query.resource() + " read " + rows.count + " rows");
            }
        }
    }

    /** The rows of a candidate query's result set. */
    private static final class ResultSetRows implements Iterator<CandidateRow> {
        private final ResultSet rs;
        private final int extraColumns;
        private Boolean ahead;
        long count;

        ResultSetRows(ResultSet rs, int extraColumns) {
            this.rs = rs;
            this.extraColumns = extraColumns;
        }

        @Override
        public boolean hasNext() {
            if (ahead == null) {
                try {
                    ahead = rs.next();
                } catch (SQLException e) {
                    throw new UncheckedSql(e);
                }
            }
            return ahead;
        }

        @Override
        public CandidateRow next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            ahead = null;
            count++;
            try {
                Object[] extra = new Object[extraColumns];
                for (int i = 0; i < extraColumns; i++) {
                    extra[i] = rs.getObject(8 + i);
                }
                return CandidateRow.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDate(4), rs.getLong(5),
                        rs.getString(6), rs.getBigDecimal(7), extra);
            } catch (SQLException e) {
                throw new UncheckedSql(e);
            }
        }
    }

    /** A database error carried through the iterator, rethrown as it was by {@link #evaluate(Connection, CandidateQuery, Consumer)}. */
    private static final class UncheckedSql extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UncheckedSql(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    private static List<TxnRef> refs(List<CandidateRow> rows) {
        List<TxnRef> refs = new ArrayList<>(rows.size());
        rows.forEach(row -> refs.add(row.txn()));
        return refs;
    }
}
