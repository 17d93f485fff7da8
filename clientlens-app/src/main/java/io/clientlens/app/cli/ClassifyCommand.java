package io.clientlens.app.cli;

import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.app.classify.RunSummary;
import io.clientlens.app.config.Launcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Classify every customer in the database at an as-of date and store the run.")
class ClassifyCommand extends RootAware implements Callable<Integer> {

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "As-of date (default: the latest transaction date in the data)")
    LocalDate asOf;

    @Override
    public Integer call() {
        var future = ClassificationRuns.asOfProblem(asOf, LocalDate.now());
        if (future.isPresent()) {
            throw new io.clientlens.code.InputRejected("--as-of：" + future.get().zh(), "--as-of: " + future.get().en());
        }
        try (Launcher app = root().start(null)) {
            RunSummary summary = app.bean(ClassificationRuns.class).run(asOf, new TerminalProgress(out(), say()));
            Summaries.printRun(out(), say(), summary);
        }
        return 0;
    }
}
