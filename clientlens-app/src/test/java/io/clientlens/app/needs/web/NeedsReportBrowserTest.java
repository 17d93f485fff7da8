package io.clientlens.app.needs.web;

import io.clientlens.app.support.WorkstationData;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.app.customer.Customers;
import io.clientlens.app.support.BrowserTest;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The needs report from the customer 360 in Chromium, as a signed-in RM: the HTML report opens (not a 401 of
 * the bearer-token API), is styled by its stylesheet under its Content-Security-Policy with no console error or
 * CSP violation, and the PDF link answers a PDF.
 */
class NeedsReportBrowserTest extends BrowserTest {
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

    private void signInAndOpen360() {
        page.navigate(url("/customers/C0001"));
        page.getByLabel("用户名").fill("rm01");
        page.getByLabel("密码").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        page.waitForURL("**/customers/C0001**");
    }

    @Test
    void theHtmlReportOpensStyledUnderItsPolicyAndThePdfLinkAnswersAPdf() {
        signInAndOpen360();
        List<String> problems = pageProblems();
        Locator report = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("查看需求分析报告"));
        assertThat(report.getAttribute("href")).startsWith("/customers/C0001/needs/report.html");
        Response opened = page.waitForResponse(r -> r.url().contains("/needs/report.html"), report::click);
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.headerValue("content-type")).startsWith("text/html");
        assertThat(opened.headerValue("content-security-policy")).contains("style-src 'self'").doesNotContain("unsafe-inline");
        page.waitForLoadState();
        assertThat(page.locator("h1").textContent()).isEqualTo("客户需求分析报告");
        // styled by needs-report.css: the heading's colour and weight, the tables' borders, a bar's class width
        Locator h1 = page.locator("h1");
        assertThat(h1.evaluate("e => getComputedStyle(e).color")).isEqualTo("rgb(11, 79, 138)");
        assertThat(h1.evaluate("e => getComputedStyle(e).fontWeight")).isEqualTo("700");
        Locator cell = page.locator("table td").first();
        assertThat(cell.evaluate("e => getComputedStyle(e).borderTopStyle")).isEqualTo("solid");
        assertThat(page.locator("h2").first().evaluate("e => getComputedStyle(e).borderBottomStyle")).isEqualTo("solid");
        Locator bar = page.locator(".chart .bar:not(.missing)").first();
        double barWidth = ((Number) bar.evaluate("e => e.getBoundingClientRect().width")).doubleValue();
        assertThat(barWidth).isGreaterThan(0);
        assertThat(page.content()).doesNotContain("王小明").doesNotContain("13800138000").contains("王*");
        screenshot("needs-report-zh");
        assertThat(problems).as("console errors, CSP violations, failed requests").isEmpty();

        page.goBack();
        page.waitForURL("**/customers/C0001**");
        String pdfHref = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("下载 PDF")).getAttribute("href");
        assertThat(pdfHref).startsWith("/customers/C0001/needs/report.pdf");
        APIResponse pdf = page.request().get(url(pdfHref)); // the browser context's session cookie
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void theEnglishReportFollowsThePageLanguage() {
        signInAndOpen360();
        page.navigate(url("/customers/C0001?lang=en"));
        List<String> problems = pageProblems();
        Locator report = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the needs report"));
        Response opened = page.waitForResponse(r -> r.url().contains("/needs/report.html"), report::click);
        assertThat(opened.status()).isEqualTo(200);
        page.waitForLoadState();
        assertThat(page.locator("h1").textContent()).isEqualTo("Customer needs analysis");
        assertThat(page.locator("h1").evaluate("e => getComputedStyle(e).color")).isEqualTo("rgb(11, 79, 138)");
        assertThat(problems).isEmpty();
    }
}
