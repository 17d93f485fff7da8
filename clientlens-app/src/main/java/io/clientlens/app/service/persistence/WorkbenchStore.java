package io.clientlens.app.service.persistence;

import io.clientlens.app.security.Scope;
import io.clientlens.app.service.WorkbenchView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The workbench's figures: the book per run (service_book), the RM's checks waiting for a review or an approval. */
@Repository
public class WorkbenchStore {
    private static final int TREND_RUNS = 12;
    /** The check c: nothing refused, and a review or an approval it asks for is not given yet. */
    private static final String WAITING_FOR_REVIEW_OR_APPROVAL = """
            not exists (select 1 from suitability_step s where s.check_id = c.check_id and not s.approved)
            and ((c.steps @> '["SUPERVISOR_REVIEW"]'
                      and not exists (select 1 from suitability_step s where s.check_id = c.check_id and s.step = 'SUPERVISOR_REVIEW'))
                 or (c.steps @> '["SECOND_APPROVAL"]'
                      and not exists (select 1 from suitability_step s where s.check_id = c.check_id and s.step = 'SECOND_APPROVAL')))""";
    private final JdbcClient jdbc;

    WorkbenchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The book of the scope at the latest run with figures; empty book when there is none. */
    public WorkbenchView.Book book(Scope.Filter scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(scope, params);
        List<WorkbenchView.TrendPoint> trend = new ArrayList<>(jdbc.sql("""
                        select b.run_id, r.as_of, sum(b.customers), sum(b.aum) from service_book b join classification_run r on r.run_id = b.run_id
                        """ + where + " group by b.run_id, r.as_of order by b.run_id desc limit " + TREND_RUNS)
                .params(params)
                .query((rs, i) -> new WorkbenchView.TrendPoint(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getLong(3), rs.getBigDecimal(4)))
                .list());
        java.util.Collections.reverse(trend);
        if (trend.isEmpty()) {
            return new WorkbenchView.Book(null, null, 0, BigDecimal.ZERO, List.of(), 0, 0, List.of());
        }
        WorkbenchView.TrendPoint latest = trend.get(trend.size() - 1);
        params.put("run", latest.runId());
        List<WorkbenchView.ClassFigure> byClass = new ArrayList<>();
        long[] changes = {0, 0};
        jdbc.sql("select b.service_class, sum(b.customers), sum(b.aum), sum(b.new_customers), sum(b.lost_customers) from service_book b "
                        + where + " and b.run_id = :run group by b.service_class order by b.service_class")
                .params(params)
                .query(rs -> {
                    byClass.add(new WorkbenchView.ClassFigure(rs.getString(1), rs.getLong(2), rs.getBigDecimal(3)));
                    changes[0] += rs.getLong(4);
                    changes[1] += rs.getLong(5);
                });
        return new WorkbenchView.Book(latest.runId(), latest.asOf(), latest.customers(), latest.aum(), byClass, changes[0], changes[1], trend);
    }

    private static String where(Scope.Filter scope, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(TaskStore.noBranch(scope) ? " where false" : " where true");
        if (TaskStore.noBranch(scope)) {
            return where.toString();
        }
        if (scope.branch() != null) {
            where.append(" and b.branch_id = :branch");
            params.put("branch", scope.branch());
        }
        if (scope.rmId() != null) {
            where.append(" and b.rm_id = :rm");
            params.put("rm", scope.rmId());
        }
        return where.toString();
    }

    /**
     * The latest checks still waiting for a supervisor review or a second approval: those {@code checkedBy} made (an RM),
     * or those of the scope (a supervisor: the branch). A decided check leaves the list; its outcome reaches the RM as
     * an approval outcome task and on the check's page.
     */
    public List<WorkbenchView.CheckLine> checks(String checkedBy, Scope.Filter scope, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where ").append(WAITING_FOR_REVIEW_OR_APPROVAL);
        if (checkedBy != null) {
            where.append(" and c.checked_by = :by");
            params.put("by", checkedBy);
        }
        TaskStore.scoped(where, scope, params);
        return jdbc.sql("""
                        select c.check_id, c.customer_id, cu.customer_type, cu.profile ->> 'name', c.product_code, c.amount, c.checked_at,
                               c.steps::text, exists (select 1 from suitability_step s
                                                      where s.check_id = c.check_id and s.step = 'SUPERVISOR_REVIEW')
                        from suitability_check c join customer cu on cu.customer_id = c.customer_id""" + where
                        + " order by c.check_id desc limit " + limit)
                .params(params)
                .query((rs, i) -> new WorkbenchView.CheckLine(rs.getLong(1), rs.getString(2), Names.shown(rs.getString(3), rs.getString(4)),
                        rs.getString(5), rs.getBigDecimal(6), status(rs.getString(8), rs.getBoolean(9)),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
                .list();
    }

    /** What a waiting check waits for: the review while it is asked for and not given, else the second approval. */
    static String status(String steps, boolean reviewed) {
        return steps.contains("SUPERVISOR_REVIEW") && !reviewed ? "AWAITING_REVIEW" : "AWAITING_SECOND_APPROVAL";
    }

}
