package io.clientlens.batch.segment;

import io.clientlens.batch.WorkerResults;
import io.clientlens.batch.profile.ProfileJson;
import io.clientlens.code.InputRejected;
import io.clientlens.customer.Profile;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Profiles as columns (docs/SEGMENTS.md, "Prepared profiles"): customers.jsonl is read and
 * validated once into a table of {@link ProfileTable} columns, either by {@code segment prepare}
 * into customers.parquet next to it, or by a segment run over JSON Lines into its own work
 * database. A run over a prepared directory reads the Parquet file and parses no JSON.
 */
public final class PreparedProfiles {
    /** The prepared profiles of a generic-layout directory. */
    public static final String FILE = "customers.parquet";
    /** The profile columns of customers.parquet, customer_id first, in the order {@link #read} reads them. */
    public static final List<String> COLUMNS = ProfileTable.COLUMNS;
    private static final int BATCH = 512;

    private PreparedProfiles() {
    }

    /**
     * {@code segment prepare}: validates every document of {@code dir}/customers.jsonl and writes
     * {@code dir}/customers.parquet (to a temporary name first). Returns the number of customers.
     *
     * @throws IllegalArgumentException naming the line of the first bad document or the lines of a
     *                                  customer given twice
     */
    public static long prepare(Path dir, int threads) {
        Path jsonl = dir.resolve(SegmentInput.CUSTOMERS);
        if (!Files.exists(jsonl)) {
            throw new InputRejected(jsonl + " 缺失：没有可准备的客户资料（见 docs/generic-layout.md）",
                    jsonl + " is missing: nothing to prepare (docs/generic-layout.md)");
        }
        Path target = dir.resolve(FILE);
        Path tmp = dir.resolve("." + FILE + ".tmp");
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement s = db.createStatement()) {
            long n = load((DuckDBConnection) db, jsonl, "profiles", threads);
            SegmentInput.refuseDuplicates(s, "profiles", jsonl.toString());
            s.execute("copy (select * from profiles order by ordinal) to " + SegmentInput.literal(tmp)
                    + " (format parquet, compression zstd)");
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            return n;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare " + jsonl + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // best effort
            }
        }
    }

    /**
     * Whether {@code dir} has prepared profiles to use: customers.parquet exists and customers.jsonl,
     * if there, was not changed after it.
     *
     * @throws IllegalArgumentException when customers.jsonl is newer than customers.parquet
     */
    static boolean usable(Path dir) {
        Path parquet = dir.resolve(FILE);
        if (!Files.exists(parquet)) {
            return false;
        }
        Path jsonl = dir.resolve(SegmentInput.CUSTOMERS);
        try {
            if (Files.exists(jsonl) && Files.getLastModifiedTime(jsonl).compareTo(Files.getLastModifiedTime(parquet)) > 0) {
                throw new IllegalArgumentException(changedAfterPreparation(jsonl, parquet, dir));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir + ": " + e.getMessage(), e);
        }
        return true;
    }

    /** Why customers.parquet cannot be used: customers.jsonl was changed after it was prepared. */
    public static String changedAfterPreparation(Object jsonl, Object parquet, Object dir) {
        return jsonl + " was changed after " + parquet + " was prepared: run 'segment prepare --input " + dir
                + "' again, or remove " + parquet + " / 客户资料在列式文件生成之后被修改：请重新运行 'segment prepare --input " + dir
                + "'，或删除 " + parquet;
    }

    /** Why customers.parquet cannot be used: it lacks a profile column this version reads. */
    public static String preparedByEarlierVersion(Object parquet, String column, Object dir) {
        return parquet + " has no column " + column + ": it was prepared by an earlier version; run 'segment prepare "
                + "--input " + dir + "' again / 列式客户资料缺少列 " + column + "（由旧版本生成）：请重新运行 'segment prepare --input "
                + dir + "'";
    }

    /**
     * The profile of one row of customers.parquet as another engine holds it (Spark's rows), the {@link #COLUMNS}
     * starting at column {@code first}: the profile a run over the same file gives on the local engine.
     */
    public static <X extends Exception> Profile read(ProfileColumns<X> row, int first) throws X {
        return ProfileTable.read(row, first);
    }

    /**
     * Whether {@code dir} has prepared profiles a run can use as they are: customers.parquet exists, customers.jsonl
     * was not changed after it, and it has every profile column of this version (a benchmark prepares again otherwise).
     */
    public static boolean current(Path dir) {
        Path parquet = dir.resolve(FILE);
        if (!Files.exists(parquet)) {
            return false;
        }
        try {
            Path jsonl = dir.resolve(SegmentInput.CUSTOMERS);
            if (Files.exists(jsonl) && Files.getLastModifiedTime(jsonl).compareTo(Files.getLastModifiedTime(parquet)) > 0) {
                return false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir + ": " + e.getMessage(), e);
        }
        java.util.Set<String> present = new java.util.HashSet<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement s = db.createStatement();
             java.sql.ResultSet rs = s.executeQuery("select * from read_parquet(" + SegmentInput.literal(parquet) + ") limit 0")) {
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                present.add(rs.getMetaData().getColumnName(i));
            }
        } catch (SQLException e) {
            return false;
        }
        return present.containsAll(ProfileTable.COLUMNS);
    }

    /**
     * Reads customers.jsonl into table {@code table} (ordinal, line, profile columns) in file
     * order; worker threads parse the documents. Returns the number of customers.
     */
    static long load(DuckDBConnection db, Path jsonl, String table, int threads) throws SQLException {
        String source = jsonl.toString();
        try (Statement s = db.createStatement()) {
            s.execute(ProfileTable.createTable(table));
        }
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "profile-reader");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<List<Parsed>>> pending = new ArrayDeque<>();
        int maxPending = Math.max(1, threads) * 3;
        long count = 0;
        try (CustomerLines lines = new CustomerLines(jsonl);
             DuckDBAppender appender = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table)) {
            List<Line> batch = new ArrayList<>(BATCH);
            while (lines.next()) {
                batch.add(new Line(lines.line(), lines.ordinal(), lines.lineNumber()));
                if (batch.size() == BATCH) {
                    List<Line> work = batch;
                    pending.add(workers.submit(() -> parse(work, source)));
                    batch = new ArrayList<>(BATCH);
                    while (pending.size() >= maxPending) {
                        count += append(pending.poll(), appender);
                    }
                }
            }
            List<Line> work = batch;
            pending.add(workers.submit(() -> parse(work, source)));
            while (!pending.isEmpty()) {
                count += append(pending.poll(), appender);
            }
        } finally {
            workers.shutdownNow();
        }
        return count;
    }

    private record Line(byte[] bytes, long ordinal, long lineNumber) {
    }

    private record Parsed(Profile profile, long ordinal, long lineNumber) {
    }

    /** The same checks and messages as reading a document for classification always had. */
    private static List<Parsed> parse(List<Line> lines, String source) {
        List<Parsed> parsed = new ArrayList<>(lines.size());
        for (Line l : lines) {
            String id = CustomerIds.of(l.bytes(), source, l.lineNumber());
            Profile profile;
            try {
                profile = ProfileJson.read(new String(l.bytes(), StandardCharsets.UTF_8));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(source + " line " + l.lineNumber() + ": customer " + id + ": "
                        + e.getMessage(), e);
            }
            parsed.add(new Parsed(profile, l.ordinal(), l.lineNumber()));
        }
        return parsed;
    }

    private static int append(Future<List<Parsed>> future, DuckDBAppender appender) throws SQLException {
        List<Parsed> parsed = WorkerResults.of(future);
        for (Parsed p : parsed) {
            ProfileTable.append(appender, p.ordinal(), p.lineNumber(), p.profile());
        }
        return parsed.size();
    }
}
