package io.clientlens.app.suitability.web;

import io.clientlens.app.support.WorkstationData;
import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.app.customer.Customers;
import io.clientlens.app.suitability.Products;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.app.support.SignatureImages;
import io.clientlens.batch.questionnaire.ProductCsv;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The questionnaire, suitability and approvals pages over MockMvc: roles, scope, validation, refusals, masking. */
class AdvicePagesTest extends PostgresTest {
    static final String CLEAR_NAME = "王小明";
    static final String CLEAR_MOBILE = "13800138000";
    static final String SENTENCE = "本人已经阅读上述风险提示，充分了解并清楚知晓本产品的风险，愿意承担相关风险";

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
    Products products;

    @BeforeEach
    void data() throws Exception {
        WorkstationData.load(customers, runs);
        products.save(ProductCsv.parse(Files.readString(Path.of("../docs/samples/products.csv"), StandardCharsets.UTF_8), "products.csv"));
    }

    /** A full risk questionnaire: 71 points (C4) with loss "5-20"; "lt5" still C4; "none" is the knock-out (C1). */
    static Map<String, String> riskAnswers(String loss) {
        return Map.of("age", "31-40", "income", "300k-1m", "share", "10-25", "experience", "funds", "horizon", "3-10",
                "objective", "balanced", "knowledge", "good", "loss", loss, "fall", "hold", "return", "5-10");
    }

    static MockHttpServletRequestBuilder answered(String path, Map<String, String> answers, String channel) {
        MockHttpServletRequestBuilder b = post(path).with(csrf());
        answers.forEach((q, o) -> b.param("a." + q, o));
        if (channel != null) {
            b.param("channel", channel);
        }
        return b;
    }

    /** Records a risk assessment for C0001 as the RM; returns the result page's path. */
    String assessRisk(String loss, String channel) throws Exception {
        MvcResult r = mvc.perform(answered("/customers/C0001/questionnaires/risk", riskAnswers(loss), channel).with(signedIn(Role.RM)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/customers/C0001/questionnaires/risk?result=*")).andReturn();
        return r.getResponse().getRedirectedUrl();
    }

    /** Runs a check for C0001 as {@code role}; returns the check id. */
    long check(Role role, String product, String amount, String initiatedBy) throws Exception {
        MvcResult r = mvc.perform(post("/customers/C0001/suitability").with(csrf()).with(signedIn(role))
                        .param("productCode", product).param("amount", amount).param("initiatedBy", initiatedBy))
                .andExpect(status().is3xxRedirection()).andReturn();
        Matcher m = Pattern.compile("/customers/C0001/suitability/checks/(\\d+)").matcher(r.getResponse().getRedirectedUrl());
        assertThat(m.matches()).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** The RM records the written confirmation of a check of C0001 with both signatures. */
    void confirmAsRm(long checkId) throws Exception {
        mvc.perform(post("/customers/C0001/suitability/checks/" + checkId + "/confirmation").with(csrf()).with(signedIn(Role.RM))
                        .param("text", SENTENCE).param("customerSignature", SignatureImages.dataUrl(SignatureImages.signed(1)))
                        .param("rmSignature", SignatureImages.dataUrl(SignatureImages.signed(2))))
                .andExpect(status().is3xxRedirection());
    }

    String page(Role role, String path) throws Exception {
        return mvc.perform(get(path).with(signedIn(role))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** What a reader sees of a page: the text without the tags and their attributes. */
    static String visibleText(String html) {
        return html.replaceAll("(?s)<script.*?</script>|<[^>]*>", " ");
    }

    @Test
    void showsTheRiskQuestionnaireInChineseAndEnglishWithTheChannel() throws Exception {
        mvc.perform(get("/customers/C0001/questionnaires/risk").with(signedIn(Role.RM))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("您的年龄是？"), containsString("70岁及以上"),
                        containsString("name=\"a.age\""), containsString("网点面对面"), containsString("name=\"channel\""),
                        containsString("王*"), not(containsString(CLEAR_NAME)))));
        mvc.perform(get("/customers/C0001/questionnaires/risk").param("lang", "en").with(signedIn(Role.RM)))
                .andExpect(content().string(allOf(containsString("What is your age?"), containsString("At a branch, face to face"),
                        containsString("Record the assessment"), not(containsString("您的年龄是？")))));
        mvc.perform(get("/customers/C0001/questionnaires/style").with(signedIn(Role.RM)))
                .andExpect(content().string(allOf(containsString("type=\"checkbox\""), containsString("决策果断"))));
    }

    @Test
    void recordsARiskAssessmentAndExplainsTheResultThenRefusesASecondOnTheSameDay() throws Exception {
        String result = assessRisk("5-20", "branch");
        String html = page(Role.RM, result);
        assertThat(html).contains("C4", "71 / 100", LocalDate.now().plusMonths(12).minusDays(1).toString(), "rm.web", "理由")
                .doesNotContain("不能用于销售").doesNotContain(CLEAR_NAME).doesNotContain(CLEAR_MOBILE);
        assertThat(jdbc.queryForObject("select count(*) from assessment where channel = 'BRANCH'", Integer.class)).isEqualTo(1);

        mvc.perform(answered("/customers/C0001/questionnaires/risk", riskAnswers("gt20"), "branch").with(signedIn(Role.RM)))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("每天最多评估一次"), containsString("role=\"alert\""),
                        // the answers given are kept
                        containsString("value=\"gt20\" checked=\"checked\""))));
        mvc.perform(answered("/customers/C0001/questionnaires/risk", riskAnswers("gt20"), "branch").param("lang", "en")
                        .with(signedIn(Role.RM)))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("at most one assessment per customer per day")));
        assertThat(jdbc.queryForObject("select count(*) from assessment", Integer.class)).isEqualTo(1);
    }

    @Test
    void theResultStandsAloneAndTheFormSaysWhichAssessmentIsOnFile() throws Exception {
        assertThat(page(Role.RM, "/customers/C0001/questionnaires/risk")).doesNotContain("已有有效的风险承受能力评估");
        String result = page(Role.RM, assessRisk("5-20", "branch"));
        assertThat(result).contains("评估结果", "重新评估").doesNotContain("<form method=\"post\" action=\"/customers/C0001/questionnaires/risk\"");
        String until = LocalDate.now().plusMonths(12).minusDays(1).toString();
        assertThat(page(Role.RM, "/customers/C0001/questionnaires/risk"))
                .contains("客户已有有效的风险承受能力评估：C4（" + LocalDate.now() + " 评估，有效期至 " + until + "）")
                .contains("<form method=\"post\" action=\"/customers/C0001/questionnaires/risk\"");
        assertThat(page(Role.RM, "/customers/C0001/questionnaires/risk?lang=en"))
                .contains("A valid risk tolerance assessment is on file: C4 (assessed " + LocalDate.now() + ", valid until " + until + ")");
    }

    @Test
    void showsMissingAnswersAtTheirQuestionAndKeepsTheAnswersGiven() throws Exception {
        mvc.perform(answered("/customers/C0001/questionnaires/risk", Map.of("age", "41-50", "loss", "lt5"), null).with(signedIn(Role.RM)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("缺少回答"),
                        containsString("id=\"err-income\""), not(containsString("id=\"err-age\"")),
                        containsString("value=\"41-50\" checked=\"checked\""), containsString("value=\"lt5\" checked=\"checked\""),
                        containsString("请选择评估渠道：网点面对面（branch）、网上（online）或电话（phone）"))));
        assertThat(jdbc.queryForObject("select count(*) from assessment", Integer.class)).isZero();
    }

    @Test
    void warnsThatANonFaceToFaceRiskAssessmentCannotBeUsedForSalesAndShowsTheKnockOut() throws Exception {
        String html = page(Role.RM, assessRisk("none", "phone"));
        assertThat(html).contains("不能用于销售", "电话", "C1", "封顶答案", "按得分为 C4，因封顶答案降为 C1");
        // and the suitability check indeed refuses to rely on it
        long id = check(Role.RM, "CASH01", "1000", "bank");
        assertThat(page(Role.RM, "/customers/C0001/suitability/checks/" + id)).contains("拒绝", "onlyFaceToFaceAssessmentsCount");
    }

    @Test
    void flagsInconsistentAnswersForTheRmWhileTheResultStands() throws Exception {
        Map<String, String> answers = new java.util.HashMap<>(riskAnswers("5-20"));
        answers.put("age", "70+");
        answers.put("horizon", "gt10");
        MvcResult r = mvc.perform(answered("/customers/C0001/questionnaires/risk", answers, "branch").param("lang", "en")
                .with(signedIn(Role.RM))).andExpect(status().is3xxRedirection()).andReturn();
        String html = mvc.perform(get(r.getResponse().getRedirectedUrl()).param("lang", "en").with(signedIn(Role.RM)))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Consistency flags", "Aged 70 or more but a horizon over 10 years: check with the customer",
                "Valid until", "Risk attitude");
    }

    @Test
    void recordsAWealthAttitudeAndASocialStyle() throws Exception {
        MvcResult r = mvc.perform(answered("/customers/C0001/questionnaires/style", Map.of(), "branch")
                        .param("a.cues", "decisive").param("a.cues", "shortCommands").param("a.cues", "loud").with(signedIn(Role.SUPERVISOR)))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(page(Role.SUPERVISOR, r.getResponse().getRedirectedUrl())).contains("支配型", "沟通建议", "各类型得分");
    }

    @Test
    void letsOnlyAdvisersInAndAnswersOutsideTheScopeAsNotFound() throws Exception {
        mvc.perform(get("/customers/C0001/questionnaires/risk").with(signedIn(Role.SALES))).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("一般销售人员请将客户转介给理财经理")));
        mvc.perform(get("/customers/C0001/suitability").with(signedIn(Role.COMPLIANCE))).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("不参与适当性流程")));
        mvc.perform(get("/customers/C0001/suitability").with(signedIn(Role.ANALYST))).andExpect(status().isForbidden());
        mvc.perform(get("/customers/C0002/questionnaires/risk").with(signedIn(Role.RM))).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("李*"))));
        mvc.perform(get("/customers/C0002/suitability").with(signedIn(Role.RM))).andExpect(status().isNotFound());
        mvc.perform(get("/customers/C9999/suitability").with(signedIn(Role.SUPERVISOR))).andExpect(status().isNotFound());
        mvc.perform(get("/customers/C0001/questionnaires/tarot").with(signedIn(Role.RM))).andExpect(status().isNotFound());
        mvc.perform(post("/customers/C0001/questionnaires/risk").with(signedIn(Role.RM))).andExpect(status().isForbidden()); // no CSRF token
        mvc.perform(get("/approvals").with(signedIn(Role.RM))).andExpect(status().isForbidden());
        mvc.perform(get("/approvals").with(signedIn(Role.COMPLIANCE))).andExpect(status().isForbidden());
        mvc.perform(get("/customers/C0001/suitability")).andExpect(status().is3xxRedirection()); // not signed in: to the sign-in page
    }

    @Test
    void linksThePagesOnlyForTheRolesThatMayUseThem() throws Exception {
        assertThat(page(Role.RM, "/customers/C0001")).contains("/customers/C0001/suitability", "/customers/C0001/questionnaires/risk")
                .doesNotContain("href=\"/approvals\"");
        assertThat(page(Role.SUPERVISOR, "/customers/C0001")).contains("/customers/C0001/suitability", "href=\"/approvals\"");
        assertThat(page(Role.COMPLIANCE, "/customers/C0001")).doesNotContain("/customers/C0001/suitability")
                .doesNotContain("href=\"/approvals\"");
        assertThat(page(Role.HEAD_OF_WEALTH, "/customers")).contains("href=\"/approvals\"");
    }

    @Test
    void showsABlockedSaleWithEveryReasonAndTheDisclosure() throws Exception {
        assessRisk("none", "branch"); // knock-out: C1
        long id = check(Role.RM, "EQ01", "50000", "bank");
        String html = page(Role.RM, "/customers/C0001/suitability/checks/" + id);
        assertThat(html).contains("拒绝", "不能成交", "不能特别申请", "有效至 ", "最坏情况", "50,000.00 元", "王*",
                        "data-rule=\"lowestLevelNeverAboveR1\"", "data-rule=\"assessmentMustBeCurrent\"")
                .doesNotContain("name=\"bankOpinion\"").doesNotContain("id=\"copy-text\"").doesNotContain(CLEAR_NAME);
        // the rule ids are for support: the RM reads the reasons without them
        assertThat(visibleText(html)).contains("有效至 ").doesNotContain("lowestLevelNeverAboveR1").doesNotContain("assessmentMustBeCurrent");
        String en = mvc.perform(get("/customers/C0001/suitability/checks/" + id).param("lang", "en").with(signedIn(Role.RM)))
                .andReturn().getResponse().getContentAsString();
        assertThat(en).contains("Blocked", "Sale refused", "Worst case", "50,000.00 CNY");
        assertThat(page(Role.RM, "/customers/C0001/suitability")).contains("#" + id, "EQ01",
                "最近一次风险承受能力评估：C1，" + LocalDate.now() + "，网点面对面");
    }

    @Test
    void anAmountAtOrAboveThePolicyLimitIsRefusedAtTheFieldWithTheRange() throws Exception {
        for (String amount : new String[]{"10000000000000", "1e16", "1" + "0".repeat(308), "1000000000万"}) {
            mvc.perform(post("/customers/C0001/suitability").with(csrf()).with(signedIn(Role.RM)).param("productCode", "MIX01")
                            .param("amount", amount))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("id=\"err-amount\"")));
        }
        mvc.perform(post("/customers/C0001/suitability").with(csrf()).with(signedIn(Role.RM)).param("productCode", "MIX01")
                        .param("amount", "10000000000000"))
                .andExpect(content().string(containsString("金额过大，应小于 10,000,000,000,000 元")));
        assertThat(jdbc.queryForObject("select count(*) from suitability_check", Integer.class)).isZero();
    }

    @Test
    void explainsABadCheckFormAtItsFields() throws Exception {
        mvc.perform(post("/customers/C0001/suitability").with(csrf()).with(signedIn(Role.RM)).param("productCode", "MIX01")
                        .param("amount", "五万"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"err-amount\""),
                        containsString("应为金额，如 1000000、1,000,000、1000000.00、100万 或 1.5万元，实为“五万”"),
                        containsString("value=\"五万\""), containsString("<option value=\"MIX01\" selected=\"selected\""),
                        containsString("尚无风险承受能力评估"),
                        // the error summary is announced and takes the focus
                        containsString("id=\"form-problems\" role=\"alert\" tabindex=\"-1\""), containsString("/form-problems.js"))));
        mvc.perform(post("/customers/C0001/suitability").with(csrf()).with(signedIn(Role.RM)).param("productCode", "NOPE").param("amount", "100"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请从产品目录中选择产品")));
        assertThat(jdbc.queryForObject("select count(*) from suitability_check", Integer.class)).isZero();
        // another customer's check is not reachable through this customer's path
        assessRisk("5-20", "branch");
        long id = check(Role.RM, "MIX01", "1000", "bank");
        mvc.perform(get("/customers/C1000/suitability/checks/" + id).with(signedIn(Role.RM))).andExpect(status().isNotFound());
    }

    @Test
    void readsTheAmountAsChineseUsersTypeItAndRefusesGarbageNamingTheField() throws Exception {
        assessRisk("5-20", "branch");
        for (String typed : List.of("1,000,000", "1000000.00", "100万", "100万元", "１，０００，０００")) {
            long id = check(Role.RM, "MIX01", typed, "bank");
            assertThat(jdbc.queryForObject("select amount from suitability_check where check_id = ?", BigDecimal.class, id))
                    .as(typed).isEqualByComparingTo("1000000");
        }
        long id = check(Role.RM, "MIX01", "1.5万", "bank");
        assertThat(jdbc.queryForObject("select amount from suitability_check where check_id = ?", BigDecimal.class, id))
                .isEqualByComparingTo("15000");
        int before = jdbc.queryForObject("select count(*) from suitability_check", Integer.class);
        mvc.perform(post("/customers/C0001/suitability").with(csrf()).with(signedIn(Role.RM)).param("lang", "en")
                        .param("productCode", "MIX01").param("amount", "1,00,000"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"err-amount\""),
                        containsString("thousands separators go every three digits (1,000,000); expected an amount such as 1000000"),
                        containsString("found &#39;1,00,000&#39;"))));
        mvc.perform(post("/customers/C0001/suitability").with(csrf()).with(signedIn(Role.RM))
                        .param("productCode", "MIX01").param("amount", "0"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("金额应大于 0")));
        assertThat(jdbc.queryForObject("select count(*) from suitability_check", Integer.class)).isEqualTo(before);
    }

    @Test
    void checksTheCopiedSentenceLiveWithTheCsrfToken() throws Exception {
        mvc.perform(post("/customers/C0001/suitability/copy-check").with(csrf()).with(signedIn(Role.RM))
                        .param("text", "本人已经阅读上述风险提示，充分了解并清楚知道本产品的风险"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.matches").value(false))
                .andExpect(jsonPath("$.position").value(22))
                .andExpect(jsonPath("$.message").value("第 22 个字不一致：应为 “晓”，实为 “道”"));
        mvc.perform(post("/customers/C0001/suitability/copy-check").with(csrf()).with(signedIn(Role.RM)).param("lang", "en")
                        .param("text", SENTENCE.replace("，", ", ")))
                .andExpect(jsonPath("$.matches").value(true));
        mvc.perform(post("/customers/C0001/suitability/copy-check").with(signedIn(Role.RM)).param("text", SENTENCE))
                .andExpect(status().isForbidden());
        mvc.perform(post("/customers/C0002/suitability/copy-check").with(csrf()).with(signedIn(Role.RM)).param("text", SENTENCE))
                .andExpect(status().isNotFound());
    }

    @Test
    void takesAnInsistingCustomerThroughConfirmationOverrideAndTheSupervisorsInbox() throws Exception {
        assessRisk("lt5", "branch"); // C4
        long id = check(Role.RM, "FXO03", "60000", "customer");
        String path = "/customers/C0001/suitability/checks/" + id;
        assertThat(page(Role.RM, path)).contains("拒绝", "待完成步骤", "id=\"copy-text\"", "data-check-url=\"/customers/C0001/suitability/copy-check\"",
                "name=\"_csrf\"", "/advice.js").doesNotContain("name=\"bankOpinion\""); // steps in order: the confirmation first

        mvc.perform(post(path + "/confirmation").with(csrf()).with(signedIn(Role.RM)).param("text", "本人已经阅读"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("抄写不完整"), containsString("须确认已面对面向客户揭示风险"),
                        containsString(">本人已经阅读</textarea>"),
                        containsString("id=\"form-problems\" role=\"alert\" tabindex=\"-1\""), containsString("/form-problems.js"))));
        mvc.perform(post(path + "/confirmation").with(csrf()).with(signedIn(Role.RM)).param("text", SENTENCE)
                .param("faceToFaceExplained", "true").param("customerSignature", SignatureImages.dataUrl(SignatureImages.signed(1)))
                .param("rmSignature", SignatureImages.dataUrl(SignatureImages.signed(2)))).andExpect(status().is3xxRedirection());
        mvc.perform(post(path + "/override").with(csrf()).with(signedIn(Role.RM)).param("bankOpinion", "不建议购买")
                        .param("customerWish", "坚持购买").param("rmSigned", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("特别文件须由客户签字"), containsString(">不建议购买</textarea>"))));
        // the supervisor sees nothing yet: the override document is missing
        assertThat(page(Role.SUPERVISOR, "/approvals")).contains("没有等待您处理的检查");
        mvc.perform(post(path + "/override").with(csrf()).with(signedIn(Role.RM)).param("bankOpinion", "不建议购买")
                .param("customerWish", "坚持购买").param("notes", "已说明最坏情况").param("customerSigned", "true").param("rmSigned", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(Role.RM, path)).contains("等待业务主管复核").doesNotContain("href=\"/approvals\"");

        String inbox = page(Role.SUPERVISOR, "/approvals");
        assertThat(inbox).contains("检查 #" + id, "C0001", "王*", "FXO03", "60,000.00 元", "外汇期权",
                "银行意见：不建议购买", "客户意愿：坚持购买").doesNotContain(CLEAR_NAME).doesNotContain(CLEAR_MOBILE);
        assertThat(page(Role.HEAD_OF_WEALTH, "/approvals")).doesNotContain("检查 #" + id);

        mvc.perform(post("/approvals/" + id).with(csrf()).with(signedIn(Role.SUPERVISOR)).param("decision", "reject"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("须填写书面意见")));
        mvc.perform(post("/approvals/" + id).with(csrf()).with(signedIn(Role.SUPERVISOR)).param("decision", "approve").param("opinion", " "))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("须填写书面意见")));
        mvc.perform(post("/approvals/" + id).with(csrf()).with(signedIn(Role.RM)).param("decision", "approve"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/approvals/" + id).with(csrf()).with(signedIn(Role.SUPERVISOR)).param("decision", "approve").param("opinion", "无误导"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/approvals?done=" + id + "&outcome=approved"));
        assertThat(page(Role.SUPERVISOR, "/approvals?done=" + id + "&outcome=approved")).contains("检查 #" + id + " 已同意")
                .doesNotContain("id=\"check-" + id + "\"");
        assertThat(page(Role.RM, path)).contains("可以成交", "业务主管复核（supervisor.web）：无误导");
        assertThat(jdbc.queryForObject("select count(*) from audit_record where kind = 'SUPERVISOR_REVIEW'", Integer.class)).isEqualTo(1);
    }

    @Test
    void everySaleHasTheSignaturePadsAndTheReviewerSeesTheSignaturesAndTheDueDate() throws Exception {
        assessRisk("5-20", "branch"); // C4
        long id = check(Role.RM, "MIX01", "50000", "bank");
        String path = "/customers/C0001/suitability/checks/" + id;
        String due = io.clientlens.suitability.WorkingDays.after(LocalDate.now(), 2).toString();
        assertThat(page(Role.RM, path)).contains("允许", "待完成步骤", "风险揭示确认（每笔销售）", "id=\"copy-text\"",
                        "<canvas class=\"signature-pad\" id=\"customer-pad\"", "id=\"rm-pad\"", "name=\"customerSignature\"",
                        "name=\"rmSignature\"", "/signature-pad.js", "清除重签", "业务主管事后复核（截止 " + due + "，销售无须等待）")
                .doesNotContain("name=\"faceToFaceExplained\""); // only on the customer's initiative for high market risk
        // the supervisor has the report at once, to review after the sale
        assertThat(page(Role.SUPERVISOR, "/approvals")).contains("检查 #" + id, "事后复核（销售无须等待）", "截止 " + due,
                "客户尚未完成风险揭示确认与签名");
        assertThat(page(Role.SUPERVISOR, "/approvals?lang=en")).contains("Review after the sale (the sale need not wait)", "due " + due,
                "Written opinion (required to approve or reject)");
        assertThat(page(Role.RM, path + "?lang=en")).contains("Risk disclosure confirmed (every sale)", "Customer&#39;s signature",
                "Clear and sign again", "Supervisor review after the sale (due " + due + "; the sale need not wait)");

        String blank = SignatureImages.dataUrl(SignatureImages.blank());
        mvc.perform(post(path + "/confirmation").with(csrf()).with(signedIn(Role.RM)).param("text", SENTENCE)
                        .param("customerSignature", blank).param("rmSignature", SignatureImages.dataUrl(SignatureImages.signed(2))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("客户签名：签名为空白"), containsString(">" + SENTENCE + "</textarea>"),
                        // the accepted RM signature is kept for the next try, the blank one is not
                        containsString("name=\"rmSignature\" value=\"data:image/png;base64,"),
                        not(containsString("name=\"customerSignature\" value=\"data:")))));
        mvc.perform(post(path + "/confirmation").with(csrf()).with(signedIn(Role.RM)).param("text", SENTENCE).param("lang", "en"))
                .andExpect(status().isBadRequest()).andExpect(content().string(allOf(
                        containsString("missing: the customer&#39;s signature is required"), containsString("missing: the RM&#39;s signature"))));
        confirmAsRm(id);
        String detail = page(Role.RM, path);
        assertThat(detail).contains("可以成交", "客户与理财经理已签名", "<img src=\"data:image/png;base64,", "alt=\"客户签名\"",
                "alt=\"理财经理签名\"", "SHA-256 " + io.clientlens.app.suitability.Signatures.sha256(SignatureImages.signed(1)));
        String inbox = page(Role.SUPERVISOR, "/approvals");
        assertThat(inbox).contains("检查 #" + id, "alt=\"客户签名\"", "alt=\"理财经理签名\"", "可以成交").doesNotContain(CLEAR_NAME);
        mvc.perform(post("/approvals/" + id).with(csrf()).with(signedIn(Role.SUPERVISOR)).param("decision", "approve")
                .param("opinion", "已核实")).andExpect(status().is3xxRedirection());
        assertThat(page(Role.SUPERVISOR, "/approvals")).doesNotContain("id=\"check-" + id + "\"");
    }

    @Test
    void refusesASupervisorWhoAdvisedTheSaleAndSendsLargeAmountsToTheHeadOfWealth() throws Exception {
        assessRisk("5-20", "branch");
        long id = check(Role.SUPERVISOR, "BOND01", "1000000", "bank");
        assertThat(page(Role.SUPERVISOR, "/customers/C0001/suitability/checks/" + id)).contains("须审批",
                "data-rule=\"largeAmountsNeedSecondApproval\"");
        confirmAsRm(id); // only an RM records the written confirmation
        assertThat(page(Role.SUPERVISOR, "/approvals")).contains("检查 #" + id, "1,000,000.00 元");
        mvc.perform(post("/approvals/" + id).with(csrf()).with(signedIn(Role.SUPERVISOR)).param("decision", "approve").param("opinion", "同意"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(allOf(containsString("不能由您处理"), containsString("参与了本次建议或审批，不能再复核/审批"))));
        assertThat(jdbc.queryForObject("select count(*) from suitability_step where step <> 'WRITTEN_CONFIRMATION'", Integer.class)).isZero();

        // a second check of 1,000,000 for the same product: added up with the first, it needs the second approval too
        long other = check(Role.RM, "BOND01", "1000000", "bank");
        confirmAsRm(other);
        mvc.perform(post("/approvals/" + other).with(csrf()).with(signedIn(Role.SUPERVISOR)).param("decision", "approve")
                .param("opinion", "建议合理")).andExpect(status().is3xxRedirection());
        assertThat(page(Role.HEAD_OF_WEALTH, "/approvals")).contains("检查 #" + other, "财富管理负责人二次审批").doesNotContain("检查 #" + id + "：");
        mvc.perform(post("/approvals/" + other).with(csrf()).with(signedIn(Role.HEAD_OF_WEALTH)).param("decision", "reject")
                .param("opinion", "集中度过高")).andExpect(status().is3xxRedirection());
        assertThat(page(Role.RM, "/customers/C0001/suitability/checks/" + other)).contains("不能成交", "集中度过高",
                "class=\"decision APPROVAL_REFUSED\">审批未同意</span>", "审批人：head_of_wealth.web").doesNotContain(">须审批<");
        assertThat(checksAwaitingApproval()).doesNotContain("/suitability/checks/" + other + "\"");
    }

    @Test
    void anApprovedCheckSaysWhoApprovedItAndLeavesTheRmsChecksAwaitingApproval() throws Exception {
        assessRisk("5-20", "branch");
        long id = check(Role.RM, "BOND01", "2000000", "bank"); // the review before the sale and the second approval
        String path = "/customers/C0001/suitability/checks/" + id;
        String link = "/customers/C0001/suitability/checks/" + id + "\"";
        confirmAsRm(id);
        assertThat(page(Role.RM, path)).contains("class=\"decision APPROVAL_REQUIRED\">须审批</span>").doesNotContain("审批人：");
        assertThat(checksAwaitingApproval()).contains(link, "待主管复核");

        mvc.perform(post("/approvals/" + id).with(csrf()).with(signedIn(Role.SUPERVISOR)).param("decision", "approve")
                .param("opinion", "建议合理")).andExpect(status().is3xxRedirection());
        assertThat(page(Role.RM, path)).contains(">须审批<"); // the second approval is still missing
        assertThat(checksAwaitingApproval()).contains(link, "待二次审批");

        mvc.perform(post("/approvals/" + id).with(csrf()).with(signedIn(Role.HEAD_OF_WEALTH)).param("decision", "approve")
                .param("opinion", "同意")).andExpect(status().is3xxRedirection());
        assertThat(page(Role.RM, path)).contains("class=\"decision APPROVED\">已审批</span>",
                        "审批人：supervisor.web、head_of_wealth.web", "可以成交").doesNotContain(">须审批<");
        assertThat(page(Role.RM, path + "?lang=en")).contains(">Approved</span>", "by supervisor.web, head_of_wealth.web")
                .doesNotContain("Approval needed");
        assertThat(page(Role.RM, "/customers/C0001/suitability")).contains(">已审批</span>");
        assertThat(checksAwaitingApproval()).doesNotContain(link).contains("没有需要审批的检查");
    }

    /** The RM's workbench section of their checks awaiting approval. */
    String checksAwaitingApproval() throws Exception {
        String workbench = page(Role.RM, "/workbench");
        int start = workbench.indexOf("class=\"wb-checks\"");
        assertThat(start).isNotNegative();
        return workbench.substring(start, workbench.indexOf("</section>", start));
    }

    @Test
    void showsASupervisorOnlyTheChecksOfTheirOwnBranch() throws Exception {
        customers.save(io.clientlens.app.profile.ProfileDocuments.fromJson("""
                {"customerId": "C0003", "type": "INDIVIDUAL", "name": "孙丽", "branch": "BR002", "relationshipManager": "RM03"}
                """));
        mvc.perform(answered("/customers/C0003/questionnaires/risk", riskAnswers("5-20"), "branch").with(signedIn(Role.HEAD_OF_WEALTH)))
                .andExpect(status().is3xxRedirection());
        MvcResult r = mvc.perform(post("/customers/C0003/suitability").with(csrf()).with(signedIn(Role.HEAD_OF_WEALTH))
                        .param("productCode", "BOND01").param("amount", "2000000")).andExpect(status().is3xxRedirection()).andReturn();
        String id = r.getResponse().getRedirectedUrl().replaceAll(".*/", "");
        // waiting for a supervisor review, but in BR002: the BR001 supervisor neither sees it nor may act on it
        assertThat(page(Role.SUPERVISOR, "/approvals")).doesNotContain("C0003").doesNotContain("孙");
        mvc.perform(post("/approvals/" + id).with(csrf()).with(signedIn(Role.SUPERVISOR)).param("decision", "approve"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from suitability_step", Integer.class)).isZero();
    }
}
