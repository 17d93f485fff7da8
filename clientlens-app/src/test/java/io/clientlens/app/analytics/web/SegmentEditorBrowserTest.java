package io.clientlens.app.analytics.web;

import io.clientlens.app.support.WorkstationData;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.app.customer.Customers;
import io.clientlens.app.profile.ProfileDocuments;
import io.clientlens.app.support.BrowserTest;
import io.clientlens.batch.Progress;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analyst in Chromium: the migration Sankey is drawn, the segment editor checks an expression while it is
 * typed, a saved segment appears in the sizes chart and its target list downloads as a masked CSV.
 */
class SegmentEditorBrowserTest extends BrowserTest {
    static final String PASSWORD = "browser-test-Passw0rd";

    @Autowired
    Customers customers;
    @Autowired
    ClassificationRuns runs;

    @BeforeEach
    void data() {
        WorkstationData.load(customers, runs);
        customers.save(ProfileDocuments.fromJson("""
                {"customerId": "C2000", "type": "INDIVIDUAL", "name": "孙新", "branch": "BR001", "relationshipManager": "RM01"}
                """));
        runs.run(LocalDate.of(2026, 10, 31), Progress.NONE);
        users.add("analyst02", Role.ANALYST, "BR001", null, PASSWORD);
    }

    @Test
    void analystSeesTheSankeyChecksAnExpressionLiveSavesTheSegmentAndExportsItsTargets() throws Exception {
        List<String> problems = pageProblems();

        page.navigate(url("/"));
        page.getByLabel("用户名").fill("analyst02");
        page.getByLabel("密码").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("统计图表")).click();
        page.waitForURL("**/dashboards");

        assertThat(page.locator("#chart-migration")).hasAttribute("data-rendered", "true");
        assertThat(page.locator("#chart-migration svg")).hasCount(1);
        assertThat(page.locator("#migration-table tbody tr[data-from='(none)']")).hasCount(1); // C2000 is new
        assertThat(page.locator("#migration-table tbody tr[data-from='(none)'] td.n")).hasText("1");
        page.locator("#migration").scrollIntoViewIfNeeded();
        screenshot("analytics-migration-zh");

        // a misspelt feature: the error with line and column appears while typing, before any save
        page.locator("#seg-expression").fill("dimensions.customerType == \"INDIVIDUAL\" &&\n  features.agee > 30");
        assertThat(page.locator("#seg-check")).hasText(Pattern.compile("^第 2 行第 3 列：.*features\\.agee"));
        assertThat(page.locator("#seg-check")).hasClass(Pattern.compile("invalid"));
        assertThat(page.locator("#seg-expression")).hasAttribute("aria-invalid", "true");
        screenshot("analytics-editor-error-zh");

        page.locator("#seg-expression").fill("dimensions.customerType == \"INDIVIDUAL\"");
        assertThat(page.locator("#seg-check")).hasText(Pattern.compile("表达式有效：.*123 位客户符合"));
        page.getByLabel("分群代码").fill("individuals");
        page.getByLabel("中文名称").fill("个人客户群");
        page.getByLabel("英文名称").fill("Individuals");
        page.getByLabel("优先级").fill("10");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存分群")).click();
        page.waitForURL("**/dashboards#segments");

        assertThat(page.locator("p.saved")).hasText("已保存分群“individuals”。");
        assertThat(page.locator("#chart-segments")).hasAttribute("data-rendered", "true");
        assertThat(page.locator("#chart-segments")).hasAttribute("data-segments", "individuals");
        assertThat(page.locator("#chart-segments svg")).hasCount(1);
        assertThat(page.locator("#segments-table tr[data-segment='individuals'] td.customers")).hasText("123");
        page.locator("#segments").scrollIntoViewIfNeeded();
        screenshot("analytics-segments-zh");

        Download download = page.waitForDownload(() ->
                page.locator("#segments-table tr[data-segment='individuals']").getByRole(AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("CSV")).click());
        assertThat(download.suggestedFilename()).isEqualTo("targets-individuals-2026-10-31.csv");
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).isEqualTo(1 + 123);
        assertThat(csv).contains("C0001,王*,").doesNotContain("王小明", "11010519491231002X", "13800138000", "孙新");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.locator("#chart-segments")).hasAttribute("data-rendered", "true");
        assertThat(page.locator("#migration-title")).hasText("Migration between two runs");
        page.locator("#seg-expression").fill("features.aum > ");
        assertThat(page.locator("#seg-check")).hasText(Pattern.compile("^line 1, column \\d+: "));
        screenshot("analytics-editor-en");

        assertThat(problems).isEmpty();
    }
}
