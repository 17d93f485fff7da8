package io.clientlens.app.service;

import io.clientlens.app.support.PostgresTest;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;

/** /api/v1/tasks: scoped like every customer list, changes audited, mistakes answered as problem details. */
class TasksApiTest extends PostgresTest {
    @Autowired
    TaskGeneration generation;
    @Autowired
    ServiceClock clock;

    MockMvc mvc;

    @Autowired
    void mvc(WebApplicationContext context) {
        mvc = mvc(context, Role.RM);
    }

    @BeforeEach
    void tasks() {
        clock.use(Clock.fixed(Instant.parse("2026-10-01T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        ServiceData data = new ServiceData(jdbc);
        // RM01 and RM02 at BR001, RM04 at BR002; everyone never contacted: a contact-plan task each
        data.customer("C01", "BR001", "RM01", LocalDate.of(1980, 10, 3), "M", null)
                .customer("C02", "BR001", "RM02", null, null, null)
                .customer("C03", "BR002", "RM04", null, null, null);
        long run = data.run(LocalDate.of(2026, 9, 30));
        data.classified(run, "C01", "A", "PRIVATE", "NO", "7000000", 1000)
                .classified(run, "C02", "B", "MASS", "NO", "1000", 1000)
                .classified(run, "C03", "B", "MASS", "NO", "1000", 1000);
        data.finish(run);
        generation.everyone();
    }

    @AfterEach
    void realClock() {
        clock.use(Clock.systemDefaultZone());
    }

    private long task(String customer, String kind) {
        return jdbc.queryForObject("select task_id from service_task where customer_id = ? and kind = ?", Long.class, customer, kind);
    }

    @Test
    void anRmSeesTheTasksOfTheirOwnCustomersOnly() throws Exception {
        mvc.perform(get("/api/v1/tasks")).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].customerId").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("C01"))))
                .andExpect(jsonPath("$.items[0].kind").value("CONTACT_PLAN"))
                .andExpect(jsonPath("$.items[0].customerName").value("王*"))
                .andExpect(jsonPath("$.items[0].reason.zh").value(containsString("A 类客户应每 1 个月至少联系一次")))
                .andExpect(jsonPath("$.items[0].policyVersion").value("v1"));
        mvc.perform(get("/api/v1/tasks").header(HttpHeaders.AUTHORIZATION, bearer(Role.SUPERVISOR)))
                .andExpect(jsonPath("$.total").value(3));
        mvc.perform(get("/api/v1/tasks").header(HttpHeaders.AUTHORIZATION, bearer(Role.COMPLIANCE)))
                .andExpect(jsonPath("$.total").value(4));
        mvc.perform(get("/api/v1/tasks/" + task("C03", "CONTACT_PLAN"))).andExpect(status().isNotFound());
    }

    @Test
    void aCustomerMovedToAnotherRmTakesTheirTasksAlong() throws Exception {
        jdbc.update("update customer set relationship_manager = 'RM02', profile = profile || '{\"relationshipManager\": \"RM02\"}' "
                + "where customer_id = 'C01'");
        mvc.perform(get("/api/v1/tasks")).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/tasks").header(HttpHeaders.AUTHORIZATION, bearer("rm.two", Role.RM, "BR001", "RM02")))
                .andExpect(jsonPath("$.total").value(3));
    }

    @Test
    void rolesOutsideTheTaskListAreRefused() throws Exception {
        for (Role role : new Role[]{Role.SALES, Role.ANALYST}) {
            mvc.perform(get("/api/v1/tasks").header(HttpHeaders.AUTHORIZATION, bearer(role))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/tasks/" + task("C01", "BIRTHDAY") + "/done").contentType(MediaType.APPLICATION_JSON).content("{}")
                        .header(HttpHeaders.AUTHORIZATION, bearer(Role.COMPLIANCE)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.zh").value(containsString("不能处理客户经理待办")));
        mvc.perform(post("/api/v1/tasks/generate").header(HttpHeaders.AUTHORIZATION, bearer(Role.SUPERVISOR))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/tasks/generate").header(HttpHeaders.AUTHORIZATION, bearer(Role.ADMIN))).andExpect(status().isOk())
                .andExpect(jsonPath("$.customers").value(3)).andExpect(jsonPath("$.created").value(0));
    }

    @Test
    void doneIsAuditedAndCannotBeDoneTwice() throws Exception {
        long id = task("C01", "BIRTHDAY");
        mvc.perform(post("/api/v1/tasks/" + id + "/done").contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"已致电祝福\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("DONE")).andExpect(jsonPath("$.closedBy").value("rm.user"))
                .andExpect(jsonPath("$.closeNote.zh").value("已致电祝福"));
        mvc.perform(post("/api/v1/tasks/" + id + "/done").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("alreadyClosed"));
        var audit = jdbc.queryForMap("select kind, actor, actor_role, customer_id, subject, outcome, inputs ->> 'note' as note from audit_record where kind = 'TASK_DONE'");
        assertThat(audit).containsEntry("actor", "rm.user").containsEntry("actor_role", "RM").containsEntry("customer_id", "C01")
                .containsEntry("subject", "task:" + id).containsEntry("outcome", "DONE").containsEntry("note", "已致电祝福");
        // computing again leaves it done
        generation.everyone();
        mvc.perform(get("/api/v1/tasks/" + id)).andExpect(jsonPath("$.state").value("DONE"));
        mvc.perform(post("/api/v1/tasks/" + id + "/reopen")).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("OPEN"));
    }

    @Test
    void aSnoozedTaskLeavesTheOpenListUntilItsDay() throws Exception {
        long id = task("C01", "CONTACT_PLAN");
        mvc.perform(post("/api/v1/tasks/" + id + "/snooze").contentType(MediaType.APPLICATION_JSON).content("{\"until\": \"2026-10-05\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SNOOZED"));
        mvc.perform(get("/api/v1/tasks")).andExpect(jsonPath("$.items", hasSize(1)));
        clock.use(Clock.fixed(Instant.parse("2026-10-05T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        mvc.perform(get("/api/v1/tasks")).andExpect(jsonPath("$.items", hasSize(2)));
        mvc.perform(post("/api/v1/tasks/" + id + "/snooze").contentType(MediaType.APPLICATION_JSON).content("{\"until\": \"2026-10-01\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("snoozeNotInFuture"));
    }

    @Test
    void filtersAndBadInputNameTheField() throws Exception {
        mvc.perform(get("/api/v1/tasks").param("kind", "birthday")).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].kind").value("BIRTHDAY"));
        mvc.perform(get("/api/v1/tasks").param("kind", "party")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(get("/api/v1/tasks").param("size", "500")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/v1/tasks").param("dueBy", "soon")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dueBy"));
        mvc.perform(get("/api/v1/tasks").param("state", "DONE")).andExpect(jsonPath("$.total").value(0));
        mvc.perform(post("/api/v1/tasks/999999/done").contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isNotFound());
    }

    @Test
    void aNoteOrAParameterHoldingANulIsRefusedNamingIt() throws Exception {
        long id = task("C01", "BIRTHDAY");
        mvc.perform(post("/api/v1/tasks/" + id + "/done").contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"已致电\\u0000\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"))
                .andExpect(jsonPath("$.errors[0].zh").value("文本不能包含控制字符（NUL，\\u0000）"))
                .andExpect(jsonPath("$.errors[0].en").value("text must not contain control characters (NUL, \\u0000)"));
        mvc.perform(get("/api/v1/tasks/" + id)).andExpect(jsonPath("$.state").value("OPEN"));
        mvc.perform(get("/api/v1/tasks").param("customerId", "C01\0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("customerId"))
                .andExpect(jsonPath("$.errors[0].en").value("text must not contain control characters (NUL, \\u0000)"));
    }

    @Test
    void aSnoozeDateThatDoesNotExistNamesTheFieldAndTheFormat() throws Exception {
        long id = task("C01", "BIRTHDAY");
        mvc.perform(post("/api/v1/tasks/" + id + "/snooze").contentType(MediaType.APPLICATION_JSON).content("{\"until\": \"2026-02-30\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("until"))
                .andExpect(jsonPath("$.errors[0].zh").value("应为有效日期（YYYY-MM-DD，例如 2026-01-31），而不是“2026-02-30”"))
                .andExpect(jsonPath("$.errors[0].en").value("expected a valid date YYYY-MM-DD (e.g. 2026-01-31), found '2026-02-30'"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(containsString("java."))));
        mvc.perform(get("/api/v1/tasks/" + id)).andExpect(jsonPath("$.state").value("OPEN"));
    }

    @Test
    void aParameterOrPathIdOfTheWrongKindSaysWhatWasExpected() throws Exception {
        mvc.perform(get("/api/v1/tasks").param("dueBy", "2026-02-30")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dueBy"))
                .andExpect(jsonPath("$.errors[0].en").value("expected a valid date YYYY-MM-DD (e.g. 2026-01-31), found '2026-02-30'"));
        mvc.perform(get("/api/v1/tasks").param("size", "ten")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"))
                .andExpect(jsonPath("$.errors[0].zh").value("应为整数，而不是“ten”"));
        mvc.perform(get("/api/v1/tasks/first")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"))
                .andExpect(jsonPath("$.errors[0].en").value("expected a whole number, found 'first'"));
    }

    @Test
    void aTaskOutsideTheScopeIsNotFoundInBothLanguages() throws Exception {
        long other = task("C03", "CONTACT_PLAN");
        mvc.perform(post("/api/v1/tasks/" + other + "/done").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.zh").value("待办“" + other + "”不存在"))
                .andExpect(jsonPath("$.en").value("task '" + other + "' does not exist"));
    }

    @Test
    void aClosedTaskSaysInPlainWordsWhatItIsAndWhatCannotBeDone() throws Exception {
        long done = task("C01", "BIRTHDAY");
        long cleared = task("C01", "CONTACT_PLAN");
        mvc.perform(post("/api/v1/tasks/" + done + "/done").contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isOk());
        jdbc.update("update service_task set state = 'CLEARED', closed_by = 'system', closed_role = 'SYSTEM', closed_at = now() where task_id = ?", cleared);
        String snooze = "{\"until\": \"2026-12-01\"}";
        refused(done, "done", "{}", "待办 " + done + " 已完成，不能再标记为完成", "task " + done + " is already done and cannot be marked done");
        refused(done, "snooze", snooze, "待办 " + done + " 已完成，不能再推迟", "task " + done + " is already done and cannot be snoozed");
        refused(cleared, "done", "{}", "待办 " + cleared + " 已自动解除，不能再标记为完成",
                "task " + cleared + " is already cleared and cannot be marked done");
        refused(cleared, "snooze", snooze, "待办 " + cleared + " 已自动解除，不能再推迟", "task " + cleared + " is already cleared and cannot be snoozed");
    }

    private void refused(long task, String action, String body, String zh, String en) throws Exception {
        mvc.perform(post("/api/v1/tasks/" + task + "/" + action).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("alreadyClosed"))
                .andExpect(jsonPath("$.zh").value(zh)).andExpect(jsonPath("$.en").value(en));
    }
}
