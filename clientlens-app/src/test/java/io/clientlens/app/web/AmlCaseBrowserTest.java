package io.clientlens.app.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.clientlens.app.aml.AmlCases;
import io.clientlens.app.aml.AmlData;
import io.clientlens.app.aml.TransactionMonitoring;
import io.clientlens.app.importing.Imports;
import io.clientlens.app.support.BrowserTest;
import io.clientlens.staff.Role;
import io.clientlens.suitability.WorkingDays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The case flow in Chromium: officer 1 reviews and proposes an STR, cannot approve it herself; officer 2 approves; all audited. */
class AmlCaseBrowserTest extends BrowserTest {
    static final String PASSWORD = "browser-test-Passw0rd";

    @Autowired
    Imports imports;
    @Autowired
    TransactionMonitoring monitoring;
    @Autowired
    AmlCases cases;

    private void signIn(String user) {
        page.navigate(url("/aml"));
        page.getByLabel("用户名").fill(user);
        page.getByLabel("密码").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        page.waitForURL("**/aml**");
    }

    @Test
    void oneOfficerProposesAnStrAndASecondApprovesIt() {
        AmlData.load(imports);
        monitoring.monitor(LocalDate.of(2026, 3, 31));
        long id = cases.list(AmlCases.CaseFilter.OPEN, 1).get(0).caseId();
        users.add("comp.ann", Role.COMPLIANCE, "BR001", null, PASSWORD);
        users.add("comp.bob", Role.COMPLIANCE, "BR001", null, PASSWORD);

        signIn("comp.ann");
        assertThat(page.locator("#case-" + id)).containsText("K1");
        assertThat(page.locator("#by-rule")).containsText("拆分交易");
        // every level listed, with its zero; each table's title reads on one line beside the other table, not stacked
        assertThat(page.locator("#by-rating")).containsText("高风险");
        assertThat(page.locator("#by-rating")).containsText("不予接受");
        var rating = page.locator("#by-rating caption").boundingBox();
        var rule = page.locator("#by-rule caption").boundingBox();
        assertThat(rating.width).isGreaterThan(rating.height * 3);
        assertThat(rating.y).isEqualTo(rule.y);
        page.locator("#case-" + id + " a").click();
        assertThat(page.locator("#txns")).containsText("2026-03-09");
        assertThat(page.locator("figure.timeline svg rect")).hasCount(4);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("开始审查")).click();
        assertThat(page.locator("#status")).hasText("审查中");
        page.locator("#decision-select").selectOption("REPORT_STR");
        page.locator("#opinion").fill("三笔现金存款均略低于大额标准，疑似拆分");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("作出或提出决定")).click();
        assertThat(page.locator("#status")).hasText("待第二名合规人员复核");
        assertThat(page.locator("#proposed")).containsText("comp.ann");
        // four eyes: the proposer cannot approve
        page.locator("#opinion").fill("同意");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("复核同意")).click();
        assertThat(page.locator("#refusal")).containsText("四眼原则");
        assertThat(page.locator("#status")).hasText("待第二名合规人员复核");
        page.locator("form.logout button").click();

        signIn("comp.bob");
        page.navigate(url("/aml/cases/" + id));
        page.locator("#opinion").fill("同意报送");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("复核同意")).click();
        assertThat(page.locator("#status")).hasText("已决定");
        assertThat(page.locator("#decision")).hasText("报送可疑交易报告");
        assertThat(page.locator("#str-due")).containsText(WorkingDays.after(LocalDate.now(), 5).toString());
        assertThat(page.locator("#history")).containsText("comp.ann");
        assertThat(page.locator("#history")).containsText("comp.bob");
        screenshot("aml-case-decided");

        assertThat(jdbc.queryForList("select actor || ' ' || action from aml_case_event where case_id = ? order by event_id",
                String.class, id)).containsExactly("system OPENED", "system ALERTS_ADDED", "comp.ann START_REVIEW",
                "comp.ann PROPOSE", "comp.bob APPROVE");
    }
}
