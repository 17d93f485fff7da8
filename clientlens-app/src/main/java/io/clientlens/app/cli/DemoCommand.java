package io.clientlens.app.cli;

import io.clientlens.app.aml.MonitoringOutcome;
import io.clientlens.app.aml.TransactionMonitoring;
import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.app.classify.RunQueries;
import io.clientlens.app.security.Users;
import io.clientlens.app.config.Launcher;
import io.clientlens.app.config.ProjectRoot;
import io.clientlens.app.customer.Customers;
import io.clientlens.app.importing.Imports;
import io.clientlens.batch.berka.BerkaReader;
import io.clientlens.batch.generate.CustomerBaseGenerator;
import io.clientlens.batch.generate.GeneratorSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Start ClientLens with demo data: on first start it loads and classifies the data set, then serves.",
                "The generated data set is a Chinese retail-bank base; 'berka' is the real Czech bank data set."})
class DemoCommand extends RootAware implements Callable<Integer> {

    @Option(names = "--dataset", defaultValue = "generated", description = "generated (default) or berka")
    String dataset;

    @Option(names = "--customers", defaultValue = "2000", description = "Customers to generate (default 2000)")
    int customers;

    @Option(names = "--berka-dir", paramLabel = "DIR",
            description = "Berka folder (default: data/berka in the ClientLens folder, whatever the current folder)")
    Path berkaDir;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default 8080)")
    int port;

    @Option(names = "--no-serve", description = "Load and classify, then exit instead of serving")
    boolean noServe;

    /**
     * The generated history ends today and is classified as of today, so that the business date the tasks are due
     * against is the date of the clock that dates assessments, checks and notes: a fixed date in the past would show
     * the same expiry as overdue by two different counts of days.
     */
    private final LocalDate today = LocalDate.now();

    @Override
    public Integer call() throws InterruptedException {
        Say say = say();
        if (!dataset.equals("generated") && !dataset.equals("berka")) {
            throw OptionRejected.oneOf("--dataset", dataset, "generated", "berka");
        }
        // Checked before anything starts, so a missing folder is the one line the user sees.
        Path berka = dataset.equals("berka") ? berka() : null;
        Launcher app = root().start(noServe ? null : port);
        try {
            LocalDate asOf = null; // the latest transaction's date, unless the history was generated just now
            if (app.bean(Customers.class).count() == 0) {
                out().println(say.t("首次启动：导入演示数据…", "First start: loading demo data…"));
                Imports.Result result = app.bean(Imports.class).load(sink -> load(sink, berka));
                Summaries.printImport(out(), say, result);
                asOf = berka == null ? today : null;
            }
            loadSampleCatalogue(app, say);
            if (app.bean(RunQueries.class).latestRun().isEmpty()) {
                Summaries.printRun(out(), say, app.bean(ClassificationRuns.class).run(asOf, new TerminalProgress(out(), say)));
            }
            DemoUsers.ensure(app.bean(Users.class), root().settings().home(), out(), say);
            // the demo RM's day: assessments and notes on the first start, then every customer's tasks (docs/SERVICE.md)
            app.bean(io.clientlens.app.service.DemoServiceData.class).prepare().ifPresent(g -> out().println(
                    say.t("客户经理待办：", "RM tasks: ") + g.found() + say.t("（新增 ", " (new ") + g.created() + say.t("）", ")")));
            // the compliance officer's day: transaction monitoring once, so that the AML queue has alerts and cases
            TransactionMonitoring monitoring = app.bean(TransactionMonitoring.class);
            if (!monitoring.hasRun()
                    && monitoring.monitor(null) instanceof MonitoringOutcome.Monitored m) {
                out().println(say.t("反洗钱监测：新预警 ", "AML monitoring: new alerts ") + m.raisedTotal()
                        + say.t("（合规人员在“反洗钱”页处理）", " (compliance works them on the AML page)"));
            }
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
        if (noServe) {
            app.close();
            return 0;
        }
        Serving.untilStopped(app, out(), say, port);
        return 0;
    }

    /** So that suitability checks work at once: the sample catalogue of docs/samples, when the catalogue is empty. */
    private void loadSampleCatalogue(Launcher app, Say say) {
        io.clientlens.app.suitability.Products products = app.bean(io.clientlens.app.suitability.Products.class);
        Path sample = projectRoot().resolve("docs").resolve("samples").resolve("products.csv");
        if (!products.all().isEmpty() || !Files.isRegularFile(sample)) {
            return;
        }
        try {
            var saved = products.save(io.clientlens.batch.questionnaire.ProductCsv.parse(
                    Files.readString(sample, java.nio.charset.StandardCharsets.UTF_8), sample.toString()));
            out().println(say.t("示例产品目录：", "Sample product catalogue: ") + saved.inserted());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path projectRoot() {
        return ProjectRoot.find();
    }

    private void load(io.clientlens.bank.BankDataSink sink, Path berka) {
        if (berka != null) {
            new BerkaReader().read(berka, sink);
        } else {
            new CustomerBaseGenerator(GeneratorSettings.demo(customers, today)).generate(sink);
        }
    }

    /** The extract kept in the repository ({@code data/berka}) unless {@code --berka-dir} names another folder. */
    private Path berka() {
        Path dir = (berkaDir != null ? berkaDir : ProjectRoot.berka(projectRoot())).toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve("client.asc"))) {
            throw new IllegalArgumentException(say().t("找不到 Berka 数据：", "Berka data not found: ")
                    + say().t("目录 ", "expected the folder ") + dir
                    + say().t(" 中应有 client.asc、account.asc、disp.asc、trans.asc 等文件（仓库中的 data/berka；用 --berka-dir 指定其他目录）",
                    " with client.asc, account.asc, disp.asc, trans.asc… (the repository's data/berka; give another with --berka-dir)"));
        }
        return dir;
    }
}
