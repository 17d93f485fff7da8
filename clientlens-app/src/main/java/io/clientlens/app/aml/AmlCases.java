package io.clientlens.app.aml;

import io.clientlens.aml.cases.CaseAction;
import io.clientlens.aml.cases.CaseDecision;
import io.clientlens.aml.cases.CaseStatus;
import io.clientlens.aml.cases.CaseStep;
import io.clientlens.aml.cases.CaseWorkflow;
import io.clientlens.aml.monitor.AlertRule;
import io.clientlens.app.aml.persistence.AlertStore;
import io.clientlens.app.aml.persistence.CaseStore;
import io.clientlens.code.Dimension;
import io.clientlens.code.Label;
import io.clientlens.policy.Policy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compliance cases (docs/AML.md, "Cases"): the queue, one case with its alerts, the customer's rating and history,
 * and the workflow's steps. For compliance only: nothing here is ever shown to an RM, sales staff or a supervisor
 * (no tipping-off; the roles are checked by security.SecurityConfiguration for the API and the pages, and the command
 * line trusts whoever may run it on the server).
 */
@Service
public class AmlCases {
    public static final int MAX_LIST = 1_000;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final AlertStore alerts;
    private final Policy policy;

    AmlCases(DataSource dataSource, JdbcClient jdbc, AlertStore alerts, Policy policy) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.alerts = alerts;
        this.policy = policy;
    }

    /** Which cases a listing shows: open ones (null status and openOnly), one status, a customer, a rule, a rating. */
    public record CaseFilter(boolean openOnly, CaseStatus status, String customerId, AlertRule rule, String rating) {
        public static final CaseFilter OPEN = new CaseFilter(true, null, null, null, null);
    }

    /** One line of the queue. */
    public record CaseSummary(long caseId, String customerId, CaseStatus status, Instant openedAt, LocalDate dueOn,
                              boolean overdue, int alerts, List<AlertRule> rules, String rating, CaseDecision proposed,
                              String proposedBy, CaseDecision decision, LocalDate strDueOn, LocalDate strFiledOn) {
    }

    /** The customer's latest AML rating with its reasons (from the latest classification run), if rated. */
    public record Rating(String code, Label label, List<Label> reasons, LocalDate asOf) {
    }

    public record CaseDetail(CaseSummary summary, Optional<Rating> rating, List<StoredAlert> alerts,
                             List<ScreeningMatch> matches, List<CaseStore.Event> events) {
    }

    /** A possible watch-list match of the case (docs/AML.md, "Screening"). */
    public record ScreeningMatch(long matchId, String listName, String entityId, String listedName, String customerName,
                                 java.math.BigDecimal score, Label reason, String decision, String decidedBy) {
    }

    /**
     * Compliance confirms or dismisses a possible match of an undecided case, with an opinion; audited on the case.
     * A confirmed match sets the customer's confirmed watch-list hit (PROHIBITED from the next classification).
     */
    public StepOutcome decideMatch(long caseId, long matchId, boolean confirmed, String opinion, String officer) {
        if (opinion == null || opinion.isBlank()) {
            return new StepOutcome.Refused(Label.of("请填写意见（opinion）", "an opinion is required (opinion)"));
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                CaseStore.StoredCase stored = CaseStore.lock(c, caseId);
                if (stored == null) {
                    c.rollback();
                    return new StepOutcome.NoSuchCase();
                }
                if (!stored.state().status().isOpen()) {
                    c.rollback();
                    return new StepOutcome.Refused(Label.of("案件已决定", "the case is decided"));
                }
                int changed;
                try (var ps = c.prepareStatement("update aml_screening_hit set decision = ?, decided_by = ?, decided_at = now() "
                        + "where hit_id = ? and decision is null and hit_id in (select hit_id from aml_case_hit where case_id = ?)")) {
                    ps.setString(1, confirmed ? "CONFIRMED" : "DISMISSED");
                    ps.setString(2, officer);
                    ps.setLong(3, matchId);
                    ps.setLong(4, caseId);
                    changed = ps.executeUpdate();
                }
                if (changed == 0) {
                    c.rollback();
                    return new StepOutcome.Refused(Label.of("案件中没有尚未处理的名单命中 #" + matchId,
                            "the case has no undecided match #" + matchId));
                }
                try (var ps = c.prepareStatement("insert into aml_case_event (case_id, actor, action, from_status, to_status, "
                        + "opinion, matches) values (?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setLong(1, caseId);
                    ps.setString(2, officer);
                    ps.setString(3, confirmed ? "MATCH_CONFIRMED" : "MATCH_DISMISSED");
                    ps.setString(4, stored.state().status().name());
                    ps.setString(5, stored.state().status().name());
                    ps.setString(6, opinion.strip());
                    ps.setArray(7, c.createArrayOf("bigint", new Object[] {matchId}));
                    ps.executeUpdate();
                }
                if (confirmed) {
                    try (var ps = c.prepareStatement("insert into aml_customer_flag (customer_id, confirmed_watch_list_hit) "
                            + "values (?, true) on conflict (customer_id) do update set confirmed_watch_list_hit = true, "
                            + "updated_at = now()")) {
                        ps.setString(1, stored.customerId());
                        ps.executeUpdate();
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not change case " + caseId + ": " + e.getMessage(), e);
        }
        return new StepOutcome.Done(get(caseId).orElseThrow().summary());
    }

    private List<ScreeningMatch> matches(long caseId) {
        return jdbc.sql("select h.hit_id, h.list_name, h.entity_id, h.listed_name, h.customer_name, h.score, h.reason_zh, "
                        + "h.reason_en, h.decision, h.decided_by from aml_case_hit x join aml_screening_hit h using (hit_id) "
                        + "where x.case_id = :id order by h.hit_id")
                .param("id", caseId)
                .query((rs, i) -> new ScreeningMatch(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBigDecimal(6), Label.of(rs.getString(7), rs.getString(8)), rs.getString(9),
                        rs.getString(10))).list();
    }

    /** The outcome of a step: done (with the case after it), refused (why, zh/en) or no such case. */
    public sealed interface StepOutcome {
        record Done(CaseSummary after) implements StepOutcome {
        }

        record Refused(Label why) implements StepOutcome {
        }

        record NoSuchCase() implements StepOutcome {
        }
    }

    private static final String SUMMARY = """
            select k.case_id, k.customer_id, k.status, k.opened_at, k.due_on, k.proposed, k.proposed_by, k.decision,
                   k.str_due_on, k.str_filed_on,
                   (select count(*) from aml_case_alert x where x.case_id = k.case_id) as alerts,
                   (select coalesce(array_agg(distinct a.rule order by a.rule), '{}') from aml_case_alert x
                    join aml_alert a using (alert_id) where x.case_id = k.case_id) as rules,
                   (select c.codes->>'amlRisk' from classification c where c.customer_id = k.customer_id
                      and c.run_id = (select max(run_id) from classification_run where status = 'DONE')) as rating
            from aml_case k""";

    private static final String WHERE = """
             where (cast(:status as text) is null or k.status = :status)
               and (cast(:customer as text) is null or k.customer_id = :customer)
               and (cast(:rule as text) is null or exists (select 1 from aml_case_alert x join aml_alert a using (alert_id)
                                                           where x.case_id = k.case_id and a.rule = :rule))""";

    public List<CaseSummary> list(CaseFilter filter, int limit) {
        List<CaseSummary> cases = new ArrayList<>();
        LocalDate today = LocalDate.now();
        jdbc.sql("select * from (" + SUMMARY + " " + WHERE + (filter.openOnly() ? " and k.status <> 'DECIDED'" : "")
                        + ") q where (cast(:rating as text) is null or q.rating = :rating) order by q.due_on, q.case_id limit :limit")
                .param("status", filter.status() == null ? null : filter.status().name())
                .param("customer", blankToNull(filter.customerId()))
                .param("rule", filter.rule() == null ? null : filter.rule().name())
                .param("rating", blankToNull(filter.rating()))
                .param("limit", Math.max(1, Math.min(limit, MAX_LIST)))
                .query(rs -> {
                    cases.add(summary(rs, today));
                });
        return cases;
    }

    /**
     * The queue's counts over every case: open cases by rule of their alerts and by the customer's rating (UNKNOWN:
     * not rated), open cases, and overdue ones (a decision or an approved STR past its due date).
     */
    public record Counts(Map<AlertRule, Integer> byRule, Map<String, Integer> byRating, int open, int overdue) {
    }

    public Counts counts() {
        Map<AlertRule, Integer> byRule = new LinkedHashMap<>();
        for (AlertRule r : AlertRule.values()) {
            byRule.put(r, 0);
        }
        jdbc.sql("select a.rule, count(distinct k.case_id) from aml_case k join aml_case_alert x using (case_id) "
                        + "join aml_alert a using (alert_id) where k.status <> 'DECIDED' group by a.rule")
                .query(rs -> {
                    byRule.put(AlertRule.valueOf(rs.getString(1)), rs.getInt(2));
                });
        // every level shown, with its zero, as every rule is; cases of customers not rated come last when there are any
        Map<String, Integer> byRating = new LinkedHashMap<>();
        for (String level : Dimension.AML_RISK.valueCodes()) {
            byRating.put(level, 0);
        }
        jdbc.sql("select coalesce(c.codes->>'amlRisk', 'UNKNOWN') as rating, count(*) from aml_case k "
                        + "left join classification c on c.customer_id = k.customer_id "
                        + "and c.run_id = (select max(run_id) from classification_run where status = 'DONE') "
                        + "where k.status <> 'DECIDED' group by 1")
                .query(rs -> {
                    byRating.put(rs.getString(1), rs.getInt(2));
                });
        int[] totals = {0, 0};
        jdbc.sql("select count(*) filter (where status <> 'DECIDED'), count(*) filter (where status <> 'DECIDED' and due_on < :today "
                        + "or str_due_on < :today and str_filed_on is null) from aml_case")
                .param("today", LocalDate.now())
                .query(rs -> {
                    totals[0] = rs.getInt(1);
                    totals[1] = rs.getInt(2);
                });
        return new Counts(byRule, byRating, totals[0], totals[1]);
    }

    public Optional<CaseDetail> get(long caseId) {
        LocalDate today = LocalDate.now();
        List<CaseSummary> found = new ArrayList<>();
        jdbc.sql(SUMMARY + " where k.case_id = :id").param("id", caseId).query(rs -> {
            found.add(summary(rs, today));
        });
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CaseSummary s = found.get(0);
        try (Connection c = dataSource.getConnection()) {
            return Optional.of(new CaseDetail(s, rating(s.customerId()), alerts.ofCase(caseId), matches(caseId),
                    CaseStore.events(c, caseId)));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read case " + caseId + ": " + e.getMessage(), e);
        }
    }

    /** The customer's cases, newest first (the customer's page for compliance). */
    /** A transaction an alert names: when, which account, which way, how much and how. */
    public record Transaction(String id, LocalDate date, String account, String direction, java.math.BigDecimal amount,
                              String channel) {
    }

    /** These transactions (alerts name them), by date, account and sequence; ids not found are left out. */
    public List<Transaction> transactions(java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select transaction_id, txn_date, account_id, direction, amount, channel from txn "
                        + "where transaction_id = any(:ids) order by txn_date, account_id, seq")
                .param("ids", ids.toArray(String[]::new))
                .query((rs, i) -> new Transaction(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getString(4), rs.getBigDecimal(5), rs.getString(6))).list();
    }

    public List<CaseSummary> ofCustomer(String customerId) {
        return list(new CaseFilter(false, null, customerId, null, null), MAX_LIST);
    }

    private Optional<Rating> rating(String customerId) {
        List<Rating> found = new ArrayList<>();
        jdbc.sql("""
                select c.codes->>'amlRisk', r.as_of,
                       coalesce((select json_agg(json_build_array(x->>'zh', x->>'en'))
                                 from jsonb_array_elements((c.dimensions::jsonb)->'amlRisk'->'reasons') x), '[]')::text
                from classification c join classification_run r using (run_id)
                where c.customer_id = :id and c.run_id = (select max(run_id) from classification_run where status = 'DONE')""")
                .param("id", customerId).query(rs -> {
                    String code = rs.getString(1);
                    if (code == null) {
                        return;
                    }
                    List<Label> reasons = new ArrayList<>();
                    try {
                        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(rs.getString(3));
                        tree.forEach(pair -> reasons.add(Label.of(pair.get(0).asText(), pair.get(1).asText())));
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new IllegalStateException(e);
                    }
                    Label label = io.clientlens.code.Dimension.AML_RISK.accepts(code)
                            ? io.clientlens.code.Dimension.AML_RISK.labelOf(code) : Label.of(code, code);
                    found.add(new Rating(code, label, reasons, rs.getObject(2, LocalDate.class)));
                });
        return found.stream().findFirst();
    }

    /**
     * One step of the workflow by {@code officer} (a compliance user): the case is locked, the step checked by
     * {@link CaseWorkflow}, the new state stored with its audit record, and an approved STR marks the customer for
     * the rating (at least HIGH from the next classification), all in one transaction.
     */
    public StepOutcome act(long caseId, CaseAction action, String officer) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                CaseStore.StoredCase stored = CaseStore.lock(c, caseId);
                if (stored == null) {
                    c.rollback();
                    return new StepOutcome.NoSuchCase();
                }
                CaseStep step = CaseWorkflow.apply(stored.state(), action, officer, LocalDate.now(),
                        policy.aml().cases().strDueWorkingDays());
                if (step instanceof CaseStep.Refused refused) {
                    c.rollback();
                    return new StepOutcome.Refused(refused.why());
                }
                CaseStep.Moved moved = (CaseStep.Moved) step;
                CaseDecision decision = action instanceof CaseAction.Propose p ? p.decision()
                        : action instanceof CaseAction.Approve ? stored.state().proposed() : null;
                CaseStore.step(c, caseId, officer, action.code(), moved.before(), moved.after(), decision, action.opinion());
                if (moved.after().decision() == CaseDecision.REPORT_STR) {
                    try (var ps = c.prepareStatement("""
                            insert into aml_customer_flag (customer_id, open_suspicious_report) values (?, true)
                            on conflict (customer_id) do update set open_suspicious_report = true, updated_at = now()""")) {
                        ps.setString(1, stored.customerId());
                        ps.executeUpdate();
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not change case " + caseId + ": " + e.getMessage(), e);
        }
        return new StepOutcome.Done(get(caseId).orElseThrow().summary());
    }

    private static CaseSummary summary(java.sql.ResultSet rs, LocalDate today) throws SQLException {
        CaseStatus status = CaseStatus.valueOf(rs.getString(3));
        LocalDate due = rs.getObject(5, LocalDate.class);
        List<AlertRule> rules = new ArrayList<>();
        for (String r : (String[]) rs.getArray(12).getArray()) {
            rules.add(AlertRule.valueOf(r));
        }
        LocalDate strDue = rs.getObject(9, LocalDate.class);
        LocalDate strFiled = rs.getObject(10, LocalDate.class);
        boolean overdue = status.isOpen() && due.isBefore(today) || strDue != null && strFiled == null && strDue.isBefore(today);
        return new CaseSummary(rs.getLong(1), rs.getString(2), status, rs.getTimestamp(4).toInstant(), due, overdue,
                rs.getInt(11), rules, rs.getString(13), decision(rs.getString(6)), rs.getString(7), decision(rs.getString(8)),
                strDue, strFiled);
    }

    private static CaseDecision decision(String code) {
        return code == null ? null : CaseDecision.valueOf(code);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
