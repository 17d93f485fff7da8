package io.clientlens.batch.segment;

import io.clientlens.batch.json.Json;
import io.clientlens.batch.Progress;

import io.clientlens.aml.ComplianceFlags;
import io.clientlens.batch.aml.ComplianceFlagsFile;
import io.clientlens.batch.aml.FileMonitoring;
import io.clientlens.batch.export.ClassificationDocument;
import io.clientlens.batch.rules.CompiledSegments;
import io.clientlens.batch.rules.SegmentRule;
import io.clientlens.batch.rules.SegmentVariables;
import io.clientlens.classify.Classification;
import io.clientlens.classify.ClassificationEngine;
import io.clientlens.classify.PopulationStatistics;
import io.clientlens.code.Dimension;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import tools.jackson.core.JsonGenerator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a file-based segmentation (docs/POLICY.md).
 *
 * <ol>
 * <li>The customer ids are read from customers.jsonl into DuckDB (not the documents: carrying
 * about 2 KB of JSON per customer through DuckDB cost more than the whole baseline query).</li>
 * <li>DuckDB (in-process, file-backed in a work directory so it can spill) reads the other input
 * files and computes one feature row per customer with the same definitions as the database
 * path.</li>
 * <li>Pass 1 streams the few numbers the population statistics need (Pareto cut, RFM quintiles).</li>
 * <li>Pass 2 streams every feature row in the order of customers.jsonl next to the same file's
 * documents: worker threads parse the profile, classify with the core engine and evaluate the
 * custom segments; the results are written in that order to JSON Lines and appended to DuckDB,
 * which writes the Parquet file at the end.</li>
 * <li>Transaction monitoring (docs/AML.md) runs over the same views and writes alerts.jsonl.</li>
 * </ol>
 * The JVM holds a few batches of customers at a time and never a transaction. Everything is
 * written under a hidden work directory in {@code out} and moved into place only when complete.
 */
public final class SegmentRunner {
    public static final String PARQUET = "classifications.parquet";
    public static final String JSONL = "classifications.jsonl";
    public static final String SUMMARY = "summary.json";
    private static final int BATCH = 512;

    private final SegmentRequest request;
    private final CompiledSegments segments;
    private ComplianceFlags flags = ComplianceFlags.NONE;

    public SegmentRunner(SegmentRequest request) {
        this.request = request;
        this.segments = CompiledSegments.compile(request.rules(), "rules");
    }

    public SegmentRun run(Progress progress) {
        Instant started = Instant.now();
        Path out = request.out().toAbsolutePath();
        Path work = out.resolve(".segment-work-" + Long.toHexString(System.nanoTime()));
        try {
            Files.createDirectories(work);
            SegmentInput input = SegmentInput.open(request.input(), work);
            flags = ComplianceFlagsFile.read(input.original());
            String fingerprint = input.fingerprint();
            SegmentRun run;
            try (Connection db = open(work)) {
                run = execute(db, input, fingerprint, work, started, progress);
            }
            for (String file : List.of(PARQUET, JSONL, SUMMARY, FileMonitoring.ALERTS)) {
                Files.move(work.resolve(file), out.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
            run.write(out.resolve(SegmentRun.FILE));
            if (request.home() != null) {
                new RunRegistry(request.home()).record(run);
            }
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException("segment run failed: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("segment run failed: " + e.getMessage(), e);
        } finally {
            deleteTree(work);
        }
    }

    private Connection open(Path work) throws SQLException {
        Properties props = new Properties();
        props.setProperty("jdbc_stream_results", "true");
        Connection db = DriverManager.getConnection("jdbc:duckdb:" + work.resolve("segment.duckdb"), props);
        try (Statement s = db.createStatement()) {
            s.execute("set temp_directory = " + SegmentInput.literal(work.resolve("spill")));
            s.execute("set preserve_insertion_order = true");
            if (request.duckdbMemoryLimit() != null) {
                s.execute("set memory_limit = '" + request.duckdbMemoryLimit() + "'");
            }
        }
        return db;
    }

    private SegmentRun execute(Connection db, SegmentInput input, String fingerprint, Path work, Instant started,
                               Progress progress) throws SQLException, IOException {
        LocalDate asOf;
        progress.phase("customers");
        try (Statement s = db.createStatement()) {
            input.loadCustomers(s, work);
            input.createViews(s);
            asOf = request.asOf() != null ? request.asOf() : latestTransaction(s, input);
            progress.phase("features");
            try {
                s.execute(FeatureSql.of(asOf, request.policy()));
                input.checkAdvisory(s);
                s.execute(FeatureSql.advisory(asOf));
            } catch (SQLException e) {
                throw new IllegalArgumentException("cannot read the input in " + input.directory() + ": " + e.getMessage(), e);
            }
        }
        // Amounts in reasons are shown in the data's currency; the policy's numbers apply unconverted.
        ClassificationEngine engine = new ClassificationEngine(
                request.policy().withCurrency(input.currency(request.policy().currency())));
        progress.phase("statistics");
        long total = count(db);
        PopulationStatistics statistics = statistics(db);
        Counts counts = new Counts();
        try (DuckDBConnection writer = ((DuckDBConnection) db).duplicate().unwrap(DuckDBConnection.class)) {
            try (Statement s = writer.createStatement()) {
                s.execute(ResultColumns.createTable("results"));
            }
            try (OutputStream jsonl = new BufferedOutputStream(Files.newOutputStream(work.resolve(JSONL)), 1 << 16);
                 DuckDBAppender appender = writer.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "results")) {
                progress.start("segment", total);
                classifyAll(db, engine, input, asOf, statistics, jsonl, appender, counts, progress);
            }
            try (Statement s = writer.createStatement()) {
                s.execute("copy (" + ResultColumns.parquetSelect("results") + ") to "
                        + SegmentInput.literal(work.resolve(PARQUET)) + " (format parquet, compression zstd)");
            }
        }
        progress.phase("monitoring");
        // transaction monitoring over the same files and views (docs/AML.md): alerts.jsonl beside the results
        FileMonitoring.monitor(db, input, asOf, request.policy(), work.resolve(FileMonitoring.ALERTS));
        progress.finish();
        double seconds = java.time.Duration.between(started, Instant.now()).toMillis() / 1000.0;
        String id = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(started)
                + "-" + fingerprint.substring(7, 13);
        SegmentRun run = new SegmentRun(id, asOf.toString(), request.policy().version(), request.rules().version(),
                input.original().toAbsolutePath().toString(), fingerprint, request.out().toAbsolutePath().toString(),
                started.toString(), seconds, counts.customers, counts.byDimension, counts.bySegment);
        Files.writeString(work.resolve(SUMMARY), Json.write(summary(run)) + "\n", StandardCharsets.UTF_8);
        return run;
    }

    private static Map<String, Object> summary(SegmentRun run) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("runId", run.id());
        s.put("asOf", run.asOf());
        s.put("customers", run.customers());
        s.put("counts", run.counts());
        s.put("segments", run.segments());
        return s;
    }

    private static LocalDate latestTransaction(Statement s, SegmentInput input) throws SQLException {
        try (ResultSet rs = s.executeQuery("select max(date) from in_transactions")) {
            rs.next();
            java.sql.Date d = rs.getDate(1);
            if (d == null) {
                throw new IllegalArgumentException(input.transactions() + " has no transactions to take the as-of date from; "
                        + "give one with --as-of");
            }
            return d.toLocalDate();
        }
    }

    private static long count(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select count(*) from run_features")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private PopulationStatistics statistics(Connection db) throws SQLException {
        PopulationStatistics.Collector collector = PopulationStatistics.collector(request.policy());
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("select " + FeatureRow.STATISTICS_COLUMNS + " from run_features where linked_accounts > 0")) {
            while (rs.next()) {
                collector.add(FeatureRow.statistics(rs));
            }
        }
        return collector.build();
    }

    private record Result(Classification classification, List<SegmentRule> segments, byte[] json) {
    }

    /** A feature row with its profile document, as read on the reading thread. */
    private record Pending(FeatureRow row, byte[] document, long lineNumber) {
    }

    private void classifyAll(Connection db, ClassificationEngine engine, SegmentInput input, LocalDate asOf,
                             PopulationStatistics statistics, OutputStream jsonl, DuckDBAppender appender, Counts counts, Progress progress)
            throws SQLException, IOException {
        String source = input.customers().toString();
        ExecutorService workers = Executors.newFixedThreadPool(request.threads(), r -> {
            Thread t = new Thread(r, "segment-worker");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<List<Result>>> pending = new ArrayDeque<>();
        int maxPending = request.threads() * 3;
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("select " + FeatureRow.COLUMNS + ", " + FeatureRow.ADVISORY_COLUMNS
                     + " from run_features left join run_advisory using (customer_id) order by ordinal");
             CustomerLines documents = new CustomerLines(input.customers())) {
            List<Pending> batch = new ArrayList<>(BATCH);
            while (rs.next()) {
                FeatureRow row = FeatureRow.read(rs);
                if (!documents.next() || documents.ordinal() != row.ordinal()) {
                    throw new IllegalStateException(source + " changed while the segment run was reading it");
                }
                batch.add(new Pending(row, documents.line(), documents.lineNumber()));
                if (batch.size() == BATCH) {
                    List<Pending> rows = batch;
                    pending.add(workers.submit(() -> classify(engine, rows, asOf, statistics, source)));
                    batch = new ArrayList<>(BATCH);
                    while (pending.size() >= maxPending) {
                        write(pending.poll(), jsonl, appender, counts, progress);
                    }
                }
            }
            List<Pending> rows = batch;
            pending.add(workers.submit(() -> classify(engine, rows, asOf, statistics, source)));
            while (!pending.isEmpty()) {
                write(pending.poll(), jsonl, appender, counts, progress);
            }
        } finally {
            workers.shutdownNow();
        }
    }

    private List<Result> classify(ClassificationEngine engine, List<Pending> rows, LocalDate asOf,
                                  PopulationStatistics statistics, String source) {
        List<Result> results = new ArrayList<>(rows.size());
        for (Pending p : rows) {
            Classification c = engine.classify(p.row().withProfile(p.document(), source, p.lineNumber(), flags), asOf,
                    statistics);
            List<SegmentRule> in = segments.isEmpty() ? List.of()
                    : segments.matching(SegmentVariables.of(c.features(), ClassificationDocument.codes(c)));
            results.add(new Result(c, in, ClassificationDocument.utf8(c, g -> writeSegments(g, in))));
        }
        return results;
    }

    /** The "segments" field of a JSON Lines document: name, label (zh, en) and priority of each. */
    private static void writeSegments(JsonGenerator g, List<SegmentRule> in) {
        g.writeArrayPropertyStart("segments");
        for (SegmentRule rule : in) {
            g.writeStartObject();
            g.writeStringProperty("name", rule.name());
            g.writeName("label");
            ClassificationDocument.writeLabel(g, rule.label());
            g.writeNumberProperty("priority", rule.priority());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void write(Future<List<Result>> future, OutputStream jsonl, DuckDBAppender appender, Counts counts,
                              Progress progress) throws IOException, SQLException {
        List<Result> results;
        try {
            results = future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
        for (Result r : results) {
            jsonl.write(r.json());
            jsonl.write('\n');
            List<String> names = r.segments().stream().map(SegmentRule::name).toList();
            ResultColumns.append(appender, r.classification(), names);
            counts.add(r.classification(), names);
        }
        progress.step(counts.customers);
    }

    /** Counts per dimension and value code, and per custom segment. */
    private static final class Counts {
        long customers;
        final Map<String, Map<String, Long>> byDimension = new LinkedHashMap<>();
        final Map<String, Long> bySegment = new TreeMap<>(Comparator.naturalOrder());

        Counts() {
            for (Dimension d : Dimension.values()) {
                byDimension.put(d.code(), new TreeMap<>());
            }
        }

        void add(Classification c, List<String> segments) {
            customers++;
            for (Dimension d : Dimension.values()) {
                if (d != Dimension.REGION) {
                    byDimension.get(d.code()).merge(c.code(d), 1L, Long::sum);
                }
            }
            byDimension.get(Dimension.REGION.code()).merge(c.code(Dimension.REGION), 1L, Long::sum);
            segments.forEach(s -> bySegment.merge(s, 1L, Long::sum));
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: a leftover work directory is hidden and harmless
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }
}
