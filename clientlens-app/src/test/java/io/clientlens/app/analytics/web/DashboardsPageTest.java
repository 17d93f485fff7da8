package io.clientlens.app.analytics.web;

import io.clientlens.staff.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.batch.Progress;
import io.clientlens.app.importing.Imports;
import io.clientlens.app.support.BerkaData;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.batch.berka.BerkaReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DashboardsPageTest extends PostgresTest {

    MockMvc mvc;

    @Autowired
    void signIn(WebApplicationContext context) {
        mvc = mvc(context, null);
    }

    @Autowired
    Imports imports;
    @Autowired
    ClassificationRuns runs;

    private void classifyBerka() {
        imports.load(sink -> new BerkaReader().read(BerkaData.dir(), sink));
        runs.run(null, Progress.NONE);
    }

    @Test
    void onlyRolesThatSeeAggregatesGetThePageAndItsData() throws Exception {
        for (Role allowed : new Role[]{Role.ANALYST, Role.SUPERVISOR, Role.COMPLIANCE,
                Role.HEAD_OF_WEALTH, Role.ADMIN}) {
            mvc.perform(get("/dashboards").with(signedIn(allowed))).andExpect(status().isOk());
            mvc.perform(get("/dashboards/data").with(signedIn(allowed))).andExpect(status().isOk());
        }
        for (Role denied : new Role[]{Role.RM, Role.SALES}) {
            mvc.perform(get("/dashboards").with(signedIn(denied))).andExpect(status().isForbidden());
            mvc.perform(get("/dashboards/data").with(signedIn(denied))).andExpect(status().isForbidden());
            mvc.perform(get("/").with(signedIn(denied))).andExpect(content().string(not(containsString("/dashboards"))));
        }
        mvc.perform(get("/").with(signedIn(Role.ANALYST))).andExpect(content().string(containsString("统计图表")));
        mvc.perform(get("/dashboards")).andExpect(status().is3xxRedirection());
    }

    @Test
    void pageIsChineseByDefaultAndEnglishWhenAskedAndLoadsEChartsFromTheWebJar() throws Exception {
        classifyBerka();
        mvc.perform(get("/dashboards").with(signedIn(Role.ANALYST))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("贡献度帕累托曲线"), containsString("RFM 网格"),
                        containsString("评估日 1994-03-31"), containsString("/webjars/echarts/5.3.1/dist/echarts.min.js"),
                        containsString("/dashboards.js"), not(containsString("<script>")))));
        mvc.perform(get("/dashboards").with(signedIn(Role.ANALYST)).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Pareto curve of contribution"), containsString("As of 1994-03-31"),
                        not(containsString("贡献度帕累托曲线")))));
        mvc.perform(get("/webjars/echarts/5.3.1/dist/echarts.min.js").with(signedIn(Role.ANALYST)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("echarts")));
    }

    @Test
    void sayssoWhenNothingIsClassifiedYet() throws Exception {
        mvc.perform(get("/dashboards").with(signedIn(Role.ANALYST)).param("lang", "en"))
                .andExpect(content().string(containsString("No classification yet")));
        JsonNode data = data("en");
        assertThat(data.get("run").isNull()).isTrue();
    }

    @Test
    void dataOfTheLatestRunParetoEndsAtAHundredAndRfmCountsTheActiveCustomers() throws Exception {
        classifyBerka();
        long run = jdbc.queryForObject("select max(run_id) from classification_run", Long.class);
        JsonNode data = data("zh_CN");
        assertThat(data.get("run").get("runId").asLong()).isEqualTo(run);

        JsonNode pareto = data.get("pareto");
        long withContribution = jdbc.queryForObject("select count(*) from classification where run_id = ? "
                + "and features->>'contribution' is not null", Long.class, run);
        assertThat(withContribution).isPositive();
        assertThat(pareto.size()).isBetween(2, io.clientlens.app.analytics.RunCharts.PARETO_POINTS + 1);
        JsonNode last = pareto.get(pareto.size() - 1);
        assertThat(last.get(0).asDouble()).isEqualTo(100.0);
        assertThat(last.get(1).asDouble()).isEqualTo(100.0);
        double before = 0;
        for (JsonNode p : pareto) {
            assertThat(p.get(1).asDouble()).isGreaterThanOrEqualTo(before);
            before = p.get(1).asDouble();
        }
        // the curve is concave: the first point's share of contribution is at least its share of customers
        assertThat(pareto.get(0).get(1).asDouble()).isGreaterThanOrEqualTo(pareto.get(0).get(0).asDouble());

        long cells = 0;
        for (JsonNode c : data.get("rfm")) {
            assertThat(c.get(0).asInt()).isBetween(1, 5);
            assertThat(c.get(1).asInt()).isBetween(1, 5);
            cells += c.get(2).asLong();
        }
        long active = jdbc.queryForObject("select count(*) from classification where run_id = ? "
                + "and (features->>'activityCount365')::int > 0 and codes->>'rfmSegment' <> 'UNKNOWN'", Long.class, run);
        assertThat(active).isPositive();
        assertThat(cells).isEqualTo(active);

        JsonNode dist = data.get("distributions");
        assertThat(dist.get(0).get("label").asText()).isEqualTo("客户类型");
        assertThat(data.get("texts").get("rfm.r").asText()).startsWith("R 分");
        JsonNode en = data("en");
        assertThat(en.get("distributions").get(0).get("label").asText()).isEqualTo("Customer type");
        assertThat(en.get("texts").get("rfm.r").asText()).startsWith("R score");
    }

    private JsonNode data(String lang) throws Exception {
        String json = mvc.perform(get("/dashboards/data").with(signedIn(Role.ANALYST)).param("lang", lang))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return JsonMapper.builder().build().readTree(json);
    }
}
