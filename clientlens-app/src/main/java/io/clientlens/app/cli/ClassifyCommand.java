package io.clientlens.app.cli;

import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.app.classify.RunSummary;
import io.clientlens.app.config.Launcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "classify", mixinStandardHelpOptions = true,
        description = {"Classify every customer in the database at an as-of date and store the run.",
                "对数据库中所有客户按评估日进行分类并保存本次运行结果。"})
class ClassifyCommand extends RootAware implements Callable<Integer> {

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "As-of date (default: the latest transaction date in the data)")
    LocalDate asOf;

    @Override
    public Integer call() {
        try (Launcher app = root().start(null)) {
            RunSummary summary = app.bean(ClassificationRuns.class).run(asOf, new TerminalProgress(out()));
            Summaries.printRun(out(), say(), summary);
        }
        return 0;
    }
}
