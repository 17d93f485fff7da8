package io.clientlens.app.classify;

import io.clientlens.policy.Policy;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * A classification run's row in {@code classification_run} through its life: RUNNING while it stores results (no
 * reader looks at such a run), DONE by the commit that shows them all, removed with its results when it fails. A run
 * in progress holds a session advisory lock for its id, which PostgreSQL releases when the session ends however it
 * ends; so a RUNNING run whose lock is free was left by a process that stopped, and the next run removes it.
 */
final class RunRecords {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RunRecords.class);
    /** Deletes an unfinished run; its results go with it (the foreign key cascades). A DONE run is never touched. */
    private static final String DELETE_UNFINISHED = "delete from classification_run where run_id = ? and status = 'RUNNING'";

    private RunRecords() {
    }

    /**
     * Records the run as RUNNING and commits that at once, holding the run's lock for as long as this connection
     * lives: its results are written on two connections (SecondWriter), which must see the run's row. Every reader
     * looks at DONE runs only, so a run in progress is invisible to them until the commit that marks it done.
     */
    static long begin(Connection c, NamedParameterJdbcTemplate sql, LocalDate asOf, Policy policy) throws SQLException {
        long runId = sql.queryForObject("insert into classification_run (as_of, policy_version, currency) "
                + "values (:asOf, :v, :currency) returning run_id", new MapSqlParameterSource("asOf", asOf)
                .addValue("v", policy.version()).addValue("currency", policy.currency()), Long.class);
        // Taken before the row commits, so no other process can see the run without its lock.
        sql.queryForObject("select pg_advisory_lock(hashtext(:k), :id)", lockKey(runId), Object.class);
        c.commit();
        return runId;
    }

    /**
     * Removes the runs left RUNNING by a process that stopped without finishing them (killed, or cut off from the
     * database), with whatever results they had stored: a run in progress holds its lock, a stopped one no longer does.
     */
    static void removeAbandoned(NamedParameterJdbcTemplate sql) {
        for (long runId : sql.getJdbcTemplate().queryForList(
                "select run_id from classification_run where status = 'RUNNING' order by run_id", Long.class)) {
            if (Boolean.TRUE.equals(sql.queryForObject("select pg_try_advisory_xact_lock(hashtext(:k), :id)",
                    lockKey(runId), Boolean.class))) {
                sql.getJdbcTemplate().update(DELETE_UNFINISHED, runId);
                LOG.info("removed classification run {}, left unfinished by a process that stopped", runId);
            }
        }
    }

    /** The run's advisory lock: held by the process storing the run, and by one deleting it. */
    static MapSqlParameterSource lockKey(long runId) {
        return new MapSqlParameterSource("k", "clientlens classification run").addValue("id", (int) (runId % Integer.MAX_VALUE));
    }

    static void rollback(Connection c, Exception failure) {
        try {
            c.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e); // an aborted connection: its backend has ended the transaction
        }
    }

    /**
     * Removes a failed run (its row and, by cascade, any results its second connection committed) on a connection of
     * its own, since the run's may have been aborted. If even that fails, the next run removes it.
     */
    static void discard(DataSource dataSource, long runId) {
        try (Connection fresh = dataSource.getConnection()) {
            fresh.setAutoCommit(true);
            try (var delete = fresh.prepareStatement(DELETE_UNFINISHED)) {
                delete.setLong(1, runId);
                delete.executeUpdate();
            }
        } catch (SQLException e) {
            LOG.warn("classification run {} failed and is removed by the next run: {}", runId, e.getMessage());
        }
    }

    static void unlock(Connection c, long runId) {
        try {
            if (!c.isClosed()) {
                c.setAutoCommit(true);
                new NamedParameterJdbcTemplate(new SingleConnectionDataSource(c, true))
                        .queryForObject("select pg_advisory_unlock(hashtext(:k), :id)", lockKey(runId), Boolean.class);
            }
        } catch (RuntimeException | SQLException e) {
            // an aborted connection: its session, and the lock with it, has ended
        }
    }
}
