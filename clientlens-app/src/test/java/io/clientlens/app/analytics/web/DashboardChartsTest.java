package io.clientlens.app.analytics.web;

import io.clientlens.app.aml.AmlData;
import io.clientlens.app.aml.TransactionMonitoring;
import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.app.importing.Imports;
import io.clientlens.app.security.Capability;
import io.clientlens.staff.Role;
import io.clientlens.app.support.BerkaData;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.batch.Progress;
import io.clientlens.batch.berka.BerkaReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboards' text alternatives (every chart's figures as a table), where a chart leads (the customer list filtered
 * to a bar, cell or point, for the roles that read customers), and the AML charts only for the roles that may see them.
 */
class DashboardChartsTest extends PostgresTest {
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
    TransactionMonitoring monitoring;

    @Test
    void everyChartHasItsDataAsATableAndItsRowsLeadToTheFilteredListForThoseWhoReadCustomers() throws Exception {
        imports.load(sink -> new BerkaReader().read(BerkaData.dir(), sink));
        long run = runs.run(null, Progress.NONE).runId();
        String supervisor = page(Role.SUPERVISOR, "zh");
        assertThat(supervisor).contains("id=\"data-pareto\"", "id=\"data-rfm\"", "id=\"data-distributions\"", "数据表",
                "<caption>资产层级</caption>", "<caption>贡献度帕累托曲线</caption>", "点击柱形、热力格或曲线上的点");
        // a bar of the AUM tiers: its count links to the list filtered to it
        long mass = jdbc.queryForObject("select count(*) from classification where run_id = ? and codes->>'aumTier' = 'MASS'", Long.class, run);
        assertThat(supervisor).contains("<a href=\"/customers?aumTier=MASS\">" + mass + "</a>");
        // a cell of the RFM grid
        long cell = jdbc.queryForObject("select count(*) from classification where run_id = ? "
                + "and dimensions->'rfmSegment'->'inputs'->>'R' = '5' and dimensions->'rfmSegment'->'inputs'->>'F' = '5'", Long.class, run);
        assertThat(cell).isPositive();
        assertThat(supervisor).contains("<a href=\"/customers?rfmR=5&amp;rfmF=5\">" + cell + "</a>");
        // the Pareto curve's rows name the contribution class at that point and lead to it
        assertThat(supervisor).contains("href=\"/customers?contributionClass=A\"");
        // the English page has the same tables in English
        assertThat(page(Role.SUPERVISOR, "en")).contains("Data table", "<caption>AUM tier</caption>", "Share of customers");
        // analysts see figures, never customers: the same tables without links
        String analyst = page(Role.ANALYST, "zh");
        assertThat(analyst).contains("id=\"data-rfm\"", "<caption>资产层级</caption>").doesNotContain("href=\"/customers?", "点击柱形");
        assertThat(data(Role.ANALYST).get("drill").isNull()).isTrue();
        assertThat(data(Role.SUPERVISOR).get("drill").asText()).isEqualTo("/customers");

        // every Pareto point carries the class of the customer there, from A through B to C
        JsonNode pareto = data(Role.SUPERVISOR).get("pareto");
        String previous = "A";
        for (JsonNode p : pareto) {
            String k = p.get(2).asText();
            assertThat(k).isIn("A", "B", "C", "UNKNOWN");
            if (!k.equals("UNKNOWN")) {
                assertThat(k.compareTo(previous)).isGreaterThanOrEqualTo(0);
                previous = k;
            }
        }
        assertThat(pareto.get(0).get(2).asText()).isEqualTo("A");
    }

    @Test
    void theAmlChartsAreShownOnlyToTheRolesThatMaySeeThemAndNeverTipOff() throws Exception {
        AmlData.load(imports);
        runs.run(LocalDate.of(2026, 3, 31), Progress.NONE);
        monitoring.monitor(LocalDate.of(2026, 3, 31));
        long alerts = jdbc.queryForObject("select count(*) from aml_alert where rule = 'STRUCTURING'", Long.class);
        assertThat(alerts).isPositive();
        for (Role role : Role.values()) {
            if (!Capability.READ_AGGREGATES.allows(role)) {
                continue;
            }
            boolean rating = Capability.SEE_AML_RATING.allows(role);
            boolean rules = Capability.READ_AML.allows(role);
            boolean drill = rating && Capability.READ_CUSTOMERS.allows(role);
            String zh = page(role, "zh");
            assertThat(zh.contains("id=\"chart-aml-ratings\"")).as(role + " rating chart").isEqualTo(rating);
            assertThat(zh.contains("洗钱风险等级分布")).as(role + " rating title").isEqualTo(rating);
            assertThat(zh.contains("id=\"chart-aml-alerts\"")).as(role + " alerts chart").isEqualTo(rules);
            assertThat(zh.contains("/customers?amlRisk=")).as(role + " rating drill-down").isEqualTo(drill);
            assertThat(zh).as(role + ": the general distributions never hold the rating").doesNotContain("data-dimension=\"amlRisk\"><caption>洗钱风险等级");
            JsonNode data = data(role);
            assertThat(data.get("aml").has("ratings")).as(role.name()).isEqualTo(rating);
            assertThat(data.get("aml").has("alertsByRule")).as(role.name()).isEqualTo(rules);
            for (JsonNode d : data.get("distributions")) {
                assertThat(d.get("code").asText()).isNotEqualTo("amlRisk");
            }
            if (!rating) {
                assertThat(zh).as(role.name()).doesNotContain("洗钱", "预警");
                assertThat(data.toString()).as(role.name()).doesNotContain("amlRisk", "STRUCTURING", "洗钱");
            }
        }
        // the roles that serve customers: supervisors reach the dashboards but never the AML charts (RM and sales not at all)
        assertThat(Capability.SEE_AML_RATING.allows(Role.SUPERVISOR)).isFalse();
        String compliance = page(Role.COMPLIANCE, "zh");
        assertThat(compliance).contains("各监测规则的预警数", "拆分交易（化整为零）", "<td class=\"n\">" + alerts + "</td>");
        assertThat(page(Role.COMPLIANCE, "en")).contains("Alerts by monitoring rule", "Structuring", "AML risk ratings");
        JsonNode rule = data(Role.COMPLIANCE).get("aml").get("alertsByRule");
        boolean found = false;
        for (JsonNode r : rule) {
            if (r.get("code").asText().equals("STRUCTURING")) {
                assertThat(r.get("alerts").asLong()).isEqualTo(alerts);
                found = true;
            }
        }
        assertThat(found).isTrue();
        for (Role denied : new Role[]{Role.RM, Role.SALES}) {
            mvc.perform(get("/dashboards/data").with(signedIn(denied))).andExpect(status().isForbidden());
        }
    }

    private String page(Role role, String lang) throws Exception {
        return mvc.perform(get("/dashboards").with(signedIn(role)).param("lang", lang)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private JsonNode data(Role role) throws Exception {
        String json = mvc.perform(get("/dashboards/data").with(signedIn(role)).param("lang", "zh"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonMapper.builder().build().readTree(json);
    }
}
