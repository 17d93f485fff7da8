package io.clientlens.app.suitability;

import io.clientlens.app.support.SignatureImages;
import io.clientlens.staff.Role;
import io.clientlens.suitability.WorkingDays;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The regulation's demands on the suitability chain over REST: amounts of one product added up over 30
 * days, a written opinion for every approval, every report in the supervisor's queue (the sale waiting
 * from 300,000), both signatures stored with their SHA-256 in the audit record, high market risk in
 * the catalogue.
 */
class SuitabilityRegulationApiTest extends SuitabilityApiSupport {

    ResultActions approve(String user, String role, long id, String body) throws Exception {
        return as(user, role, post("/api/v1/suitability-checks/" + id + "/approvals").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    static final String C5_ANSWERS = "{\"age\": \"18-30\", \"income\": \"gt1m\", \"share\": \"lt10\", \"experience\": \"expert\","
            + " \"horizon\": \"gt10\", \"objective\": \"growth\", \"knowledge\": \"professional\", \"loss\": \"gt20\", \"fall\": \"buyMore\","
            + " \"return\": \"gt10\"}";

    ResultActions queue(String user, String role) throws Exception {
        return as(user, role, get("/api/v1/approvals"));
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void twoChecksOf999999OfTheSameProductOnOneDayNeedTheSecondApproval() throws Exception {
        assess("C2", answers("5-20"), "branch", null);
        long first = id(check("C2", "BOND01", "999999", "bank").andExpect(jsonPath("$.decision").value("ALLOWED"))
                .andExpect(jsonPath("$.reasons[*].rule", not(hasItem("largeAmountsNeedSecondApproval")))));
        long second = id(check("C2", "BOND01", "999999", "bank").andExpect(jsonPath("$.decision").value("APPROVAL_REQUIRED"))
                .andExpect(jsonPath("$.steps[*]", contains("WRITTEN_CONFIRMATION", "SUPERVISOR_REVIEW", "SECOND_APPROVAL")))
                .andExpect(jsonPath("$.reasons[?(@.rule == 'largeAmountsNeedSecondApproval')].zh",
                        hasItem(startsWith("30 日内同一产品累计 1,999,998 元 ≥ 1,000,000 元"))))
                .andExpect(jsonPath("$.reasons[?(@.rule == 'largeAmountsNeedSecondApproval')].en",
                        hasItem(startsWith("Within 30 days the same product adds up to 1,999,998 CNY ≥ 1,000,000 CNY"))))
                .andExpect(jsonPath("$.inputs.sameProductWithinWindow.total").value(1999998))
                .andExpect(jsonPath("$.inputs.sameProductWithinWindow.earlierChecks[0].checkId").value((int) first)));
        assertThat(second).isGreaterThan(first);
        // another product is not added
        check("C2", "WM90", "999999", "bank").andExpect(jsonPath("$.decision").value("ALLOWED"));
        // a check refused by the supervisor no longer counts
        jdbc.update("update suitability_check set checked_at = checked_at - interval '40 days' where check_id = ?", second);
        check("C2", "BOND01", "1", "bank").andExpect(jsonPath("$.decision").value("APPROVAL_REQUIRED"));
        confirm(first, false);
        approve("zhao.sup", "SUPERVISOR", first, "{\"approved\": false, \"opinion\": \"金额与客户资产不符\"}")
                .andExpect(jsonPath("$.sale").value("SALE_REFUSED"));
        check("C2", "BOND01", "1", "bank").andExpect(jsonPath("$.decision").value("ALLOWED"));
    }

    @Test
    void theWindowReachesBackTwentyNineDaysBeforeTheCheckDay() throws Exception {
        assess("C2", answers("5-20"), "branch", null);
        long earlier = id(check("C2", "BOND01", "600000", "bank"));
        jdbc.update("update suitability_check set checked_at = checked_at - interval '30 days' where check_id = ?", earlier);
        check("C2", "BOND01", "400000", "bank").andExpect(jsonPath("$.decision").value("ALLOWED"))
                .andExpect(jsonPath("$.inputs.sameProductWithinWindow.earlierChecks", empty()));
        jdbc.update("update suitability_check set checked_at = checked_at + interval '1 day' where check_id = ?", earlier);
        check("C2", "BOND01", "1", "bank").andExpect(jsonPath("$.decision").value("APPROVAL_REQUIRED"))
                .andExpect(jsonPath("$.inputs.sameProductWithinWindow.total").value(1000001));
    }

    @Test
    void anApprovalOrARefusalWithoutAWrittenOpinionIsABadRequestNamingTheOpinion() throws Exception {
        assess("C2", answers("5-20"), "branch", null);
        long id = id(check("C2", "MIX01", "50000", "bank"));
        approve("zhao.sup", "SUPERVISOR", id, "{\"approved\": true}").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("opinion"))
                .andExpect(jsonPath("$.errors[0].zh").value(containsString("须填写书面意见")))
                .andExpect(jsonPath("$.errors[0].en").value(containsString("a written opinion is required")));
        approve("zhao.sup", "SUPERVISOR", id, "{\"approved\": false, \"opinion\": \" \\n \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("opinion"));
        assertThat(jdbc.queryForObject("select count(*) from suitability_step", Integer.class)).isZero();
        approve("zhao.sup", "SUPERVISOR", id, "{\"approved\": true, \"opinion\": \"建议与客户目标一致，无误导\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.done[0].opinion").value("建议与客户目标一致，无误导"));
        assertThat(jdbc.queryForObject("select inputs->>'opinion' from audit_record where kind = 'SUPERVISOR_REVIEW'", String.class))
                .isEqualTo("建议与客户目标一致，无误导");
    }

    @Test
    void everyCheckThatCanEndInASaleIsInTheSupervisorsQueue() throws Exception {
        assess("C1", C5_ANSWERS, "branch", null); // C5, no investment experience
        assess("C2", answers("5-20"), "branch", null); // C4, experienced
        long small = id(check("C2", "MIX01", "50000", "bank").andExpect(jsonPath("$.review").value("AFTER_SALE")));
        long large = id(check("C2", "EQ01", "300000", "bank").andExpect(jsonPath("$.review").value("BEFORE_SALE")));
        long derivative = id(check("C1", "FXO03", "60000", "customer").andExpect(jsonPath("$.decision").value("CONFIRMATION_REQUIRED")));
        long blocked = id(check("C1", "FXO03", "60000", "bank").andExpect(jsonPath("$.decision").value("BLOCKED"))
                .andExpect(jsonPath("$.review").value("NONE")));
        String due = WorkingDays.after(LocalDate.now(), 2).toString();

        queue("zhao.sup", "SUPERVISOR").andExpect(status().isOk())
                // the large sale waits for its signed confirmation before its review comes up; no sale follows a block
                .andExpect(jsonPath("$[*].recordId", contains((int) small, (int) derivative)))
                .andExpect(jsonPath("$[0].queue.kind").value("AFTER_SALE"))
                .andExpect(jsonPath("$[0].queue.dueOn").value(due))
                .andExpect(jsonPath("$[0].queue.overdue").value(false))
                .andExpect(jsonPath("$[0].customerName").value("王*"));
        confirm(large, false).andExpect(jsonPath("$.sale").value("PENDING")).andExpect(jsonPath("$.missing[0]").value("SUPERVISOR_REVIEW"));
        queue("zhao.sup", "SUPERVISOR").andExpect(jsonPath("$[*].recordId", contains((int) large, (int) small, (int) derivative)))
                .andExpect(jsonPath("$[0].queue.kind").value("BEFORE_SALE"))
                .andExpect(jsonPath("$[0].queue.dueOn").doesNotExist());
        queue("qian.head", "HEAD_OF_WEALTH").andExpect(jsonPath("$", empty()));
        queue("li.rm", RM).andExpect(status().isForbidden());
        assertThat(blocked).isPositive();

        // reviewed after the sale: out of the queue, and the sale goes ahead once signed
        approve("zhao.sup", "SUPERVISOR", small, "{\"approved\": true, \"opinion\": \"无误导\"}").andExpect(jsonPath("$.sale").value("PENDING"));
        confirm(small, false).andExpect(jsonPath("$.sale").value("SALE_ALLOWED"));
        queue("zhao.sup", "SUPERVISOR").andExpect(jsonPath("$[*].recordId", contains((int) large, (int) derivative)));
        // a refusal after the sale refuses it
        confirm(derivative, true).andExpect(jsonPath("$.sale").value("SALE_ALLOWED"));
        approve("zhao.sup", "SUPERVISOR", derivative, "{\"approved\": false, \"opinion\": \"推介话术有误导\"}")
                .andExpect(jsonPath("$.sale").value("SALE_REFUSED"));
        // an overdue review is flagged
        long late = id(check("C2", "MIX01", "1000", "bank"));
        jdbc.update("update suitability_check set review_due_on = current_date - 1 where check_id = ?", late);
        queue("zhao.sup", "SUPERVISOR").andExpect(jsonPath("$[?(@.recordId == " + late + ")].queue.overdue", contains(true)));
    }

    @Test
    void aSaleFrom300000WaitsForTheReviewAndASmallerOneDoesNot() throws Exception {
        assess("C2", answers("5-20"), "branch", null);
        long waits = id(check("C2", "BOND01", "300000", "bank").andExpect(jsonPath("$.decision").value("ALLOWED"))
                .andExpect(jsonPath("$.steps[*]", contains("WRITTEN_CONFIRMATION", "SUPERVISOR_REVIEW")))
                .andExpect(jsonPath("$.reasons[?(@.rule == 'supervisorReviewsEveryReport')].zh",
                        hasItem(containsString("销售等待复核：金额 300,000 元 ≥ 300,000 元")))));
        confirm(waits, false).andExpect(jsonPath("$.sale").value("PENDING")).andExpect(jsonPath("$.missing[0]").value("SUPERVISOR_REVIEW"));
        approve("zhao.sup", "SUPERVISOR", waits, "{\"approved\": true, \"opinion\": \"适合\"}").andExpect(jsonPath("$.sale").value("SALE_ALLOWED"));

        long goes = id(check("C2", "WM90", "299999", "bank").andExpect(jsonPath("$.steps[*]", contains("WRITTEN_CONFIRMATION")))
                .andExpect(jsonPath("$.reviewDueOn").value(WorkingDays.after(LocalDate.now(), 2).toString())));
        confirm(goes, false).andExpect(jsonPath("$.sale").value("SALE_ALLOWED"));
    }

    @Test
    void storesBothSignaturesWithTheirSha256InTheAuditRecord() throws Exception {
        assess("C2", answers("5-20"), "branch", null);
        long id = id(check("C2", "MIX01", "50000", "bank"));
        confirm(id, false).andExpect(status().isOk())
                .andExpect(jsonPath("$.signatures[0].signer").value("CUSTOMER"))
                .andExpect(jsonPath("$.signatures[0].sha256").value(sha256(CUSTOMER_SIGNATURE)))
                .andExpect(jsonPath("$.signatures[1].signer").value("RM"))
                .andExpect(jsonPath("$.signatures[1].sha256").value(sha256(RM_SIGNATURE)))
                .andExpect(jsonPath("$.signatures[1].capturedBy").value("li.rm"));
        var audit = jdbc.queryForMap("select inputs->'signatures'->'CUSTOMER'->>'sha256' as customer, "
                + "inputs->'signatures'->'RM'->>'sha256' as rm, inputs->>'text' as text, subject from audit_record where kind = 'WRITTEN_CONFIRMATION'");
        assertThat(audit).containsEntry("customer", sha256(CUSTOMER_SIGNATURE)).containsEntry("rm", sha256(RM_SIGNATURE))
                .containsEntry("text", SENTENCE).containsEntry("subject", "check:" + id);
        byte[] stored = jdbc.queryForObject("select png from suitability_signature where check_id = ? and signer = 'CUSTOMER'", byte[].class, id);
        assertThat(stored).isEqualTo(CUSTOMER_SIGNATURE);
        byte[] served = as("zhao.sup", "SUPERVISOR", get("/api/v1/suitability-checks/" + id + "/signatures/rm"))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.IMAGE_PNG))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(served).isEqualTo(RM_SIGNATURE);
        // refused twice over: the application's account may only insert, and the trigger refuses even the owner
        assertThatThrownBy(() -> jdbc.update("update suitability_signature set sha256 = repeat('0', 64)"))
                .rootCause().hasMessageContaining("permission denied for table suitability_signature");
        assertThatThrownBy(() -> new org.springframework.jdbc.core.JdbcTemplate(
                io.clientlens.app.support.TestDatabase.as(io.clientlens.app.support.TestDatabase.get().owner()))
                .update("update suitability_signature set sha256 = repeat('0', 64)"))
                .rootCause().hasMessageContaining("suitability_signature is append-only");
        mvc.perform(get("/api/v1/audit").header(HttpHeaders.AUTHORIZATION, bearer(Role.COMPLIANCE)).param("customer", "C2"))
                .andExpect(jsonPath("$[2].kind").value("WRITTEN_CONFIRMATION"))
                .andExpect(jsonPath("$[2].inputs.signatures.CUSTOMER.sha256").value(sha256(CUSTOMER_SIGNATURE)));
    }

    @Test
    void refusesABlankPadAndWhatIsNoPngNamingTheFieldAndStoresNothing() throws Exception {
        assess("C2", answers("5-20"), "branch", null);
        long id = id(check("C2", "MIX01", "50000", "bank"));
        String path = "/api/v1/suitability-checks/" + id + "/confirmation";
        as("li.rm", RM, post(path).contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"" + SENTENCE + "\", \"customerSignature\": \""
                        + SignatureImages.dataUrl(SignatureImages.blank()) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("customerSignature"))
                .andExpect(jsonPath("$.errors[0].zh").value("客户签名：签名为空白：图片上没有笔迹，请在签名板上签名"))
                .andExpect(jsonPath("$.errors[0].en").value(containsString("blank: there is no ink")))
                .andExpect(jsonPath("$.errors[1].field").value("rmSignature"))
                .andExpect(jsonPath("$.errors[1].en").value(containsString("missing")));
        as("li.rm", RM, post(path).contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"" + SENTENCE
                        + "\", \"customerSignature\": \"data:image/jpeg;base64,AAAA\", \"rmSignature\": \"aGVsbG8gd29ybGQ=\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].en").value(containsString("expected a PNG image")))
                .andExpect(jsonPath("$.errors[1].field").value("rmSignature"))
                .andExpect(jsonPath("$.errors[1].en").value(containsString("not a PNG image")));
        // one image given for both: not two signatures
        String same = SignatureImages.dataUrl(CUSTOMER_SIGNATURE);
        as("li.rm", RM, post(path).contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"" + SENTENCE
                        + "\", \"customerSignature\": \"" + same + "\", \"rmSignature\": \"" + same + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rmSignature"))
                .andExpect(jsonPath("$.errors[0].zh").value("客户与理财经理的签名完全相同：请各自签名"));
        assertThat(jdbc.queryForObject("select count(*) from suitability_signature", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from suitability_step", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_record where kind = 'WRITTEN_CONFIRMATION'", Integer.class)).isZero();
    }

    @Test
    void highMarketRiskIsInTheCatalogueAndDecidesWhatTheBankMayRecommend() throws Exception {
        as("li.rm", RM, get("/api/v1/products/QDII01")).andExpect(jsonPath("$.highMarketRisk").value(true))
                .andExpect(jsonPath("$.highMarketRiskSource").value("POLICY"));
        as("li.rm", RM, get("/api/v1/products/EQ01")).andExpect(jsonPath("$.highMarketRisk").value(false));
        as("li.rm", RM, get("/api/v1/products/SN12")).andExpect(jsonPath("$.highMarketRiskSource").value("CATALOGUE"));
        as("li.rm", RM, get("/api/v1/products/FXO03")).andExpect(jsonPath("$.highMarketRiskSource").value("DERIVATIVE"))
                .andExpect(jsonPath("$.highMarketRiskBasis.zh").value("衍生品"));
        String header = "code,name,risk,type,experiencedOnly,minAmount,derivative,highMarketRisk\n";
        mvc.perform(post("/api/v1/products").contentType("text/csv").content(header + "OPT1,期权,R4,DERIVATIVE,false,1,true,false\n"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("line 2.highMarketRisk"));
        mvc.perform(post("/api/v1/products").contentType("text/csv").content(header + "CMD04,商品挂钩理财,R4,WEALTH,false,1,false,true\n"))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select high_market_risk from product where product_code = 'CMD04'", Boolean.class)).isTrue();
        assess("C1", answers("5-20"), "branch", null); // C4 without investment experience
        check("C1", "EQ01", "50000", "bank").andExpect(jsonPath("$.decision").value("ALLOWED"));
        check("C1", "CMD04", "50000", "bank").andExpect(jsonPath("$.decision").value("BLOCKED"))
                .andExpect(jsonPath("$.reasons[?(@.rule == 'highMarketRiskOnlyOnCustomerInitiative')].zh",
                        hasItem("银行不得向无投资经验的客户主动推荐高市场风险产品（产品目录标注为高市场风险）")))
                .andExpect(jsonPath("$.inputs.product.highMarketRisk").value(true));
        check("C1", "QDII01", "50000", "bank").andExpect(jsonPath("$.decision").value("BLOCKED"))
                .andExpect(jsonPath("$.disclosure.zh").value(containsString("本产品属高市场风险产品")));
    }
}
