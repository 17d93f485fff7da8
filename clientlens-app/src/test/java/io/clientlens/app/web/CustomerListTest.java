package io.clientlens.app.web;

import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.app.importing.DataCurrency;
import io.clientlens.app.importing.Imports;
import io.clientlens.app.security.Capability;
import io.clientlens.staff.Role;
import io.clientlens.app.support.BerkaData;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.app.ui.Yuan;
import io.clientlens.batch.Progress;
import io.clientlens.batch.berka.BerkaReader;
import io.clientlens.code.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The customer list's sorting, columns, RM filter, drill-down filters and explained errors over the Berka data classified
 * once: every sort key in both directions lists what an independent SQL ordering lists, page after page.
 */
class CustomerListTest extends PostgresTest {
    private static final Pattern LISTED = Pattern.compile("href=\"/customers/([^\"/?#]+)\"");
    /** What each sort key means, written independently of the application's SQL (ties: the customer id, same direction). */
    private static final Map<String, String> ORDER = Map.of(
            "customerId", "c.customer_id",
            "aum", "(c.features->>'aum')::numeric",
            "riskLevel", "c.codes->>'riskLevel'",
            "serviceClass", "c.codes->>'serviceClass'",
            "lastContact", "(select max(occurred_on) from interaction_note n where n.customer_id = c.customer_id)",
            "branch", "cu.branch_id",
            "rm", "cu.relationship_manager");

    MockMvc mvc;

    @Autowired
    void signIn(WebApplicationContext context) {
        mvc = mvc(context, null);
    }

    @Autowired
    Imports imports;
    @Autowired
    ClassificationRuns runs;
    @Autowired
    DataCurrency currency;

    long run;

    @BeforeEach
    void data() {
        imports.load(sink -> new BerkaReader().read(BerkaData.dir(), sink));
        run = runs.run(null, Progress.NONE).runId();
        jdbc.update("update customer set relationship_manager = case abs(hashtext(customer_id)) % 3 when 0 then 'RM01' when 1 then 'RM02' "
                + "else 'RM03' end, branch_id = case when abs(hashtext(customer_id || 'b')) % 2 = 0 then 'BR001' else 'BR002' end");
        // risk levels from assessments: a few customers of each level, the others unknown
        jdbc.update("update classification set codes = jsonb_set(codes, '{riskLevel}', to_jsonb('C' || (1 + abs(hashtext(customer_id)) % 5)))"
                + " where run_id = ? and abs(hashtext(customer_id || 'r')) % 4 = 0", run);
        // notes on some customers: last contact
        jdbc.update("insert into interaction_note (customer_id, kind, occurred_on, body, author, author_role) "
                + "select customer_id, 'CALL', date '2026-01-01' + abs(hashtext(customer_id)) % 200, 'x', 'rm01', 'RM' from customer "
                + "where abs(hashtext(customer_id || 'n')) % 5 = 0");
    }

    @Test
    void everySortKeyInBothDirectionsListsTheIndependentOrderPageByPage() throws Exception {
        for (String key : ORDER.keySet()) {
            for (String dir : List.of("asc", "desc")) {
                List<String> expected = ids("true", ORDER.get(key), dir);
                for (int page = 0; page < 2; page++) {
                    String html = page(get("/customers").param("sort", key).param("dir", dir).param("page", String.valueOf(page)),
                            Role.ADMIN);
                    assertThat(listed(html)).as(key + " " + dir + " page " + page)
                            .isEqualTo(expected.subList(page * CustomerListPage.PAGE_SIZE, (page + 1) * CustomerListPage.PAGE_SIZE));
                    // the current column says so; its link turns the direction round; the pager keeps the order
                    assertThat(html).contains("aria-sort=\"" + (dir.equals("asc") ? "ascending" : "descending") + "\"",
                            "sort=" + key + "&amp;dir=" + (dir.equals("asc") ? "desc" : "asc"));
                    if (page == 0) {
                        assertThat(html).contains("sort=" + key + "&amp;dir=" + dir + "&amp;page=1");
                    }
                }
            }
        }
        // a sort combines with a filter and the scope of a supervisor (one branch)
        List<String> affluentBr1 = ids("c.codes->>'aumTier' = 'MASS' and cu.branch_id = 'BR001'", ORDER.get("aum"), "desc");
        String html = page(get("/customers").param("aumTier", "MASS").param("sort", "aum").param("dir", "desc"), Role.SUPERVISOR);
        assertThat(listed(html)).isEqualTo(affluentBr1.subList(0, Math.min(affluentBr1.size(), CustomerListPage.PAGE_SIZE)));
        assertThat(html).contains("共 " + String.format("%,d", affluentBr1.size()) + " 位客户");
    }

    @Test
    void showsAumExactlyRightAlignedRiskLevelServiceClassAndLastContactAsLabels() throws Exception {
        String first = ids("true", ORDER.get("aum"), "desc").get(0);
        BigDecimal aum = jdbc.queryForObject("select (features->>'aum')::numeric from classification where run_id = ? and customer_id = ?",
                BigDecimal.class, run, first);
        String zh = page(get("/customers").param("sort", "aum").param("dir", "desc"), Role.ADMIN);
        assertThat(zh).contains("<td class=\"n amount\">" + Yuan.of(aum, Language.ZH, currency.code()) + "</td>",
                "资产（AUM）", "风险承受能力等级", "服务等级", "最近联系");
        String en = page(get("/customers").param("sort", "aum").param("dir", "desc").param("lang", "en"), Role.ADMIN);
        assertThat(en).contains("<td class=\"n amount\">" + Yuan.of(aum, Language.EN, currency.code()) + "</td>", "Last contact");
        // risk levels as their labels, never the codes; the latest note's date, or "never"
        String risky = page(get("/customers").param("riskLevel", "C3"), Role.ADMIN);
        assertThat(risky).contains("<td>稳健型</td>").doesNotContain("<td>C3</td>");
        String contacted = ids("true", ORDER.get("lastContact"), "desc").get(0);
        String date = jdbc.queryForObject("select max(occurred_on)::text from interaction_note where customer_id = ?", String.class, contacted);
        assertThat(page(get("/customers").param("sort", "lastContact").param("dir", "desc"), Role.ADMIN)).contains("<td>" + date + "</td>");
        assertThat(page(get("/customers").param("sort", "lastContact").param("dir", "asc").param("page", "80"), Role.ADMIN))
                .contains("<td>未联系</td>");
        String serviceA = jdbc.queryForObject("select count(*) from classification where run_id = ? and codes->>'serviceClass' = 'A'",
                Long.class, run) > 0 ? "重要客户" : null;
        if (serviceA != null) {
            assertThat(page(get("/customers").param("serviceClass", "A"), Role.ADMIN)).contains("<td>重要客户</td>");
        }
    }

    @Test
    void theRmColumnAndFilterAreOfferedToEveryRoleThatSeesSeveralBooksAndOnlyThem() throws Exception {
        for (Role role : Role.values()) {
            if (!Capability.READ_CUSTOMERS.allows(role)) {
                continue;
            }
            String html = page(get("/customers"), role);
            boolean several = Capability.SEE_RM_BOOKS.allows(role);
            assertThat(html.contains("id=\"f-rm\"")).as(role + " RM filter").isEqualTo(several);
            assertThat(html.contains("sort=rm&amp;")).as(role + " RM column").isEqualTo(several);
            if (!several) {
                assertThat(page(get("/customers").param("rm", "RM02"), role))
                        .contains("您只能查看本人名下的客户，不能按客户经理筛选（参数 rm）。");
                assertThat(page(get("/customers").param("sort", "rm"), role)).contains("无法按“rm”排序（参数 sort）");
            }
        }
        assertThat(Capability.SEE_RM_BOOKS.allows(Role.RM)).isFalse();
        // the whole bank's choices (found by probing the RM index) are every RM of a customer, in order, once each
        List<String> everyRm = jdbc.queryForList("select distinct relationship_manager from customer "
                + "where relationship_manager is not null order by 1", String.class);
        assertThat(everyRm).hasSizeGreaterThan(1);
        assertThat(options(page(get("/customers"), Role.ADMIN))).isEqualTo(everyRm);
        List<String> rm2 = ids("cu.relationship_manager = 'RM02' and cu.branch_id = 'BR001'", ORDER.get("customerId"), "asc");
        String html = page(get("/customers").param("rm", "RM02"), Role.SUPERVISOR);
        assertThat(listed(html)).isEqualTo(rm2.subList(0, Math.min(rm2.size(), CustomerListPage.PAGE_SIZE)));
        assertThat(html).contains("<option value=\"RM02\" selected=\"selected\">RM02</option>", "<td>RM02</td>")
                .doesNotContain("<td>RM01</td>");
        assertThat(page(get("/customers").param("rm", "RM99"), Role.SUPERVISOR))
                .contains("您可查看的客户中没有客户经理“RM99”（参数 rm），请从列表中选择。");
    }

    @Test
    void theTotalIsRightForEveryFilterAndScopeAndForEachRun() throws Exception {
        for (int round = 0; round < 2; round++) { // the second time from the counts kept
            for (String tier : io.clientlens.code.Dimension.AUM_TIER.valueCodes()) {
                assertThat(page(get("/customers").param("aumTier", tier), Role.ADMIN)).as(tier)
                        .contains(total(ids("c.codes->>'aumTier' = '" + tier + "'", "c.customer_id", "asc").size()));
            }
            assertThat(page(get("/customers").param("rfmR", "5"), Role.ADMIN))
                    .contains(total(ids("c.dimensions->'rfmSegment'->'inputs'->>'R' = '5'", "c.customer_id", "asc").size()));
            assertThat(page(get("/customers"), Role.ADMIN)).contains(total(ids("true", "c.customer_id", "asc").size()));
        }
        // a count that reads the customers (scope, RM) follows their changes
        String rm1 = "cu.relationship_manager = 'RM01'";
        assertThat(page(get("/customers").param("rm", "RM01"), Role.ADMIN)).contains(total(ids(rm1, "c.customer_id", "asc").size()));
        jdbc.update("update customer set relationship_manager = 'RM01' where relationship_manager = 'RM02'");
        assertThat(page(get("/customers").param("rm", "RM01"), Role.ADMIN)).contains(total(ids(rm1, "c.customer_id", "asc").size()));
        // a later run is counted on its own: every customer is a mass customer there
        long before = ids("c.codes->>'aumTier' = 'MASS'", "c.customer_id", "asc").size();
        assertThat(page(get("/customers").param("aumTier", "MASS"), Role.ADMIN)).contains(total(before));
        run = runs.run(null, Progress.NONE).runId();
        jdbc.update("update classification set codes = jsonb_set(codes, '{aumTier}', '\"MASS\"') where run_id = ?", run);
        long all = ids("true", "c.customer_id", "asc").size();
        assertThat(all).isGreaterThan(before);
        assertThat(page(get("/customers").param("aumTier", "MASS"), Role.ADMIN)).contains(total(all));
    }

    /** What the list says of how many customers it found. */
    private static String total(long n) {
        return n == 0 ? "没有符合条件的客户。" : "共 " + String.format("%,d", n) + " 位客户";
    }

    @Test
    void theRfmDrillDownListsTheCustomersOfOneCellOfTheGrid() throws Exception {
        List<String> cell = ids("c.dimensions->'rfmSegment'->'inputs'->>'R' = '5' and c.dimensions->'rfmSegment'->'inputs'->>'F' = '4'",
                ORDER.get("customerId"), "asc");
        assertThat(cell).isNotEmpty();
        String html = page(get("/customers").param("rfmR", "5").param("rfmF", "4"), Role.ADMIN);
        assertThat(listed(html)).isEqualTo(cell.subList(0, Math.min(cell.size(), CustomerListPage.PAGE_SIZE)));
        assertThat(html).contains("R=5, F=4", "共 " + String.format("%,d", cell.size()) + " 位客户");
    }

    @Test
    void malformedSearchesAndFiltersAreExplainedNamingTheParameterInBothLanguages() throws Exception {
        Map<String, String[]> cases = Map.of(
                "sort", new String[]{"name", "无法按“name”排序（参数 sort）：可选 客户号 (customerId)", "cannot be sorted by “name” (parameter sort)"},
                "dir", new String[]{"up", "排序方向“up”无效（参数 dir）", "“up” is not a sort direction (parameter dir)"},
                "mobile", new String[]{"13800x", "手机号“13800x”无效（参数 mobile）", "“13800x” is not a mobile number (parameter mobile)"},
                "residentId", new String[]{"1234", "身份证号无效（参数 residentId）", "The resident ID is not valid (parameter residentId)"},
                "rfmR", new String[]{"9", "参数 rfmR 的值“9”无效", "“9” is not valid for parameter rfmR"},
                "aumTier", new String[]{"RICH", "“RICH”不是“资产层级”的代码", "(parameter aumTier)"},
                "name", new String[]{"a\u0001b", "姓名无效（参数 name）", "The Name is not valid (parameter name)"});
        for (var c : cases.entrySet()) {
            String zh = page(get("/customers").param(c.getKey(), c.getValue()[0]), Role.ADMIN);
            assertThat(zh).as(c.getKey()).contains(c.getValue()[1], "role=\"alert\"");
            assertThat(listed(zh)).isEmpty();
            String en = page(get("/customers").param(c.getKey(), c.getValue()[0]).param("lang", "en"), Role.ADMIN);
            assertThat(en).as(c.getKey()).contains(c.getValue()[2]);
        }
        // a mobile number typed with spaces or hyphens is the same number: no error
        assertThat(page(get("/customers").param("mobile", "138-0013 8000"), Role.ADMIN)).doesNotContain("参数 mobile");
    }

    /** The run's customers satisfying the condition in the given order (ties by id in the same direction). */
    /** The RM filter's choices, in the order offered. */
    private static List<String> options(String html) {
        String select = html.substring(html.indexOf("id=\"f-rm\""), html.indexOf("</select>", html.indexOf("id=\"f-rm\"")));
        return java.util.regex.Pattern.compile("<option value=\"([^\"]+)\"").matcher(select).results().map(m -> m.group(1)).toList();
    }

    private List<String> ids(String condition, String order, String dir) {
        String nulls = order.equals(ORDER.get("customerId")) || order.equals(ORDER.get("aum")) ? "" : " nulls last";
        return jdbc.queryForList("select c.customer_id from classification c join customer cu using (customer_id) "
                + "where c.run_id = ? and (" + condition + ") order by " + order + " " + dir + nulls + ", c.customer_id " + dir,
                String.class, run);
    }

    private String page(MockHttpServletRequestBuilder request, Role role) throws Exception {
        return mvc.perform(request.with(signedIn(role))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<String> listed(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = LISTED.matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
