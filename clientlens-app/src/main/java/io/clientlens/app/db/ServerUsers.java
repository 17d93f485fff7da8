package io.clientlens.app.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Which processes use the embedded server of a home, kept by the operating system's file locks
 * beside the data directory, so that a process killed with {@code kill -9} stops counting at once:
 *
 * <ul>
 * <li>{@code pgdata.lock}: held exclusively while a process starts, joins, leaves or stops the
 * server ({@link Turn}), so those decisions never interleave;</li>
 * <li>{@code pgdata.users}: every process using the server holds a shared lock on it. A running
 * server on which nobody holds one was left by a process that died: an orphan.</li>
 * </ul>
 *
 * <p>Java's file locks belong to the process (one per file per JVM; closing any channel of the file
 * would drop them), so users within one JVM are counted here and the JVM holds one shared lock for all.
 */
final class ServerUsers {
    private static final Duration TURN_WAIT = Duration.ofMinutes(10); // a start after a crash replays the log first
    private static final Map<Path, ServerUsers> IN_THIS_JVM = new HashMap<>();

    private final Path dataDirectory;
    private final ReentrantLock turnInThisJvm = new ReentrantLock();
    private final FileChannel turnFile;
    private final FileChannel usersFile;
    private FileLock shared;
    private int usersInThisJvm;

    private ServerUsers(Path dataDirectory) throws IOException {
        this.dataDirectory = dataDirectory;
        this.turnFile = open(dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock"));
        this.usersFile = open(dataDirectory.resolveSibling(dataDirectory.getFileName() + ".users"));
    }

    /** Waits for this process's turn to start, join, leave or stop the server of {@code dataDirectory}. */
    static Turn turn(Path dataDirectory) {
        ServerUsers users;
        synchronized (IN_THIS_JVM) {
            users = IN_THIS_JVM.computeIfAbsent(dataDirectory, d -> {
                try {
                    return new ServerUsers(d);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot create the lock files beside " + d, e);
                }
            });
        }
        return users.takeTurn();
    }

    private Turn takeTurn() {
        turnInThisJvm.lock();
        try {
            long deadline = System.nanoTime() + TURN_WAIT.toNanos();
            while (true) {
                FileLock lock = turnFile.tryLock();
                if (lock != null) {
                    return new Turn(lock);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Another ClientLens process has been starting or stopping the database of "
                            + dataDirectory.getParent() + " for " + TURN_WAIT.toMinutes() + " minutes; try again later"
                            + " / 另一个 ClientLens 进程正在启动或停止该数据库，请稍后再试");
                }
                Thread.sleep(100);
            }
        } catch (IOException e) {
            turnInThisJvm.unlock();
            throw new UncheckedIOException("Cannot lock " + dataDirectory.getParent(), e);
        } catch (InterruptedException e) {
            turnInThisJvm.unlock();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to start the database", e);
        } catch (RuntimeException e) {
            turnInThisJvm.unlock();
            throw e;
        }
    }

    /** One process's exclusive turn; release it by closing. */
    final class Turn implements AutoCloseable {
        private final FileLock lock;

        private Turn(FileLock lock) {
            this.lock = lock;
        }

        /** Whether any process (this one included) uses the server now. */
        boolean anyUser() {
            if (usersInThisJvm > 0) {
                return true;
            }
            try (FileLock exclusive = usersFile.tryLock(0, Long.MAX_VALUE, false)) {
                return exclusive == null;
            } catch (IOException e) {
                return true; // when in doubt, someone does: never stop a server that may be in use
            }
        }

        /** This process uses the server from now on. */
        void join() {
            if (usersInThisJvm++ == 0) {
                try {
                    shared = usersFile.lock(0, Long.MAX_VALUE, true);
                } catch (IOException e) {
                    usersInThisJvm--;
                    throw new UncheckedIOException("Cannot register with the database of " + dataDirectory.getParent(), e);
                }
            }
        }

        /** This process no longer uses the server (once every user within it has left). */
        void leave() {
            if (usersInThisJvm == 0) {
                return;
            }
            if (--usersInThisJvm == 0) {
                try {
                    shared.release();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    shared = null;
                }
            }
        }

        @Override
        public void close() {
            try {
                lock.release();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                turnInThisJvm.unlock();
            }
        }
    }

    private static FileChannel open(Path file) throws IOException {
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }
}
