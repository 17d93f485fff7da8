package io.clientlens.app.web;

import io.clientlens.app.support.WorkstationPageTest;
import io.clientlens.batch.Progress;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

import java.time.LocalDate;
import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The customer 360's unmasking form, interaction notes and history sections. */
class Customer360FormsTest extends WorkstationPageTest {
    static final String MOBILE = "13800138000";
    static final String ACCOUNT = "6222020200112233445";

    @Test
    void unmaskingShowsTheClearValueOnceAndRecordsWhoWhatAndWhy() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult result = mvc.perform(post("/customers/C0001/unmask").with(csrf()).with(signedIn(Role.RM)).session(session)
                        .param("field", "mobile").param("reason", "客户来电要求回拨"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("手机（明文）"), containsString(MOBILE),
                        containsString("已记入审计记录 #1"))))
                .andReturn();
        assertThat(result.getResponse().getContentAsString().split(MOBILE, -1)).hasSize(2); // once on the page
        assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
        assertThat(result.getRequest().getRequestURI()).doesNotContain(MOBILE);
        for (String name : Collections.list(session.getAttributeNames())) {
            assertThat(String.valueOf(session.getAttribute(name))).doesNotContain(MOBILE);
        }
        assertThat(jdbc.queryForMap("select kind, actor, actor_role, customer_id, subject, inputs->>'reason' as reason, "
                + "inputs::text as inputs from audit_record"))
                .containsEntry("kind", "UNMASK").containsEntry("actor", "rm.web").containsEntry("actor_role", "RM")
                .containsEntry("customer_id", "C0001").containsEntry("subject", "customer:C0001:mobile")
                .containsEntry("reason", "客户来电要求回拨");
        assertThat(jdbc.queryForObject("select inputs::text from audit_record", String.class)).doesNotContain(MOBILE);
        // the next page shows it masked again
        mvc.perform(get("/customers/C0001").with(signedIn(Role.RM)).session(session))
                .andExpect(content().string(allOf(containsString("138****8000"), not(containsString(MOBILE)))));
    }

    @Test
    void unmaskingWithoutAReasonIsExplainedAtTheFieldAndNotAudited() throws Exception {
        mvc.perform(post("/customers/C0001/unmask").with(csrf()).with(signedIn(Role.RM)).param("field", "residentId").param("reason", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"reason-residentId-error\""),
                        containsString("请说明查看原因（5–500个字符）"), not(containsString("11010519491231002X")))));
        assertThat(jdbc.queryForObject("select count(*) from audit_record", Long.class)).isZero();
        mvc.perform(post("/customers/C0001/unmask").with(csrf()).with(signedIn(Role.SALES)).param("field", "mobile")
                .param("reason", "just curious about it")).andExpect(status().isForbidden());
        mvc.perform(post("/customers/C0002/unmask").with(csrf()).with(signedIn(Role.RM)).param("field", "mobile")
                .param("reason", "another RM's customer")).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("13900139000"))));
        assertThat(jdbc.queryForObject("select count(*) from audit_record", Long.class)).isZero();
        // the forms are offered to those who may unmask only
        mvc.perform(get("/customers/C0001").with(signedIn(Role.COMPLIANCE)))
                .andExpect(content().string(containsString("<label for=\"reason-mobile\">查看原因</label>")));
        mvc.perform(get("/customers/C0001").with(signedIn(Role.SALES)))
                .andExpect(content().string(not(containsString("reason-mobile"))));
    }

    @Test
    void notesAreAddedOnThe360AndListedNewestFirst() throws Exception {
        mvc.perform(post("/customers/C0001/notes").with(csrf()).with(signedIn(Role.RM))
                        .param("kind", "VISIT").param("occurredOn", "2026-10-01").param("text", "上门拜访，讨论子女教育金"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/customers/C0001#notes"));
        mvc.perform(post("/customers/C0001/notes").with(csrf()).with(signedIn(Role.RM))
                        .param("kind", "CALL").param("occurredOn", "2026-10-15").param("text", "电话回访"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/customers/C0001").with(signedIn(Role.SALES))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("上门拜访，讨论子女教育金", "电话回访", "rm.web 记录于");
        assertThat(page.indexOf("电话回访")).isLessThan(page.indexOf("上门拜访"));

        mvc.perform(post("/customers/C0001/notes").with(csrf()).with(signedIn(Role.RM))
                        .param("kind", "VISIT").param("occurredOn", "2026/10/01").param("text", "保留这段文字"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"note-date-error\""), containsString("应为日期 yyyy-MM-dd"),
                        containsString("value=\"2026/10/01\""), containsString("保留这段文字</textarea>"))));
        assertThat(jdbc.queryForObject("select count(*) from interaction_note", Long.class)).isEqualTo(2);
        mvc.perform(post("/customers/C0001/notes").with(csrf()).with(signedIn(Role.COMPLIANCE))
                .param("kind", "VISIT").param("occurredOn", "2026-10-01").param("text", "x")).andExpect(status().isForbidden());
    }

    @Test
    void the360ShowsClassesOverRunsHoldingsAndTransactionsWithMaskedAccounts() throws Exception {
        jdbc.update("insert into account (account_id, branch_id, opened) values (?, 'BR001', date '2020-01-01')", ACCOUNT);
        jdbc.update("insert into account_link (link_id, customer_id, account_id, role) values ('L1', 'C0001', ?, 'OWNER')", ACCOUNT);
        for (int i = 1; i <= 25; i++) {
            jdbc.update("insert into txn (transaction_id, seq, account_id, txn_date, direction, operation, amount, balance, "
                    + "counterparty_account) values (?, ?, ?, ?, ?, 'TRANSFER', ?, 100000, '6217001234567890123')",
                    "T" + i, i, ACCOUNT, LocalDate.of(2026, 9, 1).plusDays(i), i % 2 == 0 ? "CREDIT" : "DEBIT", 1000 + i);
        }
        jdbc.update("insert into holding (holding_id, customer_id, product_code, product_type, amount, opened) "
                + "values ('H1', 'C0001', 'WM2026A', 'WEALTH_PRODUCT', 8000000, date '2026-09-01')");
        runs.run(LocalDate.of(2026, 10, 31), Progress.NONE);

        String page = mvc.perform(get("/customers/C0001").with(signedIn(Role.RM))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("分类历史", "评估日 2026-10-31", "评估日 2026-09-30", "class=\"changed\"", "有变化");
        assertThat(page).contains("产品代码 WM2026A", "理财产品", "8,000,000.00 元");
        // accounts by their last four only: neither the issuer nor the length
        assertThat(page).contains("****3445", "****0123").doesNotContain(ACCOUNT, "6217001234567890123", "622202", "621700");
        // the last 20 of 25, newest first: T25 (2026-09-26) … T6 (2026-09-07); T5 is not shown
        assertThat(page).contains("2026-09-26", "2026-09-07", "1,025.00 元").doesNotContain("2026-09-06");
        assertThat(page.indexOf("2026-09-26")).isLessThan(page.indexOf("2026-09-07"));
        assertThat(page).doesNotContain("审计记录（最近 20 条）"); // the RM does not read the audit

        mvc.perform(post("/customers/C0001/unmask").with(csrf()).with(signedIn(Role.RM)).param("field", "name")
                .param("reason", "核对客户身份信息")).andExpect(status().isOk());
        mvc.perform(get("/customers/C0001").with(signedIn(Role.COMPLIANCE)))
                .andExpect(content().string(allOf(containsString("该客户的审计记录（最近 20 条）"), containsString("UNMASK"),
                        containsString("customer:C0001:name"), containsString("适当性检查记录"))));
        mvc.perform(get("/customers/C0001").with(signedIn(Role.ADMIN)))
                .andExpect(content().string(allOf(containsString("分类历史"), not(containsString("<section class=\"holdings\"")),
                        not(containsString("<section class=\"transactions\"")), not(containsString("621700*********0123")))));
    }

    @Test
    void aFormFieldHoldingANulIsRefusedWithAPageSayingWhich() throws Exception {
        mvc.perform(post("/customers/C0001/notes").with(csrf()).with(signedIn(Role.RM)).accept(org.springframework.http.MediaType.TEXT_HTML)
                        .param("kind", "VISIT").param("occurredOn", "2026-10-01").param("text", "上门\0拜访"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("text：文本不能包含控制字符（NUL，\\u0000）"),
                        containsString("text: text must not contain control characters (NUL, \\u0000)"))));
        assertThat(jdbc.queryForObject("select count(*) from interaction_note", Long.class)).isZero();
    }
}
