package io.clientlens.aml.monitor;

import io.clientlens.classify.Amounts;
import io.clientlens.policy.AmlPolicy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * MANY_COUNTERPARTIES (交易对手众多): at least {@code minCounterparties} distinct counterparties within
 * {@code windowDays}, counting credits, debits or both as the policy says.
 */
public final class ManyCounterpartiesRule {
    private ManyCounterpartiesRule() {
    }

    /** @param txns the customer's transactions with a counterparty, in the direction(s) the policy counts */
    public static List<Alert> evaluate(String customerId, List<CounterpartyTxn> txns, AmlPolicy.ManyCounterparties p,
                                       String currency) {
        List<CounterpartyTxn> sorted = new ArrayList<>(txns);
        sorted.sort(Comparator.comparing(CounterpartyTxn::txn, TxnRef.ORDER));
        List<Alert> alerts = new ArrayList<>();
        for (Islands.Island<CounterpartyTxn> island : Islands.of(sorted, c -> c.txn().date(), CounterpartyTxn::counterparty,
                p.windowDays(), p.minCounterparties())) {
            List<TxnRef> refs = island.events().stream().map(CounterpartyTxn::txn).toList();
            BigDecimal total = Alerts.sum(Alerts.distinct(refs));
            long distinct = island.events().stream().map(CounterpartyTxn::counterparty).distinct().count();
            String direction = switch (p.direction()) {
                case CREDIT -> "转入方";
                case DEBIT -> "收款方";
                case ANY -> "交易对手";
            };
            String directionEn = switch (p.direction()) {
                case CREDIT -> "counterparties paying in";
                case DEBIT -> "counterparties paid";
                case ANY -> "counterparties";
            };
            alerts.add(Alerts.of(AlertRule.MANY_COUNTERPARTIES, customerId, island.from(), island.to(), total,
                    Alerts.score(p.score(), BigDecimal.valueOf(island.maxKeys()), BigDecimal.valueOf(p.minCounterparties())),
                    refs,
                    island.from() + " 至 " + island.to() + " 与 " + distinct + " 个不同" + direction + "往来，" + p.windowDays()
                            + " 天内最多 " + island.maxKeys() + " 个（≥ " + p.minCounterparties() + "），金额合计 "
                            + Amounts.zh(total, currency),
                    distinct + " distinct " + directionEn + " from " + island.from() + " to " + island.to() + ", up to "
                            + island.maxKeys() + " within " + p.windowDays() + " days (≥ " + p.minCounterparties() + "), "
                            + Amounts.en(total, currency) + " in all"));
        }
        return alerts;
    }
}
