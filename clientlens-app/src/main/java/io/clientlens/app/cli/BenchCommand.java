package io.clientlens.app.cli;

import io.clientlens.app.profile.ProfileDocuments;
import io.clientlens.batch.bench.SegmentBench;
import io.clientlens.batch.generate.CustomerBaseGenerator;
import io.clientlens.batch.generate.GenericLayoutWriter;
import io.clientlens.batch.policy.PolicyYaml;
import io.clientlens.batch.segment.PreparedProfiles;
import io.clientlens.batch.segment.ResultFormat;
import io.clientlens.batch.segment.TransactionsParquet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark 'segment' against the plain DuckDB SQL an analyst would write.",
                "The SQL computes RFM with ntile and writes Parquet; both run in the same run over the same files. Prints",
                "wall and CPU times, peak memory and the ratio (docs/BENCHMARKS.md)."})
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

    @Option(names = "--output", defaultValue = "parquet", paramLabel = "parquet|parquet,jsonl",
            description = "Result files of the segment run (default parquet; parquet,jsonl adds the JSON Lines documents)")
    String output;

    @Option(names = "--profiles", defaultValue = "prepared", paramLabel = "prepared|jsonl",
            description = "prepared (default): 'segment prepare' once, untimed like generating, then the run reads the "
                    + "profile columns; jsonl: the run reads customers.jsonl itself")
    String profiles;

    @Override
    public Integer call() throws Exception {
        var outputs = ResultFormat.parse(output);
        boolean prepared = switch (profiles.toLowerCase(Locale.ROOT)) {
            case "prepared" -> true;
            case "jsonl" -> false;
            default -> throw OptionRejected.oneOf("--profiles", profiles, "prepared", "jsonl");
        };
        boolean parquet = switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> false;
            case "parquet" -> true;
            default -> throw OptionRejected.oneOf("--format", format, "csv", "parquet");
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
        if (prepared && !Files.exists(dir.resolve(PreparedProfiles.FILE))) {
            long start = System.nanoTime();
            long n = PreparedProfiles.prepare(dir, Runtime.getRuntime().availableProcessors());
            out().printf("%s %d, %.1f s%n", say().t("已准备客户资料（segment prepare）", "prepared profiles (segment prepare)"), n,
                    (System.nanoTime() - start) / 1e9);
        } else if (!prepared) {
            Files.deleteIfExists(dir.resolve(PreparedProfiles.FILE));
        }
        long rows = Files.exists(dir.resolve("transactions.csv")) ? Files.lines(dir.resolve("transactions.csv")).count() - 1 : -1;
        SegmentBench.Result r = SegmentBench.run(dir, home.resolve("bench").resolve("work"), END,
                root().policy == null ? PolicyYaml.defaults() : PolicyYaml.load(root().policy), outputs);
        out().printf(say().t("客户 %d，交易 %s，交易格式 %s，客户资料 %s，输出 %s，处理器 %d，最大堆 %d MiB%n",
                        "customers %d, transactions %s, format %s, profiles %s, output %s, processors %d, max heap %d MiB%n"),
                r.customers(), rows < 0 ? "(parquet)" : Long.toString(rows), format, prepared ? "prepared" : "jsonl", output, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        for (SegmentBench.Timing t : new SegmentBench.Timing[] {r.baseline(), r.segment()}) {
            out().println(timing(say(), "", t));
        }
        out().printf(say().t("比值 segment / 基准 = %.2f（CPU %.2f）%n", "ratio segment / baseline = %.2f (cpu %.2f)%n"),
                r.ratio(), r.segment().cpuSeconds() / r.baseline().cpuSeconds());
        out().println(say().t("分群运行各步骤：", "segment steps:"));
        for (SegmentBench.Phase p : r.phases()) {
            out().printf(say().t("  %s %8.2f s   CPU %8.2f s%n", "  %s %8.2f s   cpu %8.2f s%n"),
                    Summaries.padded(step(say(), p.name()), 20), p.seconds(), p.cpuSeconds());
        }
        if (r.jsonLinesBytes() > 0) {
            out().printf("  %s %.2f GB (%d %s)%n", say().t("JSON Lines 输出", "JSON Lines output"), r.jsonLinesBytes() / 1e9,
                    r.jsonLinesBytes() / Math.max(1, r.customers()), say().t("字节/客户", "bytes per customer"));
        }
        return 0;
    }

    /** One timed run: its name (a name the docs use, kept in both languages), wall and CPU time, peak heap and RSS. */
    static String timing(Say say, String indent, SegmentBench.Timing t) {
        return String.format(say.t("%s%-16s %8.2f s   CPU %8.2f s   堆峰值 %6d MiB   RSS 峰值 %6d MiB",
                        "%s%-16s %8.2f s   cpu %8.2f s   peak heap %6d MiB   peak RSS %6d MiB"), indent, t.name(), t.seconds(),
                t.cpuSeconds(), t.peakHeapBytes() >> 20, t.peakRssBytes() >> 20);
    }

    /** A step of the segment run, in the chosen language. */
    static String step(Say say, String name) {
        return switch (name) {
            case "customers" -> say.t("读取客户", name);
            case "features" -> say.t("计算特征", name);
            case "statistics" -> say.t("总体统计", name);
            case "classify and write" -> say.t("分类并写入", name);
            case "write parquet" -> say.t("写出 Parquet", name);
            case "monitoring" -> say.t("交易监测", name);
            default -> name;
        };
    }
}
