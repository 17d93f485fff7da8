package io.clientlens.app.bench;

import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.batch.Progress;
import io.clientlens.app.classify.RunSummary;
import io.clientlens.app.config.Launcher;
import io.clientlens.app.config.ProjectRoot;
import io.clientlens.app.config.Settings;
import io.clientlens.app.customer.Customers;
import io.clientlens.app.importing.Imports;
import io.clientlens.batch.berka.BerkaReader;
import io.clientlens.batch.generate.CustomerBaseGenerator;
import io.clientlens.batch.generate.GeneratorSettings;
import io.clientlens.batch.generate.TransactionTarget;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Benchmark of the database path ({@code classify}): loads a data set once into its own home,
 * then times, in the same run, the baseline — the plain feature SQL a capable analyst would run
 * in PostgreSQL — and the full classification run (features, statistics, every rule with
 * reasons, results written back). Prints medians, the ratio and peak memory. When it loads the
 * data itself (an empty home), it first classifies right after the load and prints that run's
 * time against the later runs' median: what fresh statistics after a load are for.
 *
 * <p>Run it with {@code bin/bench-classify}; the figures go to docs/BENCHMARKS.md.
 */
public final class ClassifyBenchmark {
    private ClassifyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        Path home = Path.of(options.getOrDefault("home", "target/bench-classify"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
        String dataset = options.getOrDefault("dataset", "generated");
        int customers = Integer.parseInt(options.getOrDefault("customers", "100000"));
        double perMonth = Double.parseDouble(options.getOrDefault("transactions-per-month", "2"));
        // --transactions M: the same data as `bench --transactions M` of segment (same seed and end date)
        Long transactions = options.containsKey("transactions") ? Long.valueOf(options.get("transactions")) : null;
        boolean timeAfterLoad = Boolean.parseBoolean(options.getOrDefault("after-load", "true"));
        Files.createDirectories(home);
        Settings settings = Settings.resolve(home, null, System.getenv());
        try (Launcher app = Launcher.start(settings, null, Map.of())) {
            long loadMillis = 0;
            boolean loadedNow = app.bean(Customers.class).count() == 0;
            if (loadedNow) {
                long start = System.nanoTime();
                Imports.Result loaded = app.bean(Imports.class).load(sink -> {
                    if (dataset.equals("berka")) {
                        // Default: the extract kept in the repository (data/berka).
                        new BerkaReader().read(options.containsKey("berka") ? Path.of(options.get("berka"))
                                : ProjectRoot.berka(ProjectRoot.find()), sink);
                    } else {
                        LocalDate end = LocalDate.of(2026, 9, 30);
                        new CustomerBaseGenerator(transactions == null
                                ? new GeneratorSettings(customers, 20260930L, end, 730, perMonth)
                                : TransactionTarget.settings(customers, 20260930L, end, transactions)).generate(sink);
                    }
                });
                loadMillis = (System.nanoTime() - start) / 1_000_000;
                System.out.printf("loaded: %s in %.1f s%n", loaded.counts(), loadMillis / 1000.0);
            }
            ClassificationRuns runs = app.bean(ClassificationRuns.class);
            LocalDate asOf = runs.latestTransactionDate().orElseThrow();
            long txns = app.bean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject("select count(*) from txn", Long.class);
            long n = app.bean(Customers.class).count();
            System.out.printf("data: %s, %,d customers, %,d transactions, as-of %s%n", dataset, n, txns, asOf);

            Long afterLoad = null;
            if (loadedNow && timeAfterLoad) {
                // Right after the load, as an administrator would run it: the statistics are those the load left.
                long start = System.nanoTime();
                runs.run(asOf, Progress.NONE);
                afterLoad = (System.nanoTime() - start) / 1_000_000;
            }
            List<Long> baseline = new ArrayList<>();
            List<Long> full = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                baseline.add(runs.timeFeatureQueryOnly(asOf));
                long start = System.nanoTime();
                RunSummary summary = runs.run(asOf, Progress.NONE);
                full.add((System.nanoTime() - start) / 1_000_000);
                if (summary.customers() != n) {
                    throw new IllegalStateException("classified " + summary.customers() + " of " + n);
                }
            }
            long b = median(baseline);
            long f = median(full);
            System.out.printf("baseline (feature SQL only), median of %d: %,d ms   all: %s%n", rounds, b, baseline);
            System.out.printf("classify (full run),         median of %d: %,d ms   all: %s%n", rounds, f, full);
            System.out.printf("ratio full/baseline: %.2f%n", (double) f / b);
            if (afterLoad != null) {
                System.out.printf("classify right after the load: %,d ms; again (median of %d): %,d ms; ratio after-load/again: %.2f%n",
                        afterLoad, rounds, f, (double) afterLoad / f);
            }
            System.out.printf("throughput: %,.0f customers/s%n", n * 1000.0 / f);
            System.out.printf("JVM peak heap used: %,d MiB; JVM peak RSS: %s; max heap: %,d MiB%n",
                    peakHeapBytes() / (1 << 20), peakRss(), Runtime.getRuntime().maxMemory() / (1 << 20));
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Linux's high-water mark of resident memory of this process (the JVM; PostgreSQL runs apart). */
    private static String peakRss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                    .map(l -> l.replace("VmHWM:", "").trim()).findFirst().orElse("n/a");
        } catch (java.io.IOException e) {
            return "n/a";
        }
    }

    /** {@code --name value} pairs. */
    static final class Options {
        static Map<String, String> parse(String[] args) {
            Map<String, String> map = new java.util.HashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                if (!args[i].startsWith("--")) {
                    throw new IllegalArgumentException("expected --name value pairs, found " + args[i]);
                }
                map.put(args[i].substring(2), args[i + 1]);
            }
            return map;
        }
    }
}
