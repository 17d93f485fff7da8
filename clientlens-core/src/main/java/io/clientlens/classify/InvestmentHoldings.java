package io.clientlens.classify;

import io.clientlens.policy.Policy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * One customer's investment experience at the bank from the holdings on record, for a single
 * customer outside a classification run (a suitability check). It counts exactly as the feature
 * SQL of both paths (docs/POLICY.md, investment experience): holdings of the policy's investment
 * product types opened on or before as-of; each is a purchase; the days held end at redemption or
 * as-of, and a day on which several were held counts once.
 */
public final class InvestmentHoldings {

    /** A holding on record: its product type and when it was bought and redeemed (null while held). */
    public record Held(String productType, LocalDate opened, LocalDate closed) {
    }

    /** The days held and purchases, as {@link CustomerFeatures#investmentDaysAtBank()} and {@code investmentPurchasesAtBank()}. */
    public record AtBank(long days, int purchases) {
    }

    private InvestmentHoldings() {
    }

    public static AtBank of(List<Held> holdings, LocalDate asOf, Policy.InvestmentExperience policy) {
        List<Held> investments = holdings.stream()
                .filter(h -> h.opened() != null && !h.opened().isAfter(asOf))
                .filter(h -> policy.investmentProductTypes().contains(h.productType()))
                .sorted(Comparator.comparing(Held::opened).thenComparing(h -> ended(h, asOf)))
                .toList();
        long days = 0;
        LocalDate reach = null;
        for (Held h : investments) {
            LocalDate ended = ended(h, asOf);
            LocalDate from = reach == null || reach.isBefore(h.opened()) ? h.opened() : reach;
            days += Math.max(0, ChronoUnit.DAYS.between(from, ended));
            reach = reach == null || ended.isAfter(reach) ? ended : reach;
        }
        return new AtBank(days, investments.size());
    }

    private static LocalDate ended(Held h, LocalDate asOf) {
        return h.closed() == null || h.closed().isAfter(asOf) ? asOf : h.closed();
    }
}
