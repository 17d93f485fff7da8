package io.clientlens.batch.segment;

import io.clientlens.batch.WorkerResults;
import io.clientlens.batch.WorkDirectories;
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
import io.clientlens.code.InputRejected;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Runs a file-based segmentation (docs/POLICY.md).
 *
 * <ol>
 * <li>The profiles as columns: a prepared directory's customers.parquet, or customers.jsonl read
 * and validated once into the work database ({@link PreparedProfiles}); only their ids go into
 * the feature SQL.</li>
 * <li>DuckDB (in-process, file-backed in a work directory so it can spill) reads the other input
 * files and computes one feature row per customer with the same definitions as the database
 * path.</li>
 * <li>The feature rows are put in input order once and the positions cut into chunks. Pass 1 reads, chunk by
 * chunk on the worker threads, the few numbers the population statistics need (Pareto cut, RFM quintiles).</li>
 * <li>In pass 2 each worker thread reads a chunk's feature rows next to the same customers' profile
 * columns, classifies with the core engine, evaluates the custom segments and appends codes and fired
 * rules to a DuckDB table of its own
 * ({@link ResultSinks}); DuckDB writes the Parquet files at the end, in input order (the results, and
 * the inputs kept so that reasons can be rendered on demand, {@link SegmentExplain}). The JSON Lines
 * documents with labels and reasons are written only when asked for.</li>
 * <li>Transaction monitoring (docs/AML.md) runs over the same views and writes alerts.jsonl.</li>
 * </ol>
 * The JVM holds a few batches of customers at a time and never a transaction. Everything is
 * written under a hidden work directory in {@code out} and moved into place only when complete.
 */
public final class SegmentRunner {
    public static final String PARQUET = "classifications.parquet";
    public static final String JSONL = "classifications.jsonl";
    public static final String SUMMARY = "summary.json";
    /** What each customer was classified from (features and profile columns), for explanations on demand. */
    public static final String INPUTS = "inputs.parquet";
    /** The run's population statistics and currency, for explanations on demand. */
    public static final String CONTEXT = "explain.json";
    private static final int BATCH = 512;
    /** At most this many input positions per worker task: enough to make reading a range cheap. */
    private static final int CHUNK = 16_384;

    private final SegmentRequest request;
    private final CompiledSegments segments;
    private java.util.Map<String, ComplianceFlags.Flags> flagged = java.util.Map.of();
    private ComplianceFlags flags = ComplianceFlags.NONE;

    public SegmentRunner(SegmentRequest request) {
        this.request = request;
        this.segments = CompiledSegments.compile(request.rules(), "rules");
    }

    public SegmentRun run(Progress progress) {
        Instant started = Instant.now();
        Path out = request.out().toAbsolutePath();
        Path work = out.resolve(".segment-work-" + Long.toHexString(System.nanoTime()));
        boolean outIsNew = !Files.exists(out);
        boolean done = false;
        try {
            Files.createDirectories(work);
            SegmentInput input = SegmentInput.open(request.input(), work);
            flagged = ComplianceFlagsFile.entries(input.original());
            flags = id -> flagged.getOrDefault(id, ComplianceFlags.Flags.NONE);
            String fingerprint = input.fingerprint();
            SegmentRun run;
            try (Connection db = open(work)) {
                run = execute(db, input, fingerprint, work, started, progress);
            }
            for (String file : List.of(PARQUET, JSONL, SUMMARY, INPUTS, CONTEXT, FileMonitoring.ALERTS)) {
                if (Files.exists(work.resolve(file))) {
                    Files.move(work.resolve(file), out.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                } else if (file.equals(JSONL)) {
                    Files.deleteIfExists(out.resolve(file)); // an earlier run's documents would not match this run
                }
            }
            run.write(out.resolve(SegmentRun.FILE));
            if (request.home() != null) {
                new RunRegistry(request.home()).record(run);
            }
            done = true;
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException("segment run failed: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("segment run failed: " + e.getMessage(), e);
        } finally {
            WorkDirectories.remove(work);
            if (!done && outIsNew) {
                removeIfEmpty(out); // a run refused for its input leaves nothing behind, not even the directory
            }
        }
    }

    private static void removeIfEmpty(Path directory) {
        try {
            Files.deleteIfExists(directory);
        } catch (IOException notEmptyOrGone) {
            // something else was written there meanwhile: leave it
        }
    }

    /**
     * Table {@code in_aml_flags (customer_id, open_suspicious_report, confirmed_watch_list_hit)}: the
     * compliance flags of aml-flags.csv (docs/AML.md), kept with the run's inputs so that an
     * explanation rates the customer against the same facts.
     */
    private void loadFlags(DuckDBConnection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("create or replace table in_aml_flags (customer_id VARCHAR, open_suspicious_report BOOLEAN, "
                    + "confirmed_watch_list_hit BOOLEAN)");
        }
        try (DuckDBAppender a = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "in_aml_flags")) {
            for (var e : flagged.entrySet()) {
                a.beginRow();
                a.append(e.getKey());
                a.append(e.getValue().openSuspiciousReport());
                a.append(e.getValue().confirmedWatchListHit());
                a.endRow();
            }
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
            input.loadCustomers((DuckDBConnection) db, request.threads(), work);
            input.createViews(s);
            loadFlags((DuckDBConnection) db);
            asOf = request.asOf() != null ? request.asOf() : latestTransaction(s, input);
            progress.phase("features");
            try {
                s.execute(FeatureSql.of(asOf, request.policy()));
                input.checkAdvisory(s);
                s.execute(FeatureSql.advisory(asOf));
            } catch (SQLException e) {
                throw new InputRejected("无法读取 " + input.directory() + " 中的输入：" + e.getMessage(),
                            "cannot read the input in " + input.directory() + ": " + e.getMessage(), e);
            }
        }
        // Amounts in reasons are shown in the data's currency; the policy's numbers apply unconverted.
        String currency = input.currency(request.policy().currency());
        ClassificationEngine engine = new ClassificationEngine(request.policy().withCurrency(currency));
        progress.phase("statistics");
        long total = count(db);
        List<Range> chunks = chunks(db);
        PopulationStatistics statistics = statistics(db, chunks);
        RunContext.write(work.resolve(CONTEXT), currency, statistics);
        Counts counts = Counts.total();
        ResultColumns columns = new ResultColumns();
        List<String> results;
        try (ResultSinks sinks = ResultSinks.create((DuckDBConnection) db, request.threads());
             OutputStream jsonl = request.writes(ResultFormat.JSONL)
                     ? new BufferedOutputStream(Files.newOutputStream(work.resolve(JSONL)), 1 << 16) : null) {
            progress.start("segment", total);
            classifyAll(db, chunks, engine, input, asOf, statistics, jsonl, work, sinks, columns, counts, progress);
            results = sinks.tables();
        }
        try (DuckDBConnection writer = ((DuckDBConnection) db).duplicate().unwrap(DuckDBConnection.class)) {
            progress.phase("write parquet"); // a step of its own in the benchmark; no message
            columns.writeDictionary(writer, "result_texts");
            try (Statement s = writer.createStatement()) {
                s.execute("copy (" + ResultColumns.parquetSelect(results, "result_texts", asOf, engine.policy().version())
                        + ") to "
                        + SegmentInput.literal(work.resolve(PARQUET)) + " (format parquet, compression zstd)");
                s.execute("copy (" + RunContext.inputsSelect() + ") to " + SegmentInput.literal(work.resolve(INPUTS))
                        + " (format parquet, compression zstd)");
            }
        }
        progress.phase("monitoring");
        // transaction monitoring over the same files and views (docs/AML.md): alerts.jsonl beside the results, its
        // amounts in the data's currency as the reasons' are
        FileMonitoring.monitor(db, input, asOf, request.policy().withCurrency(currency), work.resolve(FileMonitoring.ALERTS));
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

    /** Input positions {@code from} (inclusive) to {@code to} (exclusive): the customers of one worker task. */
    private record Range(long from, long to) {
        String where() {
            return " where ordinal >= " + from + " and ordinal < " + to;
        }
    }

    /**
     * Puts the feature rows in input order once ({@code run_rows}, so that a chunk is a range of positions) and cuts
     * the positions into chunks: a few per thread even for a small input, so that the threads share the work.
     */
    private List<Range> chunks(Connection db) throws SQLException {
        long first;
        long last;
        try (Statement s = db.createStatement()) {
            s.execute("create or replace table run_rows as select " + FeatureRow.COLUMNS + ", " + FeatureRow.ADVISORY_COLUMNS
                    + " from run_features left join run_advisory using (customer_id) order by ordinal");
            try (ResultSet rs = s.executeQuery("select min(ordinal), max(ordinal) from run_rows")) {
                rs.next();
                first = rs.getLong(1);
                last = rs.wasNull() ? first - 1 : rs.getLong(2);
            }
        }
        long size = Math.max(BATCH, Math.min(CHUNK, (last - first + 1) / (request.threads() * 4L)));
        List<Range> chunks = new ArrayList<>();
        for (long from = first; from <= last; from += size) {
            chunks.add(new Range(from, Math.min(last + 1, from + size)));
        }
        return chunks;
    }

    private ExecutorService workers() {
        return Executors.newFixedThreadPool(request.threads(), r -> {
            Thread t = new Thread(r, "segment-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** The population statistics, collected chunk by chunk on the worker threads and joined. */
    private PopulationStatistics statistics(Connection db, List<Range> chunks) {
        ExecutorService workers = workers();
        try {
            List<Future<PopulationStatistics.Collector>> parts = new ArrayList<>();
            for (Range range : chunks) {
                parts.add(workers.submit(() -> collect((DuckDBConnection) db, range)));
            }
            PopulationStatistics.Collector all = PopulationStatistics.collector(request.policy());
            for (Future<PopulationStatistics.Collector> part : parts) {
                all.addAll(WorkerResults.of(part));
            }
            return all.build();
        } finally {
            workers.shutdownNow();
            awaitStop(workers);
        }
    }

    private PopulationStatistics.Collector collect(DuckDBConnection db, Range range) throws SQLException {
        PopulationStatistics.Collector collector = PopulationStatistics.collector(request.policy());
        try (Connection reader = db.duplicate(); Statement s = reader.createStatement();
             ResultSet rs = s.executeQuery("select " + FeatureRow.STATISTICS_COLUMNS + " from run_rows"
                     + range.where() + " and linked_accounts > 0")) {
            while (rs.next()) {
                collector.add(FeatureRow.statistics(rs));
            }
        }
        return collector;
    }

    private record Result(long ordinal, Classification classification, List<String> segments) {
    }

    /** What a chunk of customers gave: its counts and, when asked for, its JSON Lines documents in a file of its own. */
    private record Chunk(Counts counts, Path documents) {
    }

    /**
     * Classifies every customer, a chunk of consecutive input positions per task: each worker reads
     * its chunk's feature rows and profile columns on connections of its own, classifies and appends the results,
     * so that reading, deciding and appending all run on every core. This thread only gathers the chunks in input
     * order: counts, progress and the JSON Lines documents.
     */
    private void classifyAll(Connection db, List<Range> ranges, ClassificationEngine engine, SegmentInput input, LocalDate asOf,
                             PopulationStatistics statistics, OutputStream jsonl, Path work, ResultSinks sinks,
                             ResultColumns columns, Counts counts, Progress progress)
            throws SQLException, IOException {
        String source = input.customers().toString();
        ExecutorService workers = workers();
        try {
            List<Future<Chunk>> chunks = new ArrayList<>();
            for (Range range : ranges) {
                Path documents = jsonl == null ? null : work.resolve("chunk-" + range.from() + ".jsonl");
                chunks.add(workers.submit(() -> classifyChunk((DuckDBConnection) db, range, engine, asOf, statistics,
                        sinks, columns, documents, source)));
            }
            for (Future<Chunk> future : chunks) {
                Chunk chunk = WorkerResults.of(future);
                counts.add(chunk.counts());
                if (chunk.documents() != null) {
                    Files.copy(chunk.documents(), jsonl);
                    Files.delete(chunk.documents());
                }
                progress.step(counts.customers);
            }
        } finally {
            workers.shutdownNow();
            awaitStop(workers); // the appenders close next: no worker may still be appending
        }
    }

    private static void awaitStop(ExecutorService workers) {
        try {
            if (!workers.awaitTermination(5, java.util.concurrent.TimeUnit.MINUTES)) {
                throw new IllegalStateException("the classifying threads did not stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** On a worker: the customers of one range of input positions. */
    private Chunk classifyChunk(DuckDBConnection db, Range chunk, ClassificationEngine engine, LocalDate asOf,
                                PopulationStatistics statistics, ResultSinks sinks, ResultColumns columns,
                                Path documents, String source) throws SQLException, IOException {
        String range = chunk.where() + " order by ordinal";
        Counts counts = Counts.ofChunk();
        try (Connection featureReader = db.duplicate();
             Connection profileReader = db.duplicate();
             Statement s = featureReader.createStatement();
             ResultSet rs = s.executeQuery("select * from run_rows" + range);
             Statement ps = profileReader.createStatement();
             ResultSet profiles = ps.executeQuery("select ordinal, " + ProfileTable.select() + " from profiles" + range);
             OutputStream jsonl = documents == null ? null
                     : new BufferedOutputStream(Files.newOutputStream(documents), 1 << 16)) {
            List<Result> batch = new ArrayList<>(BATCH);
            while (rs.next()) {
                FeatureRow row = FeatureRow.read(rs);
                if (!profiles.next() || profiles.getLong(1) != row.ordinal()) {
                    throw new IllegalStateException(source + " changed while the segment run was reading it");
                }
                Classification c = engine.classify(row.withProfile(ProfileTable.read(profiles, 2), flags), asOf, statistics);
                List<SegmentRule> in = segments.isEmpty() ? List.of()
                        : segments.matching(SegmentVariables.of(c));
                List<String> names = in.isEmpty() ? List.of() : in.stream().map(SegmentRule::name).toList();
                if (jsonl != null) {
                    jsonl.write(ClassificationDocument.utf8(c, g -> writeSegments(g, in)));
                    jsonl.write('\n');
                }
                counts.add(c, names);
                batch.add(new Result(row.ordinal(), c, names));
                if (batch.size() == BATCH) {
                    append(sinks, columns, batch);
                    batch.clear();
                }
            }
            append(sinks, columns, batch);
        }
        return new Chunk(counts, documents);
    }

    private static void append(ResultSinks sinks, ResultColumns columns, List<Result> batch) throws SQLException {
        sinks.append(appender -> {
            for (Result r : batch) {
                columns.append(appender, r.ordinal(), r.classification(), r.segments());
            }
        });
    }

    /** The "segments" field of a JSON Lines document: name, label (zh, en) and priority of each. */
    static void writeSegments(JsonGenerator g, List<SegmentRule> in) {
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

    /** Counts per dimension and value code, and per custom segment. */
    private static final class Counts {
        private static final Dimension[] DIMENSIONS = Dimension.values();
        long customers;
        final Map<String, Map<String, Long>> byDimension = new LinkedHashMap<>();
        final Map<String, Long> bySegment;
        /** The maps of {@link #byDimension} by the dimension's position: no lookup by its code per customer. */
        private final List<Map<String, Long>> perDimension = new ArrayList<>(DIMENSIONS.length);

        private Counts(Supplier<Map<String, Long>> maps) {
            for (Dimension d : DIMENSIONS) {
                Map<String, Long> codes = maps.get();
                byDimension.put(d.code(), codes);
                perDimension.add(codes);
            }
            bySegment = maps.get();
        }

        /** The run's counts, in code order as the summary shows them. */
        static Counts total() {
            return new Counts(TreeMap::new);
        }

        /** One worker task's counts: hash maps, as nothing reads them in order before they join the total. */
        static Counts ofChunk() {
            return new Counts(HashMap::new);
        }

        void add(Counts chunk) {
            customers += chunk.customers;
            chunk.byDimension.forEach((d, codes) -> codes.forEach((code, n) -> byDimension.get(d).merge(code, n, Long::sum)));
            chunk.bySegment.forEach((segment, n) -> bySegment.merge(segment, n, Long::sum));
        }

        void add(Classification c, List<String> segments) {
            customers++;
            for (Dimension d : DIMENSIONS) {
                perDimension.get(d.ordinal()).merge(c.code(d), 1L, Long::sum);
            }
            segments.forEach(s -> bySegment.merge(s, 1L, Long::sum));
        }
    }
}
