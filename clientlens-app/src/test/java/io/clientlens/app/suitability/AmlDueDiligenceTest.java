package io.clientlens.app.suitability;

import io.clientlens.app.aml.AmlCases;
import io.clientlens.app.aml.AmlDueDiligence;
import io.clientlens.aml.cases.CaseAction;
import io.clientlens.aml.cases.CaseDecision;
import io.clientlens.service.AmlReviewsDue;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Due diligence by AML rating: a HIGH-risk customer's new sales wait while enhanced due diligence is pending and go on
 * once the facts are on the profile and compliance has reviewed them; PROHIBITED blocks every sale; reviews due reach
 * the RM's tasks through the port; only compliance reads the due-diligence endpoints.
 */
class AmlDueDiligenceTest extends SuitabilityApiSupport {
    @Autowired
    AmlReviewsDue reviewsDue;
    @Autowired
    AmlCases cases;

    /** A classification run that rated C1 as given (the rest of the run does not matter here). */
    private void rated(String level) {
        long run = jdbc.queryForObject("insert into classification_run (as_of, policy_version, currency, status, finished_at, customers) "
                + "values (current_date, 'v1', 'CNY', 'DONE', now(), 1) returning run_id", Long.class);
        jdbc.update("insert into classification (run_id, customer_id, codes, features, dimensions) values (?, 'C1', "
                + "cast(? as jsonb), '{}', cast(? as json))", run, "{\"amlRisk\": \"" + level + "\"}",
                "{\"investmentExperience\": {\"code\": \"EXPERIENCED\", \"reasons\": [{\"rule\": \"minYears\", "
                        + "\"zh\": \"有投资经验\", \"en\": \"experienced\"}]}}");
    }

    private void factsOnFile() throws Exception {
        mvc.perform(put("/api/v1/customers/C1/profile").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\": \"C1\", \"name\": \"王小明\", \"branch\": \"BR001\", \"relationshipManager\": \"RM01\", "
                                + "\"mobile\": \"13800138000\", \"investmentHistory\": {\"years\": 0, \"purchases\": 0}, "
                                + "\"accountPurpose\": \"工资结算\", \"sourceOfFunds\": \"工资\", \"sourceOfWealth\": \"工资积累\"}"))
                .andExpect(status().is2xxSuccessful());
    }

    @Test
    void aHighRiskCustomersNewSalesWaitUntilEnhancedDueDiligenceIsComplete() throws Exception {
        assess("C1", answers("5-20"), "branch", null);
        check("C1", "MIX01", "50000", "bank").andExpect(jsonPath("$.decision").value("ALLOWED"));

        rated("HIGH");
        check("C1", "MIX01", "50000", "bank").andExpect(status().isCreated())
                .andExpect(jsonPath("$.decision").value("BLOCKED"))
                .andExpect(jsonPath("$.reasons[0].rule").value("amlDueDiligencePending"))
                .andExpect(jsonPath("$.reasons[0].zh").value(containsString("强化尽职调查未完成")));
        check("C1", "MIX01", "50000", "customer").andExpect(jsonPath("$.decision").value("BLOCKED"));

        String compliance = bearer("comp.ann", Role.COMPLIANCE, "BR001", null);
        mvc.perform(get("/api/v1/aml/customers/C1/due-diligence").header(HttpHeaders.AUTHORIZATION, compliance))
                .andExpect(jsonPath("$.level").value("ENHANCED")).andExpect(jsonPath("$.eddPending").value(true))
                .andExpect(jsonPath("$.missingFacts[1].en").value("source of funds"));

        // the facts alone are not enough: compliance must have reviewed them
        factsOnFile();
        check("C1", "MIX01", "50000", "bank").andExpect(jsonPath("$.reasons[0].rule").value("amlDueDiligencePending"));
        mvc.perform(post("/api/v1/aml/customers/C1/reviews").header(HttpHeaders.AUTHORIZATION, compliance)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"salary account, documents seen\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.eddPending").value(false))
                .andExpect(jsonPath("$.lastReviewOn").value(LocalDate.now().toString()))
                .andExpect(jsonPath("$.nextReviewOn").value(LocalDate.now().plusMonths(6).toString()));
        check("C1", "MIX01", "50000", "bank").andExpect(jsonPath("$.decision").value("ALLOWED"));
        assertThat(jdbc.queryForObject("select reviewer || ':' || rating from aml_review where customer_id = 'C1'", String.class))
                .isEqualTo("comp.ann:HIGH");
    }

    @Test
    void aProhibitedCustomerGetsNoNewBusiness() throws Exception {
        assess("C1", answers("5-20"), "branch", null);
        rated("PROHIBITED");
        check("C1", "CASH01", "1000", "customer").andExpect(jsonPath("$.decision").value("BLOCKED"))
                .andExpect(jsonPath("$.reasons[0].rule").value("amlProhibited"));
    }

    @Test
    void anExitDecidedWithFourEyesBlocksEveryNewSaleButOnlyOnceApproved() throws Exception {
        assess("C1", answers("5-20"), "branch", null);
        rated("LOW");
        long caseId = jdbc.queryForObject("insert into aml_case (customer_id, status, due_on) values ('C1', 'OPEN', current_date + 20) "
                + "returning case_id", Long.class);
        assertThat(cases.act(caseId, new CaseAction.Propose(CaseDecision.EXIT_RELATIONSHIP, "owners never identified"), "comp.ann"))
                .isInstanceOf(AmlCases.StepOutcome.Done.class);
        // proposed, not yet approved by a second officer: business goes on
        check("C1", "CASH01", "1000", "customer").andExpect(jsonPath("$.decision").value("ALLOWED"));

        assertThat(cases.act(caseId, new CaseAction.Approve("agree"), "comp.bob")).isInstanceOf(AmlCases.StepOutcome.Done.class);
        check("C1", "CASH01", "1000", "customer").andExpect(status().isCreated())
                .andExpect(jsonPath("$.decision").value("BLOCKED"))
                .andExpect(jsonPath("$.reasons[0].rule").value("amlRelationshipExited"))
                .andExpect(jsonPath("$.reasons[0].zh").value(containsString("终止")))
                .andExpect(jsonPath("$.reasons[0].en").value(containsString("end the relationship")));
        check("C1", "MIX01", "50000", "bank").andExpect(jsonPath("$.decision").value("BLOCKED"))
                .andExpect(jsonPath("$.reasons[0].rule").value("amlRelationshipExited"));
    }

    @Test
    void aDecisionOtherThanExitLeavesBusinessOpen() throws Exception {
        assess("C1", answers("5-20"), "branch", null);
        rated("LOW");
        long caseId = jdbc.queryForObject("insert into aml_case (customer_id, status, due_on) values ('C1', 'OPEN', current_date + 20) "
                + "returning case_id", Long.class);
        assertThat(cases.act(caseId, new CaseAction.Propose(CaseDecision.ENHANCED_MONITORING, "watch"), "comp.ann"))
                .isInstanceOf(AmlCases.StepOutcome.Done.class);
        check("C1", "CASH01", "1000", "customer").andExpect(jsonPath("$.decision").value("ALLOWED"));
    }

    @Test
    void reviewsDueReachTheRmsTasksThroughThePortWithoutTheReason() throws Exception {
        assertThat(reviewsDue).isInstanceOf(AmlDueDiligence.class);
        rated("HIGH");
        // a prospect without accounts has no relationship to review yet; once reviewed, due six months later
        assertThat(reviewsDue.dueBy(List.of("C1"), LocalDate.now().plusYears(1))).isEmpty();
        mvc.perform(post("/api/v1/aml/customers/C1/reviews").header(HttpHeaders.AUTHORIZATION,
                bearer("comp.ann", Role.COMPLIANCE, "BR001", null))).andExpect(status().isOk());
        var due = reviewsDue.dueBy(List.of("C1", "C2"), LocalDate.now().plusMonths(7));
        assertThat(due).containsOnlyKeys("C1");
        assertThat(due.get("C1")).singleElement().satisfies(r -> {
            assertThat(r.dueOn()).isEqualTo(LocalDate.now().plusMonths(6));
            assertThat(r.rating()).isEqualTo("HIGH");
        });
        assertThat(reviewsDue.dueBy(List.of("C1"), LocalDate.now().plusMonths(5))).isEmpty();

        // the same answer from facts the task computation reads for everyone at once: the rating, the last review, the
        // first account's opening (the last review counts first; a prospect without either has none due)
        LocalDate reviewed = LocalDate.now();
        assertThat(reviewsDue.dueFrom("C1", "HIGH", reviewed, LocalDate.of(2020, 1, 1), LocalDate.now().plusMonths(7)))
                .hasValue(due.get("C1").get(0));
        assertThat(reviewsDue.dueFrom("C1", "HIGH", reviewed, null, LocalDate.now().plusMonths(5))).isEmpty();
        assertThat(reviewsDue.dueFrom("C9", "LOW", null, LocalDate.of(2020, 1, 1), LocalDate.of(2023, 1, 1)))
                .hasValue(new io.clientlens.service.AmlReviewDue(LocalDate.of(2023, 1, 1), "LOW"));
        assertThat(reviewsDue.dueFrom("C9", "LOW", null, null, LocalDate.of(2030, 1, 1))).isEmpty();
        assertThat(reviewsDue.dueFrom("C9", "PROHIBITED", null, LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1))).isEmpty();
    }

    @Test
    void onlyComplianceReadsOrRecordsDueDiligence() throws Exception {
        rated("HIGH");
        for (Role role : Role.values()) {
            String token = bearer(role.name().toLowerCase() + ".dd", role, "BR001", role == Role.RM ? "RM01" : null);
            int expected = role == Role.COMPLIANCE ? 200 : 403;
            mvc.perform(get("/api/v1/aml/customers/C1/due-diligence").header(HttpHeaders.AUTHORIZATION, token))
                    .andExpect(status().is(expected));
            mvc.perform(get("/api/v1/aml/reviews-due").header(HttpHeaders.AUTHORIZATION, token)).andExpect(status().is(expected));
            if (role != Role.COMPLIANCE) {
                mvc.perform(post("/api/v1/aml/customers/C1/reviews").header(HttpHeaders.AUTHORIZATION, token))
                        .andExpect(status().isForbidden());
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from aml_review", Integer.class)).isZero();
    }

    @Test
    void aReviewNoteHoldingANulIsRefusedNamingTheField() throws Exception {
        rated("HIGH");
        mvc.perform(post("/api/v1/aml/customers/C1/reviews").header(HttpHeaders.AUTHORIZATION, bearer("comp.ann", Role.COMPLIANCE, "BR001", null))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"documents\\u0000 seen\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"))
                .andExpect(jsonPath("$.errors[0].zh").value("文本不能包含控制字符（NUL，\\u0000）"))
                .andExpect(jsonPath("$.errors[0].en").value("text must not contain control characters (NUL, \\u0000)"));
        assertThat(jdbc.queryForObject("select count(*) from aml_review", Integer.class)).isZero();
    }

    @Test
    void aReviewDateThatDoesNotExistSaysWhatADateLooksLike() throws Exception {
        mvc.perform(get("/api/v1/aml/reviews-due").param("until", "2026-02-30")
                        .header(HttpHeaders.AUTHORIZATION, bearer("comp.ann", Role.COMPLIANCE, "BR001", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("until: expected a valid date YYYY-MM-DD (e.g. 2026-01-31), found '2026-02-30'"))
                .andExpect(jsonPath("$.errors[0].field").value("until"))
                .andExpect(jsonPath("$.errors[0].zh").value("应为有效日期（YYYY-MM-DD，例如 2026-01-31），而不是“2026-02-30”"))
                .andExpect(jsonPath("$.errors[0].en").value("expected a valid date YYYY-MM-DD (e.g. 2026-01-31), found '2026-02-30'"));
    }
}
