package io.clientlens.aml.monitor;

import io.clientlens.classify.Amounts;
import io.clientlens.policy.AmlPolicy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * LARGE_CASH (大额现金): the absolute amounts of a customer's cash transactions on one day, deposits and withdrawals
 * together, over the accounts the customer owns, reach the threshold. One alert per customer and day.
 */
public final class LargeCashRule {
    private LargeCashRule() {
    }

    /** @param cash the customer's cash transactions (any order) */
    public static List<Alert> evaluate(String customerId, List<TxnRef> cash, AmlPolicy.LargeCash p, String currency) {
        Map<LocalDate, List<TxnRef>> byDay = new TreeMap<>();
        for (TxnRef t : cash) {
            byDay.computeIfAbsent(t.date(), d -> new ArrayList<>()).add(t);
        }
        List<Alert> alerts = new ArrayList<>();
        byDay.forEach((day, txns) -> {
            BigDecimal total = Alerts.sum(Alerts.distinct(txns));
            if (total.compareTo(p.threshold()) >= 0) {
                alerts.add(Alerts.of(AlertRule.LARGE_CASH, customerId, day, day, total,
                        Alerts.score(p.score(), total, p.threshold()), txns,
                        day + " 现金存取合计 " + Amounts.zh(total, currency) + "（" + txns.size() + " 笔）≥ "
                                + Amounts.zh(p.threshold(), currency),
                        "Cash in and out on " + day + ": " + Amounts.en(total, currency) + " (" + txns.size()
                                + " transaction(s)) ≥ " + Amounts.en(p.threshold(), currency)));
            }
        });
        return alerts;
    }
}
