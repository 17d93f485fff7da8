package io.clientlens.batch.bench;

import io.clientlens.batch.segment.ResultFormat;
import io.clientlens.batch.segment.SegmentInput;
import io.clientlens.batch.Progress;
import io.clientlens.batch.segment.SegmentRequest;
import io.clientlens.batch.segment.SegmentRunner;
import io.clientlens.batch.rules.SegmentRules;
import io.clientlens.policy.Policy;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Times, in one JVM and over the same files: (a) the baseline a capable analyst would write in
 * DuckDB SQL — read the transactions, keep the 365-day window without bank postings, group by
 * owning customer for R, F and M, {@code ntile(5)} each, write Parquet — and (b) the full segment
 * run (all features, every dimension with its code and fired rule, the custom segments, the
 * results and the inputs kept for explanations in Parquet; JSON Lines documents with reasons too
 * when asked for). Reports wall time,
 * peak JVM heap and peak resident memory (JVM plus DuckDB) of each, and the ratio b / a.
 */
public final class SegmentBench {
    /**
     * One measurement. {@code cpuSeconds} is the whole process's CPU time (JVM and DuckDB threads):
     * on a machine shared with other work the wall time depends on the share this process got,
     * the CPU time much less.
     */
    public record Timing(String name, double seconds, double cpuSeconds, long peakHeapBytes, long peakRssBytes) {
    }

    /** One step of the segment run: from its start to the next step's start. */
    public record Phase(String name, double seconds, double cpuSeconds) {
    }

    /**
     * Both measurements and the ratio, the segment run's steps and the size of its JSON Lines
     * output (at a million customers that file alone takes seconds to write).
     */
    public record Result(Timing baseline, Timing segment, long customers, List<Phase> phases, long jsonLinesBytes) {
        public double ratio() {
            return segment.seconds() / baseline.seconds();
        }
    }

    private SegmentBench() {
    }

    public static Result run(Path data, Path work, LocalDate asOf, Policy policy) throws IOException, SQLException {
        return run(data, work, asOf, policy, ResultFormat.DEFAULT);
    }

    public static Result run(Path data, Path work, LocalDate asOf, Policy policy, Set<ResultFormat> outputs)
            throws IOException, SQLException {
        Files.createDirectories(work);
        SegmentInput input = SegmentInput.open(data, work);
        warm(input);
        Timing baseline = measure("duckdb-baseline", () -> baseline(input, work.resolve("baseline-rfm.parquet"), asOf, policy));
        long[] customers = new long[1];
        PhaseClock clock = new PhaseClock();
        Path out = work.resolve("segment-out");
        Timing segment = measure("segment", () -> customers[0] = new SegmentRunner(new SegmentRequest(data, asOf,
                out, policy, SegmentRules.NONE, null, 0, null, outputs)).run(clock).customers());
        Path jsonl = out.resolve(SegmentRunner.JSONL);
        return new Result(baseline, segment, customers[0], clock.phases(), Files.exists(jsonl) ? Files.size(jsonl) : 0);
    }

    /** Notes the wall and CPU time at each step the runner reports. */
    private static final class PhaseClock implements Progress {
        private final List<Phase> phases = new ArrayList<>();
        private String current;
        private long wallStart;
        private long cpuStart;

        @Override
        public void phase(String name) {
            next(name);
        }

        @Override
        public void start(String task, long total) {
            next("classify and write");
        }

        @Override
        public void step(long done) {
        }

        @Override
        public void finish() {
            next(null);
        }

        private void next(String name) {
            long wall = System.nanoTime();
            long cpu = processCpuNanos();
            if (current != null) {
                phases.add(new Phase(current, (wall - wallStart) / 1e9, (cpu - cpuStart) / 1e9));
            }
            current = name;
            wallStart = wall;
            cpuStart = cpu;
        }

        List<Phase> phases() {
            return List.copyOf(phases);
        }
    }

    /** Reads the transactions once so that both runs find them in the page cache. */
    private static void warm(SegmentInput input) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement s = db.createStatement()) {
            s.execute("select count(*), max(amount) from " + source(input.transactions()));
        }
    }

    static void baseline(SegmentInput input, Path out, LocalDate asOf, Policy policy) {
        String postings = policy.activity().bankPostingCategories().stream().sorted()
                .map(c -> "'" + c.replace("'", "''") + "'").collect(Collectors.joining(", "));
        String d = "DATE '" + asOf + "'";
        String sql = "copy (\n"
                + "  with rfm as (\n"
                + "    select l.customerId, " + d + " - max(t.date) as r, count(*) as f, sum(t.amount) as m\n"
                + "    from " + source(input.transactions()) + " t\n"
                + "    join read_csv(" + SegmentInput.literal(input.directory().resolve("links.csv")) + ") l\n"
                + "      on l.accountId = t.accountId and l.role = 'OWNER'\n"
                + "    where t.date <= " + d + " and t.date > " + d + " - 365\n"
                + "      and (t.category is null or t.category not in (" + postings + "))\n"
                + "    group by l.customerId)\n"
                + "  select *, ntile(5) over (order by r desc) as r_score, ntile(5) over (order by f) as f_score,\n"
                + "         ntile(5) over (order by m) as m_score from rfm\n"
                + ") to " + SegmentInput.literal(out) + " (format parquet)";
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement s = db.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("baseline failed: " + e.getMessage(), e);
        }
    }

    private static String source(Path transactions) {
        return transactions.getFileName().toString().endsWith(".parquet")
                ? "read_parquet(" + SegmentInput.literal(transactions) + ")"
                : "read_csv(" + SegmentInput.literal(transactions) + ", header = true, types = {'amount': 'DECIMAL(18,2)', "
                + "'balance': 'DECIMAL(18,2)', 'date': 'DATE'})";
    }

    interface Work {
        void run() throws Exception;
    }

    static Timing measure(String name, Work work) {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        resetPeakRss();
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        try {
            work.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(name + " failed: " + e.getMessage(), e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        long heap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heap += pool.getPeakUsage().getUsed();
            }
        }
        return new Timing(name, seconds, cpuSeconds, heap, peakRss());
    }

    /** CPU time of the whole process, all threads; -1 where the JVM cannot tell. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /** Linux: writing 5 to clear_refs resets the peak resident set size (VmHWM). */
    private static void resetPeakRss() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | RuntimeException ignored) {
            // not Linux or not allowed: the peak then covers the whole process so far
        }
    }

    private static long peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // not Linux
        }
        return -1;
    }
}
