package io.clientlens.aml.monitor;

import io.clientlens.classify.Amounts;
import io.clientlens.policy.AmlPolicy;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * RAPID_IN_OUT (快进快出): a day whose credits reach {@code minIn} and whose credits go out again — debits of that day and
 * the next {@code withinDays − 1} days of at least {@code outShare} of them — is an in-and-out; {@code minCount} of them
 * within {@code windowDays} raise an alert.
 */
public final class RapidInOutRule {
    private RapidInOutRule() {
    }

    public static List<Alert> evaluate(String customerId, List<InOutDay> days, AmlPolicy.RapidInOut p, String currency) {
        List<Event> events = new ArrayList<>();
        for (InOutDay day : days) {
            BigDecimal in = BigDecimal.ZERO;
            BigDecimal out = BigDecimal.ZERO;
            List<TxnRef> used = new ArrayList<>();
            for (TxnRef t : Alerts.distinct(day.txns())) {
                long after = ChronoUnit.DAYS.between(day.date(), t.date());
                if (t.credit() && after == 0) {
                    in = in.add(t.amount());
                    used.add(t);
                } else if (!t.credit() && after >= 0 && after < p.withinDays()) {
                    out = out.add(t.amount());
                    used.add(t);
                }
            }
            if (in.compareTo(p.minIn()) >= 0 && out.compareTo(p.outShare().multiply(in)) >= 0) {
                events.add(new Event(day, in, out, used));
            }
        }
        events.sort(Comparator.comparing(e -> e.day().date()));
        List<Alert> alerts = new ArrayList<>();
        for (Islands.Island<Event> island : Islands.of(events, e -> e.day().date(), e -> e.day().date().toString(),
                p.windowDays(), p.minCount())) {
            BigDecimal in = BigDecimal.ZERO;
            BigDecimal out = BigDecimal.ZERO;
            List<TxnRef> txns = new ArrayList<>();
            for (Event e : island.events()) {
                in = in.add(e.in());
                out = out.add(e.out());
                txns.addAll(e.txns());
            }
            List<TxnRef> all = Alerts.distinct(txns);
            int times = island.events().size();
            String share = p.outShare().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
            alerts.add(Alerts.of(AlertRule.RAPID_IN_OUT, customerId, island.from(), all.get(all.size() - 1).date(), in,
                    Alerts.score(p.score(), BigDecimal.valueOf(island.maxKeys()), BigDecimal.valueOf(p.minCount())), all,
                    island.from() + " 起快进快出 " + times + " 次（" + p.windowDays() + " 天内至少 " + p.minCount()
                            + " 次）：单日入账 ≥ " + Amounts.zh(p.minIn(), currency) + "，" + p.withinDays() + " 天内转出 ≥ "
                            + share + "；入账合计 " + Amounts.zh(in, currency) + "，转出 " + Amounts.zh(out, currency),
                    times + " rapid in-and-outs from " + island.from() + " (at least " + p.minCount() + " within "
                            + p.windowDays() + " days): ≥ " + Amounts.en(p.minIn(), currency) + " in on a day, ≥ " + share
                            + " of it out within " + p.withinDays() + " days; " + Amounts.en(in, currency) + " in, "
                            + Amounts.en(out, currency) + " out"));
        }
        return alerts;
    }

    private record Event(InOutDay day, BigDecimal in, BigDecimal out, List<TxnRef> txns) {
    }
}
