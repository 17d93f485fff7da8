package io.clientlens.app.aml.persistence;

import io.clientlens.aml.cases.CaseDecision;
import io.clientlens.aml.cases.CaseState;
import io.clientlens.aml.cases.CaseStatus;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cases of compliance in {@code aml_case}, their alerts ({@code aml_case_alert}) and their append-only history
 * ({@code aml_case_event}); docs/AML.md, "Cases". Static and on the caller's connection, so that grouping runs in
 * the monitoring run's transaction and a step is stored with its audit record or not at all.
 */
public final class CaseStore {
    /** The actor of steps nobody took by hand (a case opened by monitoring). */
    public static final String SYSTEM = "system";

    private CaseStore() {
    }

    /**
     * Puts every alert that is in no case yet into its customer's undecided case, opening one (due {@code dueOn})
     * where the customer has none. Audited: OPENED for each new case, ALERTS_ADDED with the alerts for each case.
     *
     * @return the number of cases opened
     */
    public static int groupAlerts(Connection c, LocalDate dueOn) throws SQLException {
        return group(c, dueOn, CaseItems.ALERTS);
    }

    /**
     * As {@link #groupAlerts} for the possible matches of watch-list screening: each one in no case yet goes into its
     * customer's undecided case, opening one where there is none; audited OPENED and MATCHES_ADDED.
     *
     * @return the number of cases opened
     */
    public static int groupMatches(Connection c, LocalDate dueOn) throws SQLException {
        return group(c, dueOn, CaseItems.MATCHES);
    }

    /** What a case collects: the table of the items, their link table to cases, and how the event names them. */
    private enum CaseItems {
        ALERTS("aml_alert", "alert_id", "aml_case_alert", "ALERTS_ADDED", "alerts"),
        MATCHES("aml_screening_hit", "hit_id", "aml_case_hit", "MATCHES_ADDED", "matches");

        final String table;
        final String id;
        final String links;
        final String action;
        final String eventColumn;

        CaseItems(String table, String id, String links, String action, String eventColumn) {
            this.table = table;
            this.id = id;
            this.links = links;
            this.action = action;
            this.eventColumn = eventColumn;
        }
    }

    // The names put into the statements are the constants above, never input.
    private static int group(Connection c, LocalDate dueOn, CaseItems items) throws SQLException {
        int opened;
        try (PreparedStatement ps = c.prepareStatement("""
                with opened as (
                    insert into aml_case (customer_id, status, due_on)
                    select distinct i.customer_id, 'OPEN', ?
                    from %1$s i
                    where not exists (select 1 from %3$s x where x.%2$s = i.%2$s)
                      and not exists (select 1 from aml_case k where k.customer_id = i.customer_id and k.status <> 'DECIDED')
                    returning case_id)
                insert into aml_case_event (case_id, actor, action, to_status)
                select case_id, ?, 'OPENED', 'OPEN' from opened""".formatted(items.table, items.id, items.links))) {
            ps.setObject(1, dueOn);
            ps.setString(2, SYSTEM);
            opened = ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                with linked as (
                    insert into %3$s (case_id, %2$s)
                    select k.case_id, i.%2$s
                    from %1$s i
                    join aml_case k on k.customer_id = i.customer_id and k.status <> 'DECIDED'
                    where not exists (select 1 from %3$s x where x.%2$s = i.%2$s)
                    returning case_id, %2$s)
                insert into aml_case_event (case_id, actor, action, from_status, to_status, %5$s)
                select l.case_id, ?, '%4$s', k.status, k.status, array_agg(l.%2$s order by l.%2$s)
                from linked l join aml_case k using (case_id)
                group by l.case_id, k.status""".formatted(items.table, items.id, items.links, items.action, items.eventColumn))) {
            ps.setString(1, SYSTEM);
            ps.executeUpdate();
        }
        return opened;
    }

    /** A case as stored. */
    public record StoredCase(long caseId, String customerId, java.time.Instant openedAt, LocalDate dueOn, CaseState state,
                             int alerts) {
    }

    /** The case, locked for the rest of the transaction; null if there is none. */
    public static StoredCase lock(Connection c, long caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " where k.case_id = ? for update of k")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? map(rs) : null;
            }
        }
    }

    /** Stores the case's new state and audits the step, in the caller's transaction. */
    public static void step(Connection c, long caseId, String actor, String action, CaseState before, CaseState after,
                            CaseDecision decision, String opinion) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                update aml_case set status = ?, proposed = ?, proposed_by = ?, decision = ?, decided_on = ?, str_due_on = ?,
                       str_filed_on = ?, updated_at = now() where case_id = ?""")) {
            CaseState s = after;
            ps.setString(1, s.status().name());
            ps.setString(2, s.proposed() == null ? null : s.proposed().name());
            ps.setString(3, s.proposedBy());
            ps.setString(4, s.decision() == null ? null : s.decision().name());
            ps.setObject(5, s.decidedOn());
            ps.setObject(6, s.strDueOn());
            ps.setObject(7, s.strFiledOn());
            ps.setLong(8, caseId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                insert into aml_case_event (case_id, actor, action, from_status, to_status, decision, opinion)
                values (?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setLong(1, caseId);
            ps.setString(2, actor);
            ps.setString(3, action);
            ps.setString(4, before.status().name());
            ps.setString(5, after.status().name());
            ps.setString(6, decision == null ? null : decision.name());
            ps.setString(7, opinion == null || opinion.isBlank() ? null : opinion.strip());
            ps.executeUpdate();
        }
    }

    /** Whether the customer has an approved STR (docs/AML.md: at least HIGH from then on). */
    public static boolean hasApprovedStr(Connection c, String customerId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select exists (select 1 from aml_case where customer_id = ? and decision = 'REPORT_STR')")) {
            ps.setString(1, customerId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    static final String SELECT = """
            select k.case_id, k.customer_id, k.opened_at, k.due_on, k.status, k.proposed, k.proposed_by, k.decision,
                   k.decided_on, k.str_due_on, k.str_filed_on,
                   (select count(*) from aml_case_alert x where x.case_id = k.case_id) as alerts
            from aml_case k""";

    static StoredCase map(ResultSet rs) throws SQLException {
        CaseState state = new CaseState(CaseStatus.valueOf(rs.getString(5)), decision(rs.getString(6)), rs.getString(7),
                decision(rs.getString(8)), rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class),
                rs.getObject(11, LocalDate.class));
        return new StoredCase(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                rs.getObject(4, LocalDate.class), state, rs.getInt(12));
    }

    private static CaseDecision decision(String code) {
        return code == null ? null : CaseDecision.valueOf(code);
    }

    /** One audited step. */
    public record Event(long eventId, java.time.Instant at, String actor, String action, String fromStatus, String toStatus,
                        String decision, String opinion, List<Long> alerts, List<Long> matches) {
    }

    public static List<Event> events(Connection c, long caseId) throws SQLException {
        List<Event> events = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select event_id, at, actor, action, from_status, to_status, decision, "
                + "opinion, alerts, matches from aml_case_event where case_id = ? order by event_id")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Array a = rs.getArray(9);
                    List<Long> alerts = a == null ? List.of() : Arrays.asList((Long[]) a.getArray());
                    Array m = rs.getArray(10);
                    List<Long> matches = m == null ? List.of() : Arrays.asList((Long[]) m.getArray());
                    events.add(new Event(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), alerts, matches));
                }
            }
        }
        return events;
    }
}
