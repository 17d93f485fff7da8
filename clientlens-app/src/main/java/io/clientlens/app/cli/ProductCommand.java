package io.clientlens.app.cli;

import io.clientlens.app.config.Launcher;
import io.clientlens.app.suitability.Products;
import io.clientlens.batch.questionnaire.ProductCsv;
import io.clientlens.importing.Utf8Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "product", mixinStandardHelpOptions = true, description = "The product catalogue.",
        subcommands = {ProductCommand.Import.class})
class ProductCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import products from CSV: code,name,risk,type,experiencedOnly,minAmount,derivative[,termMonths][,highMarketRisk] "
                    + "(highMarketRisk: true, false, or empty for the policy default; a derivative always is). All rows or none; no duplicates.")
    static class Import extends RootAware implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "CSV file of products")
        Path file;

        @Override
        public Integer call() throws Exception {
            String text = Utf8Text.decode(java.nio.file.Files.readAllBytes(ImportFile.required(say(), file)));
            return SuitabilityOutput.guarded(this, () -> {
                try (Launcher app = root().start(null)) {
                    var products = ProductCsv.parse(text, file.toString(),
                            app.bean(io.clientlens.policy.Policy.class).validation().maxAmount());
                    var counts = app.bean(Products.class).save(products);
                    out().printf(say().t("产品           新增 %d  更新 %d  未变 %d%n", "product        inserted %d  updated %d  unchanged %d%n"),
                            counts.inserted(), counts.updated(), counts.unchanged());
                }
                return 0;
            });
        }
    }
}
