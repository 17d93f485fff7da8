package io.clientlens.app.analytics;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;

/** The figures behind the dashboards' contribution and RFM charts, read from a finished run's classifications. */
@Repository
public class RunCharts {
    /** The Pareto curve is sampled to at most about this many points (the last customer is always one). */
    public static final int PARETO_POINTS = 200;

    private final JdbcClient jdbc;

    RunCharts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A point of the Pareto curve: the share of customers so far, the share of the total contribution so far (both in
     * %), and the profit contribution class of the customer at that point (where a click on the point leads).
     */
    public record ParetoPoint(double customers, double contribution, String contributionClass) {
    }

    /**
     * Customers with an estimated contribution, sorted by it descending (ties by customer id): for every k-th customer
     * the share of customers so far, the share of the total contribution so far and that customer's contribution
     * class. Negative contributions count as 0 (a loss-making customer adds nothing to the curve).
     */
    public List<ParetoPoint> pareto(long runId) {
        return jdbc.sql("""
                        with c as (select greatest((features->>'contribution')::numeric, 0) as v, customer_id,
                                          codes->>'contributionClass' as k from classification
                                   where run_id = :run and features->>'contribution' is not null),
                             r as (select row_number() over (order by v desc, customer_id) as n, count(*) over () as total,
                                          sum(v) over (order by v desc, customer_id rows unbounded preceding) as cum,
                                          sum(v) over () as s, k
                                   from c)
                        select 100.0 * n / total, case when s = 0 then 100.0 * n / total else 100.0 * cum / s end, k
                        from r where n = total or n % greatest(1, ceil(total / :points::numeric)::bigint) = 0
                        order by n""")
                .param("run", runId).param("points", PARETO_POINTS)
                .query((rs, i) -> new ParetoPoint(round(rs.getDouble(1)), round(rs.getDouble(2)), rs.getString(3))).list();
    }

    /** [R score, F score, customers] for every cell of the RFM grid that has customers. */
    public List<long[]> rfm(long runId) {
        List<long[]> cells = new ArrayList<>();
        jdbc.sql("""
                        select (dimensions->'rfmSegment'->'inputs'->>'R')::int, (dimensions->'rfmSegment'->'inputs'->>'F')::int, count(*)
                        from classification where run_id = :run and dimensions->'rfmSegment'->'inputs'->>'R' is not null
                          and dimensions->'rfmSegment'->'inputs'->>'F' is not null
                        group by 1, 2 order by 1, 2""")
                .param("run", runId)
                .query(rs -> {
                    cells.add(new long[]{rs.getInt(1), rs.getInt(2), rs.getLong(3)});
                });
        return cells;
    }

    private static double round(double percent) {
        return Math.round(percent * 100) / 100.0;
    }

}
