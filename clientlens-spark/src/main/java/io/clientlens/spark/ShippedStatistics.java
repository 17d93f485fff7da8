package io.clientlens.spark;

import io.clientlens.classify.ParetoCut;
import io.clientlens.classify.PopulationStatistics;
import io.clientlens.classify.QuintileCuts;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The population statistics of a run in a form Spark ships to its executors (the core's records are
 * plain records, not Serializable): the same numbers, rebuilt into the same records there.
 */
final class ShippedStatistics implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Object[] pareto;
    private final Object[] clv;
    private final ArrayList<BigDecimal> recency;
    private final ArrayList<BigDecimal> frequency;
    private final ArrayList<BigDecimal> monetary;

    ShippedStatistics(PopulationStatistics s) {
        this.pareto = cut(s.pareto());
        this.clv = cut(s.clv());
        this.recency = new ArrayList<>(s.recency().cuts());
        this.frequency = new ArrayList<>(s.frequency().cuts());
        this.monetary = new ArrayList<>(s.monetary().cuts());
    }

    PopulationStatistics statistics() {
        return new PopulationStatistics(cut(pareto), new QuintileCuts(List.copyOf(recency)),
                new QuintileCuts(List.copyOf(frequency)), new QuintileCuts(List.copyOf(monetary)), cut(clv));
    }

    private static Object[] cut(ParetoCut c) {
        return new Object[] {c.totalPositive(), ranked(c.lastA()), ranked(c.lastB()), c.customers()};
    }

    private static String[] ranked(ParetoCut.Ranked r) {
        return r == null ? null : new String[] {r.customerId(), r.contribution() == null ? null : r.contribution().toString()};
    }

    private static ParetoCut cut(Object[] c) {
        return new ParetoCut((BigDecimal) c[0], ranked((String[]) c[1]), ranked((String[]) c[2]), (Integer) c[3]);
    }

    private static ParetoCut.Ranked ranked(String[] r) {
        return r == null ? null : new ParetoCut.Ranked(r[0], r[1] == null ? null : new BigDecimal(r[1]));
    }
}
