package io.clientlens.app.db;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/** Stops a PostgreSQL server by its postmaster's PID, as {@code pg_ctl stop -m fast} does. */
final class Postmaster {
    private Postmaster() {
    }

    /**
     * SIGINT is PostgreSQL's fast shutdown: running transactions are rolled back, sessions ended, a
     * checkpoint written. Waits until the process has gone.
     */
    static void stop(long pid, Duration wait) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return;
        }
        if (!interrupt(pid)) {
            process.get().destroy(); // SIGTERM: a smart shutdown, which waits for sessions to end
        }
        long deadline = System.nanoTime() + wait.toNanos();
        while (process.get().isAlive()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The database server (PID " + pid + ") did not stop within "
                        + wait.toSeconds() + " s / 数据库服务未能停止");
            }
            EmbeddedDatabase.sleep(50);
        }
    }

    private static boolean interrupt(long pid) {
        try {
            return new ProcessBuilder("kill", "-INT", Long.toString(pid)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
