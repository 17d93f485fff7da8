package io.clientlens.app.analytics.web;

import io.clientlens.aml.monitor.AlertRule;
import io.clientlens.app.aml.AlertQueries;
import io.clientlens.app.analytics.RunCharts;
import io.clientlens.app.classify.PerRunCache;
import io.clientlens.app.classify.RunQueries;
import io.clientlens.app.security.Capability;
import io.clientlens.app.security.SignedInUser;
import io.clientlens.code.Dimension;
import io.clientlens.code.Language;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of the dashboards' charts, for the charts (JSON) and for their text alternatives (tables on the page),
 * with what each role may see and where a click leads: the customer list, filtered to the bar, cell or point, for the
 * roles that may read customers (docs/USER-GUIDE.md, "Dashboards"). The AML rating distribution is for the roles that
 * may see the rating, the alerts by rule for compliance (no tipping-off: docs/AML.md).
 */
@Component
class DashboardFigures {
    /** The shares of customers at which the Pareto curve's table reads it. */
    static final List<Integer> PARETO_ROWS = List.of(5, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100);

    private final RunQueries runs;
    private final PerRunCache<List<RunCharts.ParetoPoint>> paretoPerRun;
    private final PerRunCache<List<long[]>> rfmPerRun;
    private final AlertQueries alerts;

    DashboardFigures(RunQueries runs, RunCharts charts, AlertQueries alerts) {
        this.runs = runs;
        this.alerts = alerts;
        this.paretoPerRun = new PerRunCache<>(run -> charts.pareto(run.runId()));
        this.rfmPerRun = new PerRunCache<>(run -> charts.rfm(run.runId()));
    }

    /** Computes and keeps the latest run's figures (see DashboardsPage). */
    void warm(RunQueries.RunInfo run) {
        runs.counts(run);
        paretoPerRun.get(run);
        rfmPerRun.get(run);
    }

    List<RunCharts.ParetoPoint> pareto(RunQueries.RunInfo run) {
        return paretoPerRun.get(run);
    }

    List<long[]> rfm(RunQueries.RunInfo run) {
        return rfmPerRun.get(run);
    }

    /** The customer list a click leads to, or null for the roles that see no single customer (analysts). */
    static String drillUrl(SignedInUser user) {
        return Capability.READ_CUSTOMERS.allows(user.role()) ? "/customers" : null;
    }

    static boolean seesAmlRating(SignedInUser user) {
        return Capability.SEE_AML_RATING.allows(user.role());
    }

    static boolean seesAlerts(SignedInUser user) {
        return Capability.READ_AML.allows(user.role());
    }

    /** Whether a click on the AML rating chart may open the list filtered by the rating (the list offers that filter). */
    static boolean drillsIntoAmlRating(SignedInUser user) {
        return drillUrl(user) != null && seesAmlRating(user);
    }

    /** The AML rating distribution, for the roles that may see it. */
    Optional<Distributions.Distribution> amlRatings(RunQueries.RunInfo run, SignedInUser user, Language lang) {
        return seesAmlRating(user) ? Distributions.one(Dimension.AML_RISK, runs.counts(run), lang) : Optional.empty();
    }

    /** A rule's alerts, for compliance. */
    record RuleCount(String code, String label, long alerts) {
    }

    Optional<List<RuleCount>> alertsByRule(SignedInUser user, Language lang) {
        if (!seesAlerts(user)) {
            return Optional.empty();
        }
        List<RuleCount> counts = new ArrayList<>();
        for (Map.Entry<AlertRule, Long> e : alerts.countByRule().entrySet()) {
            counts.add(new RuleCount(e.getKey().name(), e.getKey().label().in(lang), e.getValue()));
        }
        return Optional.of(counts);
    }

    /** A row of the Pareto curve's table: the share of customers, of contribution, and the class there. */
    record ParetoRow(String customers, String contribution, String contributionClass, String classLabel) {
    }

    /** The curve read at {@link #PARETO_ROWS}: each row is the first sampled point at or beyond that share. */
    static List<ParetoRow> paretoRows(List<RunCharts.ParetoPoint> points, Language lang) {
        List<ParetoRow> rows = new ArrayList<>();
        for (int share : PARETO_ROWS) {
            points.stream().filter(p -> p.customers() >= share).findFirst().ifPresent(p -> rows.add(new ParetoRow(
                    percent(p.customers()), percent(p.contribution()), p.contributionClass(),
                    p.contributionClass() == null ? "—" : Dimension.CONTRIBUTION_CLASS.labelOf(p.contributionClass()).in(lang))));
        }
        return rows;
    }

    /** The RFM grid as a table: one row per F score (5 at the top, as in the chart), one column per R score. */
    static List<List<Long>> rfmRows(List<long[]> cells) {
        List<List<Long>> rows = new ArrayList<>();
        for (int f = 5; f >= 1; f--) {
            List<Long> row = new ArrayList<>();
            for (int r = 1; r <= 5; r++) {
                long n = 0;
                for (long[] c : cells) {
                    if (c[0] == r && c[1] == f) {
                        n = c[2];
                    }
                }
                row.add(n);
            }
            rows.add(row);
        }
        return rows;
    }

    /** The Pareto points as the chart takes them: [customers %, contribution %, class code]. */
    static List<List<Object>> paretoJson(List<RunCharts.ParetoPoint> points) {
        return points.stream().map(p -> {
            List<Object> v = new ArrayList<>();
            v.add(p.customers());
            v.add(p.contribution());
            v.add(p.contributionClass());
            return v;
        }).toList();
    }

    static Map<String, Object> rating(Distributions.Distribution d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", d.code());
        m.put("label", d.label());
        m.put("bars", d.bars());
        return m;
    }

    private static String percent(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f %%", v);
    }
}
