package io.clientlens.app.classify;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reads about runs: the latest one, counts per dimension and code. */
@Repository
public class RunQueries {
    private final JdbcClient jdbc;
    private final PerRunCache<Map<String, Map<String, Long>>> counts = new PerRunCache<>(run -> counts(run.runId()));

    RunQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@link #counts(long)} of a completed run, computed once per run (see {@link PerRunCache}). */
    public Map<String, Map<String, Long>> counts(RunInfo run) {
        return counts.get(run);
    }

    public Optional<LocalDate> latestTransactionDate() {
        return jdbc.sql("select max(txn_date) from txn").query(LocalDate.class).optional();
    }

    /** The latest completed run, if any. */
    public Optional<RunInfo> latestRun() {
        return jdbc.sql("select run_id, as_of, policy_version, customers, finished_at from classification_run "
                        + "where status = 'DONE' order by run_id desc limit 1")
                .query((rs, i) -> new RunInfo(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getInt(4),
                        rs.getTimestamp(5).toInstant()))
                .optional();
    }

    /** Whether this run exists and has completed: readers look at no other. */
    public boolean isDone(long runId) {
        return jdbc.sql("select exists (select 1 from classification_run where run_id = :run and status = 'DONE')")
                .param("run", runId).query(Boolean.class).single();
    }

    /** dimension code → value code → customers, in the order the codes first appear. */
    public Map<String, Map<String, Long>> counts(long runId) {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        jdbc.sql("select d.key, d.value, count(*) from classification c, jsonb_each_text(c.codes) d "
                        + "where c.run_id = :run group by 1, 2 order by 1, 3 desc")
                .param("run", runId)
                .query(rs -> {
                    counts.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3));
                });
        return counts;
    }

    public record RunInfo(long runId, LocalDate asOf, String policyVersion, int customers, java.time.Instant finishedAt) {
    }
}
