package io.clientlens.app.classify;

import io.clientlens.app.audit.AuditTrail;
import io.clientlens.app.db.TableStatistics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Service;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Lists classification runs and deletes old ones, so that a bank classifying daily does not fill its disk (a run of
 * 1,000,000 customers holds about 6.5 GB).
 *
 * <p>A run is deleted in two steps. One short transaction takes it from every reader (readers look at DONE runs only:
 * it becomes DELETING) and appends its audit record; then its rows go in batches of short transactions, so that no
 * transaction holds millions of rows and the WAL and dead rows of one batch can be cleaned while the next is deleted.
 * Readers are never blocked (PostgreSQL's deletes do not block reads); a run is visible whole or not at all. A deletion
 * that stops part way leaves the run DELETING, still invisible; the next deletion, the next completed run or the
 * server's next start finishes it.
 *
 * <p>Deleting holds the run's advisory lock, the one a run in progress holds while it stores its results, so neither a
 * run in progress nor one another process is deleting is ever touched.
 */
@Service
public class RunRetention {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RunRetention.class);
    /**
     * The latest completed run is what every page, export and task shows; the one before it is what "new and lost since
     * the last run", the book's changes and the dashboards' default migration compare the latest with.
     */
    public static final int ALWAYS_KEPT = 2;
    /** The audit record's kind: one record per deleted run. */
    public static final String AUDIT_KIND = "RUN_DELETED";
    /** Customers deleted per transaction: about 65 MB of results at the demo's 6.5 KB a customer. */
    private static final int BATCH = 10_000;
    /** Never recorded: a resumed deletion's audit record was appended when it began. */
    private static final DeletedBy RESUMED = new DeletedBy("system", io.clientlens.staff.Role.SYSTEM, null);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TableStatistics tables;
    private final int batchSize;

    @Autowired
    RunRetention(DataSource dataSource, JdbcClient jdbc, TableStatistics tables) {
        this(dataSource, jdbc, tables, BATCH);
    }

    /** With batches of another size: tests use small ones to delete a small run in several batches. */
    RunRetention(DataSource dataSource, JdbcClient jdbc, TableStatistics tables, int batchSize) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.tables = tables;
        this.batchSize = batchSize;
    }

    /** What a deletion removes, oldest first, and every completed run it keeps, newest first. */
    public record Plan(RunSelection selection, List<StoredRun> deleted, List<StoredRun> kept) {
    }

    /** Who deletes, in which role, and why if they said (recorded with each run). */
    public record DeletedBy(String user, String role, String reason) {
    }

    /** What became of one run of the plan. */
    public sealed interface Outcome permits Deleted, Skipped {
        StoredRun run();
    }

    public record Deleted(StoredRun run, long classificationRows, long serviceBookRows, Duration took) implements Outcome {
    }

    /** Not deleted: another session holds its lock (a run in progress, another deletion), or it is gone already. */
    public record Skipped(StoredRun run, boolean inUse) implements Outcome {
    }

    /** Every run, newest first. */
    public List<StoredRun> list() {
        // A run's share of the table by its customers: measuring a run exactly would read its 6.5 GB.
        return jdbc.sql("""
                        select run_id, as_of, policy_version, status, started_at, finished_at, customers,
                               case when status = 'DONE' then (pg_total_relation_size('classification') * customers
                                    / nullif(sum(customers) filter (where status = 'DONE') over (), 0))::bigint end
                        from classification_run order by run_id desc""")
                .query((rs, i) -> new StoredRun(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getString(4), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)),
                        (Integer) rs.getObject(7), (Long) rs.getObject(8)))
                .list();
    }

    /**
     * The runs the selection deletes and those kept. Naming a run that does not exist, one of the latest completed
     * runs, or one whose lock another session holds is refused (zh and en), before anything is deleted.
     */
    public Plan plan(RunSelection selection) {
        List<StoredRun> runs = list();
        int keep = selection instanceof RunSelection.Keep k ? k.latest() : ALWAYS_KEPT;
        Set<Long> keptIds = runs.stream().filter(StoredRun::done).limit(keep).map(StoredRun::runId).collect(Collectors.toSet());
        if (selection instanceof RunSelection.Runs named) {
            refuseUnfit(named, runs, keptIds);
        }
        List<StoredRun> deleted = new ArrayList<>(runs.stream()
                .filter(r -> !keptIds.contains(r.runId()) && selected(selection, r)).toList());
        Collections.reverse(deleted);
        List<StoredRun> kept = runs.stream().filter(r -> r.done() && !deleted.contains(r)).toList();
        return new Plan(selection, List.copyOf(deleted), kept);
    }

    /**
     * Whether the selection takes this run (not one of those kept). A choice by count or date also finishes deletions
     * that stopped part way; runs in progress are never among them (one a stopped process left is the next run's to
     * remove, or can be named).
     */
    private static boolean selected(RunSelection selection, StoredRun run) {
        if (selection instanceof RunSelection.Runs named) {
            return named.ids().contains(run.runId());
        }
        if (run.leftOver()) {
            return true;
        }
        return run.done() && (!(selection instanceof RunSelection.Before before) || run.asOf().isBefore(before.date()));
    }

    private void refuseUnfit(RunSelection.Runs named, List<StoredRun> runs, Set<Long> keptIds) {
        Set<Long> existing = runs.stream().map(StoredRun::runId).collect(Collectors.toSet());
        for (long id : named.ids()) {
            if (!existing.contains(id)) {
                throw RunSelection.refused("--run " + id, "没有编号为 " + id + " 的分类运行（见 runs list）",
                        "there is no classification run with this number (see runs list)");
            }
            if (keptIds.contains(id)) {
                throw RunSelection.refused("--run " + id, "运行 " + id + " 是最新两次已完成的运行之一，总是保留",
                        "run " + id + " is one of the two latest completed runs, which are always kept");
            }
            if (!lockFree(id)) {
                throw RunSelection.refused("--run " + id, "运行 " + id + " 正在进行或正被删除（另一会话持有其锁），不能删除",
                        "run " + id + " is in progress or being deleted (another session holds its lock) and cannot be deleted");
            }
        }
    }

    /** Whether no session holds the run's lock: taken for this one statement only, then released. */
    private boolean lockFree(long runId) {
        MapSqlParameterSource key = RunRecords.lockKey(runId);
        return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(hashtext(:k), :id)")
                .param("k", key.getValue("k")).param("id", key.getValue("id")).query(Boolean.class).single());
    }

    /** Deletes the plan's runs one after the other, telling {@code each} as each is done. */
    public List<Outcome> delete(Plan plan, DeletedBy by, Consumer<Outcome> each) {
        List<Long> keptIds = plan.kept().stream().map(StoredRun::runId).toList();
        List<Outcome> outcomes = new ArrayList<>();
        for (StoredRun run : plan.deleted()) {
            Outcome outcome = deleteOne(run, by, plan.selection().described(), keptIds);
            outcomes.add(outcome);
            each.accept(outcome);
        }
        return outcomes;
    }

    /**
     * Finishes the deletions that stopped part way (runs left DELETING) whose lock no session holds, then frees their
     * space; a classification run calls this once it has completed, and the server when it starts (both through
     * {@link #finishInterruptedOrLog}), so that an interrupted {@code runs delete} does not keep its space until someone
     * deletes again. Their audit records were written when they were hidden, so nothing
     * is added to the trail; a deletion still in progress elsewhere holds the lock and is left alone.
     */
    public List<Outcome> finishInterrupted() {
        List<StoredRun> interrupted = list().stream().filter(StoredRun::deleting)
                .sorted(Comparator.comparingLong(StoredRun::runId)).toList();
        List<Outcome> outcomes = new ArrayList<>();
        for (StoredRun run : interrupted) {
            outcomes.add(deleteOne(run, RESUMED, "", List.of()));
        }
        if (outcomes.stream().anyMatch(o -> o instanceof Deleted)) {
            freeSpace();
        }
        return outcomes;
    }

    /**
     * {@link #finishInterrupted()} for callers that must not fail because of it (a run that has just completed, the
     * server starting): what it finishes and a failure are only logged, and the next caller tries again.
     */
    public void finishInterruptedOrLog(String when) {
        try {
            for (Outcome outcome : finishInterrupted()) {
                if (outcome instanceof Deleted deleted) {
                    LOG.info("{}: finished deleting classification run {} ({} results), which an earlier deletion had left part way",
                            when, deleted.run().runId(), deleted.classificationRows());
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("{}: could not finish an interrupted run deletion; the next run, server start or runs delete tries again: {}",
                    when, e.getMessage());
        }
    }

    /**
     * Makes the space of the deleted rows free for the next runs now (VACUUM, as the tables' owner); how long it took,
     * or nothing when the owner's account is not configured and autovacuum is left to do it. PostgreSQL keeps the space
     * in its files either way: only VACUUM FULL, which locks the table, gives it back to the operating system.
     */
    public Optional<Duration> freeSpace() {
        long started = System.nanoTime();
        return tables.vacuumAsOwner(List.of("classification", "service_book"))
                ? Optional.of(Duration.ofNanos(System.nanoTime() - started)) : Optional.empty();
    }

    private Outcome deleteOne(StoredRun run, DeletedBy by, String selection, List<Long> keptIds) {
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            NamedParameterJdbcTemplate sql = new NamedParameterJdbcTemplate(new SingleConnectionDataSource(c, true));
            if (!Boolean.TRUE.equals(sql.queryForObject("select pg_try_advisory_lock(hashtext(:k), :id)",
                    RunRecords.lockKey(run.runId()), Boolean.class))) {
                return new Skipped(run, true);
            }
            try {
                Optional<Long> serviceBookRows = hide(c, sql, run, by, selection, keptIds);
                if (serviceBookRows.isEmpty()) {
                    return new Skipped(run, false);
                }
                long rows = deleteResults(sql, run.runId());
                sql.update("delete from service_book where run_id = :run", new MapSqlParameterSource("run", run.runId()));
                sql.update("delete from classification_run where run_id = :run and status = 'DELETING'",
                        new MapSqlParameterSource("run", run.runId()));
                return new Deleted(run, rows, serviceBookRows.get(), Duration.ofNanos(System.nanoTime() - started));
            } finally {
                RunRecords.unlock(c, run.runId());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Deleting classification run " + run.runId() + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Takes the run from every reader (DELETING) with its audit record, in one transaction; returns the rows of its
     * service book, or nothing if the run is gone or became one of the kept runs meanwhile. A run already DELETING (a
     * deletion that stopped part way) has its record and gets no second one.
     */
    private static Optional<Long> hide(Connection c, NamedParameterJdbcTemplate sql, StoredRun run, DeletedBy by,
                                       String selection, List<Long> keptIds) throws SQLException {
        MapSqlParameterSource p = new MapSqlParameterSource("run", run.runId()).addValue("kept", ALWAYS_KEPT);
        c.setAutoCommit(false);
        try {
            List<String> status = sql.queryForList("select status from classification_run where run_id = :run for update",
                    p, String.class);
            boolean latest = Boolean.TRUE.equals(sql.queryForObject("select :run in (select run_id from classification_run "
                    + "where status = 'DONE' order by run_id desc limit :kept)", p, Boolean.class));
            if (status.isEmpty() || latest) {
                c.rollback();
                return Optional.empty();
            }
            long bookRows = sql.queryForObject("select count(*) from service_book where run_id = :run", p, Long.class);
            if (!"DELETING".equals(status.get(0))) {
                sql.update("update classification_run set status = 'DELETING' where run_id = :run", p);
                AuditTrail.append(c, AUDIT_KIND, LocalDateTime.now(), by.user(), by.role(), null,
                        "classification-run:" + run.runId(), "DELETED", auditInputs(sql, run, status.get(0), bookRows, by,
                                selection, keptIds));
            }
            c.commit();
            return Optional.of(bookRows);
        } catch (SQLException | RuntimeException e) {
            RunRecords.rollback(c, e);
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** Which run, how many rows, chosen how, what was kept and why: what the audit record keeps of a deletion. */
    private static Map<String, Object> auditInputs(NamedParameterJdbcTemplate sql, StoredRun run, String status,
                                                   long bookRows, DeletedBy by, String selection, List<Long> keptIds) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("run", run.runId());
        inputs.put("status", status);
        inputs.put("asOf", String.valueOf(run.asOf()));
        inputs.put("policyVersion", run.policyVersion());
        inputs.put("finishedAt", String.valueOf(run.finishedAt()));
        // A completed run's customer count is its rows (set by the commit that completed it); only a run a stopped
        // process left has to be counted.
        inputs.put("classificationRows", run.customers() != null && "DONE".equals(status) ? run.customers().longValue()
                : sql.queryForObject("select count(*) from classification where run_id = :run",
                new MapSqlParameterSource("run", run.runId()), Long.class));
        inputs.put("serviceBookRows", bookRows);
        inputs.put("selection", selection);
        inputs.put("kept", keptIds);
        inputs.put("via", "COMMAND_LINE");
        if (by.reason() != null) {
            inputs.put("reason", by.reason());
        }
        return inputs;
    }

    /**
     * Deletes the run's results in batches of {@link #batchSize} customers, each its own transaction: each batch is a
     * range of the primary key (run_id, customer_id), found by walking the index from where the last one ended, so
     * every statement is a plain index range scan whatever the planner thinks of the run's size.
     */
    private long deleteResults(NamedParameterJdbcTemplate sql, long runId) {
        MapSqlParameterSource p = new MapSqlParameterSource("run", runId).addValue("skip", batchSize - 1).addValue("after", "");
        long deleted = 0;
        while (true) {
            List<String> last = sql.queryForList("select customer_id from classification where run_id = :run "
                    + "and customer_id > :after order by customer_id offset :skip limit 1", p, String.class);
            if (last.isEmpty()) {
                return deleted + sql.update("delete from classification where run_id = :run and customer_id > :after", p);
            }
            deleted += sql.update("delete from classification where run_id = :run and customer_id > :after "
                    + "and customer_id <= :last", p.addValue("last", last.get(0)));
            p.addValue("after", last.get(0));
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
