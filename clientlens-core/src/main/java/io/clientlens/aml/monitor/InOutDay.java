package io.clientlens.aml.monitor;

import java.time.LocalDate;
import java.util.List;

/** A day with the customer's credits on it and the debits of that day and the following days of the rule. */
public record InOutDay(LocalDate date, List<TxnRef> txns) {
    public InOutDay {
        txns = List.copyOf(txns);
    }
}
