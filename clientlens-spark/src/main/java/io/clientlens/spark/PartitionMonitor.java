package io.clientlens.spark;

import io.clientlens.aml.monitor.Alert;
import io.clientlens.batch.aml.AlertJson;
import io.clientlens.batch.aml.CandidateQuery;
import io.clientlens.batch.aml.CandidateRow;
import io.clientlens.batch.aml.TransactionMonitor;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Runs one monitoring rule on a partition of its candidate rows, sorted by customer, with the same per-customer
 * logic as the DuckDB and PostgreSQL paths ({@link TransactionMonitor#evaluate}); core's rule decides. Each alert
 * leaves as its alerts.jsonl line with the columns it is ordered by. The policy travels as its YAML text.
 */
final class PartitionMonitor implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    /** The alerts of all rules, in the columns alerts.jsonl is ordered by (FileMonitoring.ORDER). */
    static final StructType ALERTS = StructType.fromDDL(
            "customer_id STRING, rule_order INT, from_date DATE, to_date DATE, line STRING");

    private final String policyYaml;
    private final String currency;
    private final LocalDate asOf;
    private final CandidateQuery query;

    PartitionMonitor(String policyYaml, String currency, LocalDate asOf, CandidateQuery query) {
        this.policyYaml = policyYaml;
        this.currency = currency;
        this.asOf = asOf;
        this.query = query;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> sortedByCustomer) {
        TransactionMonitor monitor = new TransactionMonitor(asOf, PartitionClassifier.policy(policyYaml).withCurrency(currency));
        // a partition's alerts are few (a rule alerts on a small share of its candidates): kept in a list
        List<Row> alerts = new ArrayList<>();
        monitor.evaluate(query, new CandidateRows(sortedByCustomer, query.extraColumns()),
                alert -> alerts.add(row(alert)));
        return alerts.iterator();
    }

    private static Row row(Alert alert) {
        return RowFactory.create(alert.customerId(), alert.rule().ordinal(), java.sql.Date.valueOf(alert.from()),
                java.sql.Date.valueOf(alert.to()), AlertJson.line(alert));
    }

    /** Spark rows of a candidate query (the seven transaction columns, then the extra ones) as candidate rows. */
    private record CandidateRows(Iterator<Row> rows, int extraColumns) implements Iterator<CandidateRow> {
        @Override
        public boolean hasNext() {
            return rows.hasNext();
        }

        @Override
        public CandidateRow next() {
            Row r = rows.next();
            Object[] extra = new Object[extraColumns];
            for (int i = 0; i < extraColumns; i++) {
                extra[i] = r.get(7 + i);
            }
            return CandidateRow.of(r.getString(0), r.getString(1), r.getString(2), r.get(3), (Number) r.get(4),
                    r.getString(5), (BigDecimal) r.get(6), extra);
        }
    }
}
