package io.clientlens.app.admin.web;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.clientlens.app.support.BrowserTest;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The administration page in Chromium: upload a profile file with one bad line, follow it to the end, start a run. */
class AdminBrowserTest extends BrowserTest {
    static final String PASSWORD = "browser-test-Passw0rd";
    static final int GOOD_ROWS = 1500;
    /** The line of the bad mobile number: after the header and the first 700 customers. */
    static final int BAD_LINE = 702;

    @BeforeEach
    void data() {
        admin.execute("truncate admin_job restart identity"); // the application may not truncate
        users.add("admin01", Role.ADMIN, "BR001", null, PASSWORD);
    }

    /** Many customers (so that there is some progress to watch) and one bad mobile number at {@link #BAD_LINE}. */
    static Path profilesWithOneBadLine(Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("客户号,姓名,手机,网点,客户经理,工资收入,现金及活期存款\n");
        for (int i = 0; i < GOOD_ROWS; i++) {
            if (i == BAD_LINE - 2) {
                csv.append("X0000,坏行,1230000,BR001,RM01,1000,100\n");
            }
            csv.append(String.format("W%04d,王%d,1380000%04d,BR001,RM01,%d,%d%n", i, i, i, 100000 + i, 5000 + i));
        }
        Path file = dir.resolve("客户资料.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    private void signIn() {
        page.navigate(url("/"));
        page.getByLabel("用户名").fill("admin01");
        page.getByLabel("密码").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        page.waitForURL(u -> !u.contains("/login"));
    }

    @Test
    void adminUploadsAFileFollowsItsProgressSeesTheBadLineAndStartsAClassificationRun(@TempDir Path dir) throws IOException {
        Path file = profilesWithOneBadLine(dir);
        List<String> polls = new CopyOnWriteArrayList<>();
        page.onRequest(request -> {
            if (request.url().matches(".*/admin/jobs/\\d+/status$")) {
                polls.add(request.url());
            }
        });
        signIn();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("管理")).click();
        page.waitForURL("**/admin");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("数据导入与分类运行"))).isVisible();
        assertThat(page.getByLabel("客户资料")).isChecked();
        page.getByLabel("文件", new Page.GetByLabelOptions().setExact(true)).setInputFiles(file);
        screenshot("admin-upload-zh");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上传并导入")).click();

        page.waitForURL("**/admin/jobs/*");
        screenshot("admin-job-progress-zh");
        // admin.js polls the status and reloads the page when the job has ended
        assertThat(page.locator("#job-state")).hasText("已完成", new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(60_000));
        assertThat(polls).as("the page followed the job through its status endpoint").isNotEmpty();
        assertThat(page.locator("p.summary")).hasText("新增 " + GOOD_ROWS + "，更新 0，未变 0");
        Locator issues = page.locator("table.issues tbody tr");
        assertThat(issues).hasCount(1);
        assertThat(issues.first().locator("td").nth(0)).hasText(String.valueOf(BAD_LINE));
        assertThat(issues.first().locator("td").nth(1)).hasText("mobile");
        assertThat(issues.first().locator("td").nth(2)).containsText("11");
        screenshot("admin-job-done-zh");

        Download report = page.waitForDownload(() -> page.getByText("下载错误报告（CSV）").click());
        String csv = Files.readString(report.path(), StandardCharsets.UTF_8);
        assertThat(csv).contains(BAD_LINE + ",\"mobile\"");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("返回管理页")).click();
        page.getByLabel("评估日（yyyy-MM-dd，可留空）").fill("2024-06-30");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("开始分类")).press("Enter");
        page.waitForURL("**/admin/jobs/*");
        assertThat(page.locator("#job-state")).hasText("已完成", new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(60_000));
        assertThat(page.locator("section.result")).containsText("次分类运行");
        screenshot("admin-run-done-zh");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("返回管理页")).click();
        Locator runs = page.locator("section.runs tbody tr");
        assertThat(runs).hasCount(1);
        assertThat(runs.first()).containsText("2024-06-30");
        assertThat(runs.first()).containsText(String.format("%,d", GOOD_ROWS)); // with thousands separators
        assertThat(runs.first()).containsText("已完成");
        assertThat(page.locator("section.jobs tbody tr")).hasCount(2);
        assertThat(page.content()).doesNotContain("13800000001");
        screenshot("admin-overview-zh");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Imports and classification runs"))).isVisible();
        assertThat(page.locator("section.runs")).containsText("Done");
        screenshot("admin-overview-en");
    }
}
