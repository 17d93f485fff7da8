package io.clientlens.app.cli;

import io.clientlens.app.config.Launcher;
import io.clientlens.app.service.NewRequest;
import io.clientlens.app.service.Page;
import io.clientlens.app.service.RequestChange;
import io.clientlens.app.service.RequestFilter;
import io.clientlens.app.service.ServiceRequest;
import io.clientlens.app.service.ServiceRequests;
import io.clientlens.code.Language;
import io.clientlens.service.RequestState;
import io.clientlens.service.RequestType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "service-request", mixinStandardHelpOptions = true,
        description = "Service requests dispatched by service class (docs/SERVICE.md): add, list, import.",
        subcommands = {ServiceRequestCommand.Add.class, ServiceRequestCommand.ListRequests.class, ServiceRequestCommand.Import.class})
class ServiceRequestCommand {

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Open a request; it is dispatched by the customer's class.")
    static class Add extends RootAware implements Callable<Integer> {
        @Mixin
        ServiceOperator operator;

        @Option(names = "--customer", required = true, paramLabel = "ID", description = "Customer id")
        String customer;

        @Option(names = "--channel", required = true, description = "HOTLINE, ONLINE_CHAT, EMAIL or BRANCH")
        String channel;

        @Option(names = "--type", required = true, description = "TECHNICAL_SUPPORT, REPAIR, COMPLAINT, CONSULTATION or ACCOUNT_SERVICE")
        String type;

        @Option(names = "--subject", required = true, description = "A short subject of the request")
        String subject;

        @Option(names = "--description", description = "Details of the request")
        String description;

        @Override
        public Integer call() {
            Language lang = root().language();
            try (Launcher app = root().start(null)) {
                RequestChange change;
                try {
                    change = app.bean(ServiceRequests.class).open(operator.of(app), new NewRequest(customer, channel, type, subject, description));
                } catch (RuntimeException e) {
                    throw ServiceOperator.explain(e, lang);
                }
                if (change instanceof RequestChange.Changed c) {
                    ServiceRequest r = c.request();
                    out().printf("#%d %s → %s, %s %s%n", r.requestId(), r.type().label().in(lang), r.queue().label().in(lang),
                            say().t("响应期限", "respond by"), r.respondBy());
                    out().println(r.dispatchReason().in(lang));
                    return 0;
                }
                if (change instanceof RequestChange.Refused r) {
                    throw new IllegalArgumentException(r.reason().in(lang));
                }
                throw new IllegalArgumentException(say().t("您的范围内没有客户 ", "No customer in your scope: ") + customer);
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List requests, open ones first by deadline.")
    static class ListRequests extends RootAware implements Callable<Integer> {
        @Mixin
        ServiceOperator operator;

        @Option(names = "--state", description = "Only requests in this state: ${COMPLETION-CANDIDATES}")
        RequestState state;

        @Option(names = "--type", description = "Only requests of this type: ${COMPLETION-CANDIDATES}")
        RequestType type;

        @Option(names = "--open-only", description = "Only requests not yet closed")
        boolean openOnly;

        @Option(names = "--escalated", description = "Only escalated requests")
        boolean escalated;

        @Option(names = "--customer", paramLabel = "ID", description = "Only this customer's requests")
        String customer;

        @Option(names = "--page", defaultValue = "0", description = "Page number, from 0 (default 0)")
        int page;

        @Option(names = "--size", defaultValue = "50", description = "Requests per page (default 50)")
        int size;

        @Override
        public Integer call() {
            Language lang = root().language();
            try (Launcher app = root().start(null)) {
                Page<ServiceRequest> result;
                try {
                    result = app.bean(ServiceRequests.class).list(operator.of(app), new RequestFilter(state, type, null,
                            escalated ? Boolean.TRUE : null, openOnly, customer), page, size);
                } catch (RuntimeException e) {
                    throw ServiceOperator.explain(e, lang);
                }
                for (ServiceRequest r : result.items()) {
                    out().println(String.format("#%-6d %-9s ", r.requestId(), r.customerId())
                            + Summaries.padded(r.type().label().in(lang), 19) + Summaries.padded(r.state().label().in(lang), 11)
                            + Summaries.padded(r.queue().label().in(lang), 13)
                            + String.format("%-20s %s%s %s", r.respondBy(), r.breached() ? say().t("超时 ", "LATE ") : "",
                            r.escalatedAt() != null ? say().t("已升级", "escalated") : "", r.subject()));
                }
                out().println(say().t("共 " + result.total() + " 条", result.total() + " requests"));
            }
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Import requests from UTF-8 CSV "
            + "(externalRef,customerId,channel,type,subject and, if wanted, description,createdAt); references imported before are skipped.")
    static class Import extends RootAware implements Callable<Integer> {
        @Mixin
        ServiceOperator operator;

        @Parameters(paramLabel = "FILE", description = "CSV file of requests")
        Path file;

        @Override
        public Integer call() throws IOException {
            Language lang = root().language();
            byte[] content = Files.readAllBytes(ImportFile.required(say(), file));
            try (Launcher app = root().start(null)) {
                ServiceRequests.Imported result;
                try {
                    result = app.bean(ServiceRequests.class).importCsv(operator.of(app), content);
                } catch (RuntimeException e) {
                    throw ServiceOperator.explain(e, lang);
                }
                out().println(say().t("导入完成：新增 " + result.created() + " 条，已存在 " + result.unchanged() + " 条",
                        "Imported: " + result.created() + " new, " + result.unchanged() + " already there"));
            }
            return 0;
        }
    }
}
