package io.clientlens.app.service;

import io.clientlens.app.support.PostgresTest;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The workbench as the home of RMs, sales staff and supervisors; analysts and others keep the statistics home. */
class WorkbenchPageTest extends PostgresTest {
    @Autowired
    TaskGeneration generation;
    @Autowired
    ServiceClock clock;
    MockMvc mvc;

    @Autowired
    void mvc(WebApplicationContext context) {
        mvc = mvc(context, null);
    }

    @BeforeEach
    void book() {
        clock.use(Clock.fixed(Instant.parse("2026-10-01T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        ServiceData data = new ServiceData(jdbc);
        data.customer("C01", "BR001", "RM01", LocalDate.of(1980, 10, 3), "M", null)
                .customer("C02", "BR001", "RM01", LocalDate.of(1975, 5, 5), "F", null)
                .customer("C03", "BR001", "RM02", null, null, null)
                .customer("C09", "BR009", "RM09", LocalDate.of(1980, 10, 2), "M", null);
        long run = data.run(LocalDate.of(2026, 9, 30));
        data.classified(run, "C01", "A", "PRIVATE", "NO", "7000000", 1000)
                .classified(run, "C02", "B", "AFFLUENT", "NO", "900000", 1000)
                .classified(run, "C03", "B", "MASS", "NO", "1000", 1000)
                .classified(run, "C09", "B", "MASS", "NO", "1000", 1000);
        data.finish(run);
        data.holding("H1", "C02", "WEALTH", "200000", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 10, 20));
        generation.everyone();
    }

    @AfterEach
    void realClock() {
        clock.use(Clock.systemDefaultZone());
    }

    @Test
    void anRmLandsOnTheirWorkbenchWithTheirTasksBookAndComingEvents() throws Exception {
        mvc.perform(get("/").with(signedIn(Role.RM))).andExpect(forwardedUrl("/workbench"));
        mvc.perform(get("/workbench").with(signedIn(Role.RM))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("我的工作台"), containsString("业务日期 2026-09-30"),
                        containsString("定期联系"), containsString("A 类客户应每 1 个月至少联系一次"), containsString("王*"),
                        containsString("客户生日"), containsString("产品到期"), containsString("2026-10-20（20 天后）"),
                        containsString("/customers/C01"), containsString("data-trend"), containsString("790.0"), containsString("790 万元"),
                        not(containsString("C09")), not(containsString("C03")), not(containsString("王01")))));
    }

    @Test
    void theWorkbenchSpeaksEnglishWhenAsked() throws Exception {
        mvc.perform(get("/workbench").with(signedIn(Role.RM)).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("My workbench"), containsString("Contact plan"),
                        containsString("class A customers are contacted at least every 1 month"), containsString("Business date 2026-09-30"),
                        containsString("2026-10-20 (in 20 days)"), not(containsString("（in")), not(containsString("我的工作台")),
                        containsString("AUM trend (the last run)"), not(containsString("last 1 runs")))));
    }

    @Test
    void doneFromTheWorkbenchClosesTheTaskAndSaysSo() throws Exception {
        long id = jdbc.queryForObject("select task_id from service_task where customer_id = 'C01' and kind = 'BIRTHDAY'", Long.class);
        mvc.perform(post("/workbench/tasks/" + id + "/done").with(signedIn(Role.RM)).with(csrf()))
                .andExpect(redirectedUrl("/workbench")).andExpect(flash().attribute("doneTask", id));
        // a task's number is a name, not an amount: no thousands separator
        mvc.perform(get("/workbench").with(signedIn(Role.RM)).flashAttr("doneTask", 12345L))
                .andExpect(content().string(allOf(containsString("待办 #12345 已完成"), not(containsString("#12,345")))));
        assertThat(jdbc.queryForObject("select state from service_task where task_id = ?", String.class, id)).isEqualTo("DONE");
        // a task of another branch: not found, nothing changed
        long other = jdbc.queryForObject("select task_id from service_task where customer_id = 'C09' and kind = 'BIRTHDAY'", Long.class);
        mvc.perform(post("/workbench/tasks/" + other + "/done").with(signedIn(Role.RM)).with(csrf()))
                .andExpect(flash().attributeExists("refusal"));
        assertThat(jdbc.queryForObject("select state from service_task where task_id = ?", String.class, other)).isEqualTo("OPEN");
    }

    @Test
    void aSupervisorSeesTheBranchAndTheWorkOfEachRm() throws Exception {
        mvc.perform(get("/").with(signedIn(Role.SUPERVISOR))).andExpect(forwardedUrl("/workbench"));
        mvc.perform(get("/workbench").with(signedIn(Role.SUPERVISOR))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("网点 BR001"), containsString("各客户经理待办"),
                        containsString("/tasks?rm=RM01"), containsString("/tasks?rm=RM02"), containsString("网点客户"), not(containsString("C09")))));
    }

    @Test
    void salesStaffSeeNoTasksAndOtherRolesKeepTheStatisticsHome() throws Exception {
        mvc.perform(get("/workbench").with(signedIn(Role.SALES))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("我的转介"), not(containsString("今日待办")))));
        for (Role role : new Role[]{Role.ANALYST, Role.COMPLIANCE, Role.ADMIN}) {
            mvc.perform(get("/").with(signedIn(role))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("各分类客户数")));
        }
        mvc.perform(get("/workbench").with(signedIn(Role.ANALYST))).andExpect(status().isForbidden());
    }

    @Test
    void theTaskListIsPagedFilteredAndExplained() throws Exception {
        mvc.perform(get("/tasks").with(signedIn(Role.RM)).param("kind", "MATURITY")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("共 1 项"), containsString("maturesWithinDays"),
                        containsString("holdingId=H1"), not(containsString("定期联系</span>")),
                        containsString("<dt>规则</dt>"), containsString("<dt>输入数据</dt>"), not(containsString("<dt>rule</dt>")),
                        // a snooze is checked against today (2026-10-01 here), so the date picker starts tomorrow
                        containsString("min=\"2026-10-02\""))));
        mvc.perform(get("/tasks").with(signedIn(Role.RM)).param("kind", "MATURITY").param("lang", "en"))
                .andExpect(content().string(allOf(containsString("<dt>Rule</dt>"), containsString("<dt>Inputs</dt>"))));
        mvc.perform(get("/tasks").with(signedIn(Role.SALES))).andExpect(status().isForbidden());
    }
}
