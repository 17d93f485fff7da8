package io.clientlens.app.classify;

import io.clientlens.aml.ComplianceFlags;
import io.clientlens.app.aml.persistence.StoredComplianceFlags;
import io.clientlens.batch.json.Json;
import io.clientlens.batch.features.FeatureQuery;
import io.clientlens.app.db.InFlightQueries;
import io.clientlens.batch.Progress;
import io.clientlens.batch.WorkerResults;

import io.clientlens.batch.export.ClassificationDocument;
import io.clientlens.classify.Classification;
import io.clientlens.classify.ClassificationEngine;
import io.clientlens.classify.CustomerFeatures;
import io.clientlens.classify.PopulationStatistics;
import io.clientlens.policy.Policy;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Service;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Classifies every customer in the database at an as-of date and stores the results as one run.
 *
 * <p>Features are computed by SQL into a temporary table; a first pass over it collects the
 * population statistics, a second streams customers with their profiles through the engine and
 * COPYs the results back on two connections. The JVM holds a few batches of results at a time, never all customers.
 * A run becomes visible all at once, by the commit that marks it DONE; a failed run leaves no results behind, and
 * one that a stopped process left unfinished is removed by the next run.
 */
@Service
public class ClassificationRuns {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ClassificationRuns.class);
    private static final String ADVISORY_SQL = readResource("advisory.sql");
    private static final int BATCH = 2_000;

    private final DataSource dataSource;
    private final ClassificationEngine engine;
    private final RunQueries queries;
    private final InFlightQueries inFlight;
    private final StoredComplianceFlags flags;
    private final ApplicationEventPublisher events;
    private final RunRetention retention;
    private final int batchSize;

    @Autowired
    ClassificationRuns(DataSource dataSource, ClassificationEngine engine, RunQueries queries, InFlightQueries inFlight,
                       StoredComplianceFlags flags, ApplicationEventPublisher events, RunRetention retention) {
        this(dataSource, engine, queries, inFlight, flags, events, retention, BATCH);
    }

    /** With batches of another size: tests use small ones to have many batches of a small base. */
    ClassificationRuns(DataSource dataSource, ClassificationEngine engine, RunQueries queries, InFlightQueries inFlight,
                       StoredComplianceFlags flags, ApplicationEventPublisher events, RunRetention retention, int batchSize) {
        this.batchSize = batchSize;
        this.retention = retention;
        this.events = events;
        this.dataSource = dataSource;
        this.engine = engine;
        this.queries = queries;
        this.inFlight = inFlight;
        this.flags = flags;
    }

    /** The latest transaction date in the data: the default as-of (docs/POLICY.md). */
    public Optional<LocalDate> latestTransactionDate() {
        return queries.latestTransactionDate();
    }

    /**
     * Why a run cannot be asked for at {@code asOf}, or empty: a date after {@code today} would classify on facts that
     * have not happened yet (every customer lapsed, every assessment expired) and stay in every customer's history.
     */
    public static java.util.Optional<io.clientlens.code.Label> asOfProblem(LocalDate asOf, LocalDate today) {
        if (asOf == null || !asOf.isAfter(today)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(io.clientlens.code.Label.of(
                "评估日 " + asOf + " 晚于今天（" + today + "）：分类只能按已经发生的数据评估",
                "the as-of date " + asOf + " is after today (" + today + "): a classification can only assess what has happened"));
    }

    public RunSummary run(LocalDate requestedAsOf, Progress progress) {
        LocalDate asOf = requestedAsOf != null ? requestedAsOf : latestTransactionDate().orElseThrow(() ->
                new IllegalStateException("There are no transactions to take the as-of date from; give one with --as-of"));
        Instant started = Instant.now();
        // Tracked: a process that stops cancels the run's query rather than leaving PostgreSQL to finish it
        try (Connection c = dataSource.getConnection(); var tracked = inFlight.track(c)) {
            c.setAutoCommit(false);
            NamedParameterJdbcTemplate sql = new NamedParameterJdbcTemplate(new SingleConnectionDataSource(c, true));
            // Reasons show amounts in the data's currency when the data set names one (docs/POLICY.md, "Currency").
            ClassificationEngine runEngine = inDataCurrency(sql);
            Policy policy = runEngine.policy();
            RunRecords.removeAbandoned(sql);
            long runId = RunRecords.begin(c, sql, asOf, policy);
            Phases phases = new Phases();
            try {
                int classified;
                try (SecondWriter second = new SecondWriter(dataSource, inFlight)) {
                    sql.getJdbcTemplate().update(featureSql(asOf, policy));
                    sql.update(ADVISORY_SQL, new MapSqlParameterSource("asOf", asOf));
                    int total = sql.getJdbcTemplate().queryForObject("select count(*) from run_features", Integer.class);
                    phases.done("features");
                    progress.start("classify", total);
                    PopulationStatistics statistics = collectStatistics(sql, policy);
                    phases.done("statistics");
                    classified = classifyAll(c, second, sql, runEngine, runId, asOf, statistics, flags.snapshot(), progress);
                    phases.done("classify+store");
                    // The second connection's rows first: until the first connection marks the run done, no reader
                    // looks at it, so the two commits need not be one.
                    second.commit();
                }
                sql.update("update classification_run set status = 'DONE', finished_at = clock_timestamp(), customers = :n where run_id = :id",
                        new MapSqlParameterSource("n", classified).addValue("id", runId));
                c.commit();
                events.publishEvent(new RunFinished(runId));
                phases.done("commit");
                progress.finish();
                var counts = queries.counts(runId);
                phases.done("counts");
                // once this run is safely done: a failure here must not fail it
                retention.finishInterruptedOrLog("after run " + runId);
                LOG.debug("run {}: {} customers; {}", runId, classified, phases);
                return new RunSummary(runId, asOf, policy.version(), policy.currency(), classified, Duration.between(started, Instant.now()),
                        counts);
            } catch (RuntimeException | SQLException e) {
                RunRecords.rollback(c, e);
                RunRecords.discard(dataSource, runId);
                throw e;
            } finally {
                RunRecords.unlock(c, runId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Classification failed: " + e.getMessage(), e);
        }
    }

    /**
     * Times the feature SQL alone (the benchmark's baseline) in a transaction that is rolled back:
     * what the same features cost without classifying or storing anything.
     */
    public long timeFeatureQueryOnly(LocalDate asOf) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                NamedParameterJdbcTemplate sql = new NamedParameterJdbcTemplate(new SingleConnectionDataSource(c, true));
                long start = System.nanoTime();
                sql.getJdbcTemplate().update(featureSql(asOf, engine.policy()));
                sql.getJdbcTemplate().query("select * from run_features", rs -> {
                });
                return (System.nanoTime() - start) / 1_000_000;
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Wall time per phase of a run, for the debug log and benchmarks. */
    private static final class Phases {
        private final StringBuilder text = new StringBuilder();
        private long last = System.nanoTime();

        void done(String phase) {
            long now = System.nanoTime();
            text.append(phase).append(' ').append((now - last) / 1_000_000).append(" ms; ");
            last = now;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /**
     * The feature query every engine shares (FeatureQuery, docs/FEATURES.md) in PostgreSQL's dialect
     * over the database's tables, into a temporary table dropped at the end of the transaction.
     */
    private static String featureSql(LocalDate asOf, Policy policy) {
        return "create temp table run_features on commit drop as "
                + FeatureQuery.select(FeatureQuery.Dialect.POSTGRESQL, FeatureQuery.Inputs.DATABASE, asOf, policy);
    }

    /** The engine of the policy in force, naming the currency the data set recorded, if it recorded one. */
    private ClassificationEngine inDataCurrency(NamedParameterJdbcTemplate sql) {
        String currency = sql.getJdbcTemplate().query("select currency from data_currency",
                rs -> rs.next() ? rs.getString(1) : null);
        Policy policy = engine.policy().withCurrency(currency);
        return policy == engine.policy() ? engine : new ClassificationEngine(policy);
    }

    private static PopulationStatistics collectStatistics(NamedParameterJdbcTemplate sql, Policy policy) {
        PopulationStatistics.Collector collector = PopulationStatistics.collector(policy);
        sql.getJdbcTemplate().query("select * from run_features",
                rs -> {
                    collector.add(FeatureRows.map(rs, false));
                });
        return collector.build();
    }

    /**
     * Streams the customers through the engine in batches. The run's connection carries the cursor and COPYs some
     * batches between its reads; the second connection COPYs the others meanwhile. A worker thread classifies a batch
     * and renders its COPY rows, so that PostgreSQL's work and the JVM's overlap instead of waiting for each other. At
     * most two batches are classified ahead and two queued for the second connection, so the heap holds a few thousand
     * results at a time.
     */
    private int classifyAll(Connection c, SecondWriter second, NamedParameterJdbcTemplate sql, ClassificationEngine engine,
                            long runId, LocalDate asOf, PopulationStatistics statistics, ComplianceFlags known,
                            Progress progress) throws SQLException {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "classify-worker");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<byte[]>> pending = new ArrayDeque<>();
        List<CustomerFeatures> batch = new ArrayList<>(batchSize);
        int[] counts = {0, 0}; // read, written
        try {
            sql.getJdbcTemplate().setFetchSize(1_000);
            sql.getJdbcTemplate().query("select f.*, c.profile::text as profile, a.assessments, a.open_needs, a.need_areas "
                    + "from run_features f join customer c using (customer_id) left join run_advisory a using (customer_id) "
                    + "order by f.customer_id", rs -> {
                batch.add(FeatureRows.map(rs, true, known));
                progress.step(++counts[0]);
                if (batch.size() == batchSize) {
                    pending.add(worker.submit(copyRows(List.copyOf(batch), engine, runId, asOf, statistics)));
                    batch.clear();
                    if (pending.size() > 1) {
                        counts[1] += store(c, second, WorkerResults.of(pending.remove()));
                    }
                }
            });
            if (!batch.isEmpty()) {
                pending.add(worker.submit(copyRows(List.copyOf(batch), engine, runId, asOf, statistics)));
            }
            while (!pending.isEmpty()) {
                counts[1] += store(c, second, WorkerResults.of(pending.remove()));
            }
            return counts[1] + second.finish();
        } finally {
            worker.shutdownNow();
        }
    }

    /**
     * The COPY rows of a batch of customers, their results classified on the worker thread: UTF-8 bytes, encoded there
     * too, so the connection's thread only sends them. They take 58 % of the memory of the Java text they come from
     * (the demo's results: mostly ASCII, with the Chinese reasons).
     */
    private static Callable<byte[]> copyRows(List<CustomerFeatures> customers, ClassificationEngine engine,
                                             long runId, LocalDate asOf, PopulationStatistics statistics) {
        return () -> {
            StringBuilder rows = new StringBuilder(customers.size() * 8_192);
            for (CustomerFeatures features : customers) {
                appendCopyRow(rows, runId, engine.classify(features, asOf, statistics));
            }
            return rows.toString().getBytes(StandardCharsets.UTF_8);
        };
    }

    private static void appendCopyRow(StringBuilder out, long runId, Classification result) {
        out.append(runId).append(',');
        quoted(out, result.customerId()).append(',');
        quoted(out, Json.write(ClassificationDocument.codes(result))).append(',');
        quoted(out, ClassificationDocument.featuresJson(result)).append(',');
        quoted(out, ClassificationDocument.dimensionsJson(result)).append('\n');
    }

    private static StringBuilder quoted(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '"') {
                out.append('"');
            }
            out.append(ch);
        }
        return out.append('"');
    }

    /**
     * Hands a batch to the second connection when it has room, else COPYs it on this one, between reads of the cursor;
     * returns how many customers this connection stored (the second one counts its own).
     */
    private static int store(Connection c, SecondWriter second, byte[] rows) throws SQLException {
        if (second.hasRoom()) {
            second.write(rows);
            return 0;
        }
        return copy(c, rows);
    }

    /** COPYs the rows (UTF-8) into table classification; returns how many customers they hold. */
    static int copy(Connection c, byte[] rows) throws SQLException {
        if (rows.length == 0) {
            return 0;
        }
        try {
            return (int) c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy classification (run_id, customer_id, codes, features, dimensions) from stdin "
                            + "(format csv, encoding 'UTF8')", new ByteArrayInputStream(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readResource(String name) {
        try (var in = ClassificationRuns.class.getResourceAsStream("/io/clientlens/app/classify/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
