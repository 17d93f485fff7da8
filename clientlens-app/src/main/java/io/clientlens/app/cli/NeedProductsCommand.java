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
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "products", mixinStandardHelpOptions = true,
        description = {"For each open need, the catalogue products that address it and whether each suits the customer (nothing is recorded).",
                "列出每项未满足需求可用的产品及其适当性（不记录）。"})
class NeedProductsCommand extends RootAware implements Callable<Integer> {

    @Parameters(paramLabel = "CUSTOMER")
    String customerId;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json")
    String format;

    @Override
    @SuppressWarnings("unchecked")
    public Integer call() {
        try (Launcher app = root().start(null)) {
            if (!app.bean(Customers.class).exists(customerId)) {
                throw new IllegalArgumentException(say().t("没有客户 ", "No customer ") + customerId);
            }
            List<Map<String, Object>> needs = app.bean(NeedProducts.class).forCustomer(customerId);
            if ("json".equalsIgnoreCase(format)) {
                out().println(Json.write(needs));
                return 0;
            }
            if (needs.isEmpty()) {
                out().println(say().t("没有未满足的需求（先用 needs add 登记需求）。", "No open needs (record one with needs add)."));
            }
            String key = root().language() == Language.EN ? "en" : "zh";
            for (Map<String, Object> need : needs) {
                out().printf("#%s %s [%s]%n", need.get("needId"), need.get("title"),
                        ((Map<String, Object>) need.get("areaLabel")).get(key));
                for (Map<String, Object> p : (List<Map<String, Object>>) need.get("products")) {
                    List<Map<String, Object>> reasons = (List<Map<String, Object>>) p.get("reasons");
                    out().printf("    %-8s %-24s %s  %-22s %s%n", p.get("code"), p.get("name"), p.get("risk"), p.get("decision"),
                            reasons.isEmpty() ? "" : reasons.get(0).get(key));
                }
            }
        }
        return 0;
    }
}
