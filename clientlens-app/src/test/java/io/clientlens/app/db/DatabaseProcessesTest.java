package io.clientlens.app.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Processes that end badly: a ClientLens process killed with {@code kill -9} or stopped with
 * SIGTERM while its job's query runs. Each runs in its own JVM ({@link ChildJvm}).
 */
class DatabaseProcessesTest {

    private static final Duration START = Duration.ofMinutes(3);

    @Test
    void aServerLeftRunningByAKilledProcessIsRestartedNotJoined(@TempDir Path home) throws Exception {
        Path data = home.resolve("pgdata");
        long orphan;
        try (ChildJvm child = ChildJvm.start(home.resolve("work"), List.of(), LongQueryProcess.class, home.toString())) {
            child.awaitOutput("BACKEND", START);
            orphan = PidFile.read(data).orElseThrow().pid();
            child.kill();
        }
        assertThat(alive(orphan)).as("the killed process left its server running").isTrue();

        try (EmbeddedDatabase db = EmbeddedDatabase.startOrAttach(data);
             Connection c = DriverManager.getConnection(db.jdbcUrl(), db.app().user(), db.app().password())) {
            assertThat(db.ownsServer()).as("restarted, not joined").isTrue();
            assertThat(alive(orphan)).isFalse();
            assertThat(PidFile.read(data).orElseThrow().pid()).isNotEqualTo(orphan);
            assertThat(c.isValid(2)).isTrue();
        }
        assertThat(data.resolve("postmaster.pid")).as("stopped by its last user").doesNotExist();
    }

    @Test
    void theQueryOfAKilledProcessEndsWhileOthersKeepUsingTheServer(@TempDir Path home) throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.startOrAttach(home.resolve("pgdata"))) {
            JdbcTemplate superuser = superuser(db);
            try (ChildJvm child = ChildJvm.start(home.resolve("work"), List.of(), LongQueryProcess.class, home.toString())) {
                int backend = backendOf(child);
                assertThat(running(superuser, backend)).isTrue();
                child.kill();
                assertThat(gone(superuser, backend, Duration.ofSeconds(15)))
                        .as("PostgreSQL notices the client has gone (client_connection_check_interval)").isTrue();
            }
        }
    }

    /** Without the connection check, so that only the cancellation on shutdown can end the query. */
    @Test
    void aProcessAskedToStopCancelsItsJobsQuery(@TempDir Path home) throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.startOrAttach(home.resolve("pgdata"))) {
            JdbcTemplate superuser = superuser(db);
            try (ChildJvm child = ChildJvm.start(home.resolve("work"),
                    List.of("-Dspring.datasource.hikari.data-source-properties.options=-c statement_timeout=30min"),
                    LongQueryProcess.class, home.toString())) {
                int backend = backendOf(child);
                assertThat(running(superuser, backend)).isTrue();
                assertThat(child.stop(Duration.ofSeconds(60))).as("the child ends").isTrue();
                assertThat(gone(superuser, backend, Duration.ofSeconds(5))).as("its query was cancelled").isTrue();
            }
        }
    }

    private static int backendOf(ChildJvm child) throws InterruptedException {
        String out = child.awaitOutput("BACKEND ", START);
        return Integer.parseInt(out.substring(out.indexOf("BACKEND ") + 8).lines().findFirst().orElseThrow().trim());
    }

    private static JdbcTemplate superuser(EmbeddedDatabase db) {
        return new JdbcTemplate(new DriverManagerDataSource(db.jdbcUrl(), db.superuser().user(), db.superuser().password()));
    }

    private static boolean running(JdbcTemplate superuser, int backend) {
        return superuser.queryForObject("select count(*) from pg_stat_activity where pid = ? and state = 'active' "
                + "and query like '%pg_sleep(600)%'", Integer.class, backend) == 1;
    }

    private static boolean gone(JdbcTemplate superuser, int backend, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (superuser.queryForObject("select count(*) from pg_stat_activity where pid = ?", Integer.class, backend) == 0) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
