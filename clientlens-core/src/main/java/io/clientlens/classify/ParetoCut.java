package io.clientlens.classify;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The 80/20 cut of profit contribution (docs/POLICY.md) as two positions in the ranking
 * "contribution descending, then customer id ascending": the last A customer and the last B
 * customer. Each customer's class follows from comparing its own position with them, so the cut
 * is computed once per run and classification stays per customer.
 */
public record ParetoCut(BigDecimal totalPositive, Ranked lastA, Ranked lastB, int customers) {

    /** A customer's place in the ranking. */
    public record Ranked(String customerId, BigDecimal contribution) {
    }

    static final Comparator<Ranked> RANKING = Comparator.comparing(Ranked::contribution).reversed()
            .thenComparing(Ranked::customerId);

    public enum Class { A, B, C }

    public static ParetoCut of(List<Ranked> customers, BigDecimal classAShare, BigDecimal classBShare) {
        List<Ranked> positive = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Ranked r : customers) {
            if (r.contribution().signum() > 0) {
                positive.add(r);
                total = total.add(r.contribution());
            }
        }
        positive.sort(RANKING);
        Ranked lastA = smallestTopSetReaching(positive, total.multiply(classAShare));
        Ranked lastB = smallestTopSetReaching(positive, total.multiply(classBShare));
        return new ParetoCut(total, lastA, lastB, customers.size());
    }

    /** The last member of the smallest top set whose cumulative contribution reaches {@code target}. */
    private static Ranked smallestTopSetReaching(List<Ranked> ranked, BigDecimal target) {
        BigDecimal cumulative = BigDecimal.ZERO;
        for (Ranked r : ranked) {
            cumulative = cumulative.add(r.contribution());
            if (cumulative.compareTo(target) >= 0) {
                return r;
            }
        }
        return ranked.isEmpty() ? null : ranked.get(ranked.size() - 1);
    }

    /** Zero and negative contributors are always C; so is everyone when no one contributes. */
    public Class classOf(String customerId, BigDecimal contribution) {
        if (contribution.signum() <= 0 || lastA == null) {
            return Class.C;
        }
        Ranked me = new Ranked(customerId, contribution);
        if (RANKING.compare(me, lastA) <= 0) {
            return Class.A;
        }
        if (RANKING.compare(me, lastB) <= 0) {
            return Class.B;
        }
        return Class.C;
    }
}
