package io.clientlens.app.service;

import io.clientlens.app.support.PostgresTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Tasks computed from what is in the database: every kind, idempotent, cleared when their condition ends, recorded. */
class TaskGenerationTest extends PostgresTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);

    @Autowired
    TaskGeneration generation;

    ServiceData data;
    long run;

    @BeforeEach
    void base() {
        data = new ServiceData(jdbc);
        // C01: class A, private banking, birthday in 5 days, turning 60 (male) in 5 days, a child turning 18 in 20 days,
        // assessed face to face 2025-10-20 (valid until 2026-10-19), a wealth product maturing 2026-10-15,
        // 800,000 in within 30 days, a need accepted 2026-06-01, a review decided 2026-09-25, last visit 2026-07-15.
        data.customer("C01", "BR001", "RM01", LocalDate.of(1966, 10, 5), "M",
                "\"family\": [{\"relation\": \"CHILD\", \"birthDate\": \"2008-10-20\"}]");
        // C02: class C, never contacted since the relationship began 400 days before as-of; nothing else
        data.customer("C02", "BR001", "RM02", LocalDate.of(1990, 3, 1), "F", null);
        // C03: class B at another branch, contacted 2026-09-01: nothing due
        data.customer("C03", "BR002", "RM04", LocalDate.of(1985, 1, 1), "F", null);
        run = data.run(AS_OF);
        data.classified(run, "C01", "A", "PRIVATE", "YES", "7000000", 3000)
                .classified(run, "C02", "C", "MASS", "NO", "1000", 400)
                .classified(run, "C03", "B", "AFFLUENT", "NO", "800000", 900);
        data.finish(run);
        data.assessment("C01", LocalDate.of(2025, 10, 20), "BRANCH")
                .holding("H1", "C01", "WEALTH", "300000", LocalDate.of(2026, 4, 15), LocalDate.of(2026, 10, 15))
                .holding("H2", "C01", "FUND", "100000", LocalDate.of(2026, 4, 15), null)
                .posting("C01", "A01", LocalDate.of(2026, 9, 20), "CREDIT", "800000")
                .note("C01", LocalDate.of(2026, 7, 15))
                .note("C03", LocalDate.of(2026, 9, 1));
        data.acceptedNeed("C01", "子女教育金", LocalDate.of(2026, 6, 1));
        data.decidedCheck("C01", true, LocalDate.of(2026, 9, 25));
        // what the rows above queued by trigger: nothing but the run's computation is left for the tests
        assertThat(jdbc.queryForList("select distinct customer_id from service_refresh where customer_id is not null order by 1", String.class))
                .containsExactly("C01", "C03");
        jdbc.update("delete from service_refresh where customer_id is not null");
    }

    private List<String> keys() {
        return jdbc.queryForList("select task_key from service_task order by task_key", String.class);
    }

    @Test
    void computesEveryKindAtTheRunsAsOfDate() {
        var g = generation.everyone();
        assertThat(g.asOf()).isEqualTo(AS_OF);
        assertThat(g.customers()).isEqualTo(3);
        long check = jdbc.queryForObject("select check_id from suitability_check", Long.class);
        long need = jdbc.queryForObject("select need_id from need", Long.class);
        long assessment = jdbc.queryForObject("select assessment_id from assessment", Long.class);
        assertThat(keys()).containsExactly(
                "APPROVAL_OUTCOME:C01:" + check + ":SUPERVISOR_REVIEW",
                "ASSESSMENT_EXPIRY:C01:" + assessment,
                "BIRTHDAY:C01:2026",
                "CONTACT_PLAN:C01:2026-08-15",
                "CONTACT_PLAN:C02:2026-02-26",
                "LARGE_MOVEMENT:C01:IN:P690",
                "LIFE_EVENT:C01:CHILD-2008-10-20:18",
                "LIFE_EVENT:C01:SELF:2026-10-05",
                "MATURITY:C01:H1:2026-10-15",
                "NEEDS_REVIEW:C01:" + need);
        assertThat(g.created()).isEqualTo(10);
        Map<String, Object> contact = jdbc.queryForMap("select kind, due_on, rule, reason_zh, reason_en, policy_version, as_of, state, inputs::text as inputs "
                + "from service_task where customer_id = 'C02'");
        assertThat(contact).containsEntry("rule", "neverContacted").containsEntry("policy_version", "v1").containsEntry("state", "OPEN");
        // tenure 400 days: the relationship began 2025-08-26 (2026-09-30 − 365 − 35), six months later is 2026-02-26
        assertThat(contact.get("reason_zh").toString()).contains("C 类客户应每 6 个月至少联系一次");
        assertThat(contact.get("inputs").toString()).contains("\"serviceClass\": \"C\"");
    }

    @Test
    void computingAgainAddsNothingAndADoneTaskStaysDone() {
        generation.everyone();
        jdbc.update("update service_task set state = 'DONE', closed_by = 'rm.one', closed_role = 'RM', closed_at = now() where task_key = 'BIRTHDAY:C01:2026'");
        var again = generation.everyone();
        assertThat(again.created()).isZero();
        assertThat(again.cleared()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from service_task", Integer.class)).isEqualTo(10);
        assertThat(jdbc.queryForObject("select state from service_task where task_key = 'BIRTHDAY:C01:2026'", String.class)).isEqualTo("DONE");
        assertThat(jdbc.queryForObject("select count(*) from service_generation", Integer.class)).isEqualTo(2);
        // computing everyone took what the run had queued
        assertThat(jdbc.queryForObject("select count(*) from service_refresh", Integer.class)).isZero();
    }

    @Test
    void anOpenTaskWhoseRuleChangedTakesTheNewExplanationAClosedOneKeepsItsOwn() {
        generation.everyone();
        // as if computed earlier under other rules: one task still open, one done
        jdbc.update("update service_task set rule = 'older', reason_en = 'older', inputs = '{}' where task_key = 'CONTACT_PLAN:C02:2026-02-26'");
        jdbc.update("update service_task set rule = 'older', reason_en = 'older', state = 'DONE', closed_by = 'rm.one', closed_role = 'RM', "
                + "closed_at = now() where task_key = 'BIRTHDAY:C01:2026'");
        var again = generation.everyone();
        assertThat(again.created()).isZero();
        Map<String, Object> open = jdbc.queryForMap("select rule, reason_en, inputs ->> 'serviceClass' as class, state from service_task "
                + "where task_key = 'CONTACT_PLAN:C02:2026-02-26'");
        assertThat(open).containsEntry("rule", "neverContacted").containsEntry("class", "C").containsEntry("state", "OPEN");
        assertThat(open.get("reason_en").toString()).isNotEqualTo("older");
        assertThat(jdbc.queryForMap("select rule, state from service_task where task_key = 'BIRTHDAY:C01:2026'"))
                .containsEntry("rule", "older").containsEntry("state", "DONE");
        // every task carries its customer's RM and branch
        assertThat(jdbc.queryForList("select distinct customer_id || ':' || rm_id || ':' || branch_id from service_task order by 1", String.class))
                .containsExactly("C01:RM01:BR001", "C02:RM02:BR001");
    }

    @Test
    void aContactLoggedClearsTheContactPlanTaskOfThatCustomerOnly() {
        generation.everyone();
        // a later run's computation for everyone waits in the queue meanwhile
        jdbc.update("insert into service_refresh (customer_id, reason) values (null, 'RUN ' || ?)", run);
        data.note("C02", LocalDate.of(2026, 12, 6));
        assertThat(jdbc.queryForList("select customer_id from service_refresh where customer_id is not null", String.class))
                .containsExactly("C02");
        var g = generation.pending(false, true).orElseThrow();
        assertThat(g.everyone()).isFalse();
        assertThat(g.customers()).isEqualTo(1);
        assertThat(g.cleared()).isEqualTo(1);
        Map<String, Object> task = jdbc.queryForMap("select state, closed_by, close_note from service_task where customer_id = 'C02'");
        assertThat(task).containsEntry("state", "CLEARED").containsEntry("closed_by", "system").containsEntry("close_note", "CONDITION_ENDED");
        assertThat(jdbc.queryForObject("select count(*) from service_task where state = 'OPEN'", Integer.class)).isEqualTo(9);
        // the run's computation for everyone is still queued: single customers do not take it
        assertThat(jdbc.queryForList("select reason from service_refresh", String.class)).containsExactly("RUN " + run);
        // recorded in the audit trail, with what changed
        assertThat(jdbc.queryForObject("select inputs ->> 'cleared' from audit_record where kind = 'SERVICE_TASKS' and customer_id = 'C02'",
                String.class)).isEqualTo("1");
    }

    @Test
    void aNewAssessmentClearsTheExpiryButDatedEventsStay() {
        generation.everyone();
        data.assessment("C01", LocalDate.of(2026, 9, 29), "BRANCH");
        var g = generation.pending(false, true).orElseThrow();
        assertThat(g.cleared()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select state from service_task where kind = 'ASSESSMENT_EXPIRY'", String.class)).isEqualTo("CLEARED");
        assertThat(jdbc.queryForObject("select state from service_task where kind = 'BIRTHDAY'", String.class)).isEqualTo("OPEN");
    }

    @Test
    void aFinishedRunQueuesEveryoneAndKeepsTheBookFigures() {
        assertThat(jdbc.queryForList("select reason from service_refresh where customer_id is null", String.class)).containsExactly("RUN " + run);
        assertThat(generation.pending(false, true)).isEmpty();
        var g = generation.pending(true, true).orElseThrow();
        assertThat(g.everyone()).isTrue();
        assertThat(g.runId()).isEqualTo(run);
        assertThat(jdbc.queryForList("select rm_id || ':' || service_class || ':' || customers || ':' || aum from service_book order by rm_id"))
                .extracting(m -> m.values().iterator().next()).containsExactly("RM01:A:1:7000000.00", "RM02:C:1:1000.00", "RM04:B:1:800000.00");
    }

    @Test
    void newAndLostCustomersAreCountedAgainstTheRunBefore() {
        generation.everyone();
        data.customer("C04", "BR001", "RM01", LocalDate.of(1970, 1, 1), "M", null);
        long second = data.run(AS_OF.plusDays(1));
        data.classified(second, "C01", "A", "PRIVATE", "YES", "7100000", 3001, "CHURNED")
                .classified(second, "C04", "B", "MASS", "NO", "5000", 1);
        data.finish(second);
        generation.pending(true, true);
        assertThat(jdbc.queryForMap("select sum(new_customers) as n, sum(lost_customers) as l from service_book where run_id = ? and rm_id = 'RM01'", second))
                .containsEntry("n", 1L).containsEntry("l", 1L);
        assertThat(jdbc.queryForObject("select sum(new_customers) from service_book where run_id = ?", Long.class, run)).isZero();
    }
}
