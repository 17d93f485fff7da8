package io.clientlens.app.classify;

import io.clientlens.app.db.InFlightQueries;
import io.clientlens.app.importing.Imports;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.batch.Progress;
import io.clientlens.batch.generate.CustomerBaseGenerator;
import io.clientlens.batch.generate.GeneratorSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A run in progress when the process stops is cancelled in PostgreSQL and leaves nothing behind. */
class RunCancelledOnShutdownTest extends PostgresTest {

    @Autowired
    Imports imports;
    @Autowired
    ClassificationRuns runs;
    @Autowired
    InFlightQueries inFlight;

    @Test
    void aRunCutOffByShutdownStoresNothingAndLeavesNoBackendWorking() throws InterruptedException {
        imports.load(sink -> new CustomerBaseGenerator(new GeneratorSettings(300, 3L, LocalDate.of(2026, 9, 30), 365, 2))
                .generate(sink));
        int[] backends = {0};
        Progress stopHalfway = new Progress() {
            @Override
            public void start(String task, long total) {
            }

            @Override
            public void step(long done) {
                if (done == 100) {
                    backends[0] = admin.queryForObject("select count(*) from pg_stat_activity where usename = 'clientlens_app' "
                            + "and xact_start is not null", Integer.class);
                    inFlight.cancelAll(); // what the context does when the process is asked to stop
                }
            }

            @Override
            public void finish() {
            }
        };
        assertThatThrownBy(() -> runs.run(null, stopHalfway)).isInstanceOf(RuntimeException.class);
        assertThat(backends[0]).as("the run's transaction was open").isEqualTo(1);
        assertThat(admin.queryForObject("select count(*) from classification_run", Integer.class)).isZero();
        assertThat(admin.queryForObject("select count(*) from classification", Integer.class)).isZero();
        assertThat(openTransactionsWithin(5_000)).as("no transaction of the application left").isZero();

        assertThat(runs.run(null, Progress.NONE).customers()).as("the next run works").isEqualTo(300);
    }

    /** The backend of an aborted connection ends a moment after its socket closes. */
    private int openTransactionsWithin(long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        int open;
        while ((open = admin.queryForObject("select count(*) from pg_stat_activity where usename = 'clientlens_app' "
                + "and xact_start is not null", Integer.class)) > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        return open;
    }
}
