package io.clientlens.app.web;

import io.clientlens.batch.Progress;
import io.clientlens.app.importing.Imports;
import io.clientlens.app.support.BerkaData;
import io.clientlens.batch.berka.BerkaReader;
import io.clientlens.app.support.WorkstationPageTest;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CustomersPageTest extends WorkstationPageTest {

    @Autowired
    Imports imports;

    @Test
    void listsOnlyTheRmsOwnCustomersFiftyPerPageMasked() throws Exception {
        mvc.perform(get("/customers").with(signedIn(Role.RM))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("共 121 位客户，当前第 1–50 位"), containsString("第 1 / 3 页"),
                        containsString("王*"), containsString("138****8000"), containsString("/customers/C0001"),
                        not(containsString("王小明")), not(containsString("13800138000")), not(containsString("C0002")))));
        mvc.perform(get("/customers").with(signedIn(Role.RM)).param("page", "2")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("当前第 101–121 位"), containsString("C1119"),
                        not(containsString("C1000<")), containsString("上一页"), not(containsString("下一页")))));
        mvc.perform(get("/customers").with(signedIn(Role.SUPERVISOR))).andExpect(status().isOk())
                .andExpect(content().string(containsString("共 122 位客户")));
    }

    @Test
    void aPageBeyondTheLastShowsTheLastPageAndABadPageTheFirstWithConsistentNumbers() throws Exception {
        mvc.perform(get("/customers").with(signedIn(Role.RM)).param("page", "99")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("没有第 100 页（共 3 页），已显示最后一页。"),
                        containsString("共 121 位客户，当前第 101–121 位"), containsString("第 3 / 3 页"), containsString("C1119"),
                        containsString("href=\"/customers?page=1\""), not(containsString("下一页")), not(containsString("第 100 /")))));
        mvc.perform(get("/customers").with(signedIn(Role.RM)).param("page", "2147483647").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is no page 2147483648 (there are 3); showing the last page."),
                        containsString("121 customers, showing 101–121"), containsString("Page 3 of 3"))));
        for (String bad : new String[]{"-1", "abc", "1.5", "99999999999"}) {
            mvc.perform(get("/customers").with(signedIn(Role.RM)).param("page", bad)).andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("页码应为 0 或正整数（0 为第 1 页），实为“" + bad + "”；已显示第 1 页。"),
                            containsString("共 121 位客户，当前第 1–50 位"), containsString("第 1 / 3 页"), containsString("C0001"),
                            containsString("href=\"/customers?page=1\""), not(containsString("上一页")))));
        }
        mvc.perform(get("/customers").with(signedIn(Role.RM)).param("page", "0")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("当前第 1–50 位"), containsString("第 1 / 3 页"),
                        not(containsString("page-notice")))));
        // a page beyond the last keeps the filters in the pager's links
        mvc.perform(get("/customers").with(signedIn(Role.RM)).param("name", "赵").param("page", "7")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("共 120 位客户，当前第 101–120 位"), containsString("第 3 / 3 页"),
                        containsString("没有第 8 页（共 3 页）"))));
    }

    @Test
    void searchesByIdNameStartAndExactMobile() throws Exception {
        mvc.perform(get("/customers").with(signedIn(Role.SUPERVISOR)).param("name", "李"))
                .andExpect(content().string(allOf(containsString("共 1 位客户"), containsString("C0002"), containsString("李*"),
                        not(containsString("李静")))));
        mvc.perform(get("/customers").with(signedIn(Role.SUPERVISOR)).param("mobile", "13800138000"))
                .andExpect(content().string(allOf(containsString("共 1 位客户"), containsString("C0001"))));
        mvc.perform(get("/customers").with(signedIn(Role.SUPERVISOR)).param("mobile", "1380013800"))
                .andExpect(content().string(containsString("没有符合条件的客户")));
        // the resident ID exactly, a final x in either case
        mvc.perform(get("/customers").with(signedIn(Role.SUPERVISOR)).param("residentId", "11010519491231002x"))
                .andExpect(content().string(allOf(containsString("共 1 位客户"), containsString("C0001"))));
        mvc.perform(get("/customers").with(signedIn(Role.SUPERVISOR)).param("residentId", "110105194912310021"))
                .andExpect(content().string(containsString("没有符合条件的客户")));
        mvc.perform(get("/customers").with(signedIn(Role.SUPERVISOR)).param("id", "C1005"))
                .andExpect(content().string(allOf(containsString("共 1 位客户"), containsString("赵*"))));
        mvc.perform(get("/customers").with(signedIn(Role.SUPERVISOR)).param("name", "%"))
                .andExpect(content().string(containsString("没有符合条件的客户")));
        // a name search is scoped too: RM01 does not find RM02's customer
        mvc.perform(get("/customers").with(signedIn(Role.RM)).param("name", "李"))
                .andExpect(content().string(containsString("没有符合条件的客户")));
    }

    @Test
    void filtersByDimensionCodeAndExplainsABadFilterOnThePage() throws Exception {
        mvc.perform(get("/customers").with(signedIn(Role.SUPERVISOR)).param("lang", "en").param("investmentExperience", "EXPERIENCED"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("1 customers"), containsString("C0001"), not(containsString("C1000")),
                        containsString("<option value=\"EXPERIENCED\" selected=\"selected\">Experienced</option>"))));
        mvc.perform(get("/customers").with(signedIn(Role.SUPERVISOR)).param("aumTier", "RICH").param("page", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("“RICH”不是“资产层级”的代码，可选：MASS、AFFLUENT、PRIVATE"),
                        containsString("页码应为 0 或正整数"), not(containsString("C0001")))));
    }

    @Test
    void shows360WithKycClassesReasonsAndNeedsMasked() throws Exception {
        mvc.perform(get("/customers/C0001").with(signedIn(Role.RM))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("客户 C0001"), containsString("王*"), containsString("1101*************X"),
                        not(containsString("王小明")), not(containsString("11010519491231002X")), not(containsString("13800138000")),
                        containsString("KYC完整度"), containsString("家庭生命周期"), containsString("有 1 个未独立子女 → 家庭成长期"),
                        containsString("GROWTH"), containsString("六项财务比率"), containsString("保障缺口"),
                        containsString(" 元</td>"), not(containsString("万元")), containsString("href=\"/customers/C0001/needs/report.pdf?lang=zh\""), not(containsString("/api/v1/customers/C0001/needs")))));
        mvc.perform(get("/customers/C0001").with(signedIn(Role.RM)).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Customer C0001"), containsString("Family life stage"),
                        containsString("Six financial ratios"), containsString(" CNY"), not(containsString("家庭生命周期")))));
    }

    @Test
    void answers404ForACustomerOfAnotherRmAndForAnalysts() throws Exception {
        mvc.perform(get("/customers/C0002").with(signedIn(Role.RM))).andExpect(status().isNotFound())
                .andExpect(content().string(allOf(containsString("没有客户号为“C0002”的客户"), not(containsString("李*")))));
        mvc.perform(get("/customers/NOPE").with(signedIn(Role.ADMIN))).andExpect(status().isNotFound());
        mvc.perform(get("/customers/C0001").with(signedIn(Role.ANALYST))).andExpect(status().isNotFound());
        // ADMIN may see the customer but not the needs diagnosis, as over REST
        mvc.perform(get("/customers/C0002").with(signedIn(Role.ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("李*"), not(containsString("六项财务比率")))));
    }

    @Test
    void showsTheRfmScoresOfACustomerWithTransactions() throws Exception {
        imports.load(sink -> new BerkaReader().read(BerkaData.dir(), sink));
        runs.run(null, Progress.NONE);
        String rfm = jdbc.queryForObject("select customer_id || '/' || (i->>'R') || '/' || (i->>'F') || '/' || (i->>'M') from ("
                + "select customer_id, dimensions::jsonb->'rfmSegment'->'inputs' as i from classification) x where i ? 'R' "
                + "order by customer_id limit 1", String.class);
        String[] rfmScores = rfm.split("/");
        String id = rfmScores[0];
        rfmScores = java.util.Arrays.copyOfRange(rfmScores, 1, 4);
        mvc.perform(get("/customers/" + id).with(signedIn(Role.ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(containsString("RFM 评分：R=" + rfmScores[0] + "，F=" + rfmScores[1] + "，M=" + rfmScores[2])));
    }

    @Test
    void showsABerkaCustomersPostingsInCrowns() throws Exception {
        imports.load(sink -> new BerkaReader().read(BerkaData.dir(), sink));
        runs.run(null, Progress.NONE);

        // Client 2 owns account 2, with postings since 1993-02-26; compliance sees the postings of every branch.
        mvc.perform(get("/customers/2").with(signedIn(Role.COMPLIANCE))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(" 克朗</td>"), not(containsString(" 元</td>")),
                        not(containsString(" 万元</td>")))));
        mvc.perform(get("/customers/2").param("lang", "en").with(signedIn(Role.COMPLIANCE))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(" CZK</td>"), not(containsString(" CNY</td>")))));
    }

    @Test
    void asksForSignInFirst() throws Exception {
        mvc.perform(get("/customers")).andExpect(status().is3xxRedirection());
    }
}
