package io.clientlens.app.analytics.web;

import io.clientlens.app.analytics.RunMigration;
import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.app.importing.Imports;
import io.clientlens.app.segment.SegmentRuleStore;
import io.clientlens.app.support.BerkaData;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.batch.Progress;
import io.clientlens.batch.berka.BerkaReader;
import io.clientlens.batch.rules.SegmentRule;
import io.clientlens.code.Label;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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

/**
 * The migration between two runs, the segment sizes and the segment editor on the dashboards, over the
 * Berka data classified twice (at two as-of dates, with a few customers only in one of the runs).
 */
class DashboardsAnalyticsTest extends PostgresTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

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
    SegmentRuleStore store;

    /** Two runs: the earlier without the first three customers (new), the later without the last two (gone). */
    private long[] classifyBerkaTwice() {
        imports.load(sink -> new BerkaReader().read(BerkaData.dir(), sink));
        LocalDate latest = runs.latestTransactionDate().orElseThrow();
        long older = runs.run(latest.minusMonths(6), Progress.NONE).runId();
        long newer = runs.run(latest, Progress.NONE).runId();
        jdbc.update("delete from classification where run_id = ? and customer_id in "
                + "(select customer_id from classification where run_id = ? order by customer_id limit 3)", older, older);
        jdbc.update("delete from classification where run_id = ? and customer_id in "
                + "(select customer_id from classification where run_id = ? order by customer_id desc limit 2)", newer, newer);
        return new long[]{older, newer};
    }

    /** The matrix computed here from each run's codes, without the application's query. */
    private Map<String, Long> expectedMatrix(long older, long newer, String dimension) {
        Map<String, String> before = codes(older, dimension);
        Map<String, String> after = codes(newer, dimension);
        Set<String> everyone = new HashSet<>(before.keySet());
        everyone.addAll(after.keySet());
        Map<String, Long> matrix = new TreeMap<>();
        for (String id : everyone) {
            String key = "old:" + before.getOrDefault(id, RunMigration.NONE) + " → new:" + after.getOrDefault(id, RunMigration.NONE);
            matrix.merge(key, 1L, Long::sum);
        }
        return matrix;
    }

    private Map<String, String> codes(long run, String dimension) {
        Map<String, String> codes = new HashMap<>();
        jdbc.query("select customer_id, codes::text from classification where run_id = ?", rs -> {
            codes.put(rs.getString(1), JSON.readTree(rs.getString(2)).get(dimension).asText());
        }, run);
        return codes;
    }

    @Test
    void sankeyOfTheLatestTwoRunsCountsEveryCustomerAsAnIndependentCountDoes() throws Exception {
        long[] run = classifyBerkaTwice();
        for (String dimension : new String[]{"valueClass", "loyalty", "rfmSegment"}) {
            JsonNode data = json(get("/dashboards/migration").param("dimension", dimension), Role.ANALYST);
            assertThat(data.get("from").asLong()).isEqualTo(run[0]);
            assertThat(data.get("to").asLong()).isEqualTo(run[1]);
            Map<String, Long> shown = new TreeMap<>();
            for (JsonNode link : data.get("migration").get("links")) {
                shown.put(link.get("source").asText() + " → " + link.get("target").asText(), link.get("value").asLong());
            }
            Map<String, Long> expected = expectedMatrix(run[0], run[1], dimension);
            assertThat(shown).as(dimension).isEqualTo(expected);
            assertThat(expected.keySet()).anyMatch(k -> k.startsWith("old:" + RunMigration.NONE));
            assertThat(expected.keySet()).anyMatch(k -> k.endsWith("new:" + RunMigration.NONE));
        }
        long moved = expectedMatrix(run[0], run[1], "valueClass").entrySet().stream()
                .filter(e -> !e.getKey().split(" → ")[0].substring(4).equals(e.getKey().split(" → ")[1].substring(4)))
                .count();
        assertThat(moved).as("flows between different classes").isPositive();

        // the table beside the chart: the same flows, labelled in the page language
        String zh = page(get("/dashboards"), Role.SUPERVISOR);
        assertThat(zh).contains("客户迁移", "新增客户（上次无）", "已不在（本次无）", "id=\"migration-table\"", "核心客户");
        long total = expectedMatrix(run[0], run[1], "valueClass").values().stream().mapToLong(Long::longValue).sum();
        assertThat(zh).contains("迁移明细（共 " + String.format(java.util.Locale.ROOT, "%,d", total) + " 位客户）");
        String en = page(get("/dashboards").param("lang", "en").param("from", String.valueOf(run[0]))
                .param("to", String.valueOf(run[1])).param("dimension", "loyalty"), Role.ANALYST);
        assertThat(en).contains("Migration between two runs", "New (not in the old run)", "Gone (not in the new run)", "Loyal")
                .doesNotContain("新增客户");
        // nonsense choices are explained, not a server error
        mvc.perform(get("/dashboards/migration").with(signedIn(Role.ANALYST)).param("dimension", "region"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/dashboards").with(signedIn(Role.ANALYST)).param("from", "999").param("to", "1"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("所选的分类结果不存在")));
    }

    @Test
    void segmentSizesEqualCountsOfTheSameConditionsInSql() throws Exception {
        long[] run = classifyBerkaTwice();
        store.save(new SegmentRule("core", Label.of("核心客户群", "Core group"), 10, "dimensions.valueClass == \"CORE\"", 0));
        store.save(new SegmentRule("active-rich", Label.of("活跃高资产", "Active and rich"), 20,
                "features.aum >= 50000.0 && features.activityCount365 > 10", 0));
        store.save(new SegmentRule("card-no-loan", Label.of("有卡无贷", "Card but no loan"), 30,
                "\"CARD\" in features.productTypesHeld && !(\"LOAN\" in features.productTypesHeld)", 0));
        Map<String, Long> expected = Map.of(
                "core", count(run[1], "codes->>'valueClass' = 'CORE'"),
                "active-rich", count(run[1], "(features->>'aum')::numeric >= 50000 and (features->>'activityCount365')::int > 10"),
                "card-no-loan", count(run[1], "(features->'productTypesHeld')::jsonb @> '[\"CARD\"]' and not (features->'productTypesHeld')::jsonb @> '[\"LOAN\"]'"));
        assertThat(expected.values()).allMatch(n -> n > 0);

        JsonNode zh = json(get("/dashboards/segments/sizes"), Role.COMPLIANCE);
        assertThat(zh.get("runId").asLong()).isEqualTo(run[1]);
        Map<String, Long> shown = new HashMap<>();
        for (JsonNode s : zh.get("segments")) {
            shown.put(s.get("name").asText(), s.get("customers").asLong());
        }
        assertThat(shown).isEqualTo(expected);
        assertThat(zh.get("segments").get(0).get("label").asText()).isEqualTo("核心客户群");
        JsonNode en = json(get("/dashboards/segments/sizes").param("lang", "en"), Role.ANALYST);
        assertThat(en.get("segments").get(1).get("label").asText()).isEqualTo("Active and rich");

        // a changed rule is counted again (the cache is per run and rules version)
        store.save(new SegmentRule("core", Label.of("核心客户群", "Core group"), 10, "dimensions.valueClass == \"GENERAL\"", 0));
        JsonNode changed = json(get("/dashboards/segments/sizes"), Role.ANALYST);
        assertThat(changed.get("segments").get(0).get("customers").asLong()).isEqualTo(count(run[1], "codes->>'valueClass' = 'GENERAL'"));
    }

    @Test
    void liveCheckGivesLineAndColumnOfAnErrorOrTheCustomersOfAGoodExpression() throws Exception {
        long[] run = classifyBerkaTwice();
        JsonNode unknown = check("features.agee > 30", "zh_CN");
        assertThat(unknown.get("valid").asBoolean()).isFalse();
        assertThat(unknown.get("line").asInt()).isEqualTo(1);
        assertThat(unknown.get("column").asInt()).isEqualTo(1);
        assertThat(unknown.get("message").asText()).startsWith("第 1 行第 1 列：").contains("features.agee");

        JsonNode typeError = check("dimensions.valueClass == \"CORE\" &&\n  features.aum > \"much\"", "en");
        assertThat(typeError.get("valid").asBoolean()).isFalse();
        assertThat(typeError.get("line").asInt()).isEqualTo(2);
        assertThat(typeError.get("column").asInt()).isGreaterThan(1);
        assertThat(typeError.get("message").asText()).startsWith("line 2, column " + typeError.get("column").asInt() + ":");

        JsonNode notBoolean = check("features.aum + 1.0", "en");
        assertThat(notBoolean.get("valid").asBoolean()).isFalse();

        JsonNode good = check("dimensions.loyalty == \"LOYAL\" && features.aum > 10000.0", "zh_CN");
        assertThat(good.get("valid").asBoolean()).isTrue();
        long expected = count(run[1], "codes->>'loyalty' = 'LOYAL' and (features->>'aum')::numeric > 10000");
        assertThat(expected).isPositive();
        assertThat(good.get("customers").asLong()).isEqualTo(expected);
        assertThat(good.get("message").asText()).contains(expected + " 位客户符合");
    }

    @Test
    void analystsAndAdministratorsSaveSegmentsOthersMayOnlyReadAndRmAndSalesSeeNothing() throws Exception {
        classifyBerkaTwice();
        mvc.perform(post("/dashboards/segments").with(signedIn(Role.ANALYST)).with(csrf())
                        .param("name", "young").param("labelZh", "年轻客户").param("labelEn", "Young").param("priority", "5")
                        .param("expression", "features.age < 35"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/dashboards#segments"));
        assertThat(store.all()).extracting(SegmentRule::name).containsExactly("young");
        mvc.perform(post("/dashboards/segments").with(signedIn(Role.ADMIN)).with(csrf())
                        .param("name", "young").param("labelZh", "年轻客户").param("labelEn", "Young").param("priority", "5")
                        .param("expression", "features.age < 30"))
                .andExpect(status().is3xxRedirection());
        assertThat(store.all().get(0).expression()).isEqualTo("features.age < 30");

        for (Role reader : new Role[]{Role.SUPERVISOR, Role.COMPLIANCE, Role.HEAD_OF_WEALTH}) {
            String page = page(get("/dashboards"), reader);
            assertThat(page).contains("年轻客户", "id=\"chart-segments\"").doesNotContain("id=\"segment-editor\"");
            mvc.perform(post("/dashboards/segments").with(signedIn(reader)).with(csrf())
                            .param("name", "old").param("labelZh", "老").param("labelEn", "Old").param("priority", "5")
                            .param("expression", "features.age > 60"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/dashboards/segments/check").with(signedIn(reader)).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content("{\"expression\": \"true\"}")).andExpect(status().isForbidden());
        }
        assertThat(page(get("/dashboards"), Role.ANALYST)).contains("id=\"segment-editor\"", "name=\"_csrf\"",
                "href=\"/dashboards?edit=young#segment-editor\"");
        // "change" fills the editor with the stored segment
        assertThat(page(get("/dashboards").param("edit", "young"), Role.ANALYST))
                .contains("value=\"young\"", "value=\"年轻客户\"", "value=\"Young\"", ">features.age &lt; 30</textarea>");
        for (Role denied : new Role[]{Role.RM, Role.SALES}) {
            mvc.perform(get("/dashboards/segments/sizes").with(signedIn(denied))).andExpect(status().isForbidden());
            mvc.perform(get("/dashboards/migration").with(signedIn(denied))).andExpect(status().isForbidden());
            mvc.perform(get("/dashboards/targets").param("segment", "young").with(signedIn(denied))).andExpect(status().isForbidden());
            mvc.perform(post("/dashboards/segments").with(signedIn(denied)).with(csrf()).param("name", "x")
                    .param("labelZh", "x").param("labelEn", "x").param("priority", "1").param("expression", "true"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/dashboards/segments/check").with(signedIn(denied)).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content("{\"expression\": \"true\"}")).andExpect(status().isForbidden());
        }
        // without the CSRF token a session may not save
        mvc.perform(post("/dashboards/segments").with(signedIn(Role.ANALYST)).param("name", "x")
                .param("labelZh", "x").param("labelEn", "x").param("priority", "1").param("expression", "true"))
                .andExpect(status().isForbidden());
        assertThat(store.all()).hasSize(1);
    }

    @Test
    void aFormWithMistakesIsShownAgainWithEachProblemAtItsFieldAndNothingIsSaved() throws Exception {
        classifyBerkaTwice();
        mvc.perform(post("/dashboards/segments").with(signedIn(Role.ANALYST)).with(csrf())
                        .param("name", "bad name!").param("labelZh", "").param("labelEn", "Bad").param("priority", "soon")
                        .param("expression", "features.aum > 1000.0 &&\nfeatures.tenure > 3"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("分群未保存"), containsString("id=\"err-name\""),
                        containsString("id=\"err-labelZh\""), containsString("id=\"err-priority\""),
                        containsString("第 2 行第 1 列："), containsString("features.tenure"),
                        not(containsString("id=\"err-labelEn\"")), containsString("value=\"bad name!\""))));
        assertThat(store.all()).isEmpty();
    }

    private long count(long run, String condition) {
        return jdbc.queryForObject("select count(*) from classification where run_id = ? and " + condition, Long.class, run);
    }

    private JsonNode check(String expression, String lang) throws Exception {
        String body = JSON.writeValueAsString(Map.of("expression", expression));
        String answer = mvc.perform(post("/dashboards/segments/check").param("lang", lang).with(signedIn(Role.ANALYST)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JSON.readTree(answer);
    }

    private JsonNode json(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, Role role)
            throws Exception {
        return JSON.readTree(page(request, role));
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, Role role)
            throws Exception {
        return mvc.perform(request.with(signedIn(role))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
