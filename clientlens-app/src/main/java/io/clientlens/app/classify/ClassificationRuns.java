package io.clientlens.app.classify;

import io.clientlens.aml.ComplianceFlags;
import io.clientlens.app.aml.persistence.StoredComplianceFlags;
import io.clientlens.batch.json.Json;
import io.clientlens.batch.features.FeatureQuery;
import io.clientlens.app.db.InFlightQueries;
import io.clientlens.batch.Progress;

import io.clientlens.batch.export.ClassificationDocument;
import io.clientlens.classify.Classification;
import io.clientlens.classify.ClassificationEngine;
import io.clientlens.classify.CustomerFeatures;
import io.clientlens.classify.PopulationStatistics;
import io.clientlens.policy.Policy;
import org.postgresql.PGConnection;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Service;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Classifies every customer in the database at an as-of date and stores the results as one run.
 *
 * <p>Features are computed by SQL into a temporary table; a first pass over it collects the
 * population statistics, a second streams customers with their profiles through the engine and
 * COPYs the results back. The JVM holds one batch of results at a time, never all customers. The
 * whole run is one transaction: a failed run leaves no partial results.
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

    ClassificationRuns(DataSource dataSource, ClassificationEngine engine, RunQueries queries, InFlightQueries inFlight,
                       StoredComplianceFlags flags, ApplicationEventPublisher events) {
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

    public RunSummary run(LocalDate requestedAsOf, Progress progress) {
        LocalDate asOf = requestedAsOf != null ? requestedAsOf : latestTransactionDate().orElseThrow(() ->
                new IllegalStateException("There are no transactions to take the as-of date from; give one with --as-of"));
        Instant started = Instant.now();
        // Tracked: a process that stops cancels the run's query rather than leaving PostgreSQL to finish it
        try (Connection c = dataSource.getConnection(); var tracked = inFlight.track(c)) {
            c.setAutoCommit(false);
            try {
                NamedParameterJdbcTemplate sql = new NamedParameterJdbcTemplate(new SingleConnectionDataSource(c, true));
                // Reasons show amounts in the data's currency when the data set names one (docs/POLICY.md, "Currency").
                ClassificationEngine runEngine = inDataCurrency(sql);
                Policy policy = runEngine.policy();
                long runId = sql.queryForObject("insert into classification_run (as_of, policy_version, currency) "
                        + "values (:asOf, :v, :currency) returning run_id", new MapSqlParameterSource("asOf", asOf)
                        .addValue("v", policy.version()).addValue("currency", policy.currency()), Long.class);
                Phases phases = new Phases();
                sql.getJdbcTemplate().update(featureSql(asOf, policy));
                sql.update(ADVISORY_SQL, new MapSqlParameterSource("asOf", asOf));
                int total = sql.getJdbcTemplate().queryForObject("select count(*) from run_features", Integer.class);
                phases.done("features");
                progress.start("classify", total);
                PopulationStatistics statistics = collectStatistics(sql, policy);
                phases.done("statistics");
                int classified = classifyAll(c, sql, runEngine, runId, asOf, statistics, flags.snapshot(), progress);
                phases.done("classify+store");
                sql.update("update classification_run set status = 'DONE', finished_at = now(), customers = :n where run_id = :id",
                        new MapSqlParameterSource("n", classified).addValue("id", runId));
                c.commit();
                events.publishEvent(new RunFinished(runId));
                phases.done("commit");
                progress.finish();
                var counts = queries.counts(runId);
                phases.done("counts");
                LOG.debug("run {}: {} customers; {}", runId, classified, phases);
                return new RunSummary(runId, asOf, policy.version(), policy.currency(), classified, Duration.between(started, Instant.now()),
                        counts);
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
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

    private static int classifyAll(Connection c, NamedParameterJdbcTemplate sql, ClassificationEngine engine, long runId,
                                   LocalDate asOf, PopulationStatistics statistics, ComplianceFlags known,
                                   Progress progress) throws SQLException {
        StringBuilder batch = new StringBuilder(1 << 20);
        int[] counts = {0, 0};
        sql.getJdbcTemplate().setFetchSize(1_000);
        sql.getJdbcTemplate().query("select f.*, c.profile::text as profile, a.assessments, a.open_needs, a.need_areas "
                + "from run_features f join customer c using (customer_id) left join run_advisory a using (customer_id) "
                + "order by f.customer_id", rs -> {
            CustomerFeatures features = FeatureRows.map(rs, true, known);
            Classification result = engine.classify(features, asOf, statistics);
            appendCopyRow(batch, runId, result);
            if (++counts[1] == BATCH) {
                copy(c, batch);
                counts[1] = 0;
            }
            progress.step(++counts[0]);
        });
        copy(c, batch);
        return counts[0];
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

    private static void copy(Connection c, StringBuilder batch) throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy classification (run_id, customer_id, codes, features, dimensions) from stdin (format csv)",
                    new StringReader(batch.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        batch.setLength(0);
    }

    private static String readResource(String name) {
        try (var in = ClassificationRuns.class.getResourceAsStream("/io/clientlens/app/classify/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
