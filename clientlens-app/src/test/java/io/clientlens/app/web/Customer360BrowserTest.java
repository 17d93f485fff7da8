package io.clientlens.app.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.app.customer.Customers;
import io.clientlens.staff.Role;
import io.clientlens.app.support.BrowserTest;
import io.clientlens.app.support.WorkstationData;
import io.clientlens.batch.Progress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer 360 in Chromium at a desktop (1440 px), a tablet (768 px) and a phone (390 px), in both languages: the
 * page never scrolls sideways, the band comes first, the reasons open from the keyboard. Screenshots in
 * target/screenshots/customer-360-{width}-{lang}.png.
 */
class Customer360BrowserTest extends BrowserTest {
    static final String PASSWORD = "browser-test-Passw0rd";
    static final List<Integer> WIDTHS = List.of(1440, 768, 390);

    @Autowired
    Customers customers;
    @Autowired
    ClassificationRuns runs;

    /** The elements whose right edge lies beyond the window (tag, class, width), to name what overflows. */
    static final String WIDER = """
            Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
              .slice(0, 8).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)
                + ' ' + (e.textContent || '').trim().slice(0, 40)).join(' | ')""";

    @BeforeEach
    void data() {
        WorkstationData.load(customers, runs);
        users.add("rm01", Role.RM, "BR001", "RM01", PASSWORD);
        jdbc.update("insert into holding (holding_id, customer_id, product_code, product_type, amount, opened, maturity) "
                + "values ('H1', 'C0001', 'WM2026LONGPRODUCTCODE', 'WEALTH_NON_GUARANTEED', 123456789.12, date '2026-07-01', date '2027-06-30')");
        String account = "6222020200112233445";
        jdbc.update("insert into account (account_id, branch_id, opened) values (?, 'BR001', date '2020-01-01')", account);
        jdbc.update("insert into account_link (link_id, customer_id, account_id, role) values ('L1', 'C0001', ?, 'OWNER')", account);
        for (int i = 1; i <= 20; i++) {
            jdbc.update("insert into txn (transaction_id, seq, account_id, txn_date, direction, operation, amount, balance, category, "
                    + "counterparty_account) values (?, ?, ?, ?, 'DEBIT', 'QUICK_PAYMENT', 1234567.89, 98765432.1, 'CONSUMPTION', "
                    + "'6217001234567890123')", "T" + i, i, account, LocalDate.of(2026, 10, 1).plusDays(i));
        }
        jdbc.update("insert into interaction_note (customer_id, kind, occurred_on, body, author, author_role) values ('C0001', 'VISIT', "
                + "date '2026-10-15', ?, 'rm01', 'RM')", "上门拜访，讨论子女教育金与养老规划，客户希望下月再谈一次保险配置方案".repeat(3));
        runs.run(LocalDate.of(2026, 10, 31), Progress.NONE);
    }

    private void signIn(String path) {
        page.navigate(url(path));
        page.getByLabel("用户名").fill("rm01");
        page.getByLabel("密码").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("登录")).click();
        page.waitForURL("**" + path + "**");
    }

    @Test
    void the360NeverScrollsSidewaysFromDesktopToPhoneInBothLanguages() {
        List<String> problems = pageProblems();
        signIn("/customers/C0001");
        for (String lang : List.of("zh", "en")) {
            for (int width : WIDTHS) {
                page.setViewportSize(width, width < 800 ? 844 : 900);
                page.navigate(url("/customers/C0001?lang=" + lang));
                assertThat(page.locator("section.c360-band")).isVisible();
                // open every collapsed section too: what is inside must fit as well
                page.locator("details.c360-more").evaluateAll("ds => ds.forEach(d => d.open = true)");
                int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
                int innerWidth = ((Number) page.evaluate("window.innerWidth")).intValue();
                screenshot("customer-360-" + width + "-" + lang);
                page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                        .setPath(java.nio.file.Paths.get("target", "screenshots", "customer-360-" + width + "-" + lang + "-top.png")));
                assertThat(scrollWidth).as("%s at %d px; wider than the window: %s", lang, width, page.evaluate(WIDER))
                        .isLessThanOrEqualTo(innerWidth);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theBandComesFirstAndTheReasonsOpenFromTheKeyboard() {
        signIn("/customers/C0001");
        page.setViewportSize(390, 844);
        Locator band = page.locator("section.c360-band");
        assertThat(band).containsText("王*");
        assertThat(band).containsText("资产（AUM，评估日 2026-10-31）");
        assertThat(band).containsText("RM01 · BR001");
        assertThat(band).containsText("2026-10-15 拜访");
        double bandTop = ((Number) band.evaluate("e => e.getBoundingClientRect().top")).doubleValue();
        double classesTop = ((Number) page.locator("#c360-classes").evaluate("e => e.getBoundingClientRect().top")).doubleValue();
        assertThat(bandTop).isLessThan(classesTop);

        assertThat(page.locator("#c360-holdings")).containsText("123,456,789.12 元");
        assertThat(page.locator("#c360-accounts")).containsText("****3445");
        assertThat(page.locator("#c360-transactions")).containsText("快捷支付 · 消费");

        Locator reasons = page.locator("#c360-classes details.c360-more");
        assertThat(reasons).not().hasAttribute("open", "");
        assertThat(page.getByText("有 1 个未独立子女 → 家庭成长期")).isHidden();
        reasons.locator("summary").focus();
        page.keyboard().press("Enter");
        assertThat(reasons).hasAttribute("open", "");
        assertThat(page.getByText("有 1 个未独立子女 → 家庭成长期")).isVisible();
        screenshot("customer-360-390-zh-reasons-open");

        // the contents lead to the sections
        page.locator("nav.c360-nav a[href='#notes']").click();
        page.waitForURL("**#notes");
        assertThat(page.locator("#notes")).containsText("上门拜访");
    }
}
