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

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs the six monitoring rules (docs/AML.md) on a connection whose staging tables ({@code aml_tx},
 * {@code aml_account}, {@code aml_customer}) are built: the same rule SQL on PostgreSQL and DuckDB selects each
 * rule's candidate transactions, ordered by customer; one customer at a time they go to the rule in core, which
 * decides. So both engines give the same alerts, and the JVM holds one customer's candidates at a time, never the
 * transactions.
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
        AmlPolicy.Monitoring m = policy.aml().monitoring();
        String currency = policy.currency();
        Map<AlertRule, Integer> counts = new EnumMap<>(AlertRule.class);
        Consumer<Alert> counting = alert -> {
            counts.merge(alert.rule(), 1, Integer::sum);
            sink.accept(alert);
        };
        for (AlertRule rule : AlertRule.values()) {
            counts.put(rule, 0);
        }
        byCustomer(db, "large-cash", 0, (customer, rows) ->
                LargeCashRule.evaluate(customer, refs(rows), m.largeCash(), currency).forEach(counting));
        byCustomer(db, "structuring", 0, (customer, rows) ->
                StructuringRule.evaluate(customer, refs(rows), m, currency).forEach(counting));
        byCustomer(db, "profile-mismatch", 4, (customer, rows) -> {
            Object[] facts = rows.get(0).extra();
            CustomerFacts f = new CustomerFacts(CustomerType.valueOf((String) facts[0]), (LocalDate) facts[1],
                    (java.math.BigDecimal) facts[2], (java.math.BigDecimal) facts[3]);
            ProfileMismatchRule.evaluate(customer, f, refs(rows), asOf, m.profileMismatch(), currency).ifPresent(counting);
        });
        byCustomer(db, "dormant-reactivation", 2, (customer, rows) -> {
            Map<String, List<Row>> byReactivation = new LinkedHashMap<>();
            for (Row row : rows) {
                byReactivation.computeIfAbsent(row.ref().accountId() + "@" + row.extra()[0], k -> new ArrayList<>()).add(row);
            }
            List<Reactivation> reactivations = new ArrayList<>();
            byReactivation.values().forEach(group -> reactivations.add(new Reactivation(group.get(0).ref().accountId(),
                    (LocalDate) group.get(0).extra()[0], ((Number) group.get(0).extra()[1]).intValue(), refs(group))));
            DormantReactivationRule.evaluate(customer, reactivations, m.dormantReactivation(), currency).forEach(counting);
        });
        byCustomer(db, "rapid-in-out", 1, (customer, rows) -> {
            Map<LocalDate, List<TxnRef>> byDay = new LinkedHashMap<>();
            for (Row row : rows) {
                byDay.computeIfAbsent((LocalDate) row.extra()[0], k -> new ArrayList<>()).add(row.ref());
            }
            List<InOutDay> days = new ArrayList<>();
            byDay.forEach((day, txns) -> days.add(new InOutDay(day, txns)));
            RapidInOutRule.evaluate(customer, days, m.rapidInOut(), currency).forEach(counting);
        });
        byCustomer(db, "many-counterparties", 1, (customer, rows) -> {
            List<CounterpartyTxn> txns = new ArrayList<>(rows.size());
            rows.forEach(row -> txns.add(new CounterpartyTxn(row.ref(), (String) row.extra()[0])));
            ManyCounterpartiesRule.evaluate(customer, txns, m.manyCounterparties(), currency).forEach(counting);
        });
        return counts;
    }

    /** One candidate row: the transaction and the rule's extra columns. */
    private record Row(TxnRef ref, Object[] extra) {
    }

    private interface CustomerRows {
        void accept(String customerId, List<Row> rows);
    }

    /**
     * Streams a rule's candidates. Rows arrive ordered by customer (any collation: only contiguity matters); each
     * customer's rows go to {@code rule} together.
     */
    private void byCustomer(Connection db, String name, int extraColumns, CustomerRows rule) throws SQLException {
        StepTimes times = new StepTimes();
        try (Statement s = db.createStatement()) {
            s.setFetchSize(FETCH);
            try (ResultSet rs = s.executeQuery(MonitoringSql.rule(name, parameters))) {
                times.mark(name + " query");
                long count = 0;
                String current = null;
                List<Row> rows = new ArrayList<>();
                while (rs.next()) {
                    String customer = rs.getString(1);
                    if (current != null && !current.equals(customer)) {
                        rule.accept(current, rows);
                        rows = new ArrayList<>();
                    }
                    current = customer;
                    TxnRef ref = new TxnRef(rs.getString(3), rs.getString(2), rs.getDate(4).toLocalDate(), rs.getLong(5),
                            "CREDIT".equals(rs.getString(6)), rs.getBigDecimal(7));
                    Object[] extra = new Object[extraColumns];
                    for (int i = 0; i < extraColumns; i++) {
                        extra[i] = plain(rs.getObject(8 + i));
                    }
                    rows.add(new Row(ref, extra));
                    count++;
                }
                if (current != null) {
                    rule.accept(current, rows);
                }
                times.mark(name + " read " + count + " rows");
            }
        }
    }

    /** A column value the same whichever engine gave it: dates as LocalDate, whole numbers as Long. */
    private static Object plain(Object value) {
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return ((Number) value).longValue();
        }
        return value; // text, BigDecimal, LocalDate or null
    }

    private static List<TxnRef> refs(List<Row> rows) {
        List<TxnRef> refs = new ArrayList<>(rows.size());
        rows.forEach(row -> refs.add(row.ref()));
        return refs;
    }
}
