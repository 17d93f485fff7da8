package io.clientlens.app.classify;

import io.clientlens.app.db.InFlightQueries;
import io.clientlens.batch.WorkerResults;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A run's second connection: it COPYs batches of result rows in a transaction of its own, on a thread of its own,
 * while the run's first connection reads customers and COPYs other batches. Storing a result document (parsing it,
 * compressing it, indexing it) is the database's largest share of a run, and one connection's backend does it on one
 * core; two backends do it on two. The connection is opened for the first batch it takes, so a run of one batch uses
 * one connection. It is tracked like the first one, so a process that stops cancels its work too.
 */
final class SecondWriter implements AutoCloseable {
    /** Batches queued or being written; more would only hold more result rows in the heap. */
    private static final int QUEUE = 2;

    private final DataSource dataSource;
    private final InFlightQueries inFlight;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "classify-writer");
        t.setDaemon(true);
        return t;
    });
    private final Deque<Future<Integer>> pending = new ArrayDeque<>();
    private Connection connection;
    private InFlightQueries.Tracked tracked;
    private int written;

    SecondWriter(DataSource dataSource, InFlightQueries inFlight) {
        this.dataSource = dataSource;
        this.inFlight = inFlight;
    }

    /** Whether it can take another batch without waiting; a failed write shows here, as the worker threw it. */
    boolean hasRoom() {
        collect(false);
        return pending.size() < QUEUE;
    }

    /** Queues a batch of COPY rows (UTF-8) for the second connection. */
    void write(byte[] rows) throws SQLException {
        if (connection == null) {
            connection = dataSource.getConnection();
            tracked = inFlight.track(connection);
            connection.setAutoCommit(false);
        }
        Connection c = connection;
        pending.add(thread.submit(() -> ClassificationRuns.copy(c, rows)));
    }

    /** Waits for every queued batch; returns how many customers this connection stored. */
    int finish() {
        collect(true);
        return written;
    }

    /** Counts the batches written so far, oldest first: those already done, or all of them, waiting for each. */
    private void collect(boolean waitForAll) {
        while (!pending.isEmpty() && (waitForAll || pending.peek().isDone())) {
            written += WorkerResults.of(pending.remove());
        }
    }

    /** Commits what this connection stored; the run is not visible until the first connection marks it done. */
    void commit() throws SQLException {
        if (connection != null) {
            connection.commit();
        }
    }

    /** Stops the thread and gives the connection back, rolling back whatever was not committed. */
    @Override
    public void close() {
        thread.shutdownNow();
        if (connection == null) {
            return;
        }
        try (Connection c = connection) {
            c.rollback();
        } catch (SQLException e) {
            // an aborted connection (the process stopping) cannot roll back; its backend has ended the transaction
        } finally {
            tracked.close();
        }
    }
}
