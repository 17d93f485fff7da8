package io.clientlens.app.db;

import jakarta.annotation.PreDestroy;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The connections of long jobs (a classification run), so that a process that stops cancels what
 * they are doing instead of leaving PostgreSQL to run it on (docs/ARCHITECTURE.md, "Long queries
 * end with their process"). On shutdown each is cancelled (PostgreSQL's cancel request) and then
 * aborted (its socket closed), so the backend ends and its transaction rolls back even between two
 * statements, when a cancel request alone would be ignored.
 */
@Component
@DependsOn("dataSource") // destroyed before the connection pool, so that it can still reach the connections
public class InFlightQueries {
    private static final Logger LOG = LoggerFactory.getLogger(InFlightQueries.class);

    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();

    /** Registers a job's connection until the returned handle is closed. */
    public Tracked track(Connection connection) {
        connections.add(connection);
        return () -> connections.remove(connection);
    }

    /** Cancels and aborts every registered connection: the process is stopping. */
    @PreDestroy
    public void cancelAll() {
        for (Connection c : connections) {
            try {
                c.unwrap(PGConnection.class).cancelQuery();
                c.abort(Runnable::run);
                LOG.warn("cancelled a running job's database work because the process is stopping");
            } catch (SQLException e) {
                LOG.debug("cancelling a job's query: {}", e.getMessage());
            } finally {
                connections.remove(c);
            }
        }
    }

    /** Closing ends the tracking (not the connection). */
    @FunctionalInterface
    public interface Tracked extends AutoCloseable {
        @Override
        void close();
    }
}
