package io.clientlens.app.web;

import io.clientlens.app.support.WorkstationData;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.app.customer.Customers;
import io.clientlens.app.support.BrowserTest;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The RM workstation in Chromium: sign in through the form, search, open a 360 view, switch language. */
class WorkstationBrowserTest extends BrowserTest {
    static final String PASSWORD = "browser-test-Passw0rd";

    @Autowired
    Customers customers;
    @Autowired
    ClassificationRuns runs;

    @BeforeEach
    void data() {
        WorkstationData.load(customers, runs);
        users.add("rm01", Role.RM, "BR001", "RM01", PASSWORD);
    }

    private void signIn() {
        page.navigate(url("/customers"));
        page.getByLabel("用户名").fill("rm01");
        page.getByLabel("密码").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("登录")).click();
        page.waitForURL("**/customers**");
    }

    @Test
    void rmSignsInSearchesOpensA360AndSwitchesToEnglish() {
        signIn();
        assertThat(page.locator("p.count")).containsText("共 121 位客户");
        page.getByLabel("姓名").fill("王");
        page.getByLabel("姓名").press("Enter");
        Locator rows = page.locator("table.list tbody tr");
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).containsText("王*");
        assertThat(rows.first()).containsText("138****8000");
        assertThat(page.content()).doesNotContain("王小明").doesNotContain("13800138000");
        screenshot("customers-search-zh");

        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("C0001")).click();
        page.waitForURL("**/customers/C0001");
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setName("客户 C0001"))).isVisible();
        assertThat(page.locator("section.classes")).containsText("有 1 个未独立子女 → 家庭成长期");
        assertThat(page.locator("section.needs")).containsText("六项财务比率");
        assertThat(page.locator("dl.identity")).containsText("1101*************X");
        assertThat(page.content()).doesNotContain("王小明").doesNotContain("11010519491231002X");
        screenshot("customer-360-zh");

        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("English")).click();
        page.waitForURL("**/customers/C0001?lang=en");
        assertThat(page.locator("section.classes")).containsText("Family life stage");
        assertThat(page.locator("section.classes")).containsText("Family growth");
        assertThat(page.locator("section.needs")).containsText("Six financial ratios");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        screenshot("customer-360-en");

        // the language is remembered: the customer list is now in English too
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Customers").setExact(true)).click();
        assertThat(page.locator("p.count")).containsText("121 customers");
    }

    @Test
    void filtersWithTheKeyboardAndRefusesAnotherRmsCustomer() {
        signIn();
        page.locator("details.filters summary").focus();
        page.keyboard().press("Enter");
        page.getByLabel("投资经验").selectOption("EXPERIENCED");
        // a select does not submit on Enter: the search button does, reached from the keyboard
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("查询")).press("Enter");
        assertThat(page.locator("p.count")).containsText("共 1 位客户");
        assertThat(page.locator("table.list tbody tr")).hasCount(1);
        screenshot("customers-filter-zh");

        Response response = page.navigate(url("/customers/C0002"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("p.notfound")).containsText("C0002");
        assertThat(page.content()).doesNotContain("李*");

        page.navigate(url("/customers?aumTier=RICH"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("“RICH”不是“资产层级”的代码");
        screenshot("customers-bad-filter-zh");
    }
}
