package io.clientlens.app.admin.web;

import io.clientlens.app.admin.AdminFiles;
import io.clientlens.app.admin.Job;
import io.clientlens.app.admin.JobIssue;
import io.clientlens.app.admin.JobState;
import io.clientlens.app.admin.Jobs;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AdminPageTest extends PostgresTest {

    MockMvc mvc;
    @Autowired
    Jobs jobs;

    @Autowired
    void signIn(WebApplicationContext context) {
        mvc = mvc(context, null);
    }

    @BeforeEach
    void noJobs() {
        admin.execute("truncate admin_job restart identity"); // the application may not truncate
    }

    /** Uploads as an administrator and returns the job id the page redirects to. */
    private long upload(String kind, String fileName, String content, boolean strict) throws Exception {
        MvcResult result = mvc.perform(multipart("/admin/imports")
                        .file(new MockMultipartFile("file", fileName, "text/csv", content.getBytes(StandardCharsets.UTF_8)))
                        .param("kind", kind).param("strict", String.valueOf(strict))
                        .with(signedIn(Role.ADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/admin/jobs/");
        return Long.parseLong(location.substring("/admin/jobs/".length()));
    }

    /** The job once it has ended (the work runs in the background). */
    private Job finished(long id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Job job = jobs.find(id).orElseThrow();
            if (job.state() != JobState.RUNNING) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + id + " still running after 60 s");
    }

    private long customers() {
        return jdbc.queryForObject("select count(*) from customer", Long.class);
    }

    @Test
    void importsAValidProfilesCsvAsABackgroundJobAndShowsItsCounts() throws Exception {
        long id = upload("PROFILES", "customers.csv", AdminFiles.threeGoodProfiles(), false);
        Job job = finished(id);

        assertThat(job.state()).isEqualTo(JobState.DONE);
        assertThat(job.stored()).isTrue();
        assertThat(job.inserted()).isEqualTo(3);
        assertThat(job.rowsDone()).isEqualTo(3);
        assertThat(job.rowsTotal()).isEqualTo(3);
        assertThat(job.issueCount()).isZero();
        assertThat(job.fileName()).isEqualTo("customers.csv");
        assertThat(job.startedBy()).isEqualTo("admin.web");
        assertThat(customers()).isEqualTo(3);
        assertThat(jdbc.queryForObject("select gender from customer where customer_id = 'A0002'", String.class))
                .as("derived from the resident ID, as on the command line").isEqualTo("M");

        mvc.perform(get("/admin/jobs/" + id).with(signedIn(Role.ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("新增 3，更新 0，未变 0"), containsString("customers.csv"),
                        containsString("已完成"), containsString("没有问题行"), not(containsString("13800138000")))));
        mvc.perform(get("/admin/jobs/" + id + "/status").with(signedIn(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DONE"))
                .andExpect(jsonPath("$.rowsDone").value(3))
                .andExpect(jsonPath("$.percent").value(100))
                .andExpect(jsonPath("$.inserted").value(3))
                .andExpect(jsonPath("$.issueCount").value(0));
        assertThat(jdbc.queryForMap("select kind, actor, actor_role, subject, inputs->>'kind' as job_kind, inputs->>'file' as file "
                + "from audit_record")).containsEntry("kind", "ADMIN_JOB").containsEntry("actor", "admin.web")
                .containsEntry("actor_role", "ADMIN").containsEntry("subject", "job:" + id)
                .containsEntry("job_kind", "PROFILES").containsEntry("file", "customers.csv");
        mvc.perform(get("/admin").with(signedIn(Role.ADMIN)).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Recent jobs"), containsString("customers.csv"),
                        containsString("Inserted 3, updated 0, unchanged 0"))));
    }

    @Test
    void reportsEachBadLineWithItsFieldAndStoresTheGoodOnesUnlessStrict() throws Exception {
        String file = AdminFiles.profilesWithBadLines();
        long strictId = upload("PROFILES", "bad.csv", file, true);
        Job strict = finished(strictId);
        assertThat(strict.state()).isEqualTo(JobState.DONE);
        assertThat(strict.stored()).isFalse();
        assertThat(customers()).as("strict: nothing stored").isZero();
        assertThat(strict.issues()).extracting(JobIssue::line, JobIssue::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "residentId"),
                        org.assertj.core.groups.Tuple.tuple(4L, "mobile"),
                        org.assertj.core.groups.Tuple.tuple(5L, "income.salary"));
        mvc.perform(get("/admin/jobs/" + strictId).with(signedIn(Role.ADMIN)))
                .andExpect(content().string(containsString("因严格模式且存在问题行，本次未导入任何数据")));

        Job lenient = finished(upload("PROFILES", "bad.csv", file, false));
        assertThat(lenient.stored()).isTrue();
        assertThat(lenient.inserted()).isEqualTo(1);
        assertThat(lenient.issueCount()).isEqualTo(3);
        assertThat(jdbc.queryForList("select customer_id from customer", String.class)).containsExactly("B0001");
        for (JobIssue issue : lenient.issues()) {
            assertThat(issue.zh()).as("Chinese text").isNotBlank().isNotEqualTo(issue.en());
            assertThat(issue.en()).as("English text").isNotBlank();
        }

        String badId = AdminFiles.withWrongCheck(AdminFiles.residentId("19850505"));
        mvc.perform(get("/admin/jobs/" + lenient.id()).with(signedIn(Role.ADMIN)))
                .andExpect(content().string(allOf(containsString("有问题的行（3 处，已跳过）"), containsString("<code>residentId</code>"),
                        containsString("<code>mobile</code>"), containsString("<code>income.salary</code>"),
                        containsString("issues.csv"), not(containsString(badId)))));
        String csv = mvc.perform(get("/admin/jobs/" + lenient.id() + "/issues.csv").with(signedIn(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("\uFEFFline,field,problem_zh,problem_en");
        assertThat(lines.get(1)).startsWith("3,\"residentId\",");
        assertThat(lines.get(2)).startsWith("4,\"mobile\",");
        assertThat(lines.get(3)).startsWith("5,\"income.salary\",");
        assertThat(csv).doesNotContain(badId).doesNotContain("2380013800");
    }

    @Test
    void importingTheSameFileAgainCreatesNoDuplicatesAndSaysUnchanged() throws Exception {
        finished(upload("PROFILES", "customers.csv", AdminFiles.threeGoodProfiles(), false));
        Job again = finished(upload("PROFILES", "customers.csv", AdminFiles.threeGoodProfiles(), false));

        assertThat(again.state()).isEqualTo(JobState.DONE);
        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(customers()).isEqualTo(3);
        mvc.perform(get("/admin/jobs/" + again.id()).with(signedIn(Role.ADMIN)))
                .andExpect(content().string(containsString("新增 0，更新 0，未变 3")));
        assertThat(jdbc.queryForObject("select count(*) from audit_record where kind = 'PROFILE_CHANGE'", Integer.class)).isZero();

        // a re-import that changes one customer's mobile is one audit record by the administrator, masked
        Job changed = finished(upload("PROFILES", "customers-10.csv",
                AdminFiles.threeGoodProfiles().replace("13900139000", "13911112222"), false));
        assertThat(changed.updated()).isEqualTo(1);
        Map<String, Object> record = jdbc.queryForMap("select actor, actor_role, customer_id, inputs::text as inputs "
                + "from audit_record where kind = 'PROFILE_CHANGE'");
        assertThat(record).containsEntry("actor", "admin.web").containsEntry("actor_role", "ADMIN").containsEntry("customer_id", "A0002");
        assertThat((String) record.get("inputs")).contains("\"via\": \"IMPORT\"", "\"source\": \"customers-10.csv\"",
                "{\"after\": \"139****2222\", \"field\": \"mobile\", \"before\": \"139****9000\"}").doesNotContain("13911112222");
    }

    @Test
    void importsContributionFiguresAndReportsAnUnknownCustomerAtItsLine() throws Exception {
        finished(upload("PROFILES", "customers.csv", AdminFiles.threeGoodProfiles(), false));
        Job job = finished(upload("CONTRIBUTIONS", "profit.csv", AdminFiles.contributions(), false));

        assertThat(job.state()).isEqualTo(JobState.DONE);
        assertThat(job.updated()).isEqualTo(2);
        assertThat(job.issues()).extracting(JobIssue::line, JobIssue::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4L, "customerId"));
        assertThat(jdbc.queryForObject("select imported_contribution from customer where customer_id = 'A0001'",
                java.math.BigDecimal.class)).isEqualByComparingTo("1234.50");

        jdbc.update("update customer set imported_contribution = null");
        Job strict = finished(upload("CONTRIBUTIONS", "profit.csv", AdminFiles.contributions(), true));
        assertThat(strict.stored()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from customer where imported_contribution is not null", Long.class))
                .as("strict and a bad line: nothing stored").isZero();
    }

    @Test
    void importsTheProductCatalogueAllOrNothing() throws Exception {
        Job job = finished(upload("PRODUCTS", "products.csv", AdminFiles.products(), false));
        assertThat(job.state()).isEqualTo(JobState.DONE);
        assertThat(job.inserted()).isEqualTo(2);
        assertThat(jdbc.queryForList("select product_code from product order by 1", String.class)).containsExactly("P001", "P002");

        Job again = finished(upload("PRODUCTS", "products.csv", AdminFiles.products(), false));
        assertThat(again.unchanged()).isEqualTo(2);

        Job bad = finished(upload("PRODUCTS", "more.csv", AdminFiles.productsWithBadRisk(), false));
        assertThat(bad.stored()).isFalse();
        assertThat(bad.issues()).extracting(JobIssue::line, JobIssue::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "risk"));
        assertThat(bad.issues().get(0).zh()).contains("R9");
        assertThat(jdbc.queryForObject("select count(*) from product", Long.class)).as("P003 was good but not stored").isEqualTo(2);
    }

    @Test
    void importsJsonLinesWithTheSameReaderAsTheCommandLine() throws Exception {
        String good = io.clientlens.app.support.ExampleProfiles.WANG.replace("\n", " ");
        Job job = finished(upload("PROFILES", "profiles.jsonl", good + "\n{\"customerId\": \"C0002\", \"shoeSize\": 42}\n", false));
        assertThat(job.state()).isEqualTo(JobState.DONE);
        assertThat(job.inserted()).isEqualTo(1);
        assertThat(job.issues()).extracting(JobIssue::line).containsExactly(2L);
        assertThat(jdbc.queryForList("select customer_id from customer", String.class)).containsExactly("C0001");
    }

    @Test
    void importsAnExcelSheetReportingTheBadRowByItsRowNumber() throws Exception {
        byte[] xlsx;
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("客户");
            String[][] rows = {{"客户号", "姓名", "手机", "工资收入"}, {"X0001", "周一", "13800138011", "120000"},
                    {"X0002", "吴二", "138001", "90000"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        MvcResult result = mvc.perform(multipart("/admin/imports")
                        .file(new MockMultipartFile("file", "客户.xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx))
                        .param("kind", "PROFILES").with(signedIn(Role.ADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        Job job = finished(Long.parseLong(result.getResponse().getRedirectedUrl().substring("/admin/jobs/".length())));

        assertThat(job.state()).isEqualTo(JobState.DONE);
        assertThat(job.rowsTotal()).as("unknown before reading, then the rows read").isEqualTo(2);
        assertThat(job.inserted()).isEqualTo(1);
        assertThat(job.issues()).extracting(JobIssue::line, JobIssue::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "mobile"));
        assertThat(jdbc.queryForList("select customer_id from customer", String.class)).containsExactly("X0001");
    }

    @Test
    void aRunningJobsPageFollowsItWithTheScriptOrWithoutJavaScriptByReloading() throws Exception {
        long id = jdbc.queryForObject("insert into admin_job (kind, file_name, started_by, rows_done, rows_total) "
                + "values ('PROFILES', 'big.csv', 'admin', 4, 10) returning job_id", Long.class);

        mvc.perform(get("/admin/jobs/" + id).with(signedIn(Role.ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("运行中"), containsString("4 / 10 行"),
                        containsString("value=\"40\""), containsString("<noscript><meta http-equiv=\"refresh\" content=\"3\"></noscript>"),
                        containsString("src=\"/admin.js\""), containsString("data-status-url=\"/admin/jobs/" + id + "/status\""),
                        not(containsString("<script>")), not(containsString("新增")))));
        mvc.perform(get("/admin/jobs/" + id + "/status").with(signedIn(Role.ADMIN)))
                .andExpect(jsonPath("$.state").value("RUNNING"))
                .andExpect(jsonPath("$.rowsDone").value(4))
                .andExpect(jsonPath("$.rowsTotal").value(10))
                .andExpect(jsonPath("$.percent").value(40));
        mvc.perform(get("/admin/jobs/" + (id + 1) + "/status").with(signedIn(Role.ADMIN))).andExpect(status().isNotFound());

        jdbc.update("update admin_job set state = 'DONE', rows_done = 10 where job_id = ?", id);
        mvc.perform(get("/admin/jobs/" + id).with(signedIn(Role.ADMIN)))
                .andExpect(content().string(allOf(not(containsString("http-equiv")), not(containsString("admin.js")))));
    }

    /** Uploads bytes as they are, not as UTF-8 text. */
    private long uploadBytes(String kind, String fileName, byte[] content) throws Exception {
        MvcResult result = mvc.perform(multipart("/admin/imports")
                        .file(new MockMultipartFile("file", fileName, "text/csv", content))
                        .param("kind", kind).param("strict", "false")
                        .with(signedIn(Role.ADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        return Long.parseLong(result.getResponse().getRedirectedUrl().substring("/admin/jobs/".length()));
    }

    @Test
    void aFileThatIsNotUtf8FailsSayingSoAndStoresNothing() throws Exception {
        byte[] gbk = AdminFiles.threeGoodProfiles().getBytes(java.nio.charset.Charset.forName("GBK"));
        Job profiles = finished(uploadBytes("PROFILES", "customers.csv", gbk));
        assertThat(profiles.state()).isEqualTo(JobState.FAILED);
        assertThat(profiles.message()).contains("文件不是 UTF-8 编码的文本", "第 2 行", "not UTF-8 text", "line 2");
        assertThat(customers()).isZero();
        mvc.perform(get("/admin/jobs/" + profiles.id()).with(signedIn(Role.ADMIN)).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("the file is not UTF-8 text (first non-UTF-8 byte on line 2)"),
                        not(containsString("文件不是")))));

        byte[] binary = new byte[4096];
        new java.util.Random(11).nextBytes(binary);
        Job garbage = finished(uploadBytes("PROFILES", "garbage.csv", binary));
        assertThat(garbage.state()).isEqualTo(JobState.FAILED);
        assertThat(garbage.message()).contains("文件不是 UTF-8 编码的文本").doesNotContain("unknown column", "未知列");

        finished(upload("PROFILES", "customers.csv", AdminFiles.threeGoodProfiles(), false));
        // the bad byte comes long after rows already stored in the job's transaction: they are rolled back
        String goodRows = "customerId,contribution\n" + "A0001,1234.50\nA0002,-200\n".repeat(2000);
        byte[] contributions = (goodRows + "A0003,10 王小明\n").getBytes(java.nio.charset.Charset.forName("GBK"));
        Job profit = finished(uploadBytes("CONTRIBUTIONS", "profit.csv", contributions));
        assertThat(profit.state()).isEqualTo(JobState.FAILED);
        assertThat(profit.message()).contains("文件不是 UTF-8 编码的文本", "第 4002 行");
        assertThat(jdbc.queryForObject("select count(*) from customer where imported_contribution is not null", Long.class)).isZero();
    }

    @Test
    void aFileWithoutRowsFailsSayingSo() throws Exception {
        Job headerOnly = finished(upload("PROFILES", "customers.csv", "customerId,name\n", false));
        assertThat(headerOnly.state()).isEqualTo(JobState.FAILED);
        assertThat(headerOnly.message()).contains("the file holds no rows", "文件中没有数据行");
        Job blankLines = finished(upload("CONTRIBUTIONS", "profit.csv", "customerId,contribution\n\n\n", false));
        assertThat(blankLines.state()).isEqualTo(JobState.FAILED);
        assertThat(blankLines.message()).contains("the file holds no rows", "文件中没有数据行");
    }

    @Test
    void refusesAFileOfTheWrongKindOnThePage() throws Exception {
        mvc.perform(multipart("/admin/imports")
                        .file(new MockMultipartFile("file", "customers.xls", "application/vnd.ms-excel", new byte[]{1, 2, 3}))
                        .param("kind", "PROFILES").with(signedIn(Role.ADMIN)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("文件“customers.xls”的类型不支持")));
        mvc.perform(multipart("/admin/imports").param("kind", "CONTRIBUTIONS").with(signedIn(Role.ADMIN)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请选择要上传的文件")));
        // a chosen file of 0 bytes is said to be empty, not that no file was chosen
        mvc.perform(multipart("/admin/imports")
                        .file(new MockMultipartFile("file", "profit.csv", "text/csv", new byte[0]))
                        .param("kind", "CONTRIBUTIONS").with(signedIn(Role.ADMIN)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("文件“profit.csv”是空的（0 字节）")))
                .andExpect(content().string(not(containsString("请选择要上传的文件"))));
        assertThat(jobs.recent(10)).isEmpty();
    }

    @Test
    void theUploadMayBeLargerThanOtherRequests() throws Exception {
        byte[] threeMegabytes = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(threeMegabytes, (byte) 'a');
        // passes the size limit and is refused for what it is (no kind chosen), not for its size
        mvc.perform(multipart("/admin/imports").file(new MockMultipartFile("file", "big.csv", "text/csv", threeMegabytes))
                        .with(signedIn(Role.ADMIN)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请选择数据类型")));
        mvc.perform(post("/admin/runs").content(threeMegabytes).contentType("application/x-www-form-urlencoded")
                        .with(signedIn(Role.ADMIN)).with(csrf()))
                .andExpect(status().isPayloadTooLarge());
    }

    @Test
    void onlyAdministratorsSeeTheLinkAndUseThePages() throws Exception {
        long id = upload("PRODUCTS", "products.csv", AdminFiles.products(), false);
        finished(id);
        for (Role role : Role.values()) {
            if (role == Role.ADMIN) {
                continue;
            }
            mvc.perform(get("/admin").with(signedIn(role))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/jobs/" + id + "/status").with(signedIn(role))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/jobs/" + id + "/issues.csv").with(signedIn(role))).andExpect(status().isForbidden());
            mvc.perform(multipart("/admin/imports")
                            .file(new MockMultipartFile("file", "p.csv", "text/csv", AdminFiles.products().getBytes(StandardCharsets.UTF_8)))
                            .param("kind", "PRODUCTS").with(signedIn(role)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/runs").param("asOf", "2024-06-30").with(signedIn(role)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/").with(signedIn(role))).andExpect(content().string(not(containsString("href=\"/admin\""))));
        }
        assertThat(jobs.recent(10)).as("no job started by another role").hasSize(1);
        mvc.perform(get("/").with(signedIn(Role.ADMIN))).andExpect(content().string(allOf(
                containsString("href=\"/admin\""), containsString("管理"))));
        mvc.perform(get("/admin")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/runs").with(signedIn(Role.ADMIN))).andExpect(status().isForbidden()); // no CSRF token
    }

    @Test
    void startsAClassificationRunAndListsIt() throws Exception {
        finished(upload("PROFILES", "customers.csv", AdminFiles.threeGoodProfiles(), false));

        mvc.perform(post("/admin/runs").param("asOf", "").with(signedIn(Role.ADMIN)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("数据中还没有交易，无法推定评估日")));
        mvc.perform(post("/admin/runs").param("asOf", "2024-13-01").with(signedIn(Role.ADMIN)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("评估日“2024-13-01”无效")));
        String tomorrow = java.time.LocalDate.now().plusDays(1).toString();
        mvc.perform(post("/admin/runs").param("asOf", tomorrow).with(signedIn(Role.ADMIN)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("评估日 " + tomorrow + " 晚于今天")));
        mvc.perform(post("/admin/runs").param("asOf", tomorrow).param("lang", "en").with(signedIn(Role.ADMIN)).with(csrf()))
                .andExpect(content().string(containsString("the as-of date " + tomorrow + " is after today")));

        String location = mvc.perform(post("/admin/runs").param("asOf", "2024-06-30").with(signedIn(Role.ADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Job job = finished(Long.parseLong(location.substring("/admin/jobs/".length())));

        assertThat(job.state()).isEqualTo(JobState.DONE);
        assertThat(job.runId()).isNotNull();
        assertThat(job.rowsDone()).isEqualTo(3);
        assertThat(job.asOf()).hasToString("2024-06-30");
        assertThat(jdbc.queryForMap("select status, customers, as_of::text as as_of from classification_run where run_id = ?", job.runId()))
                .containsEntry("status", "DONE").containsEntry("customers", 3).containsEntry("as_of", "2024-06-30");
        assertThat(jdbc.queryForObject("select count(*) from classification where run_id = ?", Long.class, job.runId())).isEqualTo(3);
        mvc.perform(get("/admin/jobs/" + job.id()).with(signedIn(Role.ADMIN)))
                .andExpect(content().string(allOf(containsString("已分类 3 位客户（第 " + job.runId() + " 次分类运行）"),
                        not(containsString("新增")))));
        mvc.perform(get("/admin").with(signedIn(Role.ADMIN)))
                .andExpect(content().string(allOf(containsString("最近的分类运行"), containsString("2024-06-30"))));
    }
}
