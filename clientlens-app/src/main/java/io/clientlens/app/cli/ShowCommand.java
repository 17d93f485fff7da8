package io.clientlens.app.cli;

import io.clientlens.batch.json.Json;
import io.clientlens.app.classify.RunQueries;
import io.clientlens.app.config.Launcher;
import io.clientlens.app.customer.CustomerView;
import io.clientlens.app.customer.CustomerViews;
import io.clientlens.batch.export.StoredClassification;
import io.clientlens.code.Dimension;
import io.clientlens.code.Language;
import org.springframework.context.MessageSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show one customer's profile summary (masked) and classes with reasons from the latest run.")
class ShowCommand extends RootAware implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "Customer id")
    String customerId;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json")
    String format;

    @Override
    public Integer call() {
        try (Launcher app = root().start(null)) {
            CustomerView view = app.bean(CustomerViews.class).view(customerId).orElseThrow(() ->
                    new IllegalArgumentException(say().t("没有客户 ", "No customer ") + customerId));
            if ("json".equalsIgnoreCase(format)) {
                out().println(Json.write(view.asDocument()));
            } else if ("text".equalsIgnoreCase(format)) {
                printText(view, root().language(), app.bean(MessageSource.class));
            } else {
                throw OptionRejected.oneOf("--format", format, "text", "json");
            }
        }
        return 0;
    }

    private void printText(CustomerView v, Language lang, MessageSource messages) {
        Say say = say();
        // each field by the name the customer page gives it, the codes as words
        Locale locale = lang == Language.EN ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        out().printf("%s %s  %s%n", say.t("客户", "Customer"), v.customerId(), v.identityInWords(lang).entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(e -> messages.getMessage("identity." + e.getKey(), null, e.getKey(), locale) + say.t("：", ": ") + e.getValue())
                .reduce((a, b) -> a + "  " + b).orElse(""));
        out().printf("%s %d%%%s%n", say.t("KYC完整度", "KYC completeness"), v.completeness().percent(),
                v.completeness().missing().isEmpty() ? "" : "  " + say.t("缺少：", "missing: ")
                        + v.completeness().missing().stream().map(g -> g.label().in(lang)).toList());
        if (v.classification() == null) {
            out().println(say.t("尚无分类结果：请先运行 classify", "Not classified yet: run classify first"));
            return;
        }
        StoredClassification c = v.classification();
        out().printf("%s %s  %s %s%n", say.t("评估日", "As of"), c.asOf(), say.t("政策版本", "policy"), c.policyVersion());
        for (Dimension d : Dimension.values()) {
            StoredClassification.StoredDimension r = c.dimension(d).orElse(null);
            if (r == null) {
                continue;
            }
            out().println(Summaries.padded(say.t(d.label().zh(), d.label().en()), 21) + String.format("%-12s %s", r.code(),
                    r.label().in(lang)));
            for (StoredClassification.StoredReason reason : r.reasons()) {
                out().println("    " + reason.in(lang));
            }
        }
    }
}
