package io.clientlens.batch.aml;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * With {@code -Dclientlens.monitoring.times=true}, each step of transaction monitoring (a staging statement, a rule's
 * query and its reading) prints its wall and process CPU seconds on standard error: how docs/BENCHMARKS.md's
 * monitoring figures are broken down. Off by default: nothing is printed.
 */
final class StepTimes {
    private static final boolean ON = Boolean.getBoolean("clientlens.monitoring.times");

    private long wall = System.nanoTime();
    private long cpu = cpu();

    /** Prints the time since the previous mark (or the start) under {@code step}. */
    void mark(String step) {
        if (!ON) {
            return;
        }
        long w = System.nanoTime();
        long c = cpu();
        System.err.printf(Locale.ROOT, "monitoring %-40s %6.2f s wall %6.2f s CPU%n", step, (w - wall) / 1e9, (c - cpu) / 1e9);
        wall = w;
        cpu = c;
    }

    private static long cpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }
}
