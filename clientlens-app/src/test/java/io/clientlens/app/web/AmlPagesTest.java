package io.clientlens.app.web;

import io.clientlens.app.aml.AmlCases;
import io.clientlens.app.aml.AmlData;
import io.clientlens.app.aml.TransactionMonitoring;
import io.clientlens.app.importing.Imports;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The compliance pages in zh and en, and no tipping-off: no role but compliance opens them, the navigation links to
 * them for compliance only, and the customer-facing roles do not see the AML rating (whose reasons would say that a
 * suspicious-transaction report is open) on the customer API or the 360.
 */
class AmlPagesTest extends PostgresTest {
    @Autowired
    Imports imports;
    @Autowired
    TransactionMonitoring monitoring;
    @Autowired
    AmlCases cases;

    MockMvc mvc;

    @Autowired
    void setUp(WebApplicationContext context) {
        mvc = mvc(context, null);
    }

    private long openCase() {
        AmlData.load(imports);
        monitoring.monitor(LocalDate.of(2026, 3, 31));
        return cases.list(AmlCases.CaseFilter.OPEN, 1).get(0).caseId();
    }

    @Test
    void complianceSeesTheQueueAndTheCaseInBothLanguages() throws Exception {
        long id = openCase();
        mvc.perform(get("/aml").with(signedIn(Role.COMPLIANCE))).andExpect(status().isOk())
                .andExpect(content().string(containsString("反洗钱案件")))
                .andExpect(content().string(containsString("未决案件 1 件")))
                .andExpect(content().string(containsString("拆分交易（化整为零）")))
                .andExpect(content().string(containsString("href=\"/aml\"")));
        mvc.perform(get("/aml").param("lang", "en").with(signedIn(Role.COMPLIANCE))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Open cases: 1")))
                .andExpect(content().string(containsString("Structuring")));
        mvc.perform(get("/aml").param("rule", "RAPID_IN_OUT").with(signedIn(Role.COMPLIANCE)))
                .andExpect(content().string(containsString("没有符合条件的案件")));
        mvc.perform(get("/aml/cases/" + id).with(signedIn(Role.COMPLIANCE))).andExpect(status().isOk())
                .andExpect(content().string(containsString("案件 #" + id + " · 客户 K1")))
                .andExpect(content().string(containsString("触发交易")))
                .andExpect(content().string(containsString("2026-03-09")))
                .andExpect(content().string(containsString("立案")))
                .andExpect(content().string(containsString("预警 #"))) // the alerts a step took in, as words, not [113, 117]
                // no decision is chosen for the officer: the list opens on "choose", not on "no action"
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*<select id=\"decision-select\" name=\"decision\">\\s*<option value=\"\">请选择决定</option>.*")));
        mvc.perform(get("/aml/cases/" + (id + 99)).with(signedIn(Role.COMPLIANCE))).andExpect(status().isNotFound());
        // a refused step says why, in the page language, and changes nothing
        mvc.perform(post("/aml/cases/" + id).param("action", "PROPOSE").param("decision", "NO_ACTION").param("lang", "en")
                        .with(csrf()).with(signedIn(Role.COMPLIANCE)))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("an opinion is required")));
        mvc.perform(post("/aml/cases/" + id).param("action", "PROPOSE").param("decision", "").param("opinion", "已核实")
                        .with(csrf()).with(signedIn(Role.COMPLIANCE)))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("请选择决定")));
    }

    @Autowired
    io.clientlens.app.aml.WatchLists lists;

    @Test
    void aPossibleWatchListMatchIsShownAndDismissedOnTheCasePage() throws Exception {
        io.clientlens.app.support.TestDatabase.truncateAsSuperuser("aml_watchlist_entry");
        AmlData.load(imports);
        lists.importList(io.clientlens.app.aml.WatchLists.parse(
                "listName,entityId,name,aliases,birthDate,registrationNumber\nPEP,P-9,张三,,,\n", "lists.csv"));
        long id = cases.list(AmlCases.CaseFilter.OPEN, 1).get(0).caseId();
        long match = jdbc.queryForObject("select hit_id from aml_screening_hit", Long.class);
        mvc.perform(get("/aml/cases/" + id).with(signedIn(Role.COMPLIANCE)))
                .andExpect(content().string(containsString("名单可能命中"))).andExpect(content().string(containsString("PEP · P-9")));
        mvc.perform(post("/aml/cases/" + id + "/matches/" + match).param("confirmed", "false").param("opinion", "不同的人：出生日期不同")
                        .with(csrf()).with(signedIn(Role.COMPLIANCE)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/aml/cases/" + id).with(signedIn(Role.COMPLIANCE)))
                .andExpect(content().string(containsString("已排除（compliance.web）")))
                .andExpect(content().string(containsString("排除名单命中")));
        mvc.perform(post("/aml/cases/" + id + "/matches/" + match).param("confirmed", "true").param("opinion", "again")
                .with(csrf()).with(signedIn(Role.COMPLIANCE))).andExpect(status().isConflict());
        io.clientlens.app.support.TestDatabase.truncateAsSuperuser("aml_watchlist_entry");
    }

    @Test
    void noRoleButComplianceOpensThePagesOrSeesTheLink() throws Exception {
        long id = openCase();
        for (Role role : Role.values()) {
            if (role == Role.COMPLIANCE) {
                continue;
            }
            mvc.perform(get("/aml").with(signedIn(role))).andExpect(status().isForbidden());
            mvc.perform(get("/aml/cases/" + id).with(signedIn(role))).andExpect(status().isForbidden());
            mvc.perform(post("/aml/cases/" + id).param("action", "START_REVIEW").with(csrf()).with(signedIn(role)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/customers").with(signedIn(role)))
                    .andExpect(content().string(not(containsString("href=\"/aml\""))));
        }
        mvc.perform(get("/customers").with(signedIn(Role.COMPLIANCE))).andExpect(content().string(containsString("href=\"/aml\"")));
    }

    /** K1 with an open case, rated HIGH by the latest run. */
    private void ratedHigh() throws Exception {
        openCase();
        long run = jdbc.queryForObject("insert into classification_run (as_of, policy_version, currency, status, finished_at, customers) "
                + "values ('2026-03-31', 'v1', 'CNY', 'DONE', now(), 1) returning run_id", Long.class);
        jdbc.update("insert into classification (run_id, customer_id, codes, features, dimensions) values (?, 'K1', "
                + "cast(? as jsonb), '{}', cast(? as json))", run, "{\"amlRisk\": \"HIGH\", \"aumTier\": \"MASS\"}",
                "{\"aumTier\": {\"code\": \"MASS\", \"label\": {\"zh\": \"大众客户\", \"en\": \"Mass\"}, \"inputs\": {}, \"reasons\": []},"
                        + " \"amlRisk\": {\"code\": \"HIGH\", \"label\": {\"zh\": \"高风险\", \"en\": \"High\"}, \"inputs\": {}, "
                        + "\"reasons\": [{\"rule\": \"openSuspiciousReport\", \"zh\": \"有未结的可疑交易报告案件 → 至少高风险\", "
                        + "\"en\": \"An open suspicious-transaction report → at least High\"}]}}");
    }

    @Test
    void customerFacingRolesDoNotSeeTheAmlRating() throws Exception {
        ratedHigh();
        for (Role role : new Role[] {Role.RM, Role.SUPERVISOR}) {
            mvc.perform(get("/api/v1/customers/K1").header(HttpHeaders.AUTHORIZATION, bearer(role)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.classification.dimensions.aumTier.code").value("MASS"))
                    .andExpect(jsonPath("$.classification.dimensions.amlRisk").doesNotExist());
            mvc.perform(get("/customers/K1").with(signedIn(role))).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("可疑交易"))));
            // nor may they find out by filtering the list by the rating
            mvc.perform(get("/api/v1/customers").param("amlRisk", "HIGH").header(HttpHeaders.AUTHORIZATION, bearer(role)))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amlRisk"));
            mvc.perform(get("/customers").param("amlRisk", "HIGH").with(signedIn(role))).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("name=\"amlRisk\""))));
            // nor in the list's codes
            mvc.perform(get("/api/v1/customers").header(HttpHeaders.AUTHORIZATION, bearer(role))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[0].codes.aumTier").value("MASS"))
                    .andExpect(jsonPath("$.items[0].codes.amlRisk").doesNotExist());
        }
        mvc.perform(get("/api/v1/customers").header(HttpHeaders.AUTHORIZATION, bearer(Role.COMPLIANCE)))
                .andExpect(jsonPath("$.items[0].codes.amlRisk").value("HIGH"));
        mvc.perform(get("/api/v1/customers/K1").header(HttpHeaders.AUTHORIZATION, bearer(Role.COMPLIANCE)))
                .andExpect(jsonPath("$.classification.dimensions.amlRisk.code").value("HIGH"));
        mvc.perform(get("/customers/K1").with(signedIn(Role.COMPLIANCE))).andExpect(content().string(containsString("可疑交易")));
    }

    @Test
    void aSegmentThatReadsTheAmlRatingIsNotThereForCustomerFacingRolesAndNoCampaignIsBuiltOnIt() throws Exception {
        ratedHigh();
        jdbc.update("insert into segment_rule (name, label_zh, label_en, priority, expression) values "
                + "('amlHigh', '高洗钱风险', 'High AML risk', 1, 'dimensions.amlRisk == \"HIGH\"'), "
                + "('mass', '大众客户', 'Mass', 2, 'dimensions.aumTier == \"MASS\"')");
        String campaign = """
                {"name": "推介会", "kind": "EVENT", "segment": "%s", "startsOn": "2026-10-01", "endsOn": "2026-10-31"}""";
        mvc.perform(get("/api/v1/segments").header(HttpHeaders.AUTHORIZATION, bearer(Role.SUPERVISOR))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name").value(org.hamcrest.Matchers.contains("mass")));
        mvc.perform(post("/api/v1/campaigns").contentType(MediaType.APPLICATION_JSON).content(campaign.formatted("amlHigh"))
                        .header(HttpHeaders.AUTHORIZATION, bearer(Role.SUPERVISOR)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].en").value(containsString("no usable stored segment")));
        mvc.perform(get("/dashboards").param("dimension", "amlRisk").with(signedIn(Role.SUPERVISOR))).andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("高洗钱风险")), not(containsString("value=\"amlRisk\"")))));
        // who may see the rating sees the segment, and is told why no campaign can be built on it
        mvc.perform(get("/api/v1/segments").header(HttpHeaders.AUTHORIZATION, bearer(Role.HEAD_OF_WEALTH)))
                .andExpect(jsonPath("$[*].name").value(org.hamcrest.Matchers.contains("amlHigh", "mass")));
        mvc.perform(post("/api/v1/campaigns").contentType(MediaType.APPLICATION_JSON).content(campaign.formatted("amlHigh"))
                        .header(HttpHeaders.AUTHORIZATION, bearer(Role.HEAD_OF_WEALTH)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].zh").value(containsString("不能按洗钱风险等级选择")));
        assertThat(jdbc.queryForObject("select count(*) from campaign", Long.class)).isZero();
    }
}
