package io.clientlens.app.cli;

import io.clientlens.batch.json.Json;
import io.clientlens.app.config.Launcher;
import io.clientlens.app.customer.Customers;
import io.clientlens.app.needs.NeedProducts;
import io.clientlens.code.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "products", mixinStandardHelpOptions = true,
        description = "For each open need, the catalogue products that address it and whether each suits the customer (nothing is recorded).")
class NeedProductsCommand extends RootAware implements Callable<Integer> {

    @Parameters(paramLabel = "CUSTOMER", description = "Customer id")
    String customerId;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json")
    String format;

    @Override
    public Integer call() {
        try (Launcher app = root().start(null)) {
            if (!app.bean(Customers.class).exists(customerId)) {
                throw new IllegalArgumentException(say().t("没有客户 ", "No customer ") + customerId);
            }
            List<NeedProducts.NeedWithProducts> needs = app.bean(NeedProducts.class).forCustomer(customerId);
            if ("json".equalsIgnoreCase(format)) {
                out().println(Json.write(needs));
                return 0;
            }
            if (needs.isEmpty()) {
                out().println(say().t("没有未满足的需求（先用 needs add 登记需求）。", "No open needs (record one with needs add)."));
            }
            Language lang = root().language();
            for (NeedProducts.NeedWithProducts need : needs) {
                out().printf("#%s %s [%s]%n", need.needId(), need.title(), need.areaLabel().in(lang));
                for (NeedProducts.Candidate p : need.products()) {
                    out().println(String.format("    %-8s ", p.code()) + Summaries.padded(p.name(), 25)
                            + String.format("%s  %-22s %s", p.risk(), p.decision(), p.reasons().isEmpty() ? "" : p.reasons().get(0).in(lang)));
                }
            }
        }
        return 0;
    }
}
