package io.clientlens.app.suitability.web;

import io.clientlens.app.support.WorkstationData;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.app.customer.Customers;
import io.clientlens.app.suitability.Assessments;
import io.clientlens.app.suitability.Products;
import io.clientlens.app.support.BrowserTest;
import io.clientlens.batch.questionnaire.AnswerSheet;
import io.clientlens.batch.questionnaire.ProductCsv;
import io.clientlens.questionnaire.Answers;
import io.clientlens.staff.Actor;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The questionnaire, suitability and approvals pages in Chromium: an RM assesses, checks and sells; a supervisor approves. */
class AdviceBrowserTest extends BrowserTest {
    static final String PASSWORD = "browser-test-Passw0rd";
    static final String SENTENCE = "本人已经阅读上述风险提示，充分了解并清楚知晓本产品的风险，愿意承担相关风险";

    @Autowired
    Customers customers;
    @Autowired
    ClassificationRuns runs;
    @Autowired
    Products products;
    @Autowired
    Assessments assessments;

    @BeforeEach
    void data() throws Exception {
        WorkstationData.load(customers, runs);
        products.save(ProductCsv.parse(Files.readString(Path.of("../docs/samples/products.csv"), StandardCharsets.UTF_8), "products.csv"));
        users.add("rm01", Role.RM, "BR001", "RM01", PASSWORD);
        users.add("zhao.sup", Role.SUPERVISOR, "BR001", null, PASSWORD);
    }

    /** A face-to-face risk assessment of C0001 recorded beforehand: loss "none" is the knock-out (C1), "lt5" gives C4. */
    void assessed(String loss) {
        assessments.assess("C0001", new AnswerSheet("risk-tolerance-v1", Answers.of("age", "31-40", "income", "300k-1m", "share", "10-25",
                "experience", "funds", "horizon", "3-10", "objective", "balanced", "knowledge", "good", "loss", loss, "fall", "hold",
                "return", "5-10")), "branch", null, null, new Actor("rm01", Role.RM));
    }

    private void signIn(String path, String user) {
        page.navigate(url(path));
        page.getByLabel("用户名").fill(user);
        page.getByLabel("密码").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        page.waitForURL("**" + path + "**");
    }

    /**
     * Signs on the pad with the mouse: a few strokes across it, shifted by {@code variant} so that
     * the two signatures differ. The pad says it is signed and keeps the drawing as a PNG data URL.
     */
    private void sign(String who, int variant) {
        var pad = page.locator("#" + who + "-pad");
        pad.scrollIntoViewIfNeeded();
        var box = pad.boundingBox();
        double x = box.x + 20 + variant * 15;
        double y = box.y + box.height / 2;
        page.mouse().move(x, y);
        page.mouse().down();
        page.mouse().move(x + 60, box.y + 15, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
        page.mouse().move(x + 120, box.y + box.height - 15, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
        page.mouse().move(x + 200, box.y + 25, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
        page.mouse().up();
        assertThat(page.locator("#" + who + "-signature-state")).hasText("已签名");
        assertThat(page.locator("#" + who + "-signature")).hasAttribute("value", java.util.regex.Pattern.compile("^data:image/png;base64,.+"));
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    /** The answers after the age, by input (options of different questions may read alike). */
    private void answerTheRest() {
        for (String[] answer : new String[][] {{"income", "300k-1m"}, {"share", "10-25"}, {"experience", "funds"}, {"horizon", "3-10"},
                {"objective", "balanced"}, {"knowledge", "good"}, {"loss", "5-20"}, {"fall", "hold"}, {"return", "5-10"}}) {
            page.locator("input[name='a." + answer[0] + "'][value='" + answer[1] + "']").check();
        }
    }

    @Test
    void rmFillsInTheRiskQuestionnaireAndSeesTheResult() {
        signIn("/customers/C0001", "rm01");
        page.getByRole(AriaRole.LINK, named("风险承受能力评估")).click();
        page.waitForURL("**/customers/C0001/questionnaires/risk");
        page.getByLabel("31–40岁").check();
        page.getByLabel("网点面对面").check();
        page.getByRole(AriaRole.BUTTON, named("提交评估")).click();
        // nine answers missing: each is marked at its question, the one given is kept
        assertThat(page.locator("#err-income")).containsText("缺少回答");
        assertThat(page.locator("#err-age")).hasCount(0);
        assertThat(page.getByLabel("31–40岁")).isChecked();
        assertThat(page.getByLabel("网点面对面")).isChecked();
        screenshot("advice-risk-missing-zh");

        answerTheRest();
        page.getByRole(AriaRole.BUTTON, named("提交评估")).click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/questionnaires/risk\\?result=\\d+$"));
        assertThat(page.locator("section.result .level")).hasText("C4");
        assertThat(page.locator("section.result .score")).hasText("71 / 100");
        assertThat(page.locator("section.result .valid-until")).hasText(java.time.LocalDate.now().plusMonths(12).minusDays(1).toString());
        assertThat(page.locator("section.result")).not().containsText("不能用于销售");
        assertThat(page.content()).doesNotContain("王小明");
        screenshot("advice-risk-result-zh");

        // the result stands alone; assessing again starts from a form that names the assessment on file
        assertThat(page.locator("section.questionnaire")).hasCount(0);
        page.getByRole(AriaRole.LINK, named("重新评估")).click();
        assertThat(page.locator("section.questionnaire .on-file")).containsText("客户已有有效的风险承受能力评估：C4");
        // the same day a second assessment is refused, on the page
        answerTheRest();
        page.getByLabel("18–30岁").check();
        page.getByLabel("网点面对面").check();
        page.getByRole(AriaRole.BUTTON, named("提交评估")).click();
        assertThat(page.locator("section.questionnaire .refusal")).containsText("每天最多评估一次");
        assertThat(page.getByLabel("18–30岁")).isChecked();
    }

    @Test
    void aBlockedSaleShowsTheBlockAndEveryReason() {
        assessed("none");
        signIn("/customers/C0001/suitability", "rm01");
        page.getByLabel("产品").selectOption("EQ01");
        page.getByLabel("金额（元）").fill("50000");
        page.getByRole(AriaRole.BUTTON, named("检查")).click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/suitability/checks/\\d+$"));
        assertThat(page.locator("section.decision-box .decision")).hasText("拒绝");
        assertThat(page.locator("section.decision-box .sale")).hasText("不能成交");
        assertThat(page.locator("ol.reasons")).containsText("只能购买 R1 产品，本产品为 R4");
        assertThat(page.locator(".disclosure-text")).containsText("最坏情况：可能损失全部本金");
        assertThat(page.locator("#copy-text")).hasCount(0);
        assertThat(page.locator("textarea[name='bankOpinion']")).hasCount(0);
        screenshot("advice-blocked-zh");

        page.getByRole(AriaRole.LINK, named("English")).click();
        assertThat(page.locator("section.decision-box .decision")).hasText("Blocked");
        assertThat(page.locator(".disclosure-text")).containsText("Worst case");
        screenshot("advice-blocked-en");
    }

    @Test
    void aSaleThatNeedsTheSupervisorGoesThroughTheCopyOutCheckAndIsApprovedFromTheInbox() {
        assessed("lt5"); // C4: the R5 derivative is above the level and the customer insists
        signIn("/customers/C0001/suitability", "rm01");
        page.getByLabel("产品").selectOption("FXO03");
        page.getByLabel("金额（元）").fill("60000");
        page.getByLabel("客户主动要求").check();
        page.getByRole(AriaRole.BUTTON, named("检查")).click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/suitability/checks/\\d+$"));
        String checkPath = page.url().substring(page.url().indexOf("/customers/"));
        assertThat(page.locator("section.decision-box .decision")).hasText("拒绝");
        assertThat(page.locator("section.decision-box")).containsText("客户坚持购买时");

        // live check while typing: the first difference, then the match
        page.getByLabel("客户抄写的语句").pressSequentially("本人已经阅读上述风险提示，充分了解并清楚知道");
        assertThat(page.locator("#copy-result")).hasText("第 22 个字不一致：应为 “晓”，实为 “道”");
        assertThat(page.locator("#copy-result")).hasClass(java.util.regex.Pattern.compile(".*differs.*"));
        screenshot("advice-copy-differs-zh");
        page.getByLabel("客户抄写的语句").fill(SENTENCE.replace("，", ", "));
        assertThat(page.locator("#copy-result")).hasText("抄写与要求的语句一致。");
        page.getByLabel("已面对面向客户揭示风险，客户确认系本人主动购买").check();
        sign("customer", 0);
        sign("rm", 1);
        page.getByRole(AriaRole.BUTTON, named("记录书面确认")).click();

        page.getByLabel("银行意见").fill("产品风险高于客户风险等级，不建议购买");
        page.getByLabel("客户意愿").fill("客户了解最坏情况，坚持购买");
        page.getByLabel("客户已签字").check();
        page.getByLabel("理财经理已签字").check();
        page.getByRole(AriaRole.BUTTON, named("记录特别文件")).click();
        assertThat(page.locator("section.steps")).containsText("等待业务主管复核");
        assertThat(page.locator("section.decision-box .sale")).hasText("待完成步骤");
        screenshot("advice-waiting-for-supervisor-zh");

        page.getByRole(AriaRole.BUTTON, named("退出登录")).click();
        page.waitForURL("**/login**");
        signIn("/customers", "zhao.sup");
        page.getByRole(AriaRole.LINK, named("审批待办")).click();
        page.waitForURL("**/approvals");
        var item = page.locator("section.inbox-item");
        assertThat(item).hasCount(1);
        assertThat(item).containsText("王*");
        assertThat(item).containsText("FXO03");
        assertThat(item).containsText("60,000.00 元");
        assertThat(item).containsText("客户意愿：客户了解最坏情况，坚持购买");
        assertThat(item.locator("figure.signature img")).hasCount(2);
        assertThat(page.content()).doesNotContain("王小明");
        screenshot("advice-approvals-zh");
        item.getByLabel("意见").fill("已核实无误导销售");
        item.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("同意").setExact(true)).click();
        assertThat(page.locator("p.notice")).containsText("已同意");
        assertThat(page.locator("section.inbox-item")).hasCount(0);

        page.navigate(url(checkPath));
        assertThat(page.locator("section.decision-box .sale")).hasText("可以成交");
        assertThat(page.locator("ol.steps")).containsText("业务主管复核");
        assertThat(page.locator("ul.documents")).containsText("已核实无误导销售");
        screenshot("advice-approved-zh");
        assertThat(jdbc.queryForObject("select count(*) from suitability_step where done_by = 'zhao.sup' and approved", Integer.class)).isEqualTo(1);
    }

    @Test
    void anAdvisedSaleIsSignedWithTheMouseOnBothPadsAndTheSupervisorSeesTheSignatures() {
        assessed("5-20"); // C4
        List<String> problems = pageProblems();
        signIn("/customers/C0001/suitability", "rm01");
        page.getByLabel("产品").selectOption("BOND01");
        page.getByLabel("金额（元）").fill("300000");
        page.getByRole(AriaRole.BUTTON, named("检查")).click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/suitability/checks/\\d+$"));
        String checkPath = page.url().substring(page.url().indexOf("/customers/"));
        assertThat(page.locator("section.decision-box .decision")).hasText("允许");
        assertThat(page.locator("ol.reasons")).containsText("销售等待复核：金额 300,000 元 ≥ 300,000 元");
        assertThat(page.locator("canvas.signature-pad")).hasCount(2);
        assertThat(page.locator("input[name='faceToFaceExplained']")).hasCount(0);

        page.getByLabel("客户抄写的语句").fill(SENTENCE);
        assertThat(page.locator("#copy-result")).hasText("抄写与要求的语句一致。");
        // a pad nobody signed posts nothing: refused, naming the signature
        page.getByRole(AriaRole.BUTTON, named("记录书面确认")).click();
        assertThat(page.locator("fieldset.signature.invalid")).hasCount(2);
        assertThat(page.locator("fieldset.signature").first()).containsText("缺少客户签名");
        // clear works: signed, cleared, signed again
        sign("customer", 0);
        page.locator("button.signature-clear[data-pad='customer-pad']").click();
        assertThat(page.locator("#customer-signature-state")).hasText("未签名");
        assertThat(page.locator("#customer-signature")).hasAttribute("value", "");
        sign("customer", 2);
        sign("rm", 1);
        screenshot("advice-signature-pads-zh");
        page.getByRole(AriaRole.BUTTON, named("记录书面确认")).click();
        page.waitForURL("**" + checkPath);
        assertThat(page.locator("section.decision-box .sale")).hasText("待完成步骤");
        assertThat(page.locator("section.steps")).containsText("等待业务主管复核");
        assertThat(page.locator("figure.signature img")).hasCount(2);

        page.getByRole(AriaRole.BUTTON, named("退出登录")).click();
        page.waitForURL("**/login**");
        signIn("/approvals", "zhao.sup");
        var item = page.locator("section.inbox-item");
        assertThat(item).hasCount(1);
        assertThat(item).containsText("销售前复核（销售等待复核）");
        assertThat(item).containsText("300,000.00 元");
        var images = item.locator("figure.signature img");
        assertThat(images).hasCount(2);
        assertThat(item.locator("figure.signature.CUSTOMER figcaption")).containsText("客户签名");
        assertThat(item.locator("figure.signature.RM figcaption")).containsText("理财经理签名");
        for (int i = 0; i < 2; i++) {
            // the images are drawn: decoded by the browser, with ink
            assertThat(((Number) images.nth(i).evaluate("img => img.complete ? img.naturalWidth : 0")).intValue()).isEqualTo(480);
        }
        String sha = jdbc.queryForObject("select sha256 from suitability_signature where signer = 'CUSTOMER'", String.class);
        assertThat(item.locator("figure.signature.CUSTOMER figcaption")).containsText("SHA-256 " + sha);
        assertThat(jdbc.queryForObject("select inputs->'signatures'->'CUSTOMER'->>'sha256' from audit_record where kind = 'WRITTEN_CONFIRMATION'",
                String.class)).isEqualTo(sha);
        screenshot("advice-approvals-signatures-zh");
        item.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("同意").setExact(true)).click();
        assertThat(page.locator("p.refusal")).containsText("须填写书面意见");
        page.locator("section.inbox-item").getByLabel("书面意见").fill("金额与客户目标一致，无误导");
        page.locator("section.inbox-item").getByRole(AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("同意").setExact(true)).click();
        assertThat(page.locator("p.notice")).containsText("已同意");

        page.navigate(url(checkPath));
        assertThat(page.locator("section.decision-box .sale")).hasText("可以成交");
        assertThat(page.locator("ul.documents")).containsText("金额与客户目标一致，无误导");
        // no script or console errors; the only failed answers are the two refusals above
        assertThat(problems).hasSize(2).allMatch(p -> p.startsWith("400 ") && (p.endsWith("/confirmation") || p.contains("/approvals/")));
    }
}
