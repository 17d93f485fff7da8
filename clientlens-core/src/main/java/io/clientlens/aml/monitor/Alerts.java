package io.clientlens.aml.monitor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Building blocks of the rules: an alert from its transactions, its score, the sum of amounts. */
final class Alerts {
    private Alerts() {
    }

    /** The transactions once each (by id), in {@link TxnRef#ORDER}. */
    static List<TxnRef> distinct(Collection<TxnRef> txns) {
        Map<String, TxnRef> byId = new LinkedHashMap<>();
        for (TxnRef t : txns) {
            byId.putIfAbsent(t.transactionId(), t);
        }
        List<TxnRef> sorted = new ArrayList<>(byId.values());
        sorted.sort(TxnRef.ORDER);
        return sorted;
    }

    static BigDecimal sum(Collection<TxnRef> txns) {
        BigDecimal total = BigDecimal.ZERO;
        for (TxnRef t : txns) {
            total = total.add(t.amount());
        }
        return total;
    }

    /** base × ratio, rounded half up, at most 100: the further past the threshold, the higher. */
    static int score(int base, BigDecimal observed, BigDecimal threshold) {
        if (threshold.signum() <= 0) {
            return base;
        }
        BigDecimal ratio = observed.divide(threshold, 6, RoundingMode.HALF_UP).max(BigDecimal.ONE);
        return BigDecimal.valueOf(base).multiply(ratio).setScale(0, RoundingMode.HALF_UP).min(BigDecimal.valueOf(100))
                .intValue();
    }

    static Alert of(AlertRule rule, String customerId, LocalDate from, LocalDate to, BigDecimal amount, int score,
                    List<TxnRef> txns, String zh, String en) {
        List<TxnRef> sorted = distinct(txns);
        return new Alert(rule, customerId, from, to, amount, score,
                List.copyOf(new TreeSet<>(sorted.stream().map(TxnRef::accountId).toList())),
                sorted.stream().map(TxnRef::transactionId).toList(), zh, en);
    }
}
