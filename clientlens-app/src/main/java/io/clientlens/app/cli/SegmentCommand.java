package io.clientlens.app.cli;

import io.clientlens.batch.policy.PolicyYaml;
import io.clientlens.batch.rules.SegmentRules;
import io.clientlens.batch.rules.SegmentRulesYaml;
import io.clientlens.batch.segment.MigrationMatrix;
import io.clientlens.batch.segment.PreparedProfiles;
import io.clientlens.batch.segment.ResultFormat;
import io.clientlens.batch.segment.SegmentExplain;
import io.clientlens.batch.segment.RunRegistry;
import io.clientlens.batch.Progress;
import io.clientlens.batch.segment.SegmentRequest;
import io.clientlens.batch.segment.SegmentRun;
import io.clientlens.batch.segment.SegmentRunner;
import io.clientlens.app.audit.AuditTrail;
import io.clientlens.app.config.Launcher;
import io.clientlens.batch.export.TargetListFile;
import io.clientlens.batch.segment.TargetList;
import io.clientlens.policy.Policy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "segment", mixinStandardHelpOptions = true,
        subcommands = {SegmentCommand.Diff.class, SegmentCommand.Export.class, SegmentCommand.Prepare.class,
                SegmentCommand.Explain.class},
        description = {"Segment a customer base from files (no database).",
                "DuckDB (or Apache Spark, --engine spark) computes the features, the classifiers of 'classify' classify every",
                "customer, and custom CEL segments are applied (docs/SEGMENTS.md)."})
class SegmentCommand extends RootAware implements Callable<Integer> {

    // --input and --out are required to segment, but not by picocli: a parent's required options would be demanded
    // of 'segment diff' and 'segment export' too, which take neither (call() checks them instead)
    @Option(names = "--input", paramLabel = "DIR",
            description = "Required to segment: generic layout (customers.jsonl, accounts.csv, links.csv, transactions.csv|parquet, …) "
                    + "or a Berka directory")
    Path input;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "As-of date (default: the latest transaction date)")
    LocalDate asOf;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Required to segment: output directory (classifications.parquet, summary.json, run.json, the inputs "
                    + "kept for explanations, alerts.jsonl (docs/AML.md); classifications.jsonl with --output parquet,jsonl)")
    Path out;

    @Option(names = "--output", defaultValue = "parquet", paramLabel = "parquet|parquet,jsonl",
            description = "Result files: parquet (default: codes, fired rules, features; reasons on demand with 'segment explain') "
                    + "or parquet,jsonl (also the JSON Lines documents with labels and reasons)")
    String output;

    @Option(names = "--rules", paramLabel = "FILE", description = "Custom segment rules (YAML with CEL expressions)")
    Path rules;

    @Option(names = "--threads", defaultValue = "0", description = "Worker threads (default: all processors)")
    int threads;

    @Option(names = "--duckdb-memory", paramLabel = "SIZE", description = "DuckDB memory limit, e.g. 2GB (default: DuckDB's)")
    String duckdbMemory;

    @Option(names = "--engine", defaultValue = "duckdb", paramLabel = "duckdb|spark",
            description = "duckdb (default: in this process) or spark (Apache Spark, docs/SCALING.md; its jars are loaded only then)")
    String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "With --engine spark: local[N] (default local[*]), yarn or k8s://https://HOST:PORT")
    String master;

    @Override
    public Integer call() {
        List<String> missing = new java.util.ArrayList<>();
        if (input == null) {
            missing.add("'--input=DIR'");
        }
        if (out == null) {
            missing.add("'--out=DIR'");
        }
        if (!missing.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), say().t("缺少必需的选项：", "Missing required options: ")
                    + String.join(", ", missing) + say().t("（或使用子命令 prepare、explain、diff、export）",
                    " (or use one of the subcommands prepare, explain, diff, export)"));
        }
        boolean spark = switch (engine.toLowerCase(java.util.Locale.ROOT)) {
            case "duckdb" -> false;
            case "spark" -> true;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    say().t("--engine：应为 duckdb 或 spark，实为 ", "--engine: expected duckdb or spark, was ") + engine);
        };
        if (master != null && !spark) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    say().t("--master 仅用于 --engine spark", "--master applies to --engine spark only"));
        }
        Policy policy = root().policy == null ? PolicyYaml.defaults() : PolicyYaml.load(root().policy);
        SegmentRules segmentRules = rules == null ? SegmentRules.NONE : SegmentRulesYaml.load(rules);
        // every expression compiled before any data is read or Spark starts, its problems named by the file
        io.clientlens.batch.rules.CompiledSegments.compile(segmentRules, rules == null ? "rules" : rules.toString());
        if (spark) {
            out().println(say().t("正在启动 Spark（" + (master == null ? "local[*]" : master) + "）…",
                    "Starting Spark (" + (master == null ? "local[*]" : master) + ")…"));
            out().flush();
            printRun(out(), say(), SparkEngine.run(sparkArguments(), out, say(), out()));
            return 0;
        }
        SegmentRequest request = new SegmentRequest(input, asOf, out, policy, segmentRules, root().settings().home(),
                threads, duckdbMemory, ResultFormat.parse(output));
        SegmentRunner runner = new SegmentRunner(request);
        SegmentRun run = runner.run(progress(out(), say()));
        printRun(out(), say(), run);
        return 0;
    }

    /** SparkSegmentMain's arguments for this command (the same outputs as the DuckDB path: --output). */
    List<String> sparkArguments() {
        List<String> args = new java.util.ArrayList<>(List.of("--input", input.toAbsolutePath().toString(),
                "--out", out.toAbsolutePath().toString(), "--master", master == null ? "local[*]" : master,
                "--output", output));
        if (asOf != null) {
            args.addAll(List.of("--as-of", asOf.toString()));
        }
        if (root().policy != null) {
            args.addAll(List.of("--policy", root().policy.toAbsolutePath().toString()));
        }
        if (rules != null) {
            args.addAll(List.of("--rules", rules.toAbsolutePath().toString()));
        }
        Path home = root().settings().home();
        if (home != null) {
            args.addAll(List.of("--home", home.toAbsolutePath().toString()));
        }
        return args;
    }

    static void printRun(PrintWriter out, Say say, SegmentRun run) {
        out.printf("%s %s  %s %s  %s %s  %s %d  %s %.1f s%n", say.t("运行", "Run"), run.id(), say.t("基准日", "as of"), run.asOf(),
                say.t("政策版本", "policy"), run.policyVersion(), say.t("客户数", "customers"), run.customers(),
                say.t("耗时", "took"), run.seconds());
        Summaries.printCounts(out, say, run.counts());
        if (!run.segments().isEmpty()) {
            StringBuilder line = new StringBuilder();
            run.segments().forEach((segment, n) -> line.append(String.format("  %s %,d", segment, n)));
            out.println(Summaries.padded(say.t("自定义分群", "custom segments"), 22) + line);
        }
        out.println(say.t("结果已写入 ", "Results in ") + run.out());
        out.flush();
    }

    static Progress progress(PrintWriter out, Say say) {
        return new TerminalProgress(out, say, phase -> switch (phase) {
            case "customers" -> say.t("正在读取客户资料…", "Reading the customer profiles…");
            case "features" -> say.t("DuckDB 正在计算客户特征…", "DuckDB is computing customer features…");
            case "statistics" -> say.t("正在计算总体统计（利润贡献帕累托分界、RFM 五分位）…",
                    "Computing the population statistics (Pareto cut of contribution, RFM quintiles)…");
            default -> null;
        });
    }

    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = "Migration matrix between two runs per dimension (e.g. how many CORE became GENERAL).")
    static class Diff extends RootAware implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "RUN_A", description = "Run id (or prefix) or output directory")
        String a;

        @Parameters(index = "1", paramLabel = "RUN_B", description = "Run id (or prefix) or output directory")
        String b;

        @Option(names = "--out", paramLabel = "FILE", description = "CSV file (default: migration-A-B.csv here)")
        Path csv;

        @Override
        public Integer call() {
            RunRegistry registry = new RunRegistry(root().settings().home());
            SegmentRun runA = registry.find(a);
            SegmentRun runB = registry.find(b);
            List<MigrationMatrix.Cell> cells = MigrationMatrix.between(runA, runB);
            String dimension = null;
            for (MigrationMatrix.Cell c : cells) {
                if (!c.dimension().equals(dimension)) {
                    dimension = c.dimension();
                    out().println(dimension + ":");
                }
                out().printf("  %-20s → %-20s %d%s%n", c.from(), c.to(), c.customers(), c.from().equals(c.to()) ? "" : "  *");
            }
            Path file = csv != null ? csv : Path.of("migration-" + runA.id() + "-" + runB.id() + ".csv");
            MigrationMatrix.writeCsv(cells, file);
            out().println(say().t("迁移矩阵已写入 ", "Migration matrix written to ") + file);
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Target list from a run: customers matching a CEL filter, identity data masked.")
    static class Export extends RootAware implements Callable<Integer> {
        @Option(names = "--run", required = true, paramLabel = "RUN", description = "Run id (or prefix) or output directory")
        String run;

        @Option(names = "--where", defaultValue = "true", paramLabel = "CEL",
                description = "Filter over features.<name> and dimensions.<code>, e.g. 'dimensions.valueClass == \"CORE\"'")
        String where;

        @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|xlsx", description = "csv (default) or xlsx")
        String format;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "File to write (.csv or .xlsx, as --format says)")
        Path file;

        @Option(names = "--unmasked", description = "Names, ID numbers and phones in clear; recorded in the audit trail of the home's "
                + "database (TARGET_LIST_EXPORT: the operating-system user, the run, the filter, how many customers).")
        boolean unmasked;

        @Override
        public Integer call() throws java.io.IOException {
            TargetListFile.Format f = TargetListFile.Format.parse(format);
            if (f == null) {
                throw OptionRejected.oneOf("--format", format, "csv", "xlsx");
            }
            SegmentRun r = new RunRegistry(root().settings().home()).find(run);
            long n;
            if (unmasked) {
                err().println(say().t("注意：导出未脱敏的身份信息，此次导出记入审计。",
                        "Note: identity data exported in clear; this export is audited."));
                // the audit trail must be reachable before anything is written in clear
                try (Launcher app = root().start(null)) {
                    n = TargetList.export(r, where, f, file, true, root().language());
                    try {
                        auditUnmasked(app.bean(AuditTrail.class), r, f, n);
                    } catch (RuntimeException e) {
                        java.nio.file.Files.deleteIfExists(file);
                        throw e;
                    }
                }
            } else {
                n = TargetList.export(r, where, f, file, false, root().language());
            }
            out().println(say().t("目标客户 ", "Target customers: ") + n + say().t(" 名，已写入 ", ", written to ") + file);
            return 0;
        }

        private void auditUnmasked(AuditTrail audit, SegmentRun r, TargetListFile.Format f, long rows) {
            String user = System.getProperty("user.name");
            java.util.Map<String, Object> inputs = new java.util.LinkedHashMap<>();
            inputs.put("run", r.id());
            inputs.put("format", f.extension());
            inputs.put("rows", rows);
            inputs.put("expression", where);
            inputs.put("masked", false);
            inputs.put("file", io.clientlens.identity.Masking.identityNumbersIn(String.valueOf(file.getFileName())));
            audit.appendAccess("TARGET_LIST_EXPORT", java.time.LocalDateTime.now(), user == null || user.isBlank() ? "operator" : user,
                    io.clientlens.app.customer.ChangedBy.OPERATOR, null, "segment-run:" + r.id(), inputs);
        }
    }

    @Command(name = "prepare", mixinStandardHelpOptions = true,
            description = "Validate customers.jsonl once and write customers.parquet next to it: the profile as columns; "
                    + "later runs over the directory parse no JSON.")
    static class Prepare extends RootAware implements Callable<Integer> {
        @Option(names = "--input", required = true, paramLabel = "DIR", description = "Generic-layout directory with customers.jsonl")
        Path input;

        @Option(names = "--threads", defaultValue = "0", description = "Worker threads (default: all processors)")
        int threads;

        @Override
        public Integer call() {
            long n = PreparedProfiles.prepare(input, threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
            out().println(say().t("已准备 ", "Prepared ") + n + say().t(" 位客户的资料：", " customer profiles: ")
                    + input.resolve(PreparedProfiles.FILE));
            return 0;
        }
    }

    @Command(name = "explain", mixinStandardHelpOptions = true,
            description = "One customer's result of a run with labels and zh/en reasons, rendered from the fired rules, "
                    + "the kept inputs and the policy version (the JSON Lines document).")
    static class Explain extends RootAware implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "RUN", description = "Run id (or prefix) or output directory")
        String run;

        @Parameters(index = "1", paramLabel = "CUSTOMER", description = "Customer id")
        String customer;

        @Option(names = "--rules", paramLabel = "FILE", description = "The custom segment rules the run used, if any")
        Path rules;

        @Override
        public Integer call() {
            SegmentRun r = new RunRegistry(root().settings().home()).find(run);
            Policy policy = root().policy == null ? PolicyYaml.defaults() : PolicyYaml.load(root().policy);
            SegmentRules segmentRules = rules == null ? SegmentRules.NONE : SegmentRulesYaml.load(rules);
            out().println(SegmentExplain.document(r, policy, segmentRules, customer));
            return 0;
        }
    }
}
