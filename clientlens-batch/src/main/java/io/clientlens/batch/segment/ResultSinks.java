package io.clientlens.batch.segment;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;

/**
 * Where the classifying threads append their results: a table and an appender (on a connection of its own) per
 * thread, so that the threads append side by side and no single thread turns every customer's codes into rows.
 * The rows carry the customer's ordinal; the Parquet file puts them back in input order
 * ({@link ResultColumns#parquetSelect}). Close only when no thread appends any more.
 */
final class ResultSinks implements AutoCloseable {
    private final DuckDBConnection db;
    private final List<String> tables;
    private final AtomicInteger next = new AtomicInteger();
    private final List<Sink> opened = Collections.synchronizedList(new ArrayList<>());
    private final ThreadLocal<Sink> mine = new ThreadLocal<>();

    /**
     * A thread's appender. DuckDB confines an appender to the thread that made it; the lock lifts that, so that the
     * reading thread can close it once the classifying threads are done (never while one appends).
     */
    private record Sink(DuckDBConnection connection, DuckDBAppender appender, Lock lock) {
    }

    /** Rows to append. */
    interface Rows {
        void appendTo(DuckDBAppender appender) throws SQLException;
    }

    private ResultSinks(DuckDBConnection db, List<String> tables) {
        this.db = db;
        this.tables = tables;
    }

    /** Creates one empty results table per thread. */
    static ResultSinks create(DuckDBConnection db, int threads) throws SQLException {
        List<String> tables = new ArrayList<>(threads);
        try (Statement s = db.createStatement()) {
            for (int i = 0; i < threads; i++) {
                tables.add("results_" + i);
                s.execute(ResultColumns.createTable(tables.get(i)));
            }
        }
        return new ResultSinks(db, List.copyOf(tables));
    }

    /** Appends {@code rows} with the calling thread's appender, opened on its first use. */
    void append(Rows rows) throws SQLException {
        Sink sink = mine();
        sink.lock().lock();
        try {
            rows.appendTo(sink.appender());
        } finally {
            sink.lock().unlock();
        }
    }

    private Sink mine() throws SQLException {
        Sink sink = mine.get();
        if (sink == null) {
            int i = next.getAndIncrement();
            if (i >= tables.size()) {
                throw new IllegalStateException("more classifying threads than results tables (" + tables.size() + ")");
            }
            DuckDBConnection connection = db.duplicate().unwrap(DuckDBConnection.class);
            DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, tables.get(i));
            sink = new Sink(connection, appender, appender.unsafeBreakThreadConfinement());
            opened.add(sink);
            mine.set(sink);
        }
        return sink;
    }

    /** Every results table, whether a thread appended to it or not. */
    List<String> tables() {
        return tables;
    }

    /** Flushes and closes every appender, then its connection. */
    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (Sink sink : opened) {
            sink.lock().lock();
            try (DuckDBConnection connection = sink.connection(); DuckDBAppender appender = sink.appender()) {
                // closing the appender (declared last, closed first) writes its last rows
            } catch (SQLException e) {
                first = first == null ? e : first;
            } finally {
                sink.lock().unlock();
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
