package io.clientlens.app.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The embedded PostgreSQL server whose data directory lives in the ClientLens home.
 *
 * <p>Locked down (docs/SECURITY.md, "Database accounts"): it listens on 127.0.0.1 only, without a
 * Unix socket, and admits password (SCRAM) sign-ins only; the passwords are generated on the first
 * start and kept in {@code <home>/database-passwords.properties} (0600). The application connects
 * as {@link #app()}, migrations run as {@link #owner()}, and the superuser only sets up roles and
 * the database. Durable: {@code fsync} and {@code synchronous_commit} are on.
 *
 * <p>One server per home, shared by every ClientLens process on it; the last one to leave stops it,
 * and a server left behind by a killed process is restarted cleanly by the next (see
 * {@link ServerUsers} and docs/ARCHITECTURE.md).
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

    public static final String DATABASE = "clientlens";
    /**
     * Benchmarks only (docs/BENCHMARKS.md): a JVM started with {@code -Dclientlens.bench.fsync-off=true}
     * starts a server with fsync and synchronous commit off, to measure what durability costs. Never in use.
     */
    static final String BENCH_FSYNC_OFF = "clientlens.bench.fsync-off";
    private static final Duration STARTUP_WAIT = Duration.ofMinutes(5); // crash recovery after a kill may take a while
    private static final Duration STOP_WAIT = Duration.ofMinutes(2);
    /** Servers this JVM started, by data directory: stopped through the same object. Guarded by the home's turn. */
    private static final Map<Path, EmbeddedPostgres> STARTED_HERE = new HashMap<>();

    private final Path dataDirectory;
    private final int port;
    private final DatabasePasswords passwords;
    private final boolean startedServer;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedDatabase(Path dataDirectory, int port, DatabasePasswords passwords, boolean startedServer) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.passwords = passwords;
        this.startedServer = startedServer;
    }

    /**
     * Joins the server already running on {@code dataDirectory}, or starts one: after removing a
     * stale {@code postmaster.pid}, restarting a server nobody uses any more, creating the roles,
     * the passwords and the database, and upgrading a home from before passwords.
     */
    public static EmbeddedDatabase startOrAttach(Path dataDirectory) {
        Path data = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(data);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the database folder " + data, e);
        }
        try (ServerUsers.Turn turn = ServerUsers.turn(data)) {
            DatabasePasswords passwords = DatabasePasswords.loadOrCreate(DatabasePasswords.fileFor(data));
            OptionalInt running = runningServer(data, passwords, turn);
            EmbeddedDatabase database = running.isPresent()
                    ? new EmbeddedDatabase(data, running.getAsInt(), passwords, false)
                    : start(data, passwords);
            turn.join();
            return database;
        }
    }

    public String jdbcUrl() {
        return serverUrl() + DATABASE;
    }

    public int port() {
        return port;
    }

    /** Whether this object started the server (rather than joining one that ran already). */
    public boolean ownsServer() {
        return startedServer;
    }

    /** What the application connects as: no superuser, owns nothing. */
    public DatabaseAccount app() {
        return passwords.account(DatabaseRoles.APP);
    }

    /** Owns the database and its objects: what migrations run as. */
    public DatabaseAccount owner() {
        return passwords.account(DatabaseRoles.OWNER);
    }

    /** The superuser: for setting up roles and the database, and for the administrator's maintenance. */
    public DatabaseAccount superuser() {
        return passwords.account(DatabaseRoles.SUPERUSER);
    }

    public Path passwordsFile() {
        return passwords.file();
    }

    /** Leaves the server; the last process to leave stops it. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try (ServerUsers.Turn turn = ServerUsers.turn(dataDirectory)) {
            turn.leave();
            if (!turn.anyUser()) {
                stop(dataDirectory, passwords);
            }
        }
    }

    private String serverUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/";
    }

    /** The port of a server that runs on this data directory and that someone uses; empty when one must be started. */
    private static OptionalInt runningServer(Path data, DatabasePasswords passwords, ServerUsers.Turn turn) {
        Optional<PidFile> found = PidFile.read(data);
        if (found.isEmpty()) {
            return OptionalInt.empty();
        }
        PidFile pid = found.get();
        if (!pid.namesRunningServerOf(data)) {
            // No paths in log lines: a temporary folder's random digits can look like a card number to the log scan
            LOG.warn("Removing a stale {} of the home's database: PID {} is not a PostgreSQL server of its folder (ended, "
                    + "or reused by another process after a restart)", PidFile.NAME, pid.pid());
            try {
                Files.deleteIfExists(data.resolve(PidFile.NAME));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot remove the stale " + data.resolve(PidFile.NAME), e);
            }
            return OptionalInt.empty();
        }
        if (!turn.anyUser() || pid.stopping()) {
            LOG.warn("The home's database server (PID {}) was left running by a ClientLens process that ended without "
                    + "stopping it; restarting it", pid.pid());
            stop(data, passwords);
            return OptionalInt.empty();
        }
        return OptionalInt.of(pid.port());
    }

    private static EmbeddedDatabase start(Path data, DatabasePasswords passwords) {
        EmbeddedPostgres stale = STARTED_HERE.remove(data);
        if (stale != null) {
            closeQuietly(stale); // this JVM started it once, another process stopped it: release its lock
        }
        boolean fresh = !Files.exists(data.resolve("postgresql.conf"));
        boolean oldHome = !fresh && PgHba.trustsAnyone(data);
        EmbeddedPostgres server = launch(data, passwords, fresh, oldHome);
        STARTED_HERE.put(data, server);
        EmbeddedDatabase started = new EmbeddedDatabase(data, server.getPort(), passwords, true);
        try {
            if (oldHome) {
                started.requirePasswords();
            }
            DatabaseRoles.ensure(started.serverUrl(), passwords, oldHome);
            return started;
        } catch (SQLException | RuntimeException e) {
            stop(data, passwords);
            throw new IllegalStateException("Could not prepare the database in " + data + ": " + e.getMessage(), e);
        }
    }

    private static EmbeddedPostgres launch(Path data, DatabasePasswords passwords, boolean fresh, boolean oldHome) {
        boolean durable = !Boolean.getBoolean(BENCH_FSYNC_OFF);
        Path passwordFile = data.resolveSibling(".pgdata-superuser-password");
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false) // stopped by the last user (close), not by whichever JVM ends first
                    .setPort(freePort())
                    .setPGStartupWait(STARTUP_WAIT)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("unix_socket_directories", "''")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    // zonky starts PostgreSQL with -F and synchronous_commit=off (fast and unsafe); these come after
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "50")
                    // A run of a million customers writes about 8 GB of result documents in one transaction: with
                    // PostgreSQL's defaults (128 MB of buffers, a checkpoint every 1 GB of WAL) storing them took 350 s,
                    // with these 318 s (docs/BENCHMARKS.md, "Classifying while PostgreSQL writes").
                    .setServerConfig("shared_buffers", "1GB")
                    .setServerConfig("max_wal_size", "8GB")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setConnectConfig("password", passwords.account(DatabaseRoles.SUPERUSER).password())
                    .setDataDirectoryCustomizer(dir -> {
                        if (oldHome) {
                            PgHba.writeForUpgrade(dir.toPath());
                        } else {
                            PgHba.writePasswordsOnly(dir.toPath());
                        }
                    });
            if (fresh) {
                // initdb's own superuser password and SCRAM from the very first start: never a moment of trust
                Files.deleteIfExists(passwordFile);
                DatabasePasswords.createOwnerOnly(passwordFile);
                Files.writeString(passwordFile, passwords.account(DatabaseRoles.SUPERUSER).password() + "\n");
                builder.setLocaleConfig("pwfile", passwordFile.toString())
                        .setLocaleConfig("auth-host", "scram-sha-256")
                        .setLocaleConfig("auth-local", "scram-sha-256");
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + data + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(passwordFile);
            } catch (IOException e) {
                LOG.warn("Could not delete the home's {}: {}", passwordFile.getFileName(), e.getClass().getSimpleName());
            }
        }
    }

    /**
     * An old home trusted every local account. It starts with only the superuser trusted, which sets
     * its password; then the final pg_hba.conf (passwords only) is loaded, before anyone else is let in.
     */
    private void requirePasswords() throws SQLException {
        try (Connection trusted = DriverManager.getConnection(serverUrl() + "postgres", DatabaseRoles.SUPERUSER, "")) {
            DatabaseRoles.setSuperuserPassword(trusted, passwords);
            PgHba.writePasswordsOnly(dataDirectory);
            try (var s = trusted.createStatement()) {
                s.execute("select pg_reload_conf()");
            }
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (acceptsWithoutPassword()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the server still accepts the superuser without a password after reloading "
                        + dataDirectory.resolve(PgHba.NAME));
            }
            sleep(50);
        }
        LOG.warn("Upgraded the home's database: passwords for every role (in the home's {}), a separate owner and "
                + "application role", DatabasePasswords.FILE_NAME);
    }

    private boolean acceptsWithoutPassword() {
        try (Connection ignored = DriverManager.getConnection(serverUrl() + "postgres", DatabaseRoles.SUPERUSER, "")) {
            return true;
        } catch (SQLException refused) {
            return false;
        }
    }

    /**
     * Stops the server of {@code data}: a checkpoint first (with the superuser's password, when
     * known) so that the shutdown has little left to write, then a fast shutdown, waiting until the
     * postmaster has gone.
     */
    private static void stop(Path data, DatabasePasswords passwords) {
        Optional<PidFile> pid = PidFile.read(data).filter(p -> p.namesRunningServerOf(data));
        if (passwords != null && pid.isPresent()) {
            DatabaseAccount superuser = passwords.account(DatabaseRoles.SUPERUSER);
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pid.get().port() + "/postgres",
                    superuser.user(), superuser.password()); var s = c.createStatement()) {
                s.execute("checkpoint");
            } catch (SQLException e) {
                LOG.debug("no checkpoint before stopping: {}", e.getMessage());
            }
        }
        EmbeddedPostgres server = STARTED_HERE.remove(data);
        if (server != null) {
            closeQuietly(server); // pg_ctl stop -m fast, waiting up to 5 s; releases its lock in the data directory
        }
        pid.ifPresent(p -> Postmaster.stop(p.pid(), STOP_WAIT));
    }

    private static void closeQuietly(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            LOG.debug("closing the embedded server object: {}", e.getMessage());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
