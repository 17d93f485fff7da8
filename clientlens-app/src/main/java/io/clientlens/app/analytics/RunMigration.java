package io.clientlens.app.analytics;

import io.clientlens.code.Dimension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How customers moved between two classification runs in one dimension: for every (old code, new code)
 * the number of customers, counted by PostgreSQL in one grouped query over the classification table.
 * A customer in only one of the runs comes from, or goes to, {@link #NONE}: new in the later run, or gone.
 */
@Repository
public class RunMigration {
    /** The code of "not in this run" (the same word as the file-based migration matrix of the batch). */
    public static final String NONE = io.clientlens.batch.segment.MigrationMatrix.NONE;

    /** Customers that had code {@code from} in the old run and {@code to} in the new one. */
    public record Flow(String from, String to, long customers) {
    }

    /** A finished run as the run choice shows it. */
    public record Run(long runId, LocalDate asOf, String policyVersion, int customers) {
    }

    private static final int MIGRATIONS_KEPT = 32;

    private final JdbcClient jdbc;
    private final RunCustomers runs;
    /**
     * Flows already counted, by both runs (id and finishing time: ids start again in an emptied database) and the
     * dimension. The rows of a finished run never change, and counting reads both runs whole (0.3 s at 100,000
     * customers), which every view of the dashboards page would otherwise repeat.
     */
    private final Map<String, List<Flow>> counted = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Flow>> eldest) {
            return size() > MIGRATIONS_KEPT;
        }
    });

    RunMigration(JdbcClient jdbc, RunCustomers runs) {
        this.jdbc = jdbc;
        this.runs = runs;
    }

    /** Finished runs, latest first. */
    public List<Run> recentRuns(int limit) {
        return jdbc.sql("select run_id, as_of, policy_version, customers from classification_run where status = 'DONE' "
                        + "order by run_id desc limit :limit")
                .param("limit", limit)
                .query((rs, i) -> new Run(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getInt(4)))
                .list();
    }

    public Optional<Run> run(long runId) {
        return jdbc.sql("select run_id, as_of, policy_version, customers from classification_run where status = 'DONE' "
                        + "and run_id = :run")
                .param("run", runId)
                .query((rs, i) -> new Run(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getInt(4)))
                .optional();
    }

    /** The dimensions a migration can be shown for: every dimension with a fixed list of codes (not region). */
    public static List<Dimension> dimensions() {
        return java.util.Arrays.stream(Dimension.values()).filter(d -> !d.isFreeText()).toList();
    }

    /** Every flow with customers, ordered by old code, then new code. */
    public List<Flow> between(long oldRun, long newRun, Dimension dimension) {
        if (dimension.isFreeText()) {
            throw new IllegalArgumentException(dimension.code() + " is free text, not a classification");
        }
        // Callers pass finished runs ({@link #run}, {@link #recentRuns}), so the stamps name rows that no longer change.
        String key = runs.stamp(oldRun) + ">" + runs.stamp(newRun) + ":" + dimension.code();
        List<Flow> flows = counted.get(key);
        if (flows == null) { // counted outside the map's lock: no request waits on another's query
            flows = count(oldRun, newRun, dimension);
            counted.put(key, flows);
        }
        return flows;
    }

    private List<Flow> count(long oldRun, long newRun, Dimension dimension) {
        // The dimension code is a parameter of ->> (never spliced into the SQL).
        return jdbc.sql("""
                        select case when a.customer_id is null then :none else coalesce(a.codes ->> :dim, 'UNKNOWN') end,
                               case when b.customer_id is null then :none else coalesce(b.codes ->> :dim, 'UNKNOWN') end, count(*)
                        from (select customer_id, codes from classification where run_id = :old) a
                        full outer join (select customer_id, codes from classification where run_id = :new) b using (customer_id)
                        group by 1, 2 order by 1, 2""")
                .param("dim", dimension.code()).param("none", NONE).param("old", oldRun).param("new", newRun)
                .query((rs, i) -> new Flow(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
    }
}
