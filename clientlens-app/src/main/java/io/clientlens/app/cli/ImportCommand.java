package io.clientlens.app.cli;

import io.clientlens.app.config.Launcher;
import io.clientlens.app.importing.ImportFailed;
import io.clientlens.app.importing.Imports;
import io.clientlens.batch.berka.BerkaReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import data into the database. Re-running an import creates no duplicates and changes nothing.",
        subcommands = {ImportCommand.Berka.class, ImportCommand.CustomerProfiles.class, ImportCommand.ContributionFigures.class})
class ImportCommand {

    @Command(name = "berka", mixinStandardHelpOptions = true,
            description = "Import the Berka bank data set (PKDD'99) from a folder of .asc files.")
    static class Berka extends RootAware implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "Folder with district.asc, client.asc, account.asc, disp.asc, loan.asc, card.asc, trans.asc")
        Path dir;

        @Option(names = "--strict", description = "Import nothing when any row has a problem")
        boolean strict;

        @Override
        public Integer call() {
            if (!Files.isDirectory(dir)) {
                throw new ImportFailed(say().t("目录不存在：", "No such folder: ") + dir);
            }
            try (Launcher app = root().start(null)) {
                Imports.Result result = app.bean(Imports.class).load(sink -> new BerkaReader().read(dir, sink, strict), strict);
                Summaries.printImport(out(), say(), result);
                return Summaries.importStatus(result);
            }
        }
    }

    @Command(name = "customers", mixinStandardHelpOptions = true,
            description = "Import customer profiles from .csv, .xlsx, .json or .jsonl (see docs/import-columns.md).")
    static class CustomerProfiles extends ProfileCommand.ImportProfiles {
    }

    @Command(name = "contributions", mixinStandardHelpOptions = true,
            description = {"Import the bank's annual profit contribution per customer (CSV: customerId,contribution).",
                    "When present it replaces the estimate in the 80/20 classification."})
    static class ContributionFigures extends RootAware implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "CSV file with the columns customerId,contribution")
        Path file;

        @Option(names = "--strict", description = "Import nothing when any row has a problem")
        boolean strict;

        @Override
        public Integer call() {
            ImportFile.required(say(), file);
            try (Launcher app = root().start(null)) {
                Imports.Result result;
                try {
                    result = app.bean(io.clientlens.app.importing.Contributions.class).load(file, strict);
                } catch (io.clientlens.app.importing.Contributions.StrictImportRefused e) {
                    result = new Imports.Result(java.util.Map.of(), e.issues(), false);
                }
                Summaries.printImport(out(), say(), result);
                return Summaries.importStatus(result);
            }
        }
    }
}
