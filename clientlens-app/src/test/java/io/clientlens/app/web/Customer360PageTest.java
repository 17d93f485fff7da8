package io.clientlens.app.web;

import io.clientlens.app.clock.Now;
import io.clientlens.staff.Role;
import io.clientlens.app.support.WorkstationPageTest;
import io.clientlens.app.ui.Yuan;
import io.clientlens.batch.Progress;
import io.clientlens.code.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The customer 360 as an RM reads it: the band's facts, holdings by product name, accounts by their last four,
 * reasons collapsed, exact amounts, and no raw code on the page (docs/USER-GUIDE.md, "Customer 360").
 */
class Customer360PageTest extends WorkstationPageTest {
    static final String ACCOUNT = "6222020200112233445";
    static final String SECOND_ACCOUNT = "6222020200112239876";

    /** Codes and identifiers that must not be read as text on a page (a code may stand after "代码"/"code" only). */
    static final List<String> RAW = List.of("BANK_POSTING", "INTEREST", "TRANSFER_IN", "SALARY", "WEALTH_NON_GUARANTEED",
            "WEALTH_FIXED_INCOME", "INDIVIDUAL", "SECOND_APPROVAL", "riskLevelMustCoverProductRisk", "MATURITY", "COMPLAINT",
            "HOTLINE", "IN_PROGRESS", "OWNER", "CALL", "（true）", "（false）", "(true)", "(false)");

    @Autowired
    Now now;

    @BeforeEach
    void data() {
        jdbc.update("delete from service_task");
        jdbc.update("delete from service_request");
        jdbc.update("insert into product (product_code, name, risk, product_type, experienced_only, min_amount, derivative, term_months) "
                + "values ('WM90', '稳享90天固收理财', 'R2', 'WEALTH_FIXED_INCOME', false, 10000, false, 3)");
        jdbc.update("insert into holding (holding_id, customer_id, product_code, product_type, amount, opened, maturity) "
                + "values ('H1', 'C0001', 'WM90', 'WEALTH_FIXED_INCOME', 10278.24, date '2026-07-01', date '2026-12-31')");
        jdbc.update("insert into holding (holding_id, customer_id, product_code, product_type, amount, opened) "
                + "values ('H2', 'C0001', 'WM2026A', 'WEALTH_NON_GUARANTEED', 8000000, date '2026-09-01')");
        for (String account : List.of(ACCOUNT, SECOND_ACCOUNT)) {
            jdbc.update("insert into account (account_id, branch_id, opened) values (?, 'BR001', date '2020-01-01')", account);
            jdbc.update("insert into account_link (link_id, customer_id, account_id, role) values (?, 'C0001', ?, 'OWNER')",
                    "L" + account, account);
        }
        jdbc.update("insert into txn (transaction_id, seq, account_id, txn_date, direction, operation, amount, balance, category) "
                + "values ('T1', 1, ?, date '2026-10-20', 'CREDIT', 'TRANSFER_IN', 12345.67, 50000.5, 'SALARY')", ACCOUNT);
        jdbc.update("insert into txn (transaction_id, seq, account_id, txn_date, direction, operation, amount, balance, category) "
                + "values ('T2', 1, ?, date '2026-10-31', 'CREDIT', 'BANK_POSTING', 1.23, 2001.23, 'INTEREST')", SECOND_ACCOUNT);
        jdbc.update("insert into questionnaire (questionnaire_id, kind, version, definition, shipped) "
                + "values ('risk-test', 'RISK_TOLERANCE', 99, '{}', false)");
        LocalDateTime assessed = now.get().toLocalDate().minusMonths(1).atTime(10, 0);
        jdbc.update("""
                insert into assessment (customer_id, questionnaire_id, kind, answers, score, result_code, result, channel, recorded_by,
                                        recorded_role, assessed_at, assessed_on, policy_version)
                values ('C0001', 'risk-test', 'RISK_TOLERANCE', '{}', 50, 'C3', '{}', 'BRANCH', 'rm.one', 'RM', ?, ?, 'v1')""",
                assessed, assessed.toLocalDate());
        jdbc.update("insert into interaction_note (customer_id, kind, occurred_on, body, author, author_role) "
                + "values ('C0001', 'CALL', date '2026-10-15', '电话回访，客户关心理财到期', 'rm.web', 'RM')");
        jdbc.update("""
                insert into service_request (customer_id, channel, type, subject, source, service_class, classified, queue, priority,
                    state, respond_by, dispatch_reason_zh, dispatch_reason_en, policy_version, created_by, created_role, created_at, updated_at)
                values ('C0001', 'HOTLINE', 'COMPLAINT', '网银转账失败', 'RM', 'B', true, 'SERVICE_CENTRE', false, 'IN_PROGRESS',
                    now() + interval '1 day', '按服务等级分派', 'dispatched by class', 'v1', 'rm.web', 'RM',
                    timestamptz '2026-10-18 09:00:00+08', now())""");
        jdbc.update("""
                insert into service_task (task_key, kind, customer_id, due_on, rule, inputs, reason_zh, reason_en, policy_version, as_of,
                                          rm_id, branch_id)
                values ('MATURITY:C0001:H1', 'MATURITY', 'C0001', date '2026-12-31', 'maturity', '{}', '稳享90天固收理财将于 2026-12-31 到期',
                        'WM90 matures on 2026-12-31', 'v1', date '2026-10-31', 'RM01', 'BR001')""");
        runs.run(LocalDate.of(2026, 10, 31), Progress.NONE);
    }

    /** The assessment recorded a month ago counts for twelve months (the shipped policy) up to the day before. */
    private LocalDate validUntil() {
        return now.get().toLocalDate().minusMonths(1).plusMonths(12).minusDays(1);
    }

    private String page(Role role, String lang) throws Exception {
        return mvc.perform(get("/customers/C0001").param("lang", lang).with(signedIn(role))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void theBandShowsWhoTheCustomerIsAumAndItsTrendRiskKycRmLastContactAndNextTask() throws Exception {
        String page = page(Role.RM, "zh");
        String band = between(page, "class=\"c360-band\"", "</section>");
        BigDecimal aum = jdbc.queryForObject("select (features->>'aum')::numeric from classification c join classification_run r "
                + "using (run_id) where customer_id = 'C0001' and r.as_of = date '2026-10-31'", BigDecimal.class);
        assertThat(aum).isGreaterThan(new BigDecimal("8010278"));
        assertThat(text(band)).contains("王*", "客户 C0001", "个人客户", "资产层级", "私人银行客户",
                "资产（AUM，评估日 2026-10-31）", Yuan.of(aum, Language.ZH), "2026-09-30", "上升",
                "风险承受能力", "稳健型", "有效期至 " + validUntil(),
                "KYC完整度", "RM01 · BR001", "最近联系", "2026-10-15 电话",
                "下一项待办", "产品到期", "到期日 2026-12-31", "稳享90天固收理财将于 2026-12-31 到期")
                .doesNotContain("王小明", "已过期");
        assertThat(band).contains("class=\"amount c360-aum\"");

        String en = text(between(page(Role.RM, "en"), "class=\"c360-band\"", "</section>"));
        assertThat(en).contains("AUM (as of 2026-10-31)", Yuan.of(aum, Language.EN), "Balanced", "valid until " + validUntil(),
                "Last contact", "2026-10-15 Call", "Product maturing", "due 2026-12-31");
    }

    @Test
    void holdingsByProductNameAccountsByTheirLastFourAndExactRightAlignedAmounts() throws Exception {
        String page = page(Role.RM, "zh");
        String holdings = text(between(page, "id=\"c360-holdings\"", "</section>"));
        assertThat(holdings).contains("稳享90天固收理财", "产品代码 WM90", "固收类理财", "10,278.24 元", "2026-12-31",
                "非保本理财产品", "8,000,000.00 元");
        assertThat(page).contains("<td class=\"amount\">10,278.24 元</td>", "<td class=\"amount\">8,000,000.00 元</td>")
                .doesNotContain("万元");
        String accounts = text(between(page, "id=\"c360-accounts\"", "</section>"));
        assertThat(accounts).contains("****3445", "****9876", "所有人", "50,000.50 元", "2,001.23 元");
        String transactions = text(between(page, "id=\"c360-transactions\"", "</section>"));
        assertThat(transactions).contains("****3445", "转入 · 工资", "12,345.67 元", "****9876", "银行记账 · 结息", "1.23 元");
        assertThat(page).doesNotContain(ACCOUNT, SECOND_ACCOUNT, "622202");

        String en = page(Role.RM, "en");
        assertThat(text(between(en, "id=\"c360-holdings\"", "</section>"))).contains("10,278.24 CNY", "8,000,000.00 CNY",
                "non-guaranteed wealth product");
        assertThat(text(between(en, "id=\"c360-transactions\"", "</section>"))).contains("transfer in · salary", "bank posting · interest");
    }

    @Test
    void reasonsAndHistoryAreCollapsedInKeyboardReachableDetails() throws Exception {
        String page = page(Role.RM, "zh");
        String classes = between(page, "id=\"c360-classes\"", "</section>");
        assertThat(classes).contains("<details class=\"c360-more\">", "<summary>展开全部", "有 1 个未独立子女 → 家庭成长期");
        assertThat(classes.indexOf("<details")).isLessThan(classes.indexOf("<table class=\"classes\""));
        assertThat(between(page, "class=\"class-history\"", "</section>")).contains("<details class=\"c360-more\">");
        assertThat(page).doesNotContain("<details class=\"c360-more\" open");
        // the contents lead to every section shown
        for (String anchor : List.of("c360-profile", "c360-classes", "c360-needs", "c360-holdings", "c360-accounts",
                "c360-transactions", "c360-suitability", "notes")) {
            assertThat(page).contains("href=\"#" + anchor + "\"", "id=\"" + anchor + "\"");
        }
    }

    @Test
    void notesAndServiceRequestsAreOneTimelineNewestFirst() throws Exception {
        String timeline = between(page(Role.RM, "zh"), "id=\"notes\"", "</section>");
        String text = text(timeline);
        assertThat(text).contains("2026-10-18", "服务请求", "投诉 · 服务热线", "处理中", "网银转账失败",
                "2026-10-15", "联系记录", "电话", "电话回访，客户关心理财到期", "rm.web 记录于");
        assertThat(text.indexOf("网银转账失败")).isLessThan(text.indexOf("电话回访"));
        assertThat(timeline).containsPattern("href=\"/service-requests/\\d+\"");
    }

    @Test
    void noRawCodeRuleIdOrBooleanIsReadOnThe360InChineseOrEnglish() throws Exception {
        for (Role role : List.of(Role.RM, Role.SUPERVISOR, Role.COMPLIANCE)) {
            for (String lang : List.of("zh", "en")) {
                String html = page(role, lang);
                // a label and its code side by side only when they differ: never "北京市 北京市"
                assertThat(html).as("%s %s", role, lang).doesNotContainPattern(">([^<>]+)</span>\\s*<small>(代码 |code )?\\1</small>");
                String text = text(html);
                for (String raw : RAW) {
                    Matcher m = Pattern.compile("(?<![A-Za-z_])" + Pattern.quote(raw) + "(?![A-Za-z_])").matcher(text);
                    while (m.find()) {
                        String before = text.substring(Math.max(0, m.start() - 8), m.start());
                        assertThat(before).as("%s on the %s page of %s: …%s…", raw, lang, role,
                                text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40)))
                                .containsAnyOf("代码 ", "code ");
                    }
                }
            }
        }
    }

    @Test
    void onlyRolesThatMaySeeTheAmlRatingSeeIt() throws Exception {
        assertThat(text(page(Role.RM, "zh"))).doesNotContain("洗钱风险等级");
        assertThat(text(between(page(Role.COMPLIANCE, "zh"), "class=\"c360-band\"", "</section>"))).contains("洗钱风险等级");
    }

    /** The page's text as read: tags dropped (attributes with them), entities decoded, spaces collapsed. */
    static String text(String html) {
        String t = html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<[^>]+>", " ");
        t = t.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'");
        return t.replaceAll("\\s+", " ");
    }

    static String between(String page, String from, String to) {
        int start = page.indexOf(from);
        assertThat(start).as("'%s' on the page", from).isNotNegative();
        int end = page.indexOf(to, start);
        return page.substring(start, end < 0 ? page.length() : end);
    }
}
