package io.clientlens.app.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL's {@code postmaster.pid} in a data directory: line 1 the postmaster's PID, line 2 its
 * data directory, line 3 its start time (seconds since the epoch), line 4 its port, line 8 its
 * status ({@code starting}, {@code ready}, {@code stopping}).
 *
 * <p>The file outlives a crash or a reboot. PostgreSQL refuses to start while the PID it names is
 * alive, whoever that process now is; so a file is taken as naming a running server only when the
 * process is alive, is a {@code postgres} executable, started when the file says, on this very
 * data directory. Anything else is a stale file (docs/ARCHITECTURE.md, "Embedded PostgreSQL as a
 * server per home").
 */
record PidFile(long pid, String dataDirectory, long startedEpochSecond, int port, String status) {
    static final String NAME = "postmaster.pid";
    /** How far the process's start time may lie from the file's: the file is written within a second of the start. */
    private static final Duration START_TOLERANCE = Duration.ofSeconds(30);

    /** Empty when there is no file; a file too short to parse names PID 0 (no process), so it is stale. */
    static Optional<PidFile> read(Path dataDirectory) {
        Path file = dataDirectory.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file);
            return Optional.of(new PidFile(number(lines, 0), line(lines, 1), number(lines, 2), (int) number(lines, 3),
                    line(lines, 7)));
        } catch (IOException e) {
            return Optional.of(new PidFile(0, "", 0, 0, ""));
        }
    }

    /** Whether the file names a live postmaster of {@code dataDirectory} (see the class comment). */
    boolean namesRunningServerOf(Path dataDirectory) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty() || !sameDirectory(dataDirectory)) {
            return false;
        }
        ProcessHandle.Info info = process.get().info();
        boolean postgres = info.command().map(c -> Path.of(c).getFileName().toString())
                .map(name -> name.equals("postgres") || name.equals("postgres.exe")).orElse(true);
        boolean startedThen = info.startInstant()
                .map(start -> Duration.between(Instant.ofEpochSecond(startedEpochSecond), start).abs()
                        .compareTo(START_TOLERANCE) <= 0)
                .orElse(true);
        return postgres && startedThen;
    }

    boolean stopping() {
        return status.equals("stopping");
    }

    private boolean sameDirectory(Path dataDirectory) {
        if (this.dataDirectory.isEmpty()) {
            return false;
        }
        try {
            return Files.isSameFile(Path.of(this.dataDirectory), dataDirectory);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String line(List<String> lines, int index) {
        return lines.size() > index ? lines.get(index).trim() : "";
    }

    private static long number(List<String> lines, int index) {
        try {
            return Long.parseLong(line(lines, index));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
