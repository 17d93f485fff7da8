package io.clientlens.aml.monitor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;

/** A transaction as monitoring sees it: enough to order it, sum it and name it in an alert. */
public record TxnRef(String transactionId, String accountId, LocalDate date, long sequence, boolean credit,
                     BigDecimal amount) {

    /** Date, then account, posting sequence and id: the order of an alert's transactions in both paths. */
    public static final Comparator<TxnRef> ORDER = Comparator.comparing(TxnRef::date).thenComparing(TxnRef::accountId)
            .thenComparingLong(TxnRef::sequence).thenComparing(TxnRef::transactionId);
}
