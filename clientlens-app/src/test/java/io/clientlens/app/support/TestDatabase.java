package io.clientlens.app.support;

import io.clientlens.app.db.DatabaseAccount;
import io.clientlens.app.db.EmbeddedDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One real embedded PostgreSQL for the whole test run, in a temporary folder, stopped and deleted
 * when the JVM ends (each run's cluster takes about a gigabyte). The application under test
 * connects as the application's account; {@link #admin()} is the superuser, for what tests do
 * that the application may not (emptying the append-only tables between tests, ANALYZE).
 */
public final class TestDatabase {
    private static EmbeddedDatabase database;
    private static JdbcTemplate admin;

    private TestDatabase() {
    }

    public static synchronized EmbeddedDatabase get() {
        if (database == null) {
            try {
                Path dir = Files.createTempDirectory("clientlens-test-pg");
                database = EmbeddedDatabase.startOrAttach(dir.resolve("pgdata"));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    database.close();
                    deleteTree(dir);
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return database;
    }

    /** The superuser on the test database: one connection, kept for the whole run. */
    public static synchronized JdbcTemplate admin() {
        if (admin == null) {
            DatabaseAccount superuser = get().superuser();
            SingleConnectionDataSource single = new SingleConnectionDataSource(get().jdbcUrl(), superuser.user(),
                    superuser.password(), true);
            admin = new JdbcTemplate(single);
        }
        return admin;
    }

    /**
     * {@code truncate <tables> restart identity cascade} as the superuser, with triggers off for that
     * transaction only ({@code session_replication_role = replica}, which only a superuser may set):
     * the append-only tables refuse TRUNCATE to everyone else.
     */
    public static void truncateAsSuperuser(String tables) {
        // A background job of the previous test (the dashboards' figures, the service tasks after a run) may still
        // be writing; TRUNCATE then deadlocks with it now and again, and simply trying again succeeds.
        for (int attempt = 1; ; attempt++) {
            try {
                truncateOnce(tables);
                return;
            } catch (org.springframework.dao.PessimisticLockingFailureException e) {
                if (attempt == 5) {
                    throw e;
                }
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static void truncateOnce(String tables) {
        admin().execute((java.sql.Connection c) -> {
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                s.execute("set local session_replication_role = replica");
                s.execute("truncate " + tables + " restart identity cascade");
                c.commit();
            } catch (java.sql.SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
            return null;
        });
    }

    /** A data source of the given account, a new connection each time (for tests of what an account may do). */
    public static DriverManagerDataSource as(DatabaseAccount account) {
        return new DriverManagerDataSource(get().jdbcUrl(), account.user(), account.password());
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("could not delete the test database folder " + dir + ": " + e.getMessage());
        }
    }
}
