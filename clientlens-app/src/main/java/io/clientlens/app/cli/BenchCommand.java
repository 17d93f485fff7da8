package io.clientlens.app.cli;

import io.clientlens.app.profile.ProfileDocuments;
import io.clientlens.batch.bench.SegmentBench;
import io.clientlens.batch.generate.CustomerBaseGenerator;
import io.clientlens.batch.generate.GenericLayoutWriter;
import io.clientlens.batch.policy.PolicyYaml;
import io.clientlens.batch.segment.TransactionsParquet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark 'segment' against the plain DuckDB SQL an analyst would write (RFM + ntile, Parquet),",
                "in the same run over the same files; prints wall times, peak memory and the ratio (docs/BENCHMARKS.md).",
                "分群性能基准：与同一数据上的 DuckDB 基线 SQL 对比。"})
class BenchCommand extends RootAware implements Callable<Integer> {
    private static final LocalDate END = LocalDate.of(2026, 9, 30);

    @Option(names = "--customers", defaultValue = "100000", description = "Customers (default 100000)")
    int customers;

    @Option(names = "--transactions", defaultValue = "2000000", description = "About this many transactions (default 2000000)")
    long transactions;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|parquet", description = "Transactions file format")
    String format;

    @Option(names = "--seed", defaultValue = "20260930", description = "Generator seed")
    long seed;

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default <home>/bench/N-M-FORMAT; generated when missing)")
    Path data;

    @Override
    public Integer call() throws Exception {
        boolean parquet = switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> false;
            case "parquet" -> true;
            default -> throw new IllegalArgumentException("--format: expected csv or parquet, was " + format);
        };
        Path home = root().settings().home();
        Path dir = data != null ? data : home.resolve("bench").resolve(customers + "-" + transactions + "-" + format + "-" + seed);
        if (!Files.exists(dir.resolve(".complete"))) {
            out().println(say().t("正在生成数据 ", "Generating data in ") + dir + " …");
            var settings = GenerateCommand.settings(customers, seed, END, transactions, 6);
            out().println(GenerateCommand.describe(settings, say()));
            out().flush();
            long start = System.nanoTime();
            GenerateCommand.writeLayout(dir, settings, parquet);
            Files.writeString(dir.resolve(".complete"), "");
            out().printf("%s %.1f s%n", say().t("生成耗时", "generated in"), (System.nanoTime() - start) / 1e9);
        } else {
            out().println(say().t("复用数据 ", "Reusing data in ") + dir);
        }
        long rows = Files.exists(dir.resolve("transactions.csv")) ? Files.lines(dir.resolve("transactions.csv")).count() - 1 : -1;
        SegmentBench.Result r = SegmentBench.run(dir, home.resolve("bench").resolve("work"), END,
                root().policy == null ? PolicyYaml.defaults() : PolicyYaml.load(root().policy));
        out().printf("customers %d, transactions %s, format %s, processors %d, max heap %d MiB%n", r.customers(),
                rows < 0 ? "(parquet)" : Long.toString(rows), format, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        for (SegmentBench.Timing t : new SegmentBench.Timing[] {r.baseline(), r.segment()}) {
            out().printf("%-16s %8.2f s   cpu %8.2f s   peak heap %6d MiB   peak RSS %6d MiB%n", t.name(), t.seconds(),
                    t.cpuSeconds(), t.peakHeapBytes() >> 20, t.peakRssBytes() >> 20);
        }
        out().printf("ratio segment / baseline = %.2f (cpu %.2f)%n", r.ratio(), r.segment().cpuSeconds() / r.baseline().cpuSeconds());
        out().println(say().t("分群运行各步骤：", "segment steps:"));
        for (SegmentBench.Phase p : r.phases()) {
            out().printf("  %-20s %8.2f s   cpu %8.2f s%n", p.name(), p.seconds(), p.cpuSeconds());
        }
        out().printf("  %s %.2f GB (%d %s)%n", say().t("JSON Lines 输出", "JSON Lines output"), r.jsonLinesBytes() / 1e9,
                r.jsonLinesBytes() / Math.max(1, r.customers()), say().t("字节/客户", "bytes per customer"));
        return 0;
    }
}
