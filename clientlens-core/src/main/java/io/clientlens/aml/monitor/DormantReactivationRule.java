package io.clientlens.aml.monitor;

import io.clientlens.classify.Amounts;
import io.clientlens.policy.AmlPolicy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * DORMANT_REACTIVATION (休眠账户突然启用): an account without activity for at least {@code dormantDays} receives at
 * least {@code minCredits} within {@code withinDays} of its first activity. Reactivations of one customer whose periods
 * share a day are one alert.
 */
public final class DormantReactivationRule {
    private DormantReactivationRule() {
    }

    public static List<Alert> evaluate(String customerId, List<Reactivation> reactivations,
                                       AmlPolicy.DormantReactivation p, String currency) {
        List<Episode> episodes = new ArrayList<>();
        for (Reactivation r : reactivations) {
            List<TxnRef> credits = new ArrayList<>();
            for (TxnRef t : Alerts.distinct(r.credits())) {
                long after = java.time.temporal.ChronoUnit.DAYS.between(r.date(), t.date());
                if (t.credit() && after >= 0 && after < p.withinDays()) {
                    credits.add(t);
                }
            }
            BigDecimal total = Alerts.sum(credits);
            if (r.idleDays() >= p.dormantDays() && total.compareTo(p.minCredits()) >= 0) {
                episodes.add(new Episode(List.of(r), r.date(), credits.get(credits.size() - 1).date(), credits));
            }
        }
        episodes.sort(Comparator.comparing(Episode::from).thenComparing(e -> e.reactivations().get(0).accountId()));
        List<Episode> merged = new ArrayList<>();
        for (Episode e : episodes) {
            Episode last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !e.from().isAfter(last.to())) {
                merged.set(merged.size() - 1, last.with(e));
            } else {
                merged.add(e);
            }
        }
        return merged.stream().map(e -> alert(customerId, e, p, currency)).toList();
    }

    private record Episode(List<Reactivation> reactivations, LocalDate from, LocalDate to, List<TxnRef> credits) {
        Episode with(Episode other) {
            List<Reactivation> all = new ArrayList<>(reactivations);
            all.addAll(other.reactivations);
            List<TxnRef> txns = new ArrayList<>(credits);
            txns.addAll(other.credits);
            return new Episode(all, from, to.isAfter(other.to) ? to : other.to, txns);
        }
    }

    private static Alert alert(String customerId, Episode e, AmlPolicy.DormantReactivation p, String currency) {
        List<TxnRef> credits = Alerts.distinct(e.credits());
        BigDecimal total = Alerts.sum(credits);
        TreeSet<String> accounts = new TreeSet<>();
        int idle = Integer.MAX_VALUE;
        for (Reactivation r : e.reactivations()) {
            accounts.add(r.accountId());
            idle = Math.min(idle, r.idleDays());
        }
        String names = String.join(", ", accounts);
        return Alerts.of(AlertRule.DORMANT_REACTIVATION, customerId, e.from(), e.to(), total,
                Alerts.score(p.score(), total, p.minCredits()), credits,
                "账户 " + names + " " + idle + " 天无主动交易（≥ " + p.dormantDays() + " 天），" + e.from() + " 起 "
                        + p.withinDays() + " 天内入账 " + Amounts.zh(total, currency) + " ≥ " + Amounts.zh(p.minCredits(), currency),
                "Account " + names + " without activity for " + idle + " days (≥ " + p.dormantDays() + "), then "
                        + Amounts.en(total, currency) + " credited within " + p.withinDays() + " days from " + e.from()
                        + " (≥ " + Amounts.en(p.minCredits(), currency) + ")");
    }
}
