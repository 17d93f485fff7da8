package io.clientlens.app.service;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.clientlens.app.support.BrowserTest;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The RM's day in Chromium: signs in and lands on the workbench with real tasks, closes one, logs a contact on the
 * customer's page that clears the contact-plan task, opens a service request that is dispatched by the customer's
 * class, and sees it escalate when its deadline passes (the service clock moved forward). Screenshots in
 * target/screenshots/rm-day-*.png.
 */
class RmDayBrowserTest extends BrowserTest {
    static final String PASSWORD = "browser-test-Passw0rd";
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    TaskGeneration generation;
    @Autowired
    ServiceClock clock;

    Instant start;

    @BeforeEach
    void book() {
        start = Instant.now();
        clock.use(Clock.fixed(start, SHANGHAI));
        ServiceData data = new ServiceData(jdbc);
        // the business date is the run's as-of date: birthdays, maturities and expiries are seen from 2026-09-30
        data.customer("C01", "BR001", "RM01", LocalDate.of(1980, 10, 3), "M", "\"mobile\": \"13800138000\"")
                .customer("C02", "BR001", "RM01", LocalDate.of(1975, 5, 5), "F", null)
                .customer("C03", "BR001", "RM01", LocalDate.of(1988, 1, 9), "F", null)
                .customer("C09", "BR009", "RM09", LocalDate.of(1980, 10, 2), "M", null);
        long run = data.run(LocalDate.of(2026, 9, 30));
        data.classified(run, "C01", "A", "PRIVATE", "YES", "7200000", 2000)
                .classified(run, "C02", "B", "AFFLUENT", "NO", "900000", 2000)
                .classified(run, "C03", "C", "MASS", "NO", "30000", 300)
                .classified(run, "C09", "B", "MASS", "NO", "1000", 1000);
        data.finish(run);
        data.holding("H1", "C02", "WEALTH", "200000", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 10, 20))
                .assessment("C03", LocalDate.of(2025, 10, 15), "BRANCH");
        generation.everyone();
        users.add("demo.rm.test", Role.RM, "BR001", "RM01", PASSWORD);
    }

    @AfterEach
    void realClock() {
        clock.use(Clock.systemDefaultZone());
    }

    private Page.GetByRoleOptions name(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void anRmsDay() {
        List<String> problems = pageProblems();
        page.navigate(url("/"));
        page.getByLabel("用户名").fill("demo.rm.test");
        page.getByLabel("密码").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, name("登录")).click();

        // the workbench with the day's work of RM01 only
        assertThat(page.getByRole(AriaRole.HEADING, name("我的工作台 客户经理 RM01 的客户"))).isVisible();
        Locator due = page.locator("section.wb-tasks table.tasks tbody tr");
        assertThat(page.locator("section.wb-tasks")).containsText("定期联系");
        assertThat(page.locator("section.wb-tasks")).containsText("风险评估到期");
        assertThat(page.locator("section.wb-coming")).containsText("客户生日");
        assertThat(page.locator("section.wb-coming")).containsText("产品到期");
        assertThat(page.locator("#wb-trend")).hasAttribute("data-drawn", "true");
        assertThat(page.locator("main.workbench")).not().containsText("正在计算");
        assertThat(page.content()).doesNotContain("C09").doesNotContain("13800138000");
        int before = due.count();
        screenshot("rm-day-1-workbench");

        // close the risk-assessment task from its row
        Locator expiry = page.locator("section.wb-tasks tr[data-kind=ASSESSMENT_EXPIRY]");
        expiry.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("完成")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("已完成");
        assertThat(page.locator("section.wb-tasks tr[data-kind=ASSESSMENT_EXPIRY]")).hasCount(0);
        assertThat(due).hasCount(before - 1);
        screenshot("rm-day-2-task-done");

        // log a contact with C01 on the customer's page: the contact-plan task clears
        assertThat(page.locator("section.wb-tasks tr[data-kind=CONTACT_PLAN]").filter(new Locator.FilterOptions().setHasText("C01"))).hasCount(1);
        page.locator("section.wb-tasks tr[data-kind=CONTACT_PLAN]").filter(new Locator.FilterOptions().setHasText("C01"))
                .getByRole(AriaRole.LINK).first().click();
        page.waitForURL("**/customers/C01");
        page.getByLabel("联系方式").selectOption("CALL");
        page.locator("#note-text").fill("电话回访，客户近期无资金安排。");
        page.getByRole(AriaRole.BUTTON, name("添加记录")).click();
        assertThat(page.locator("section.notes")).containsText("电话回访");
        screenshot("rm-day-3-contact-logged");
        page.getByRole(AriaRole.LINK, name("首页")).click();
        assertThat(page.locator("section.wb-tasks tr[data-kind=CONTACT_PLAN]").filter(new Locator.FilterOptions().setHasText("C01"))).hasCount(0);
        assertThat(due).hasCount(before - 2);
        screenshot("rm-day-4-contact-cleared");

        // a complaint of the class A customer goes to the RM's green channel, two hours to answer
        page.getByRole(AriaRole.LINK, name("服务请求")).click();
        page.getByLabel("客户号").fill("C01");
        page.getByLabel("渠道").selectOption("HOTLINE");
        page.getByLabel("类型").first().selectOption("COMPLAINT");
        page.getByLabel("主题").fill("理财到期资金未按时到账");
        page.getByRole(AriaRole.BUTTON, name("登记")).click();
        page.waitForURL("**/service-requests/*");
        assertThat(page.locator("#sr-dispatch")).containsText("客户经理绿色通道");
        assertThat(page.locator("#sr-dispatch")).containsText("须在 2 小时内响应");
        assertThat(page.locator("#sr-state")).containsText("已分派");
        assertThat(page.locator("#sr-escalated")).hasCount(0);
        screenshot("rm-day-5-request-dispatched");

        // two hours and a minute later, unanswered: escalated to the supervisor
        clock.use(Clock.fixed(start.plus(Duration.ofHours(2)).plusSeconds(60), SHANGHAI));
        page.reload();
        assertThat(page.locator("#sr-deadline")).containsText("已超过响应期限");
        assertThat(page.locator("#sr-escalated")).containsText("升级至主管");
        assertThat(page.locator("#sr-history")).containsText("升级至主管");
        screenshot("rm-day-6-request-escalated");
        page.getByRole(AriaRole.LINK, name("首页")).click();
        assertThat(page.locator("section.wb-requests")).containsText("已升级至主管");
        screenshot("rm-day-7-workbench-after");

        // on a phone each task is a card: nothing wider than the screen, every button inside it, on one line
        for (String path : List.of("/", "/tasks")) {
            page.setViewportSize(390, 844);
            page.navigate(url(path));
            Locator done = page.locator("table.tasks tbody tr").first().getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("完成"));
            var box = done.boundingBox();
            org.assertj.core.api.Assertions.assertThat(box.x + box.width).as("%s: the Done button's right edge", path).isLessThanOrEqualTo(390);
            org.assertj.core.api.Assertions.assertThat(box.height).as("%s: the Done button on one line", path).isLessThan(30);
            Number overflow = (Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            org.assertj.core.api.Assertions.assertThat(overflow.intValue()).as("%s: sideways scrolling", path).isLessThanOrEqualTo(0);
            screenshot("rm-day-8-phone" + path.replace('/', '-'));
        }

        assertThat(problems).isEmpty();
    }
}
