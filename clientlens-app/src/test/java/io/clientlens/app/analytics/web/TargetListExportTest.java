package io.clientlens.app.analytics.web;

import io.clientlens.app.support.WorkstationData;
import io.clientlens.app.analytics.TargetLists;
import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.app.customer.Customers;
import io.clientlens.app.profile.ProfileDocuments;
import io.clientlens.app.segment.SegmentRuleStore;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.batch.rules.SegmentRule;
import io.clientlens.code.Label;
import io.clientlens.identity.Masking;
import io.clientlens.staff.Role;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Target lists from the dashboards: masked identity, the right customers, CSV and XLSX, an audit record per export. */
class TargetListExportTest extends PostgresTest {
    static final String WANG_ID = "11010519491231002X";
    static final String WANG_MOBILE = "13800138000";

    MockMvc mvc;

    @Autowired
    void signIn(WebApplicationContext context) {
        mvc = mvc(context, null);
    }

    @Autowired
    Customers customers;
    @Autowired
    ClassificationRuns runs;
    @Autowired
    SegmentRuleStore store;
    @Autowired
    io.clientlens.app.classify.ClassificationExport classificationExport;

    @BeforeEach
    void data() {
        WorkstationData.load(customers, runs);
        store.save(new SegmentRule("everyone", Label.of("全部客户", "Everyone"), 1, "dimensions.customerType == \"INDIVIDUAL\"", 0));
    }

    @Test
    void csvOfASegmentHasEveryMatchingCustomerWithNameIdAndMobileMasked() throws Exception {
        long run = jdbc.queryForObject("select max(run_id) from classification_run", Long.class);
        long expected = jdbc.queryForObject("select count(*) from classification where run_id = ? and codes->>'customerType' = 'INDIVIDUAL'",
                Long.class, run);
        assertThat(expected).isEqualTo(122);
        byte[] body = mvc.perform(get("/dashboards/targets").param("segment", "everyone").param("format", "csv")
                        .with(signedIn(Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("targets-everyone-2026-09-30.csv")))
                .andReturn().getResponse().getContentAsByteArray();
        String csv = new String(body, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF客户号,姓名,身份证号,手机号,网点,客户经理,地区,资产层级,客户价值,服务等级,RFM行为细分,资产（AUM）,所属自定义分群\r\n");
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(1 + 122);
        assertThat(csv).doesNotContain("王小明", "李静", WANG_ID, WANG_MOBILE, "13900139000");
        String wang = lines.stream().filter(l -> l.startsWith("C0001,")).findFirst().orElseThrow();
        assertThat(wang).startsWith("C0001," + Masking.name("王小明") + "," + Masking.residentId(WANG_ID) + "," + Masking.mobile(WANG_MOBILE))
                .endsWith(",全部客户");
        assertThat(lines.stream().filter(l -> l.startsWith("C1003,")).findFirst().orElseThrow()).startsWith("C1003,赵*,");

        List<Map<String, Object>> audit = jdbc.queryForList("select kind, actor, actor_role, subject, inputs::text as inputs from audit_record");
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0)).containsEntry("kind", "TARGET_LIST_EXPORT").containsEntry("actor", "analyst.web")
                .containsEntry("subject", "segment:everyone");
        assertThat(audit.get(0).get("inputs").toString()).contains("\"rows\": 122").doesNotContain(WANG_ID);
    }

    @Test
    void theListHasHeadersInTheUsersLanguageClassesAsLabelsAndTheBranchAndRmOfEachCustomer() throws Exception {
        long run = jdbc.queryForObject("select max(run_id) from classification_run", Long.class);
        String tier = jdbc.queryForObject("select codes->>'aumTier' from classification where run_id = ? and customer_id = 'C0001'",
                String.class, run);
        String zh = new String(mvc.perform(get("/dashboards/targets").param("segment", "everyone").param("format", "csv")
                .with(signedIn(Role.ANALYST))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8);
        String wang = zh.lines().filter(l -> l.startsWith("C0001,")).findFirst().orElseThrow();
        String li = zh.lines().filter(l -> l.startsWith("C0002,")).findFirst().orElseThrow();
        List<String> cells = List.of(wang.split(",", -1));
        assertThat(cells.get(4)).isEqualTo("BR001");
        assertThat(cells.get(5)).isEqualTo("RM01");
        assertThat(li.split(",", -1)[5]).isEqualTo("RM02");
        assertThat(cells.get(7)).isEqualTo(io.clientlens.code.Dimension.AUM_TIER.labelOf(tier).zh());
        for (int i = 7; i <= 10; i++) {
            assertThat(cells.get(i)).as("column %s is a label, not a code", i).doesNotMatch("[A-Z_]{2,}");
        }
        String en = new String(mvc.perform(get("/dashboards/targets").param("segment", "everyone").param("format", "csv")
                .param("lang", "en").with(signedIn(Role.ANALYST))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(en).startsWith("\uFEFFCustomer id,Name,Resident ID,Mobile,Branch,Relationship manager,Region,AUM tier,"
                + "Customer value,Service class,RFM segment,AUM,Custom segments\r\n");
        String wangEn = en.lines().filter(l -> l.startsWith("C0001,")).findFirst().orElseThrow();
        assertThat(wangEn.split(",", -1)[7]).isEqualTo(io.clientlens.code.Dimension.AUM_TIER.labelOf(tier).en());
        assertThat(wangEn).endsWith(",Everyone");
    }

    @Test
    void aRegionOrNameThatIsAFormulaIsNeutralisedInTheCsvAfterMasking() throws Exception {
        String injected = "=HYPERLINK(\"http://evil.example/r\",\"x\")";
        customers.save(ProfileDocuments.fromJson("""
                {"customerId": "C0003", "type": "INDIVIDUAL", "name": "=cmd|' /C calc'!A0", "branch": "BR001",
                 "relationshipManager": "RM01", "region": "=HYPERLINK(\\"http://evil.example/r\\",\\"x\\")"}
                """));
        customers.save(ProfileDocuments.fromJson("""
                {"customerId": "C0004", "type": "INDIVIDUAL", "name": "@李四", "branch": "BR001", "relationshipManager": "RM01",
                 "region": "+1+2"}
                """));
        runs.run(java.time.LocalDate.of(2026, 9, 30), io.clientlens.batch.Progress.NONE);
        byte[] body = mvc.perform(get("/dashboards/targets").param("segment", "everyone").param("format", "csv")
                        .with(signedIn(Role.ANALYST)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows;
        try (var reader = de.siegmar.fastcsv.reader.CsvReader.builder().ofCsvRecord(
                new String(body, StandardCharsets.UTF_8).substring(1))) {
            rows = reader.stream().map(de.siegmar.fastcsv.reader.CsvRecord::getFields).toList();
        }
        assertThat(rows).hasSize(1 + 124);
        for (List<String> row : rows) {
            for (String cell : row) {
                assertThat(cell).as("a cell of %s", row).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@")
                        .doesNotStartWith("\t").doesNotStartWith("\r");
                assertThat(cell.startsWith("-") && !cell.matches("-\\d+(\\.\\d+)?")).as(cell).isFalse();
            }
        }
        List<String> c3 = rows.stream().filter(r -> r.get(0).equals("C0003")).findFirst().orElseThrow();
        assertThat(c3.get(1)).isEqualTo("'=*");
        assertThat(c3.get(6)).isEqualTo("'" + injected);
        List<String> c4 = rows.stream().filter(r -> r.get(0).equals("C0004")).findFirst().orElseThrow();
        assertThat(c4.get(1)).isEqualTo("'@*");
        assertThat(c4.get(6)).isEqualTo("'+1+2");

        // the classification export (`export --format csv`) carries the region code as well
        java.nio.file.Path file = java.nio.file.Files.createTempFile("classification", ".csv");
        try {
            classificationExport.write(null, io.clientlens.app.classify.ClassificationExport.Format.CSV, file);
            String exported = java.nio.file.Files.readString(file);
            assertThat(exported).contains(",\"'" + injected.replace("\"", "\"\"") + "\",").doesNotContain(",=", ",+1+2");
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Test
    void xlsxOfAnExpressionFromTheEditorHasOnlyTheMatchingCustomers() throws Exception {
        byte[] body = mvc.perform(post("/dashboards/targets").with(signedIn(Role.HEAD_OF_WEALTH)).with(csrf())
                        .param("expression", "dimensions.customerType == \"INDIVIDUAL\" && dimensions.residency == \"DOMESTIC\"")
                        .param("format", "xlsx"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/vnd.openxmlformats")))
                .andReturn().getResponse().getContentAsByteArray();
        long run = jdbc.queryForObject("select max(run_id) from classification_run", Long.class);
        long expected = jdbc.queryForObject("select count(*) from classification where run_id = ? and codes->>'residency' = 'DOMESTIC'",
                Long.class, run);
        assertThat(expected).isPositive();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo((int) expected); // header is row 0
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("姓名");
            StringBuilder all = new StringBuilder();
            sheet.forEach(row -> row.forEach(cell -> all.append(cell.toString()).append('|')));
            assertThat(all.toString()).contains(Masking.residentId(WANG_ID)).doesNotContain("王小明", WANG_ID, WANG_MOBILE);
        }
    }

    @Test
    void aBadExpressionOrFormatIsRefusedAndOnlyMarketingRolesMayExport() throws Exception {
        // from the editor without JavaScript: the page again, the problem at the expression, no file
        mvc.perform(post("/dashboards/targets").with(signedIn(Role.ANALYST)).with(csrf())
                        .param("expression", "features.agee > 3").param("format", "csv"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("id=\"segment-editor\""),
                        org.hamcrest.Matchers.containsString("第 1 行第 1 列："),
                        org.hamcrest.Matchers.containsString(">features.agee &gt; 3</textarea>"))))
                .andExpect(header().doesNotExist("Content-Disposition"));
        mvc.perform(get("/dashboards/targets").param("segment", "everyone").param("format", "pdf")
                .with(signedIn(Role.ANALYST))).andExpect(status().isBadRequest());
        mvc.perform(get("/dashboards/targets").param("segment", "nobody").with(signedIn(Role.ANALYST)))
                .andExpect(status().isNotFound());
        for (Role denied : new Role[]{Role.SUPERVISOR, Role.COMPLIANCE, Role.RM, Role.SALES}) {
            mvc.perform(get("/dashboards/targets").param("segment", "everyone").with(signedIn(denied)))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_record", Long.class)).isZero();
    }
}
