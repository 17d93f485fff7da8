package io.clientlens.app.service;

import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.app.importing.Imports;
import io.clientlens.app.service.persistence.TaskBaseline;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.batch.Progress;
import io.clientlens.batch.generate.CustomerBaseGenerator;
import io.clientlens.batch.generate.GeneratorSettings;
import io.clientlens.policy.Policy;
import io.clientlens.service.ServicePolicy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's plain-SQL baseline and the application's computation find exactly the same tasks on the same data. */
class TaskBaselineParityTest extends PostgresTest {
    @Autowired
    Imports imports;
    @Autowired
    ClassificationRuns runs;
    @Autowired
    TaskGeneration generation;
    @Autowired
    DataSource dataSource;
    @Autowired
    Policy policy;
    @Autowired
    ServicePolicy servicePolicy;

    @Test
    void theBaselineFindsTheSameTasksAsTheApplication() throws Exception {
        ServiceData data = new ServiceData(jdbc);
        imports.load(sink -> new CustomerBaseGenerator(GeneratorSettings.demo(600)).generate(sink));
        var run = runs.run(null, Progress.NONE);
        // what the generator does not write: assessments, notes, needs, decided checks
        List<String> ids = jdbc.queryForList("select customer_id from customer order by customer_id limit 40", String.class);
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            data.assessment(id, run.asOf().minusMonths(11).minusDays(i), i % 3 == 0 ? "PHONE" : "BRANCH");
            data.note(id, run.asOf().minusDays(20L * i));
            if (i % 4 == 0) {
                data.acceptedNeed(id, "需求 " + i, run.asOf().minusDays(80 + i));
            }
            if (i % 5 == 0) {
                data.decidedCheck(id, i % 10 == 0, run.asOf().minusDays(i));
            }
        }
        var g = generation.everyone();
        List<String> app = jdbc.queryForList("select task_key || ' ' || due_on from service_task order by 1", String.class);
        List<String> baseline = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            int n = TaskBaseline.compute(c, run.runId(), run.asOf(), policy, servicePolicy);
            try (ResultSet rs = c.createStatement().executeQuery("select task_key || ' ' || due_on from baseline_tasks order by 1")) {
                while (rs.next()) {
                    baseline.add(rs.getString(1));
                }
            }
            c.rollback();
            assertThat(n).isEqualTo(g.found());
        }
        assertThat(baseline).isEqualTo(app);
        // every kind the data can produce is there, the AML reviews due by rating included
        assertThat(jdbc.queryForList("select distinct kind from service_task order by 1", String.class)).contains("ASSESSMENT_EXPIRY",
                "BIRTHDAY", "CONTACT_PLAN", "MATURITY", "NEEDS_REVIEW", "APPROVAL_OUTCOME", "LIFE_EVENT", "AML_REVIEW");
        assertThat(run.asOf()).isEqualTo(LocalDate.of(2026, 9, 30));
    }
}
