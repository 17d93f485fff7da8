package io.clientlens.app.needs.web;

import io.clientlens.app.support.PostgresTest;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Product fit: each open need with the products addressing it and their suitability, nothing recorded. */
class NeedProductsApiTest extends PostgresTest {
    static final String URL = "/api/v1/customers/C1/needs/products";

    MockMvc mvc;

    @Autowired
    void signIn(WebApplicationContext context) {
        mvc = mvc(context, Role.SUPERVISOR);
    }

    @BeforeEach
    void customerCatalogueAndNeeds() throws Exception {
        mvc.perform(put("/api/v1/customers/C1/profile").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\": \"C1\", \"name\": \"王小明\", \"branch\": \"BR001\", \"relationshipManager\": \"RM01\","
                                + " \"investmentHistory\": {\"years\": 0, \"purchases\": 0}}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/products").header(HttpHeaders.AUTHORIZATION, bearer(Role.ADMIN)).contentType("text/csv")
                        .content(Files.readString(Path.of("../docs/samples/products.csv"), StandardCharsets.UTF_8)))
                .andExpect(status().isOk());
        need("补充重疾保障", "FAMILY_PROTECTION");
        need("长期投资", "INVESTMENT");
    }

    private void need(String title, String area) throws Exception {
        mvc.perform(asRm(post("/api/v1/customers/C1/needs/register")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"" + title + "\", \"area\": \"" + area + "\", \"expectation\": \"BASIC\","
                                + " \"voice\": \"STATED\", \"nature\": \"EXPLICIT\", \"source\": \"INTERVIEW\", \"importance\": 4,"
                                + " \"urgency\": 3, \"cost\": 10000, \"leadsToProposal\": false}"))
                .andExpect(status().isCreated());
    }

    private MockHttpServletRequestBuilder asRm(MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, bearer("li.rm", Role.RM, "BR001", "RM01"));
    }

    @Test
    void withoutAnAssessmentEveryProductIsListedAsBlockedWithTheReason() throws Exception {
        mvc.perform(get(URL)).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[?(@.area == 'FAMILY_PROTECTION')].products[0].decision").value("BLOCKED"))
                .andExpect(jsonPath("$[?(@.area == 'FAMILY_PROTECTION')].products[0].reasons[0].zh").exists());
        assertThat(jdbc.queryForObject("select count(*) from suitability_check", Long.class)).as("nothing recorded").isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_record where kind = 'SUITABILITY_CHECK'", Long.class)).isZero();
    }

    @Test
    void afterAFaceToFaceAssessmentSuitableProductsComeFirstAndUnsuitableOnesSayWhy() throws Exception {
        mvc.perform(asRm(post("/api/v1/customers/C1/assessments")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"questionnaire\": \"risk-tolerance-v1\", \"channel\": \"branch\", \"answers\": "
                                + "{\"age\": \"31-40\", \"income\": \"300k-1m\", \"share\": \"10-25\", \"experience\": \"funds\","
                                + " \"horizon\": \"3-10\", \"objective\": \"balanced\", \"knowledge\": \"good\", \"loss\": \"5-20\","
                                + " \"fall\": \"hold\", \"return\": \"5-10\"}}"))
                .andExpect(status().isCreated());
        mvc.perform(get(URL)).andExpect(status().isOk())
                // protection: the insurance products, all R1, all suitable
                .andExpect(jsonPath("$[?(@.area == 'FAMILY_PROTECTION')].products[*].code",
                        org.hamcrest.Matchers.containsInAnyOrder("LIFE20", "CI01")))
                .andExpect(jsonPath("$[?(@.area == 'FAMILY_PROTECTION')].products[*].decision",
                        org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("ALLOWED"))))
                // investment: R2 allowed first; the experienced-only note and the R5 product are listed as blocked
                .andExpect(jsonPath("$[?(@.area == 'INVESTMENT')].products[0].fits").value(true))
                .andExpect(jsonPath("$[?(@.area == 'INVESTMENT')].products[?(@.code == 'SN12')].decision").value("BLOCKED"))
                .andExpect(jsonPath("$[?(@.area == 'INVESTMENT')].products[?(@.code == 'PE60')].decision").value("BLOCKED"))
                .andExpect(jsonPath("$[?(@.area == 'INVESTMENT')].products[?(@.code == 'PE60')].reasons[*].en",
                        org.hamcrest.Matchers.hasItem(containsString("R5"))));
    }

    @Test
    void anUnknownCustomerAndAnotherBranchsCustomerAreBothNotFound() throws Exception {
        mvc.perform(get("/api/v1/customers/NOPE/needs/products")).andExpect(status().isNotFound());
        mvc.perform(get(URL).header(HttpHeaders.AUTHORIZATION, bearer("wang.rm", Role.RM, "BR002", "RM07")))
                .andExpect(status().isNotFound());
        mvc.perform(get(URL).header(HttpHeaders.AUTHORIZATION, "Bearer not-a-token")).andExpect(status().isUnauthorized());
    }
}
