package io.clientlens.app.web;

import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.app.customer.Customers;
import io.clientlens.app.profile.ProfileDocuments;
import io.clientlens.app.segment.SegmentRuleStore;
import io.clientlens.app.support.ExampleProfiles;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.batch.Progress;
import io.clientlens.batch.rules.SegmentRule;
import io.clientlens.code.Label;
import io.clientlens.staff.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A corporate customer beside an individual: the company's name is shown in clear (it is not
 * personal data) wherever the individual's is masked, and the company gets no family analysis.
 */
class CorporateCustomersTest extends PostgresTest {
    static final String COMPANY = ExampleProfiles.COMPANY_NAME;

    MockMvc mvc;

    @Autowired
    void signIn(WebApplicationContext context) {
        mvc = mvc(context, Role.SUPERVISOR);
    }

    @Autowired
    Customers customers;
    @Autowired
    ClassificationRuns runs;
    @Autowired
    SegmentRuleStore store;

    @BeforeEach
    void data() {
        customers.save(ProfileDocuments.fromJson(ExampleProfiles.WANG));
        customers.save(ProfileDocuments.fromJson(ExampleProfiles.COMPANY));
        runs.run(LocalDate.of(2026, 9, 30), Progress.NONE);
    }

    @Test
    void theApiShowsTheCompanysNameInClearAndMasksThePersons() throws Exception {
        mvc.perform(get("/api/v1/customers")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.customerId == 'K0001')].name").value(COMPANY))
                .andExpect(jsonPath("$.items[?(@.customerId == 'C0001')].name").value("王*"))
                .andExpect(content().string(not(containsString("王小明"))));
        mvc.perform(get("/api/v1/customers/K0001")).andExpect(status().isOk())
                .andExpect(jsonPath("$.identity.name").value(COMPANY))
                .andExpect(jsonPath("$.identity.mobile").value("139****5678"))
                .andExpect(jsonPath("$.profile.name").value(COMPANY))
                // the legal representative and the owners are people
                .andExpect(jsonPath("$.profile.corporate.legalRepresentative").value("陈*"))
                .andExpect(jsonPath("$.profile.corporate.beneficialOwners[0].residentId").value("1101*************X"))
                .andExpect(content().string(not(containsString("陈一旭"))));
        mvc.perform(get("/api/v1/customers/C0001")).andExpect(jsonPath("$.identity.name").value("王*"));
    }

    @Test
    void thePagesShowTheCompanysNameInClearAndMaskThePersons() throws Exception {
        mvc.perform(get("/customers").with(signedIn(Role.SUPERVISOR))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(COMPANY), containsString("王*"), not(containsString("王小明")))));
        mvc.perform(get("/customers/K0001").with(signedIn(Role.SUPERVISOR))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(COMPANY), containsString("企业客户不适用家庭财务分析"),
                        // no family figures, no report links, and nothing to unmask for the name
                        not(containsString("六项财务比率")), not(containsString("/needs/report.html")),
                        not(containsString("value=\"name\"")), containsString("value=\"mobile\""),
                        containsString("<dt>企业名称</dt>"), not(containsString("<dt>姓名</dt>")))));
        mvc.perform(get("/customers/K0001/profile").with(signedIn(Role.SUPERVISOR))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"" + COMPANY + "\""), not(containsString("13912345678")))));
        mvc.perform(get("/customers/C0001/profile").with(signedIn(Role.SUPERVISOR))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"王*\""), not(containsString("王小明")))));
        mvc.perform(get("/customers/C0001").with(signedIn(Role.SUPERVISOR))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("王*"), not(containsString("王小明")), containsString("六项财务比率"),
                        containsString("value=\"name\""), containsString("<dt>姓名</dt>"))));
    }

    @Test
    void aCompanyGetsNoFamilyAnalysisNoLifeStageAndIsNoHighEndTarget() throws Exception {
        mvc.perform(get("/api/v1/customers/K0001/needs").param("asOf", "2026-09-30")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("NOT_APPLICABLE"))
                .andExpect(jsonPath("$.reason.zh").value("企业客户不适用家庭财务分析"))
                .andExpect(jsonPath("$.reason.en").value("Family financial analysis does not apply to corporate customers"))
                .andExpect(jsonPath("$.insurance").doesNotExist())
                .andExpect(content().string(not(containsString("家庭生活费"))));
        mvc.perform(get("/api/v1/customers/C0001/needs").param("asOf", "2026-09-30"))
                .andExpect(jsonPath("$.status").value("ANALYSED")).andExpect(jsonPath("$.insurance.need").value(3762000));
        mvc.perform(get("/api/v1/customers/K0001/needs/report.html").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Family financial analysis does not apply to corporate customers"),
                        containsString(COMPANY), not(containsString("Insurance needs diagnosis")))));
        byte[] pdf = mvc.perform(get("/api/v1/customers/K0001/needs/report.pdf")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("企业客户不适用家庭财务分析", COMPANY).doesNotContain("保险需求诊断");
        }
        mvc.perform(get("/api/v1/customers/K0001"))
                .andExpect(jsonPath("$.classification.dimensions.lifeStage.code").value("UNKNOWN"))
                .andExpect(jsonPath("$.classification.dimensions.lifeStage.reasons[0].zh").value("企业客户不适用家庭财务分析"))
                .andExpect(jsonPath("$.classification.dimensions.highEndTarget.code").value("UNKNOWN"))
                .andExpect(jsonPath("$.classification.dimensions.highEndTarget.reasons[0].en")
                        .value("Corporate customer: the high-end marketing target applies to individuals only"));
    }

    @Test
    void aTargetListShowsTheCompanysNameInClearAndThePersonsMasked() throws Exception {
        store.save(new SegmentRule("everyone", Label.of("全部客户", "Everyone"), 1, "dimensions.customerType != \"\"", 0));
        byte[] body = mvc.perform(get("/dashboards/targets").param("segment", "everyone").param("format", "csv")
                        .with(signedIn(Role.ANALYST)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String csv = new String(body, StandardCharsets.UTF_8);
        assertThat(csv.lines()).anyMatch(l -> l.startsWith("K0001," + COMPANY + ","))
                .anyMatch(l -> l.startsWith("C0001,王*,")).noneMatch(l -> l.contains("王小明"));
    }
}
