package io.clientlens.batch.aml;

import io.clientlens.aml.monitor.TxnRef;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of a candidate query: the customer, the transaction and the query's extra columns. Built by
 * {@link #of} from whatever an engine returns (JDBC or Spark), so that the rules see the same Java values — dates as
 * LocalDate, whole numbers as Long, amounts as BigDecimal with the scale of the column — and the alerts read alike.
 */
public record CandidateRow(String customerId, TxnRef txn, Object[] extra) {

    public static CandidateRow of(String customerId, String accountId, String transactionId, Object date, Number sequence,
                                  String direction, BigDecimal amount, Object[] extra) {
        Object[] plainExtra = new Object[extra.length];
        for (int i = 0; i < extra.length; i++) {
            plainExtra[i] = plain(extra[i]);
        }
        // a missing sequence reads as 0, as JDBC's getLong gives it
        TxnRef txn = new TxnRef(transactionId, accountId, (LocalDate) plain(date), sequence == null ? 0 : sequence.longValue(),
                "CREDIT".equals(direction), amount);
        return new CandidateRow(customerId, txn, plainExtra);
    }

    /** A column value the same whichever engine gave it: dates as LocalDate, whole numbers as Long. */
    static Object plain(Object value) {
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return ((Number) value).longValue();
        }
        return value; // text, BigDecimal, LocalDate or null
    }
}
