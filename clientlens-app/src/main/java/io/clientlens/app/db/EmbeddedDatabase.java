package io.clientlens.app.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The embedded PostgreSQL server whose data directory lives in the ClientLens home.
 *
 * <p>A second ClientLens process on the same home (say, {@code classify} while {@code serve}
 * runs) must not start another postmaster on the same data directory; it attaches to the
 * running one, found through PostgreSQL's own {@code postmaster.pid}.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "clientlens";
    public static final String USER = "postgres";

    private final EmbeddedPostgres server; // null when attached to another process's server
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Attaches to the server already running on {@code dataDirectory}, or starts one. */
    public static EmbeddedDatabase startOrAttach(Path dataDirectory) {
        Optional<Integer> running = runningServerPort(dataDirectory);
        if (running.isPresent()) {
            EmbeddedDatabase attached = new EmbeddedDatabase(null, running.get());
            attached.createDatabaseIfMissing();
            return attached;
        }
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(freePort())
                    .setServerConfig("max_connections", "50")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .start();
            EmbeddedDatabase started = new EmbeddedDatabase(server, server.getPort());
            started.createDatabaseIfMissing();
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory
                    + ": " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    public boolean ownsServer() {
        return server != null;
    }

    @Override
    public void close() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the embedded PostgreSQL", e);
        }
    }

    private void createDatabaseIfMissing() {
        String adminUrl = "jdbc:postgresql://localhost:" + port + "/postgres";
        try (Connection c = DriverManager.getConnection(adminUrl, USER, "");
             var exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (var rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (var create = c.createStatement()) {
                        create.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare database '" + DATABASE + "' on port " + port
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * PostgreSQL writes {@code postmaster.pid} while it runs: line 1 is the pid, line 4 the port.
     * A stale file (the process is gone) means no server runs.
     */
    static Optional<Integer> runningServerPort(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.size() < 4) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).trim());
            int port = Integer.parseInt(lines.get(3).trim());
            boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            return alive ? Optional.of(port) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
