package io.clientlens.app.cli;

import io.clientlens.app.config.Launcher;
import io.clientlens.app.profile.ProfileDocuments;
import io.clientlens.app.importing.Imports;
import io.clientlens.batch.generate.AmlTruthFile;
import io.clientlens.batch.generate.CustomerBaseGenerator;
import io.clientlens.batch.generate.GenericLayoutWriter;
import io.clientlens.batch.generate.GeneratorSettings;
import io.clientlens.batch.generate.PlantedCase;
import io.clientlens.batch.generate.TransactionTarget;
import io.clientlens.batch.segment.TransactionsParquet;
import io.clientlens.code.InputRejected;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generate a realistic Chinese retail-bank customer base (deterministic: same seed, same data).",
                "Loads it into the database, or with --out writes the generic file layout (docs/generic-layout.md).",
                "Plants money-laundering typologies in a known set of customers and writes them to aml-truth.csv (docs/AML.md)."})
class GenerateCommand extends RootAware implements Callable<Integer> {

    @Option(names = "--customers", defaultValue = "1000", description = "Number of customers (default 1000)")
    int customers;

    @Option(names = "--seed", defaultValue = "20260930", description = "Random seed (default 20260930)")
    long seed;

    @Option(names = "--end-date", defaultValue = "2026-09-30", paramLabel = "YYYY-MM-DD",
            description = "Last day of generated history (default 2026-09-30)")
    LocalDate endDate;

    @Option(names = "--transactions-per-month", defaultValue = "6",
            description = "Average transactions per account and month (default 6)")
    double transactionsPerMonth;

    @Option(names = "--transactions", paramLabel = "M",
            description = "About this many transactions in all (within a few per cent; few per customer switch to a "
                    + "shorter, low-activity history; overrides --transactions-per-month)")
    Long transactions;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|parquet",
            description = "With --out: transactions as CSV (default) or Parquet (written by DuckDB from the CSV)")
    String format;

    @Option(names = "--out", paramLabel = "DIR", description = "Write files here instead of loading the database")
    Path out;

    /** With --transactions, a pilot sample chooses the settings (docs/generic-layout.md, "How many transactions"). */
    static GeneratorSettings settings(int customers, long seed, LocalDate endDate, Long transactions, double perMonth) {
        return transactions == null
                ? new GeneratorSettings(customers, seed, endDate, GeneratorSettings.DEFAULT_HISTORY_DAYS, perMonth)
                : TransactionTarget.settings(customers, seed, endDate, transactions);
    }

    /** What the pilot chose for --transactions, so that the user can tell a one-year low-activity history from the default. */
    static String describe(GeneratorSettings settings, Say say) {
        String rate = String.format(java.util.Locale.ROOT, "%.2f", settings.averageTransactionsPerAccountPerMonth());
        String share = String.format(java.util.Locale.ROOT, "%.1f", settings.regularFlowShare() * 100);
        return settings.lowActivity()
                ? say.t("低活跃模式：历史 " + settings.historyDays() + " 天，按季结息收费，" + share + "% 的客户在本行代发工资及定期转账，每账户每月日常交易 " + rate + " 笔",
                        "low-activity mode: " + settings.historyDays() + " days of history, quarterly interest and fees, pay and regular "
                                + "transfers here for " + share + " % of customers, " + rate + " everyday transactions per account and month")
                : say.t("历史 " + settings.historyDays() + " 天，每账户每月日常交易 " + rate + " 笔",
                        settings.historyDays() + " days of history, " + rate + " everyday transactions per account and month");
    }

    /** Writes the generic layout and, beside it, the monitoring typologies planted in it (aml-truth.csv). */
    static void writeLayout(Path dir, GeneratorSettings settings, boolean parquet) {
        java.util.List<PlantedCase> truth = new java.util.ArrayList<>();
        try (GenericLayoutWriter writer = new GenericLayoutWriter(dir, ProfileDocuments::toJson)) {
            new CustomerBaseGenerator(settings).generate(writer, truth::add);
        }
        AmlTruthFile.write(dir.resolve(AmlTruthFile.FILE), truth);
        if (parquet) {
            TransactionsParquet.convert(dir, true);
        }
    }

    @Override
    public Integer call() throws Exception {
        if (customers <= 0) {
            throw new InputRejected("--customers：应为正数，实为 " + customers,
                    "--customers: expected a positive number, was " + customers);
        }
        if (transactions != null && transactions <= 0) {
            throw new InputRejected("--transactions：应为正数，实为 " + transactions,
                    "--transactions: expected a positive number, was " + transactions);
        }
        boolean parquet = switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "csv" -> false;
            case "parquet" -> true;
            default -> throw OptionRejected.oneOf("--format", format, "csv", "parquet");
        };
        GeneratorSettings settings = settings(customers, seed, endDate, transactions, transactionsPerMonth);
        CustomerBaseGenerator generator = new CustomerBaseGenerator(settings);
        if (out != null) {
            if (transactions != null) {
                out().println(describe(settings, say()));
            }
            writeLayout(out, settings, parquet);
            out().println(say().t("已写入 ", "Written to ") + out);
            return 0;
        }
        java.util.List<PlantedCase> truth = new java.util.ArrayList<>();
        try (Launcher app = root().start(null)) {
            Imports.Result result = app.bean(Imports.class).load(sink -> generator.generate(sink, truth::add));
            Summaries.printImport(out(), say(), result);
        }
        Path truthFile = root().settings().home().resolve(AmlTruthFile.FILE);
        AmlTruthFile.write(truthFile, truth);
        out().println(say().t("反洗钱监测的已知案例（" + truth.size() + " 个）写入 ", "Planted monitoring typologies ("
                + truth.size() + ") written to ") + truthFile);
        return 0;
    }
}
