package io.clientlens.app.service;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;

/**
 * Rows the service tests need, written with plain SQL so that each test shows exactly what is on file: customers,
 * a classification run with their codes, notes, assessments, holdings, transactions, needs and decided checks.
 */
final class ServiceData {
    private final JdbcTemplate jdbc;

    ServiceData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        io.clientlens.app.support.TestDatabase.truncateAsSuperuser("service_refresh, service_generation, campaign");
    }

    /** A customer of branch/RM with a profile document (JSON, the fields after customerId). */
    ServiceData customer(String id, String branch, String rm, LocalDate birth, String gender, String profileRest) {
        String name = "\"name\": \"王" + id.substring(id.length() - 2) + "\"";
        String profile = "{\"customerId\": \"" + id + "\", " + name + (birth == null ? "" : ", \"birthDate\": \"" + birth + "\"")
                + (profileRest == null || profileRest.isBlank() ? "" : ", " + profileRest) + "}";
        jdbc.update("insert into customer (customer_id, branch_id, relationship_manager, birth_date, gender, profile) values (?, ?, ?, ?, ?, cast(? as jsonb))",
                id, branch, rm, birth, gender, profile);
        return this;
    }

    /** A finished run at {@code asOf}; returns its id. */
    long run(LocalDate asOf) {
        Long id = jdbc.queryForObject("insert into classification_run (as_of, policy_version) values (?, 'v1') returning run_id", Long.class, asOf);
        return id;
    }

    void finish(long runId) {
        jdbc.update("update classification_run set status = 'DONE', finished_at = now(), customers = (select count(*) from classification where run_id = ?) where run_id = ?",
                runId, runId);
    }

    ServiceData classified(long runId, String customerId, String serviceClass, String aumTier, String highEnd, String aum, Integer tenureDays) {
        return classified(runId, customerId, serviceClass, aumTier, highEnd, aum, tenureDays, "GENERAL");
    }

    ServiceData classified(long runId, String customerId, String serviceClass, String aumTier, String highEnd, String aum, Integer tenureDays,
                           String loyalty) {
        jdbc.update("insert into classification (run_id, customer_id, codes, features, dimensions) values (?, ?, cast(? as jsonb), cast(? as json), '{}')",
                runId, customerId, "{\"serviceClass\": \"" + serviceClass + "\", \"aumTier\": \"" + aumTier + "\", \"highEndTarget\": \""
                        + highEnd + "\", \"loyalty\": \"" + loyalty + "\"}",
                "{\"aum\": " + aum + (tenureDays == null ? "" : ", \"tenureDays\": " + tenureDays) + "}");
        return this;
    }

    ServiceData note(String customerId, LocalDate on) {
        jdbc.update("insert into interaction_note (customer_id, kind, occurred_on, body, author, author_role) values (?, 'VISIT', ?, '拜访', 'rm.one', 'RM')",
                customerId, on);
        return this;
    }

    ServiceData assessment(String customerId, LocalDate on, String channel) {
        jdbc.update("insert into questionnaire (questionnaire_id, kind, version, definition, shipped) values ('risk-test', 'RISK_TOLERANCE', 99, '{}', false) "
                + "on conflict do nothing");
        jdbc.update("""
                insert into assessment (customer_id, questionnaire_id, kind, answers, score, result_code, result, channel, recorded_by, recorded_role,
                                        assessed_at, assessed_on, policy_version)
                values (?, 'risk-test', 'RISK_TOLERANCE', '{}', 50, 'C3', '{}', ?, 'rm.one', 'RM', ?, ?, 'v1')""",
                customerId, channel, on.atTime(10, 0), on);
        return this;
    }

    ServiceData holding(String id, String customerId, String type, String amount, LocalDate opened, LocalDate maturity) {
        jdbc.update("insert into holding (holding_id, customer_id, product_code, product_type, amount, opened, maturity) values (?, ?, 'P' || ?, ?, cast(? as numeric), ?, ?)",
                id, customerId, id, type, amount, opened, maturity);
        return this;
    }

    /** An owned account with one posting. */
    ServiceData posting(String customerId, String account, LocalDate on, String direction, String amount) {
        jdbc.update("insert into account (account_id, opened) values (?, ?) on conflict do nothing", account, on.minusYears(3));
        jdbc.update("insert into account_link (link_id, customer_id, account_id, role) values (?, ?, ?, 'OWNER') on conflict do nothing",
                "L" + account, customerId, account);
        long seq = jdbc.queryForObject("select count(*) + 1 from txn where account_id = ?", Long.class, account);
        jdbc.update("insert into txn (transaction_id, seq, account_id, txn_date, direction, amount, category) values (?, ?, ?, ?, ?, cast(? as numeric), 'TRANSFER')",
                account + "-" + seq, seq, account, on, direction, amount);
        return this;
    }

    /** A need accepted on {@code on}; returns its id. */
    long acceptedNeed(String customerId, String title, LocalDate on) {
        Long id = jdbc.queryForObject("""
                insert into need (customer_id, title, expectation, voice, nature, source, importance, urgency, status, identified_by)
                values (?, ?, 'BASIC', 'STATED', 'EXPLICIT', 'INTERVIEW', 3, 3, 'ACCEPTED', 'rm.one') returning need_id""", Long.class, customerId, title);
        jdbc.update("insert into need_event (need_id, from_status, to_status, actor, actor_role, at) values (?, 'REVIEWED', 'ACCEPTED', 'rm.one', 'RM', ?)",
                id, on.atTime(9, 0).atZone(java.time.ZoneId.systemDefault()).toOffsetDateTime());
        return id;
    }

    /** A check by rm.one whose supervisor review was decided on {@code on}; returns the check id. */
    long decidedCheck(String customerId, boolean approved, LocalDate on) {
        jdbc.update("insert into product (product_code, name, risk, product_type, experienced_only, min_amount, derivative) values ('WM90', '稳健理财', 'R2', 'WEALTH', false, 0, false) on conflict do nothing");
        Long id = jdbc.queryForObject("""
                insert into suitability_check (customer_id, product_code, amount, initiated_by, decision, overridable, steps, reasons, inputs, disclosure,
                                               checked_by, checked_role, checked_at, policy_version, review)
                values (?, 'WM90', 1200000, 'BANK', 'APPROVAL_REQUIRED', false, '["SUPERVISOR_REVIEW"]', '[]', '{}', '{}', 'rm.one', 'RM', ?, 'v1', 'BEFORE_SALE')
                returning check_id""", Long.class, customerId, on.minusDays(1).atTime(10, 0));
        jdbc.update("insert into suitability_step (check_id, step, approved, document, done_by, done_role, done_at) values (?, 'SUPERVISOR_REVIEW', ?, '{}', 'sup.li', 'SUPERVISOR', ?)",
                id, approved, on.atTime(15, 0));
        return id;
    }
}
