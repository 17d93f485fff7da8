package io.clientlens.app.classify;

import io.clientlens.app.aml.persistence.StoredComplianceFlags;
import io.clientlens.app.db.InFlightQueries;
import io.clientlens.app.importing.Imports;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.batch.Progress;
import io.clientlens.batch.generate.CustomerBaseGenerator;
import io.clientlens.batch.generate.GeneratorSettings;
import io.clientlens.classify.ClassificationEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A run stores its results on two connections: the same results as on one, visible only once the run is done, and
 * nothing left behind by a run that fails or by one a stopped process left unfinished.
 */
class RunOnTwoConnectionsTest extends PostgresTest {
    private static final int CUSTOMERS = 300;
    private static final String LOCK = "select pg_advisory_lock(hashtext('clientlens classification run'), ?)";

    @Autowired
    Imports imports;
    @Autowired
    ClassificationRuns runs;
    @Autowired
    DataSource dataSource;
    @Autowired
    ClassificationEngine engine;
    @Autowired
    RunQueries queries;
    @Autowired
    InFlightQueries inFlight;
    @Autowired
    StoredComplianceFlags flags;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    RunRetention retention;

    /** Batches of 20 customers: fifteen batches, so both connections store some. */
    private ClassificationRuns smallBatches;

    @BeforeEach
    void load() {
        imports.load(sink -> new CustomerBaseGenerator(new GeneratorSettings(CUSTOMERS, 7L, LocalDate.of(2026, 9, 30), 365, 2))
                .generate(sink));
        smallBatches = new ClassificationRuns(dataSource, engine, queries, inFlight, flags, events, retention, 20);
    }

    @Test
    void manySmallBatchesOnTwoConnectionsStoreTheSameResultsAsOneBatch() {
        long oneBatch = runs.run(null, Progress.NONE).runId();
        int[] writing = {0};
        RunSummary summary = smallBatches.run(null, at(200, done -> writing[0] = applicationTransactions()));

        assertThat(writing[0]).as("both connections in a transaction while customers are stored").isEqualTo(2);
        assertThat(summary.customers()).isEqualTo(CUSTOMERS);
        assertThat(results(summary.runId())).hasSize(CUSTOMERS).isEqualTo(results(oneBatch));
        assertThat(queries.counts(summary.runId())).isEqualTo(queries.counts(oneBatch));
    }

    @Test
    void aRunInProgressIsInvisibleAndAFailedOneLeavesNothingBehind() throws InterruptedException {
        long earlier = runs.run(null, Progress.NONE).runId();
        Map<String, Object> seen = new HashMap<>();
        assertThatThrownBy(() -> smallBatches.run(null, at(200, done -> {
            long running = admin.queryForObject("select max(run_id) from classification_run", Long.class);
            seen.put("status", admin.queryForObject("select status from classification_run where run_id = ?", String.class, running));
            seen.put("stored", admin.queryForObject("select count(*) from classification where run_id = ?", Long.class, running));
            seen.put("latest", queries.latestRun().orElseThrow().runId());
            inFlight.cancelAll(); // what the context does when the process is asked to stop
        }))).isInstanceOf(RuntimeException.class);

        assertThat(seen).containsEntry("status", "RUNNING").containsEntry("latest", earlier);
        assertThat((Long) seen.get("stored")).as("the second connection had committed nothing yet").isZero();
        assertThat(admin.queryForList("select run_id from classification_run", Long.class)).containsExactly(earlier);
        assertThat(admin.queryForObject("select count(*) from classification where run_id <> ?", Long.class, earlier)).isZero();
        assertThat(applicationTransactionsWithin(5_000)).as("no transaction of the application left").isZero();
        assertThat(smallBatches.run(null, Progress.NONE).customers()).as("the next run works").isEqualTo(CUSTOMERS);
    }

    @Test
    void theNextRunRemovesARunAStoppedProcessLeftButNotOneStillInProgress() {
        long done = runs.run(null, Progress.NONE).runId();
        long abandoned = unfinishedCopyOf(done);
        long inProgress = unfinishedCopyOf(done);
        admin.queryForObject(LOCK, Object.class, (int) inProgress); // as the process running it holds it
        try {
            assertThat(queries.latestRun().orElseThrow().runId()).as("readers skip unfinished runs").isEqualTo(done);

            long next = runs.run(null, Progress.NONE).runId();

            assertThat(admin.queryForList("select run_id from classification_run order by run_id", Long.class))
                    .containsExactly(done, inProgress, next);
            assertThat(admin.queryForObject("select count(*) from classification where run_id = ?", Long.class, abandoned)).isZero();
            assertThat(admin.queryForObject("select count(*) from classification where run_id = ?", Long.class, inProgress))
                    .isEqualTo(CUSTOMERS);
        } finally {
            admin.queryForObject("select pg_advisory_unlock(hashtext('clientlens classification run'), ?)", Boolean.class,
                    (int) inProgress);
        }
    }

    /** A RUNNING run holding a copy of another run's results, as a process killed after storing them leaves it. */
    private long unfinishedCopyOf(long run) {
        long copy = admin.queryForObject("insert into classification_run (as_of, policy_version) "
                + "select as_of, policy_version from classification_run where run_id = ? returning run_id", Long.class, run);
        admin.update("insert into classification (run_id, customer_id, codes, features, dimensions) "
                + "select ?, customer_id, codes, features, dimensions from classification where run_id = ?", copy, run);
        return copy;
    }

    private Map<String, String> results(long run) {
        Map<String, String> results = new HashMap<>();
        admin.query("select customer_id, codes::text || features::text || dimensions::text from classification where run_id = ?",
                rs -> {
                    results.put(rs.getString(1), rs.getString(2));
                }, run);
        return results;
    }

    private int applicationTransactions() {
        return admin.queryForObject("select count(*) from pg_stat_activity where usename = 'clientlens_app' "
                + "and xact_start is not null", Integer.class);
    }

    /** The backend of an aborted connection ends a moment after its socket closes. */
    private int applicationTransactionsWithin(long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        int open;
        while ((open = applicationTransactions()) > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        return open;
    }

    /** Progress that calls back once, when the given number of customers has been read. */
    private static Progress at(long customers, LongConsumer action) {
        return new Progress() {
            @Override
            public void start(String task, long total) {
            }

            @Override
            public void step(long done) {
                if (done == customers) {
                    action.accept(done);
                }
            }

            @Override
            public void finish() {
            }
        };
    }
}
