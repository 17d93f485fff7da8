package io.clientlens.app.analytics.web;

import io.clientlens.app.support.WorkstationData;
import com.microsoft.playwright.options.AriaRole;
import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.app.customer.Customers;
import io.clientlens.app.support.BrowserTest;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The dashboards in Chromium as an analyst: ECharts (from the WebJar, under the CSP) draws every chart. */
class DashboardBrowserTest extends BrowserTest {
    static final String PASSWORD = "browser-test-Passw0rd";

    @Autowired
    Customers customers;
    @Autowired
    ClassificationRuns runs;

    @BeforeEach
    void data() {
        WorkstationData.load(customers, runs);
        users.add("analyst01", Role.ANALYST, "BR001", null, PASSWORD);
    }

    @Test
    void analystSeesTheChartsDrawnInChineseAndEnglish() {
        List<String> problems = pageProblems();

        page.navigate(url("/"));
        page.getByLabel("用户名").fill("analyst01");
        page.getByLabel("密码").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("登录")).click();
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("统计图表")).click();
        page.waitForURL("**/dashboards");

        assertThat(page.locator("main.dashboards")).hasAttribute("data-rendered", "true");
        assertThat(page.locator("#chart-pareto svg")).hasCount(1);
        assertThat(page.locator("#chart-rfm svg")).hasCount(1);
        assertThat(page.locator("#chart-distributions .chart svg").first()).isVisible();
        assertThat(page.locator("#chart-distributions .chart")).not().hasCount(0);
        assertThat(page.locator("#chart-distributions figcaption").first()).hasText("客户类型");
        assertThat(page.locator("#chart-pareto svg").boundingBox().width).isGreaterThan(300);
        screenshot("dashboards-zh");

        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("English")).click();
        page.waitForURL("**/dashboards?lang=en");
        assertThat(page.locator("main.dashboards")).hasAttribute("data-rendered", "true");
        assertThat(page.locator("#chart-distributions figcaption").first()).hasText("Customer type");
        assertThat(page.locator("figcaption").first()).hasText("Pareto curve of contribution");
        screenshot("dashboards-en");

        assertThat(problems).isEmpty();
    }
}
