package io.clientlens.app.cli;

import io.clientlens.app.classify.ClassificationExport;
import io.clientlens.app.config.Launcher;
import io.clientlens.code.InputRejected;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true, description = "Export results.")
class ExportCommand extends RootAware implements Callable<Integer> {

    @Parameters(paramLabel = "WHAT", description = "classifications")
    String what;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default; docs/SEGMENTS.md) or csv")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "File to write")
    Path out;

    @Option(names = "--run", paramLabel = "RUN", description = "Run id (default: the latest run)")
    Long run;

    @Override
    public Integer call() {
        if (!"classifications".equals(what)) {
            throw new InputRejected("export：应为 classifications，实为“" + what + "”",
                    "export: expected 'classifications', was '" + what + "'");
        }
        ClassificationExport.Format f = ClassificationExport.Format.parse(format);
        try (Launcher app = root().start(null)) {
            long written = app.bean(ClassificationExport.class).write(run, f, out);
            out().printf("%s %,d → %s%n", say().t("已导出客户", "Customers exported"), written, out);
        }
        return 0;
    }
}
