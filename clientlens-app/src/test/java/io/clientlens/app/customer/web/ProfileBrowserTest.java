package io.clientlens.app.customer.web;

import io.clientlens.app.support.WorkstationData;
import com.microsoft.playwright.Page;
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

/** An RM in Chromium edits a profile (a field error, corrected), adds an interaction note and unmasks the mobile with a reason. */
class ProfileBrowserTest extends BrowserTest {
    static final String PASSWORD = "browser-test-Passw0rd";
    static final String NEW_MOBILE = "13912345678";

    @Autowired
    Customers customers;
    @Autowired
    ClassificationRuns runs;

    @BeforeEach
    void data() {
        WorkstationData.load(customers, runs);
        users.add("rm01", Role.RM, "BR001", "RM01", PASSWORD);
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void rmEditsAProfileAddsANoteAndUnmasksTheMobile() {
        page.navigate(url("/customers/C0001"));
        page.getByLabel("用户名").fill("rm01");
        page.getByLabel("密码").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, named("登录")).click();
        page.waitForURL("**/customers/C0001**");

        page.getByRole(AriaRole.LINK, named("编辑客户资料")).click();
        page.waitForURL("**/customers/C0001/profile");
        assertThat(page.getByLabel("手机", new Page.GetByLabelOptions().setExact(true))).hasValue("138****8000");
        assertThat(page.getByLabel("身份证号")).hasValue("1101*************X");

        // a mobile one digit short: explained at the field, the typed value kept, nothing saved
        page.getByLabel("手机", new Page.GetByLabelOptions().setExact(true)).fill("1380013800");
        page.getByLabel("工资收入（元/年）").fill("320000");
        page.locator("#f-sources-income").selectOption("INTERVIEW");
        page.getByRole(AriaRole.BUTTON, named("保存")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("有 1 处需要更正");
        assertThat(page.locator("#f-mobile-error")).containsText("应为11位数字，实际为10位");
        assertThat(page.locator("#f-mobile")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#f-mobile")).hasValue("1380013800");
        assertThat(page.getByLabel("工资收入（元/年）")).hasValue("320000");
        page.locator("#f-mobile").scrollIntoViewIfNeeded();
        screenshot("profile-edit-field-error-zh");
        assertThat(customers.profile("C0001").orElseThrow().income().salary()).isEqualByComparingTo("300000");

        page.locator("#f-mobile").fill(NEW_MOBILE);
        page.getByRole(AriaRole.BUTTON, named("保存")).click();
        page.waitForURL("**/customers/C0001");
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("下一次分类运行将使用更新后的资料");
        assertThat(page.locator("dl.identity")).containsText("139****5678");
        assertThat(customers.profile("C0001").orElseThrow().income().salary()).isEqualByComparingTo("320000");
        assertThat(customers.profile("C0001").orElseThrow().residentId()).isEqualTo("11010519491231002X");
        screenshot("profile-saved-360-zh");

        // an interaction note, from the keyboard-usable form on the 360
        page.getByLabel("联系方式").selectOption("CALL");
        page.getByLabel("日期", new Page.GetByLabelOptions().setExact(true)).fill("2026-11-20");
        page.getByLabel("内容").fill("电话沟通教育金规划，客户下周来网点");
        page.getByRole(AriaRole.BUTTON, named("添加记录")).click();
        page.waitForURL("**/customers/C0001#notes");
        assertThat(page.locator("ol.notes li").first()).containsText("电话沟通教育金规划");
        assertThat(page.locator("ol.notes li").first()).containsText("电话");

        // unmasking: without a reason the field says so; with one the clear value is shown once and audited
        page.getByRole(AriaRole.BUTTON, named("查看手机明文")).click();
        assertThat(page.locator("#reason-mobile-error")).containsText("请说明查看原因");
        page.getByLabel("查看原因").nth(2).fill("客户来电要求核对预留手机号");
        page.getByRole(AriaRole.BUTTON, named("查看手机明文")).click();
        assertThat(page.locator("div.unmasked")).containsText(NEW_MOBILE);
        assertThat(page.locator("div.unmasked")).containsText("已记入审计记录");
        page.locator("div.unmasked").scrollIntoViewIfNeeded();
        screenshot("customer-360-unmasked-zh");
        assertThat(page.url()).doesNotContain(NEW_MOBILE);
        assertThat(jdbc.queryForObject("select count(*) from audit_record where kind = 'UNMASK' and subject = 'customer:C0001:mobile'",
                Long.class)).isEqualTo(1);

        page.navigate(url("/customers/C0001"));
        assertThat(page.content()).doesNotContain(NEW_MOBILE);
        page.navigate(url("/customers/C0001?lang=en"));
        assertThat(page.locator("section.notes")).containsText("Service and contact history");
        assertThat(page.locator("section.class-history")).containsText("Classes over runs");
        screenshot("customer-360-notes-history-en");
    }
}
