package io.clientlens.app.cli;

import io.clientlens.app.aml.WatchLists;
import io.clientlens.app.config.Launcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "watchlist", mixinStandardHelpOptions = true, subcommands = {WatchlistCommand.Import.class},
        description = "Watch lists for AML screening (docs/AML.md): import a list, every customer is screened.")
class WatchlistCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import watch lists and screen every customer against them.",
                    "CSV, UTF-8: listName,entityId,name,aliases,birthDate,registrationNumber (aliases separated by |).",
                    "The entries of each list in the file replace that list's; possible matches go into compliance cases."})
    static class Import extends RootAware implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file")
        Path file;

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException(say().t("找不到文件 ", "No such file ") + file.getFileName());
            }
            var entries = WatchLists.parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
            try (Launcher app = root().start(null)) {
                WatchLists.Imported done = app.bean(WatchLists.class).importList(entries);
                out().println(say().t("名单 ", "Lists ") + String.join(", ", done.lists()) + say().t("：条目 ", ": entries ")
                        + done.entries() + say().t("；筛查客户 ", "; customers screened ") + done.screened()
                        + say().t("；新的可能命中 ", "; new possible matches ") + done.matches()
                        + say().t("；新立案件 ", "; cases opened ") + done.casesOpened());
            }
            return 0;
        }
    }
}
