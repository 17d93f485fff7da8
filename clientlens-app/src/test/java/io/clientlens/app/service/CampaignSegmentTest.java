package io.clientlens.app.service;

import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.app.importing.Imports;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.batch.Progress;
import io.clientlens.batch.generate.CustomerBaseGenerator;
import io.clientlens.batch.generate.GeneratorSettings;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A campaign over a stored custom segment invites exactly the segment's members of the latest run. */
class CampaignSegmentTest extends PostgresTest {
    @Autowired
    Imports imports;
    @Autowired
    ClassificationRuns runs;
    MockMvc mvc;

    @Autowired
    void mvc(WebApplicationContext context) {
        mvc = mvc(context, Role.ANALYST);
    }

    @Test
    void invitesTheSegmentsMembers() throws Exception {
        new ServiceData(jdbc);
        imports.load(sink -> new CustomerBaseGenerator(GeneratorSettings.demo(300)).generate(sink));
        var run = runs.run(null, Progress.NONE);
        mvc.perform(put("/api/v1/segments/key-customers").contentType(MediaType.APPLICATION_JSON)
                .content("{\"label\": {\"zh\": \"重要客户\", \"en\": \"Key customers\"}, \"expression\": \"dimensions.serviceClass == \\\"A\\\"\"}"))
                .andExpect(status().isCreated());
        long expected = jdbc.queryForObject("select count(*) from classification where run_id = ? and codes ->> 'serviceClass' = 'A'", Long.class,
                run.runId());
        assertThat(expected).isPositive();
        mvc.perform(post("/api/v1/campaigns").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "年度客户论坛", "kind": "FORUM", "segment": "key-customers", "startsOn": "2026-10-01", "endsOn": "2026-12-31",
                         "cost": "50000"}"""))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.members").value(expected)).andExpect(jsonPath("$.segment").value("key-customers"))
                .andExpect(jsonPath("$.revenueRate").value(0.01));
        // a supervisor's campaign over the same segment invites the branch's members only
        long branch = jdbc.queryForObject("select count(*) from classification k join customer c using (customer_id) where k.run_id = ? "
                + "and k.codes ->> 'serviceClass' = 'A' and c.branch_id = 'BR001'", Long.class, run.runId());
        mvc.perform(post("/api/v1/campaigns").header(HttpHeaders.AUTHORIZATION, bearer(Role.SUPERVISOR)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "网点客户答谢会", "kind": "EVENT", "segment": "key-customers", "startsOn": "2026-10-01", "endsOn": "2026-10-31"}"""))
                .andExpect(jsonPath("$.members").value(branch)).andExpect(jsonPath("$.branchId").value("BR001"));
        mvc.perform(post("/api/v1/campaigns").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "x", "kind": "EVENT", "segment": "nope", "startsOn": "2026-10-01", "endsOn": "2026-10-31"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("segment"));
    }
}
