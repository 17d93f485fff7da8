package io.clientlens.app.needs.web;

import io.clientlens.app.support.PostgresTest;
import io.clientlens.staff.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The needs API on a real PostgreSQL with the §2.1 example stored: diagnosis, report, register. */
class NeedsApiTest extends PostgresTest {

    static final String WANG = io.clientlens.app.support.ExampleProfiles.WANG;
    static final String NEEDS = "/api/v1/customers/C0001/needs";
    static final String NEED = """
            {"title": "补充重疾保障 63 万元", "area": "FAMILY_PROTECTION", "expectation": "BASIC", "voice": "UNSTATED",
             "nature": "IMPLICIT", "source": "DIAGNOSIS", "sourceRef": "health.gap", "importance": 5, "urgency": 4,
             "cost": 15500, "leadsToProposal": true}
            """;

    MockMvc mvc;

    WebApplicationContext context;

    @Autowired
    void signIn(WebApplicationContext context) {
        this.context = context;
        mvc = mvc(context, Role.SUPERVISOR);
    }

    @BeforeEach
    void storeTheExample() throws Exception {
        mvc.perform(put("/api/v1/customers/C0001/profile").contentType(MediaType.APPLICATION_JSON).content(WANG))
                .andExpect(status().isCreated());
    }

    @Test
    void diagnosesTheStoredExample() throws Exception {
        mvc.perform(get(NEEDS).param("asOf", "2026-09-30"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value("2026-09-30"))
                .andExpect(jsonPath("$.ratios.savingsRatio.value").value(0.1097))
                .andExpect(jsonPath("$.ratios.savingsRatio.verdict").value("LOW"))
                .andExpect(jsonPath("$.ratios.solvencyRatio.verdict").value("HEALTHY"))
                .andExpect(jsonPath("$.insurance.need").value(3762000))
                .andExpect(jsonPath("$.insurance.resources").value(950000))
                .andExpect(jsonPath("$.insurance.gap").value(2812000))
                .andExpect(jsonPath("$.insurance.terms.need[2].code").value("childEducation[1]"))
                .andExpect(jsonPath("$.insurance.terms.need[2].amount").value(280000))
                .andExpect(jsonPath("$.health.gap").value(630000))
                .andExpect(jsonPath("$.retirement.gap").value(1855000))
                .andExpect(jsonPath("$.fourAccounts.incomeProtectionPremium.amount").value(15500))
                // the stored profile takes its birth date from the resident ID: 1949-12-31, so 76 at the as-of date
                .andExpect(jsonPath("$.lifeStage.code").value("RETIREMENT"))
                .andExpect(jsonPath("$.lifeStage.reasons[0].rule").value("retirement"))
                .andExpect(jsonPath("$.priorities[0].code").value("ESTATE"))
                // 76 ≥ 40 → 15 % × 310,000 = 46,500
                .andExpect(jsonPath("$.fourAccounts.annuityPremium.amount").value(46500))
                .andExpect(jsonPath("$.goals[0].maslow").value("LOVE_AND_BELONGING"));
    }

    @Test
    void answersAnUnknownCustomerAndABadDateWithProblems() throws Exception {
        mvc.perform(get("/api/v1/customers/NOPE/needs")).andExpect(status().isNotFound());
        mvc.perform(get(NEEDS).param("asOf", "30.09.2026"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("asOf"))
                .andExpect(jsonPath("$.errors[0].zh").value("应为有效日期（YYYY-MM-DD，例如 2026-01-31），而不是“30.09.2026”"))
                .andExpect(jsonPath("$.errors[0].en").value("expected a valid date YYYY-MM-DD (e.g. 2026-01-31), found '30.09.2026'"));
        mvc.perform(get(NEEDS + "/report.html").param("lang", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lang"));
    }

    @Test
    void rendersTheHtmlReportMaskedInBothLanguages() throws Exception {
        String zh = mvc.perform(get(NEEDS + "/report.html").param("asOf", "2026-09-30"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(zh).contains("保险需求诊断", "表3 资产负债表", "王*", "1101*************X", "138****8000", "2,812,000", "偏低");
        assertThat(zh).doesNotContain("王小明", "13800138000", "11010519491231002X");
        mvc.perform(get(NEEDS + "/report.html").param("asOf", "2026-09-30").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Insurance needs diagnosis")))
                .andExpect(content().string(containsString("Savings ratio")));
    }

    @Test
    void producesAPdfWhoseTextCarriesTheDiagnosis() throws Exception {
        byte[] pdf = mvc.perform(get(NEEDS + "/report.pdf").param("asOf", "2026-09-30"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        String text = text(pdf);
        assertThat(text).contains("客户需求分析报告", "保险需求诊断", "结余比例", "王*", "2,812,000");
        assertThat(text).doesNotContain("王小明");
        byte[] en = mvc.perform(get(NEEDS + "/report.pdf").param("asOf", "2026-09-30").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(text(en)).contains("Insurance needs diagnosis", "Protection gap C", "1,855,000");
    }

    @Test
    void refusesANeedWithoutActorOrWithWrongFieldsAndWritesNothing() throws Exception {
        mvc(context, null).perform(post(NEEDS + "/register").contentType(MediaType.APPLICATION_JSON).content(NEED))
                .andExpect(status().isUnauthorized());
        mvc.perform(post(NEEDS + "/register").contentType(MediaType.APPLICATION_JSON).content(NEED)
                        .header(HttpHeaders.AUTHORIZATION, bearer(Role.COMPLIANCE)))
                .andExpect(status().isForbidden());
        mvc.perform(post(NEEDS + "/register").contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.AUTHORIZATION, bearer("rm.li", Role.RM, "BR001", "RM01"))
                        .content("{\"title\": \"\", \"expectation\": \"SOMETIMES\", \"voice\": \"STATED\", \"nature\": \"EXPLICIT\","
                                + " \"source\": \"INTERVIEW\", \"importance\": 9, \"urgency\": 2}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("expectation"))
                .andExpect(jsonPath("$.errors[1].field").value("title"))
                .andExpect(jsonPath("$.errors[2].field").value("importance"));
        assertThat(jdbc.queryForObject("select count(*) from need", Long.class)).isZero();
    }

    @Test
    void readsTheCostAsTypedAndRefusesGarbageNamingTheField() throws Exception {
        String rm = bearer("rm.li", Role.RM, "BR001", "RM01");
        mvc.perform(post(NEEDS + "/register").contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.AUTHORIZATION, rm)
                        .content(NEED.replace("\"cost\": 15500", "\"cost\": \"1.55万\"")))
                .andExpect(status().isCreated());
        assertThat(jdbc.queryForObject("select cost from need", java.math.BigDecimal.class)).isEqualByComparingTo("15500");
        mvc.perform(post(NEEDS + "/register").contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.AUTHORIZATION, rm)
                        .content(NEED.replace("\"cost\": 15500", "\"cost\": \"一万五\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cost"))
                .andExpect(jsonPath("$.errors[0].en").value(containsString("expected an amount such as 1000000")));
        assertThat(jdbc.queryForObject("select count(*) from need", Long.class)).isOne();
    }

    @Test
    void takesAProposalNeedThroughSupervisorReview() throws Exception {
        mvc.perform(post(NEEDS + "/register").contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.AUTHORIZATION, bearer("rm.li", Role.RM, "BR001", "RM01")).content(NEED))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("IDENTIFIED"));
        long id = jdbc.queryForObject("select need_id from need", Long.class);
        String statusUrl = NEEDS + "/register/" + id + "/status";
        mvc.perform(post(statusUrl).contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.AUTHORIZATION, bearer("rm.li", Role.RM, "BR001", "RM01")).content("{\"status\": \"REVIEWED\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("supervisorReviewsNeedsThatLeadToAProposal"))
                .andExpect(jsonPath("$.zh").value("该需求将形成产品建议，须由业务主管评审"));
        mvc.perform(post(statusUrl).contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.AUTHORIZATION, bearer("sup.zhang", Role.SUPERVISOR, "BR001", null))
                        .content("{\"status\": \"REVIEWED\", \"note\": \"缺口测算无误\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REVIEWED"))
                .andExpect(jsonPath("$.reviewedBy").value("sup.zhang"));
        mvc.perform(post(statusUrl).contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.AUTHORIZATION, bearer("rm.li", Role.RM, "BR001", "RM01")).content("{\"status\": \"MET\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("onlyTheStepsOfTheLifecycle"));
        mvc.perform(get(NEEDS + "/register/" + id))
                .andExpect(jsonPath("$.history[0].to").value("IDENTIFIED"))
                .andExpect(jsonPath("$.history[1].to").value("REVIEWED"))
                .andExpect(jsonPath("$.history[1].actor").value("sup.zhang"))
                .andExpect(jsonPath("$.history.length()").value(2));
        mvc.perform(get(NEEDS + "/register")).andExpect(jsonPath("$.items[0].rank").value(1));
        assertThatThrownBy(() -> jdbc.update("delete from need_event")).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> admin.update("delete from need_event")).hasMessageContaining("append-only");
    }

    private static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
