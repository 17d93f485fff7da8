package io.clientlens.app.suitability;

import io.clientlens.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The suitability chain through REST on a real PostgreSQL: questionnaire to allowed, blocked or approved sale. */
class SuitabilityApiTest extends SuitabilityApiSupport {

    @org.springframework.beans.factory.annotation.Autowired
    io.clientlens.app.classify.ClassificationRuns runs;
    @Test
    void scoresAStoresAndRefusesASecondRiskAssessmentOnTheSameDay() throws Exception {
        assess("C1", answers("5-20"), "branch", null).andExpect(status().isCreated())
                .andExpect(jsonPath("$.score").value(71))
                .andExpect(jsonPath("$.result.riskLevel").value("C4"))
                .andExpect(jsonPath("$.result.riskAttitude").value("SEEKING"))
                .andExpect(jsonPath("$.channel").value("BRANCH"))
                .andExpect(jsonPath("$.recordedBy").value("li.rm"));
        assess("C1", answers("5-20"), "branch", null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("oneRiskAssessmentPerDay"))
                .andExpect(jsonPath("$.zh").value(containsString("每天最多评估一次")));
        assertThat(jdbc.queryForObject("select count(*) from assessment", Integer.class)).isEqualTo(1);
    }

    @Test
    void rejectsBadAnswersAndStoresNothing() throws Exception {
        assess("C1", "{\"age\": \"200\", \"planet\": \"mars\"}", "branch", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("answers.age")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("answers.planet")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("answers.income")));
        assess("C1", answers("5-20"), "fax", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("channel"));
        assertThat(jdbc.queryForObject("select count(*) from assessment", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_record", Integer.class)).isZero();
    }

    @Test
    void refusesAMissingRoleAndLetsGeneralSalesStaffGiveNoAdvice() throws Exception {
        mvc(context, null).perform(post("/api/v1/suitability-checks").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        as("wang.sales", "SALES", post("/api/v1/suitability-checks").contentType(MediaType.APPLICATION_JSON)
                .content("{\"customerId\": \"C1\", \"productCode\": \"CASH01\", \"amount\": 100}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.en").value(containsString("hand the customer over to an RM")));
    }

    @Test
    void readsTheAmountAsTypedOrAsAJsonNumberAndRefusesGarbageNamingTheField() throws Exception {
        assess("C1", answers("5-20"), "branch", null);
        for (String amount : new String[]{"\"1,000,000\"", "\"1000000.00\"", "\"100万\"", "\"１，０００，０００\"", "1000000",
                "1.0E6", "1000000.00"}) {
            long id = id(check("C1", "MIX01", amount, "bank").andExpect(status().isCreated()));
            assertThat(jdbc.queryForObject("select amount from suitability_check where check_id = ?", java.math.BigDecimal.class, id))
                    .as(amount).isEqualByComparingTo("1000000");
        }
        check("C1", "MIX01", "\"lots\"", "bank").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"))
                .andExpect(jsonPath("$.errors[0].zh").value(containsString("应为金额，如 1000000、1,000,000、1000000.00、100万 或 1.5万元，实为“lots”")))
                .andExpect(jsonPath("$.errors[0].en").value(containsString("expected an amount such as 1000000, 1,000,000")));
        check("C1", "MIX01", "\"-5\"", "bank").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].en").value(containsString("must not be negative")));
        check("C1", "MIX01", "1e17", "bank").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].en").value(containsString("too large")));
    }

    @Test
    void allowsAMatchingProductWithTheDisclosureAndAuditsIt() throws Exception {
        assess("C1", answers("5-20"), "branch", null);
        check("C1", "MIX01", "50000", "bank").andExpect(status().isCreated())
                .andExpect(jsonPath("$.decision").value("ALLOWED"))
                // every sale ends with the signed disclosure; the supervisor reviews it after the sale
                .andExpect(jsonPath("$.sale").value("PENDING"))
                .andExpect(jsonPath("$.missing[0]").value("WRITTEN_CONFIRMATION"))
                .andExpect(jsonPath("$.review").value("AFTER_SALE"))
                .andExpect(jsonPath("$.customerName").value("王*"))
                .andExpect(jsonPath("$.disclosure.zh").value(containsString("可能损失部分本金")));
        check("C1", "EQ01", "50000", "bank").andExpect(jsonPath("$.disclosure.en").value(containsString("You may lose all the money invested")));
        mvc.perform(get("/api/v1/audit").header(HttpHeaders.AUTHORIZATION, bearer(Role.COMPLIANCE)).param("customer", "C1"))
                .andExpect(jsonPath("$[0].kind").value("ASSESSMENT"))
                .andExpect(jsonPath("$[0].questionnaireVersion").value("risk-tolerance-v1"))
                .andExpect(jsonPath("$[1].kind").value("SUITABILITY_CHECK"))
                .andExpect(jsonPath("$[1].outcome").value("ALLOWED"))
                .andExpect(jsonPath("$[1].policyVersion").value("v1"))
                .andExpect(jsonPath("$[1].reasons[*].rule", hasItem("riskLevelMustCoverProductRisk")));
    }

    @Test
    void blocksWithoutAFaceToFaceAssessmentAndAfterExpiry() throws Exception {
        check("C1", "CASH01", "100", "bank").andExpect(jsonPath("$.decision").value("BLOCKED"))
                .andExpect(jsonPath("$.reasons[0].rule").value("riskAssessmentMustBeOnFile"));
        assess("C1", answers("5-20"), "online", null).andExpect(status().isCreated());
        check("C1", "CASH01", "100", "bank").andExpect(jsonPath("$.decision").value("BLOCKED"))
                .andExpect(jsonPath("$.reasons[0].rule").value("onlyFaceToFaceAssessmentsCount"));
        assess("C2", answers("5-20"), "branch", LocalDate.now().minusMonths(13) + "T10:00").andExpect(status().isCreated());
        check("C2", "CASH01", "100", "bank").andExpect(jsonPath("$.decision").value("BLOCKED"))
                .andExpect(jsonPath("$.reasons[0].rule").value("assessmentMustBeCurrent"));
        as("li.rm", RM, get("/api/v1/assessments/reminders")).andExpect(jsonPath("$[0].customerId").value("C2"))
                .andExpect(jsonPath("$[0].expired").value(true));
    }

    @Test
    void neverSellsExperiencedOnlyToTheInexperiencedAndTakesExperienceFromTheProfileWhenNotClassified() throws Exception {
        assess("C1", answers("5-20"), "branch", null);
        check("C1", "SN12", "200000", "customer").andExpect(jsonPath("$.decision").value("BLOCKED"))
                .andExpect(jsonPath("$.overridable").value(false))
                .andExpect(jsonPath("$.inputs.investmentExperience.source").value("PROFILE"))
                .andExpect(jsonPath("$.reasons[*].rule", hasItem("onlyExperiencedMayBuyExperiencedOnly")));
        assess("C2", answers("5-20"), "branch", null);
        check("C2", "SN12", "200000", "bank").andExpect(jsonPath("$.decision").value("ALLOWED"));
    }

    @Test
    void aBankWealthProductHeldOverAYearMakesTheCustomerExperiencedBeforeAndAfterClassification() throws Exception {
        // C1 declares no investing in the KYC profile but has held a bank wealth product since 2023
        jdbc.update("insert into holding (holding_id, customer_id, product_type, amount, opened) "
                + "values ('H1', 'C1', 'WEALTH', 300000, date '2023-06-01')");
        assess("C1", answers("5-20"), "branch", null);
        check("C1", "SN12", "200000", "bank").andExpect(jsonPath("$.decision").value("ALLOWED"))
                .andExpect(jsonPath("$.inputs.investmentExperience.code").value("EXPERIENCED"))
                .andExpect(jsonPath("$.inputs.investmentExperience.source").value("PROFILE"))
                .andExpect(jsonPath("$.inputs.investmentExperience.reason", containsString("At the bank: non-deposit investments held")));
        jdbc.update("insert into account (account_id, opened) values ('A1', date '2022-01-10')");
        jdbc.update("insert into account_link (link_id, customer_id, account_id, role) values ('L1', 'C1', 'A1', 'OWNER')");
        runs.run(LocalDate.now(), io.clientlens.batch.Progress.NONE);
        check("C1", "SN12", "200000", "bank").andExpect(jsonPath("$.decision").value("ALLOWED"))
                .andExpect(jsonPath("$.inputs.investmentExperience.code").value("EXPERIENCED"))
                .andExpect(jsonPath("$.inputs.investmentExperience.source").value("CLASSIFICATION"))
                .andExpect(jsonPath("$.inputs.investmentExperience.reason", containsString("At the bank: non-deposit investments held")));
    }

    @Test
    void takesACustomerWhoInsistsThroughOverrideAndSupervisorReview() throws Exception {
        assess("C2", answers("lt5"), "branch", null).andExpect(jsonPath("$.result.riskLevel").value("C4"));
        // QDII01 is R5, so of high market risk: on the customer's initiative the confirmation comes first, then the override
        long id = id(check("C2", "QDII01", "50000", "customer").andExpect(jsonPath("$.decision").value("BLOCKED"))
                .andExpect(jsonPath("$.overridable").value(true))
                .andExpect(jsonPath("$.steps[*]", org.hamcrest.Matchers.contains("WRITTEN_CONFIRMATION", "OVERRIDE_DOCUMENT", "SUPERVISOR_REVIEW")))
                .andExpect(jsonPath("$.reasons[*].rule", hasItem("highMarketRiskOnlyOnCustomerInitiative"))));
        String path = "/api/v1/suitability-checks/" + id;
        as("zhao.sup", "SUPERVISOR", post(path + "/approvals").contentType(MediaType.APPLICATION_JSON).content("{\"approved\": true, \"opinion\": \"先看\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("stepsInOrder"));
        confirm(id, true).andExpect(status().isOk()).andExpect(jsonPath("$.missing[0]").value("OVERRIDE_DOCUMENT"));
        as("li.rm", RM, post(path + "/override").contentType(MediaType.APPLICATION_JSON).content("{\"bankOpinion\": \"不建议\", \"customerWish\": \"坚持购买\", \"customerSigned\": false, \"rmSigned\": true}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("customerSigned"));
        as("li.rm", RM, post(path + "/override").contentType(MediaType.APPLICATION_JSON).content("{\"bankOpinion\": \"不建议\", \"customerWish\": \"坚持购买\", \"notes\": \"已说明\", \"customerSigned\": true, \"rmSigned\": true}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.sale").value("PENDING"));
        jdbc.update("update app_user set role = 'SUPERVISOR' where username = 'li.rm'"); // the same person, now a supervisor
        as("li.rm", "SUPERVISOR", post(path + "/approvals").contentType(MediaType.APPLICATION_JSON).content("{\"approved\": true, \"opinion\": \"可以\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.rule").value("fourEyes"));
        as("wang.sales", "SALES", post(path + "/approvals").contentType(MediaType.APPLICATION_JSON).content("{\"approved\": true}"))
                .andExpect(status().isForbidden());
        // a decision is only ever the JSON true or false: the text "false" or no decision at all approves nothing
        as("zhao.sup", "SUPERVISOR", post(path + "/approvals").contentType(MediaType.APPLICATION_JSON).content("{\"approved\": \"false\", \"opinion\": \"拒绝，风险不符\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("approved"))
                .andExpect(jsonPath("$.errors[0].en").value("expected true or false (without quotes), was 'false'"));
        as("zhao.sup", "SUPERVISOR", post(path + "/approvals").contentType(MediaType.APPLICATION_JSON).content("{\"opinion\": \"看一下\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("approved"));
        mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, bearer(Role.COMPLIANCE))).andExpect(jsonPath("$.sale").value("PENDING"));
        as("zhao.sup", "SUPERVISOR", post(path + "/approvals").contentType(MediaType.APPLICATION_JSON).content("{\"approved\": true, \"opinion\": \"无误导\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.sale").value("SALE_ALLOWED"));
        mvc.perform(get("/api/v1/audit").header(HttpHeaders.AUTHORIZATION, bearer(Role.COMPLIANCE)).param("customer", "C2"))
                .andExpect(jsonPath("$[*].kind", org.hamcrest.Matchers.contains("ASSESSMENT", "SUITABILITY_CHECK", "WRITTEN_CONFIRMATION",
                        "OVERRIDE_DOCUMENT", "SUPERVISOR_REVIEW")));
    }

    @Test
    void needsTheCustomersCopiedConfirmationForADerivativeOnTheirOwnInitiative() throws Exception {
        assess("C1", "{\"age\": \"18-30\", \"income\": \"gt1m\", \"share\": \"lt10\", \"experience\": \"expert\", \"horizon\": \"gt10\","
                + " \"objective\": \"growth\", \"knowledge\": \"professional\", \"loss\": \"gt20\", \"fall\": \"buyMore\", \"return\": \"gt10\"}", "branch", null)
                .andExpect(jsonPath("$.result.riskLevel").value("C5"));
        check("C1", "FXO03", "60000", "bank").andExpect(jsonPath("$.decision").value("BLOCKED"));
        long id = id(check("C1", "FXO03", "60000", "customer").andExpect(jsonPath("$.decision").value("CONFIRMATION_REQUIRED")));
        String path = "/api/v1/suitability-checks/" + id + "/confirmation";
        as("li.rm", RM, post(path).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"本人已经阅读上述风险提示，充分了解并清楚知道本产品的风险，愿意承担相关风险\", \"faceToFaceExplained\": true"
                                + signatures() + "}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("text"))
                .andExpect(jsonPath("$.errors[0].en").value("Character 22 differs: expected '晓', found '道'"));
        as("li.rm", RM, post(path).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"本人已经阅读上述风险提示, 充分了解并清楚知晓本产品的风险, 愿意承担相关风险\", \"faceToFaceExplained\": true"
                                + signatures() + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.sale").value("SALE_ALLOWED"));
    }

    @Test
    void needsTheHeadOfWealthAfterTheSupervisorFromOneMillion() throws Exception {
        assess("C2", answers("5-20"), "branch", null);
        long id = id(check("C2", "BOND01", "1000000", "bank").andExpect(jsonPath("$.decision").value("APPROVAL_REQUIRED")));
        String path = "/api/v1/suitability-checks/" + id + "/approvals";
        as("qian.head", "HEAD_OF_WEALTH", post(path).contentType(MediaType.APPLICATION_JSON).content("{\"approved\": true, \"opinion\": \"同意\"}"))
                .andExpect(status().isConflict());
        confirm(id, false).andExpect(jsonPath("$.missing[0]").value("SUPERVISOR_REVIEW"));
        as("zhao.sup", "SUPERVISOR", post(path).contentType(MediaType.APPLICATION_JSON).content("{\"approved\": true, \"opinion\": \"建议合理\"}"))
                .andExpect(jsonPath("$.sale").value("PENDING")).andExpect(jsonPath("$.missing[0]").value("SECOND_APPROVAL"));
        as("qian.head", "HEAD_OF_WEALTH", post(path).contentType(MediaType.APPLICATION_JSON).content("{\"approved\": false, \"opinion\": \"集中度过高\"}"))
                .andExpect(jsonPath("$.sale").value("SALE_REFUSED"));
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnAuditRecord() throws Exception {
        assess("C1", answers("5-20"), "branch", null);
        // The application's account lacks the privilege; the trigger refuses even the superuser.
        assertThatThrownBy(() -> jdbc.update("update audit_record set outcome = 'C5'"))
                .rootCause().hasMessageContaining("permission denied for table audit_record");
        assertThatThrownBy(() -> admin.update("update audit_record set outcome = 'C5'"))
                .rootCause().hasMessageContaining("audit_record is append-only: UPDATE is not allowed");
        assertThatThrownBy(() -> jdbc.update("delete from audit_record"))
                .rootCause().hasMessageContaining("permission denied for table audit_record");
        assertThatThrownBy(() -> admin.update("delete from audit_record"))
                .rootCause().hasMessageContaining("audit_record is append-only: DELETE is not allowed");
        assertThat(jdbc.queryForObject("select outcome from audit_record", String.class)).isEqualTo("C4");
    }

    @Test
    void reimportingTheCatalogueCreatesNoDuplicates() throws Exception {
        mvc.perform(post("/api/v1/products").contentType("text/csv")
                        .content(Files.readString(Path.of("../docs/samples/products.csv"), StandardCharsets.UTF_8)))
                .andExpect(jsonPath("$.inserted").value(0)).andExpect(jsonPath("$.unchanged").value(15));
        mvc.perform(post("/api/v1/products").contentType("text/csv").content("code,name,risk,type,experiencedOnly,minAmount,derivative\nX,乙,R9,FUND,false,1,false\n"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("line 2.risk"));
        assertThat(jdbc.queryForObject("select count(*) from product", Integer.class)).isEqualTo(15);
    }

    @Test
    void aMissingOrListedCustomerOrProductIsAnInvalidRequestNotAnUnknownOne() throws Exception {
        as("li.rm", RM, post("/api/v1/suitability-checks").contentType(MediaType.APPLICATION_JSON).content("{\"amount\": 50000}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:clientlens:problem:invalid-request"))
                .andExpect(jsonPath("$.errors[0].field").value("customerId"))
                .andExpect(jsonPath("$.errors[0].zh").value("须填写客户号"))
                .andExpect(jsonPath("$.errors[0].en").value("required: the customer's id"))
                .andExpect(jsonPath("$.errors[1].field").value("productCode"))
                .andExpect(jsonPath("$.errors[1].zh").value("须填写产品代码"))
                .andExpect(jsonPath("$.errors[1].en").value("required: the product's code"));
        as("li.rm", RM, post("/api/v1/suitability-checks").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\": \"C1\", \"productCode\": \" \", \"amount\": 50000}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("productCode"));
        as("li.rm", RM, post("/api/v1/suitability-checks").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\": [\"C1\"], \"productCode\": \"MIX01\", \"amount\": 50000}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("customerId"))
                .andExpect(jsonPath("$.errors[0].zh").value("应为文本"))
                .andExpect(jsonPath("$.errors[0].en").value("expected text"));
        assertThat(jdbc.queryForObject("select count(*) from suitability_check", Long.class)).isZero();
    }
}
