package io.clientlens.app.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Refreshes PostgreSQL's statistics of the tables a bulk load has just filled. Without them the
 * planner takes a freshly loaded table for (nearly) empty until autovacuum gets round to it, and a
 * classification run right after a large import picks plans that take many times as long
 * (docs/ARCHITECTURE.md, "Statistics after loads"; docs/BENCHMARKS.md, "Classify right after a load").
 *
 * <p>The application's account may ANALYZE exactly these tables (the MAINTAIN privilege of
 * PostgreSQL 17, granted by {@code AppRoleGrants}); on an older external server, where only the
 * owner may, the migrations' account is used when configured.
 */
@Component
public class TableStatistics {
    private static final Logger LOG = LoggerFactory.getLogger(TableStatistics.class);

    /** The tables imports, {@code generate}, contributions and the product catalogue fill. */
    public static final Set<String> BULK_LOADED = Set.of("branch", "customer", "account", "account_link", "txn", "loan",
            "card", "holding", "product", "assessment");

    private final DataSource dataSource;
    private final Environment environment;

    TableStatistics(DataSource dataSource, Environment environment) {
        this.dataSource = dataSource;
        this.environment = environment;
    }

    /**
     * ANALYZE each of these tables now. A failure is logged, never thrown: the load itself has been
     * stored. A table outside {@link #BULK_LOADED} is skipped by PostgreSQL with a warning, logged here:
     * add it to the list.
     */
    public void refresh(Collection<String> tables) {
        List<String> names = tables.stream().distinct().sorted().toList();
        if (names.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        try (Connection c = maintenanceConnection(); var s = c.createStatement()) {
            s.execute("analyze " + String.join(", ", names.stream().map(TableStatistics::quoted).toList()));
            for (SQLWarning w = s.getWarnings(); w != null; w = w.getNextWarning()) {
                LOG.warn("ANALYZE after a load: {} (TableStatistics.BULK_LOADED)", w.getMessage());
            }
            LOG.info("analyzed {} in {} ms", names, (System.nanoTime() - start) / 1_000_000);
        } catch (SQLException e) {
            LOG.warn("Could not refresh the statistics of {} ({}); autovacuum will, later", names, e.getMessage());
        }
    }

    private static String quoted(String table) {
        return "\"" + table.replace("\"", "\"\"") + "\"";
    }

    /** Within a transaction: ANALYZE once it has committed (nothing when it rolls back); outside one: now. */
    public void refreshAfterCommit(Collection<String> tables) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            refresh(tables);
            return;
        }
        List<String> copy = List.copyOf(tables);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                refresh(copy);
            }
        });
    }

    /**
     * VACUUMs these tables as their owner, so that the space of rows just deleted is free for the next rows at once,
     * whether or not autovacuum would get to it soon: it counts a table's dead rows against a fifth of the table, so
     * deleting one run of eight would not wake it, and the embedded server runs only while a ClientLens process does.
     * Plain VACUUM blocks neither reads nor writes. The application's account may not vacuum (it owns nothing), so the
     * migrations' account does, when configured; otherwise returns false and autovacuum does it later.
     */
    public boolean vacuumAsOwner(Collection<String> tables) {
        String owner = environment.getProperty("spring.flyway.user");
        if (owner == null || owner.isBlank()) {
            return false;
        }
        String url = environment.getProperty("spring.flyway.url", environment.getProperty("spring.datasource.url"));
        try (Connection c = DriverManager.getConnection(url, owner, environment.getProperty("spring.flyway.password", ""));
             var s = c.createStatement()) {
            s.execute("vacuum " + String.join(", ", tables.stream().distinct().sorted().map(TableStatistics::quoted).toList()));
            return true;
        } catch (SQLException e) {
            LOG.warn("Could not vacuum {} ({}); autovacuum will, later", tables, e.getMessage());
            return false;
        }
    }

    /** The application's own connection, or on PostgreSQL before 17 the owner's when its credentials are configured. */
    private Connection maintenanceConnection() throws SQLException {
        Connection app = dataSource.getConnection();
        String owner = environment.getProperty("spring.flyway.user");
        if (owner == null || owner.isBlank() || app.getMetaData().getDatabaseMajorVersion() >= 17) {
            return app;
        }
        app.close();
        String url = environment.getProperty("spring.flyway.url", environment.getProperty("spring.datasource.url"));
        return DriverManager.getConnection(url, owner, environment.getProperty("spring.flyway.password", ""));
    }
}
