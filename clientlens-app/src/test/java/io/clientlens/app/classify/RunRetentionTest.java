package io.clientlens.app.classify;

import io.clientlens.app.analytics.RunMigration;
import io.clientlens.app.importing.Imports;
import io.clientlens.app.service.persistence.BookStore;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.batch.Progress;
import io.clientlens.batch.generate.CustomerBaseGenerator;
import io.clientlens.batch.generate.GeneratorSettings;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Deleting old classification runs: the latest two completed runs and every run whose lock another session holds stay;
 * the deleted runs' results and service books go, each with one audit record; everything that reads runs still works.
 */
class RunRetentionTest extends PostgresTest {
    private static final int CUSTOMERS = 120;
    private static final String LOCK = "select pg_advisory_lock(hashtext('clientlens classification run'), ?)";
    private static final String UNLOCK = "select pg_advisory_unlock(hashtext('clientlens classification run'), ?)";
    private static final RunRetention.DeletedBy OPERATOR = new RunRetention.DeletedBy("ops", "OPERATOR", "disk nearly full");

    @Autowired
    Imports imports;
    @Autowired
    ClassificationRuns runs;
    @Autowired
    RunQueries queries;
    @Autowired
    RunMigration migration;
    @Autowired
    ClassificationExport export;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbcClient;
    @Autowired
    io.clientlens.app.db.TableStatistics tables;
    MockMvc mvc;

    /** Batches of 50 customers: each run is deleted in three. */
    private RunRetention retention;
    /** Oldest first: as of 2026-06-30, then three as of the latest transaction date. */
    private final List<Long> ids = new ArrayList<>();

    @Autowired
    void mvc(WebApplicationContext context) {
        mvc = mvc(context, null);
    }

    @BeforeEach
    void fourRunsWithTheirBooks() throws SQLException {
        imports.load(sink -> new CustomerBaseGenerator(new GeneratorSettings(CUSTOMERS, 7L, LocalDate.of(2026, 9, 30), 365, 2))
                .generate(sink));
        retention = new RunRetention(dataSource, jdbcClient, tables, 50);
        ids.clear();
        ids.add(runs.run(LocalDate.of(2026, 6, 30), Progress.NONE).runId());
        for (int i = 0; i < 3; i++) {
            ids.add(runs.run(null, Progress.NONE).runId());
        }
        try (Connection c = dataSource.getConnection()) {
            for (long id : ids) {
                BookStore.snapshot(c, id);
            }
        }
    }

    @Test
    void keepsTheLatestRunsAndDeletesEveryRowOfTheOthersWithOneAuditRecordEach() throws Exception {
        RunRetention.Plan plan = retention.plan(new RunSelection.Keep(2));
        assertThat(plan.deleted()).extracting(StoredRun::runId).containsExactly(ids.get(0), ids.get(1));
        assertThat(plan.kept()).extracting(StoredRun::runId).containsExactly(ids.get(3), ids.get(2));
        long bookRows = rows("service_book", ids.get(0));
        assertThat(bookRows).isPositive();

        List<RunRetention.Outcome> outcomes = retention.delete(plan, OPERATOR, o -> { });

        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(RunRetention.Deleted.class));
        assertThat(((RunRetention.Deleted) outcomes.get(0)).classificationRows()).isEqualTo(CUSTOMERS);
        assertThat(admin.queryForList("select run_id from classification_run order by run_id", Long.class))
                .containsExactly(ids.get(2), ids.get(3));
        for (long gone : ids.subList(0, 2)) {
            assertThat(rows("classification", gone)).isZero();
            assertThat(rows("service_book", gone)).isZero();
        }
        for (long kept : ids.subList(2, 4)) {
            assertThat(rows("classification", kept)).isEqualTo(CUSTOMERS);
            assertThat(rows("service_book", kept)).isPositive();
        }
        List<Map<String, Object>> audit = admin.queryForList("select actor, actor_role, subject, outcome, inputs::text as inputs "
                + "from audit_record where kind = 'RUN_DELETED' order by record_id");
        assertThat(audit).hasSize(2);
        assertThat(audit.get(0)).containsEntry("actor", "ops").containsEntry("actor_role", "OPERATOR")
                .containsEntry("subject", "classification-run:" + ids.get(0)).containsEntry("outcome", "DELETED");
        assertThat((String) audit.get(0).get("inputs")).contains("\"classificationRows\": " + CUSTOMERS)
                .contains("\"serviceBookRows\": " + bookRows).contains("\"selection\": \"--keep 2\"")
                .contains("\"reason\": \"disk nearly full\"").contains("\"asOf\": \"2026-06-30\"");
        assertThat(retention.freeSpace()).as("vacuumed as the tables' owner").isPresent();
        assertThat(admin.queryForObject("select last_vacuum is not null from pg_stat_user_tables where relname = 'classification'",
                Boolean.class)).isTrue();
        theKeptRunsAreReadAsBefore();
    }

    private void theKeptRunsAreReadAsBefore() throws Exception {
        assertThat(queries.latestRun().orElseThrow().runId()).isEqualTo(ids.get(3));
        assertThat(migration.recentRuns(24)).extracting(RunMigration.Run::runId).containsExactly(ids.get(3), ids.get(2));
        assertThat(migration.between(ids.get(2), ids.get(3), RunMigration.dimensions().get(0))).isNotEmpty();
        Path file = Files.createTempFile("runs", ".jsonl");
        assertThat(export.write(ids.get(2), ClassificationExport.Format.JSONL, file)).isEqualTo(CUSTOMERS);
        Files.deleteIfExists(file);
        assertThatThrownBy(() -> export.write(ids.get(0), ClassificationExport.Format.JSONL, file))
                .hasMessageContaining("--run " + ids.get(0));
        mvc.perform(get("/workbench").with(signedIn(Role.SUPERVISOR))).andExpect(status().isOk());
        mvc.perform(get("/dashboards").with(signedIn(Role.ANALYST))).andExpect(status().isOk())
                .andExpect(content().string(containsString(String.valueOf(ids.get(3)))));
    }

    @Test
    void choosesByAsOfDateAndNeverTheLatestTwo() {
        RunRetention.Plan plan = retention.plan(RunSelection.Before.parse("2026-07-01"));
        assertThat(plan.deleted()).extracting(StoredRun::runId).containsExactly(ids.get(0));
        assertThat(plan.kept()).extracting(StoredRun::runId).containsExactly(ids.get(3), ids.get(2), ids.get(1));
        assertThat(retention.plan(RunSelection.Before.parse("2027-01-01")).deleted()).extracting(StoredRun::runId)
                .containsExactly(ids.get(0), ids.get(1));
    }

    @Test
    void refusesTheLatestRunsAnUnknownRunAndBadChoicesInBothLanguages() {
        assertThatThrownBy(() -> retention.plan(new RunSelection.Runs(List.of(ids.get(2)))))
                .hasMessageContaining("--run " + ids.get(2)).hasMessageContaining("总是保留").hasMessageContaining("always kept");
        assertThatThrownBy(() -> retention.plan(new RunSelection.Runs(List.of(999L))))
                .hasMessageContaining("--run 999").hasMessageContaining("没有编号为 999 的分类运行")
                .hasMessageContaining("there is no classification run with this number");
        assertThatThrownBy(() -> RunSelection.Keep.parse("1")).hasMessageContaining("--keep").hasMessageContaining("不小于 2")
                .hasMessageContaining("at least 2, was 1");
        assertThatThrownBy(() -> RunSelection.Keep.parse("x")).hasMessageContaining("--keep").hasMessageContaining("'x'");
        assertThatThrownBy(() -> RunSelection.Before.parse("2026-13-01")).hasMessageContaining("--before")
                .hasMessageContaining("YYYY-MM-DD").hasMessageContaining("'2026-13-01'");
        assertThatThrownBy(() -> RunSelection.Runs.parse(List.of("0"))).hasMessageContaining("--run").hasMessageContaining("'0'");
        assertThat(admin.queryForObject("select count(*) from classification_run", Long.class)).isEqualTo(4);
    }

    @Test
    void neverDeletesARunWhoseLockAnotherSessionHolds() {
        long locked = ids.get(0);
        admin.queryForObject(LOCK, Object.class, (int) locked); // as a run in progress, or another deletion, holds it
        try {
            assertThatThrownBy(() -> retention.plan(new RunSelection.Runs(List.of(locked))))
                    .hasMessageContaining("--run " + locked).hasMessageContaining("另一会话持有其锁")
                    .hasMessageContaining("another session holds its lock");

            RunRetention.Plan plan = retention.plan(new RunSelection.Keep(2));
            List<RunRetention.Outcome> outcomes = retention.delete(plan, OPERATOR, o -> { });

            assertThat(outcomes.get(0)).isEqualTo(new RunRetention.Skipped(plan.deleted().get(0), true));
            assertThat(outcomes.get(1)).isInstanceOf(RunRetention.Deleted.class);
            assertThat(rows("classification", locked)).isEqualTo(CUSTOMERS);
            assertThat(admin.queryForObject("select status from classification_run where run_id = ?", String.class, locked))
                    .isEqualTo("DONE");
            assertThat(admin.queryForObject("select count(*) from audit_record where kind = 'RUN_DELETED'", Long.class)).isOne();
        } finally {
            admin.queryForObject(UNLOCK, Boolean.class, (int) locked);
        }
    }

    @Test
    void aDeletionThatStoppedPartWayIsInvisibleToReadersAndTheNextFinishesIt() {
        long stopped = ids.get(1);
        stopPartWay(stopped);

        assertThat(migration.run(stopped)).as("readers look at completed runs only").isEmpty();
        assertThat(queries.isDone(stopped)).isFalse();
        RunRetention.Plan plan = retention.plan(new RunSelection.Keep(3));
        assertThat(plan.deleted()).extracting(StoredRun::runId).containsExactly(stopped);

        retention.delete(plan, OPERATOR, o -> { });

        assertThat(admin.queryForObject("select count(*) from classification_run where run_id = ?", Long.class, stopped)).isZero();
        assertFinishedWithoutASecondRecord(stopped);
    }

    @Test
    void theNextClassificationRunFinishesADeletionThatStoppedPartWay() {
        long stopped = ids.get(0);
        long inProgressElsewhere = ids.get(1);
        stopPartWay(stopped);
        admin.update("update classification_run set status = 'DELETING' where run_id = ?", inProgressElsewhere);
        admin.queryForObject(LOCK, Object.class, (int) inProgressElsewhere); // a deletion still running in another session
        try {
            long next = runs.run(null, Progress.NONE).runId();

            assertThat(admin.queryForList("select run_id from classification_run order by run_id", Long.class))
                    .containsExactly(inProgressElsewhere, ids.get(2), ids.get(3), next);
            assertFinishedWithoutASecondRecord(stopped);
            assertThat(rows("classification", inProgressElsewhere)).as("its lock is held: left to its deletion").isEqualTo(CUSTOMERS);
            assertThat(rows("classification", next)).isEqualTo(CUSTOMERS);
        } finally {
            admin.queryForObject(UNLOCK, Boolean.class, (int) inProgressElsewhere);
        }
    }

    @Test
    void theServersStartFinishesADeletionThatStoppedPartWayWithoutWaitingForIt() throws InterruptedException {
        long stopped = ids.get(0);
        stopPartWay(stopped);

        Thread deleting = new DeletionsFinishedAtStart(retention).start();
        assertThat(deleting.isDaemon()).as("never keeps a stopping server alive").isTrue();
        deleting.join(60_000);

        assertThat(deleting.isAlive()).isFalse();
        assertThat(admin.queryForList("select run_id from classification_run order by run_id", Long.class))
                .containsExactly(ids.get(1), ids.get(2), ids.get(3));
        assertFinishedWithoutASecondRecord(stopped);
    }

    @Test
    void aRunIsListedWithTheTimeItCompletedNotTheTimeItsTransactionBegan() {
        RunSummary summary = runs.run(null, Progress.NONE);
        StoredRun listed = retention.list().get(0);

        assertThat(listed.runId()).isEqualTo(summary.runId());
        // before, the finishing time was the start of the run's long transaction: within milliseconds of its start
        assertThat(java.time.Duration.between(listed.startedAt(), listed.finishedAt()))
                .isGreaterThanOrEqualTo(summary.took().dividedBy(2));
    }

    /** What a deletion killed after its first batches leaves: the run hidden, some of its rows gone. */
    private void stopPartWay(long run) {
        admin.update("update classification_run set status = 'DELETING' where run_id = ?", run);
        admin.update("delete from classification where run_id = ? and customer_id < 'C000050'", run);
    }

    /** The run's rows are gone, and no record was added: the deletion's record was written when it was hidden. */
    private void assertFinishedWithoutASecondRecord(long run) {
        assertThat(rows("classification", run)).isZero();
        assertThat(rows("service_book", run)).isZero();
        assertThat(admin.queryForObject("select count(*) from audit_record where kind = 'RUN_DELETED'", Long.class))
                .as("a resumed deletion adds no record").isZero();
    }

    private long rows(String table, long run) {
        return admin.queryForObject("select count(*) from " + table + " where run_id = ?", Long.class, run);
    }
}
