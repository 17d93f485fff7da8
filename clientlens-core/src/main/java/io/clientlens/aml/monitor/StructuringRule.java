package io.clientlens.aml.monitor;

import io.clientlens.classify.Amounts;
import io.clientlens.policy.AmlPolicy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * STRUCTURING (化整为零): at least {@code minCount} cash transactions within {@code windowDays}, each at least
 * {@code minShare} of the large-cash threshold and below it — amounts kept just under the reporting threshold.
 */
public final class StructuringRule {
    private StructuringRule() {
    }

    /** The smallest amount that counts: minShare × the large-cash threshold. */
    public static BigDecimal lowerBound(AmlPolicy.Monitoring p) {
        return p.largeCash().threshold().multiply(p.structuring().minShare());
    }

    /** @param cash the customer's cash transactions (any order); those outside [lower bound, threshold) are ignored */
    public static List<Alert> evaluate(String customerId, List<TxnRef> cash, AmlPolicy.Monitoring p, String currency) {
        BigDecimal low = lowerBound(p);
        BigDecimal threshold = p.largeCash().threshold();
        List<TxnRef> near = new ArrayList<>();
        for (TxnRef t : Alerts.distinct(cash)) {
            if (t.amount().compareTo(low) >= 0 && t.amount().compareTo(threshold) < 0) {
                near.add(t);
            }
        }
        AmlPolicy.Structuring s = p.structuring();
        List<Alert> alerts = new ArrayList<>();
        for (Islands.Island<TxnRef> island : Islands.of(near, TxnRef::date, TxnRef::transactionId, s.windowDays(),
                s.minCount())) {
            int count = island.events().size();
            BigDecimal total = Alerts.sum(island.events());
            alerts.add(Alerts.of(AlertRule.STRUCTURING, customerId, island.from(), island.to(), total,
                    Alerts.score(s.score(), BigDecimal.valueOf(island.maxKeys()), BigDecimal.valueOf(s.minCount())),
                    island.events(),
                    island.from() + " 至 " + island.to() + " 现金交易 " + count + " 笔，" + s.windowDays() + " 天内至少 "
                            + s.minCount() + " 笔，每笔在 " + Amounts.zh(low, currency) + " 至 " + Amounts.zh(threshold, currency)
                            + "（不含）之间，合计 " + Amounts.zh(total, currency),
                    count + " cash transactions from " + island.from() + " to " + island.to() + ", at least "
                            + s.minCount() + " within " + s.windowDays() + " days, each from " + Amounts.en(low, currency)
                            + " to just under " + Amounts.en(threshold, currency) + ", " + Amounts.en(total, currency)
                            + " in all"));
        }
        return alerts;
    }
}
