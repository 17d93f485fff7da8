package io.clientlens.app.classify;

import io.clientlens.app.importing.Imports;
import io.clientlens.app.suitability.Assessments;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.batch.Progress;
import io.clientlens.batch.generate.CustomerBaseGenerator;
import io.clientlens.batch.generate.GeneratorSettings;
import io.clientlens.batch.questionnaire.AnswerSheet;
import io.clientlens.questionnaire.QuestionnaireKind;
import io.clientlens.staff.Actor;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The assessment dimensions on the database path through the REST API, the customer list's
 * filters, the dashboards' distributions and segment rules: an RM's C4 assessment of 2026-03-01
 * and one of 2025-06-01, expired at the as-of date 2026-09-30.
 */
class AssessmentDimensionsApiTest extends PostgresTest {
    MockMvc mvc;

    @Autowired
    void signIn(WebApplicationContext context) {
        mvc = mvc(context, Role.ADMIN);
    }

    @Autowired
    Imports imports;
    @Autowired
    Assessments assessments;
    @Autowired
    ClassificationRuns runs;

    private static AnswerSheet c4() throws IOException {
        Path sample = Path.of("../docs/samples/risk-answers.json");
        return AnswerSheet.parse(Files.readString(sample, StandardCharsets.UTF_8), sample.toString()); // 71 points: C4
    }

    @Test
    void anRmsAssessmentIsTheRiskLevelInTheApiTheListTheDashboardsAndSegmentRules() throws Exception {
        imports.load(new CustomerBaseGenerator(GeneratorSettings.of(30, 11, LocalDate.of(2026, 9, 30)))::generate);
        List<String> free = jdbc.queryForList("select customer_id from customer c where not exists (select 1 from assessment a "
                + "where a.customer_id = c.customer_id and a.kind = 'RISK_TOLERANCE') order by customer_id limit 2", String.class);
        String valid = free.get(0);
        String expired = free.get(1);
        Actor rm = new Actor("li", Role.RM);
        assessments.assess(valid, c4(), "branch", LocalDateTime.of(2026, 3, 1, 10, 0), QuestionnaireKind.RISK_TOLERANCE, rm);
        assessments.assess(expired, c4(), "branch", LocalDateTime.of(2025, 6, 1, 10, 0), QuestionnaireKind.RISK_TOLERANCE, rm);
        runs.run(null, Progress.NONE);

        mvc.perform(get("/api/v1/customers/" + valid))
                .andExpect(jsonPath("$.classification.dimensions.riskLevel.code").value("C4"))
                .andExpect(jsonPath("$.classification.dimensions.riskLevel.label.zh").value("积极型"))
                .andExpect(jsonPath("$.classification.dimensions.riskLevel.reasons[0].en").value(containsString("valid until 2027-02-28")))
                .andExpect(jsonPath("$.classification.dimensions.riskAttitude.code").value("SEEKING"));
        mvc.perform(get("/api/v1/customers/" + expired))
                .andExpect(jsonPath("$.classification.dimensions.riskLevel.code").value("UNKNOWN"))
                .andExpect(jsonPath("$.classification.dimensions.riskLevel.reasons[0].rule").value("assessmentExpired"))
                .andExpect(jsonPath("$.classification.dimensions.riskLevel.reasons[0].en").value(containsString("expired on 2026-05-31")))
                .andExpect(jsonPath("$.classification.dimensions.riskLevel.reasons[0].zh").value(containsString("已于 2026-05-31 过期")));

        mvc.perform(get("/api/v1/customers").param("riskLevel", "C4").param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].customerId", hasItem(valid)));
        mvc.perform(get("/customers").with(signedIn(Role.COMPLIANCE)).param("riskLevel", "C4"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("风险承受能力等级"), containsString("积极型"),
                        containsString("南北地区"), containsString(valid))));
        mvc.perform(get("/dashboards/data").with(signedIn(Role.ANALYST)).param("lang", "en"))
                .andExpect(jsonPath("$.distributions[*].label", hasItem("Risk level")))
                .andExpect(jsonPath("$.distributions[*].label", hasItem("Lifetime value")));

        mvc.perform(put("/api/v1/segments/northern-growth").with(signedIn(Role.ANALYST)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"label": {"zh": "北方积极型", "en": "Northern growth"}, "priority": 1,
                                 "expression": "dimensions.riskLevel == \\"C4\\" && dimensions.geoZone == \\"NORTH\\" && features.occupation != \\"\\""}"""))
                .andExpect(status().isCreated());
    }
}
