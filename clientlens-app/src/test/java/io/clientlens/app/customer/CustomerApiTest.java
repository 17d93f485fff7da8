package io.clientlens.app.customer;

import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.batch.Progress;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import java.time.LocalDate;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CustomerApiTest extends PostgresTest {

    static final String WANG = io.clientlens.app.support.ExampleProfiles.WANG;

    MockMvc mvc;

    @Autowired
    void signIn(WebApplicationContext context) {
        mvc = mvc(context, Role.ADMIN);
    }
    @Autowired
    ClassificationRuns runs;

    @Test
    void putsTheProfileDocumentAndReturnsItMasked() throws Exception {
        mvc.perform(put("/api/v1/customers/C0001/profile").contentType(MediaType.APPLICATION_JSON).content(WANG))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.identity.name").value("王*"))
                .andExpect(jsonPath("$.identity.residentId").value("1101*************X"))
                .andExpect(jsonPath("$.identity.mobile").value("138****8000"))
                .andExpect(jsonPath("$.profile.residentId").value("1101*************X"))
                .andExpect(jsonPath("$.profile.income.salary").value(300000))
                .andExpect(jsonPath("$.kyc.missing", not(hasItem("income"))))
                .andExpect(content().string(not(containsString("13800138000"))))
                .andExpect(content().string(not(containsString("王小明"))));
        mvc.perform(put("/api/v1/customers/C0001/profile").contentType(MediaType.APPLICATION_JSON).content(WANG))
                .andExpect(status().isOk());
    }

    @Test
    void rejectsAnUnknownFieldNamingItsPath() throws Exception {
        String bad = WANG.replace("\"educationAnnualCost\"", "\"educationCost\"");
        mvc.perform(put("/api/v1/customers/C0001/profile").contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(containsString("family[1]")))
                .andExpect(jsonPath("$.errors[0].en").value(containsString("unknown")));
        mvc.perform(get("/api/v1/customers/C0001")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.zh").value("客户“C0001”不存在"))
                .andExpect(jsonPath("$.en").value("customer 'C0001' does not exist"));
    }

    @Test
    void rejectsAnInvalidResidentIdAndAMismatchedCustomerId() throws Exception {
        mvc.perform(put("/api/v1/customers/C0001/profile").contentType(MediaType.APPLICATION_JSON)
                        .content(WANG.replace("11010519491231002X", "110105194912310021")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("residentId"))
                .andExpect(jsonPath("$.errors[0].zh").exists());
        mvc.perform(put("/api/v1/customers/OTHER/profile").contentType(MediaType.APPLICATION_JSON).content(WANG))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("customerId"));
    }

    @Test
    void listsCustomersOfTheLatestRunFilteredByClass() throws Exception {
        mvc.perform(put("/api/v1/customers/C0001/profile").contentType(MediaType.APPLICATION_JSON).content(WANG))
                .andExpect(status().isCreated());
        runs.run(LocalDate.of(2026, 9, 30), Progress.NONE);
        mvc.perform(get("/api/v1/customers").param("relationship", "PROSPECT"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].customerId").value("C0001"))
                .andExpect(jsonPath("$.items[0].name").value("王*"))
                .andExpect(jsonPath("$.items[0].codes.lifeStage").value("RETIREMENT")) // born 1949 per the resident ID
                .andExpect(jsonPath("$.items[0].codes.highEndTarget").value("NO"));
        mvc.perform(get("/api/v1/customers").param("relationship", "CUSTOMER"))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/customers/C0001"))
                .andExpect(jsonPath("$.classification.dimensions.lifeStage.reasons[0].zh").value(containsString("≥ 60")))
                .andExpect(jsonPath("$.classification.dimensions.residency.code").value("DOMESTIC"))
                .andExpect(jsonPath("$.classification.dimensions.investmentExperience.code").value("EXPERIENCED"));
    }

    @Test
    void rejectsUnknownFiltersAndCodesAsProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/customers").param("aumTier", "RICH"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("aumTier"))
                .andExpect(jsonPath("$.errors[0].en").value(containsString("AFFLUENT")));
        mvc.perform(get("/api/v1/customers").param("colour", "red"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("colour"));
        mvc.perform(get("/api/v1/customers").param("size", "100000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/v1/customers").param("page", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"))
                .andExpect(jsonPath("$.errors[0].zh").value("应为整数，而不是“x”"))
                .andExpect(jsonPath("$.errors[0].en").value("expected a whole number, found 'x'"));
    }

    @Test
    void publishesTheOpenApiDescription() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isFound()); // the API description is for signed-in users
        mvc.perform(get("/v3/api-docs").with(signedIn(io.clientlens.staff.Role.ANALYST))).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/customers/{id}/profile']").exists());
    }

    @Test
    void aProfileWhoseTextHoldsANulIsRefusedNamingTheField() throws Exception {
        mvc.perform(put("/api/v1/customers/C0001/profile").contentType(MediaType.APPLICATION_JSON)
                        .content(WANG.replace("\"王小明\"", "\"王\\u0000小明\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:clientlens:problem:invalid-request"))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].zh").value("文本不能包含控制字符（NUL，\\u0000）"))
                .andExpect(jsonPath("$.errors[0].en").value("text must not contain control characters (NUL, \\u0000)"));
        mvc.perform(get("/api/v1/customers/C0001")).andExpect(status().isNotFound());
    }

    @Test
    void aParameterNameTheFirewallRefusesIsABadRequestNotAnInternalError() throws Exception {
        mvc.perform(get("/api/v1/customers").param("aum\0Tier", "AFFLUENT"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:clientlens:problem:bad-request"))
                .andExpect(jsonPath("$.zh").isNotEmpty()).andExpect(jsonPath("$.en").isNotEmpty());
        mvc.perform(get("/api/v1/tasks").param("x\0", "1")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:clientlens:problem:bad-request"));
    }
}
