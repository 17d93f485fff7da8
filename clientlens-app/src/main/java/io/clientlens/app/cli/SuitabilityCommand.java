package io.clientlens.app.cli;

import io.clientlens.app.config.Launcher;
import io.clientlens.app.suitability.SuitabilityChecks;
import io.clientlens.code.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

@Command(name = "suitability", mixinStandardHelpOptions = true,
        description = {"Suitability checks and the steps after them (DOMAIN.md §5).", "适当性检查及后续步骤。"},
        subcommands = {SuitabilityCommand.Check.class, SuitabilityCommand.Show.class, SuitabilityCommand.Confirm.class,
                SuitabilityCommand.OverrideDocument.class, SuitabilityCommand.Approve.class})
class SuitabilityCommand {

    abstract static class Base extends RootAware {
        @Option(names = "--format", defaultValue = "text", description = "text or json")
        String format;

        Integer run(Function<SuitabilityChecks, Map<String, Object>> action) throws Exception {
            return SuitabilityOutput.guarded(this, () -> {
                try (Launcher app = root().start(null)) {
                    Map<String, Object> check = action.apply(app.bean(SuitabilityChecks.class));
                    if ("json".equals(format)) {
                        SuitabilityOutput.print(out(), check, format);
                    } else {
                        printText(check);
                    }
                }
                return 0;
            });
        }

        @SuppressWarnings("unchecked")
        void printText(Map<String, Object> c) {
            Language lang = root().language();
            out().println("decision " + c.get("decision") + "  recordId " + c.get("recordId") + "  sale " + c.get("sale")
                    + (c.containsKey("missing") ? "  missing " + c.get("missing") : ""));
            out().println("reasons");
            SuitabilityOutput.reasons(out(), c.get("reasons"), lang);
            out().println(SuitabilityOutput.text(c.get("disclosure"), lang));
            List<?> steps = (List<?>) c.get("steps");
            if (!steps.isEmpty()) {
                out().println(say().t("后续步骤 ", "steps ") + steps);
            }
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true, description = "Check a product for a customer / 适当性检查")
    static class Check extends Base implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "CUSTOMER")
        String customerId;
        @Parameters(index = "1", paramLabel = "PRODUCT")
        String productCode;
        @Option(names = "--amount", required = true, paramLabel = "AMOUNT",
                description = "e.g. 1000000, 1,000,000, 1000000.00 or 100万 / 金额，如 1000000、1,000,000 或 100万")
        String amount;
        @Option(names = "--initiated-by", defaultValue = "bank", description = "bank (default) or customer")
        String initiatedBy;
        @Mixin
        ActorOptions actor;

        @java.lang.Override
        public Integer call() throws Exception {
            return run(checks -> checks.check(customerId, productCode, amount, initiatedBy, actor.actor()));
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show a check and whether the sale may go ahead / 查看检查及销售状态")
    static class Show extends Base implements Callable<Integer> {
        @Parameters(paramLabel = "RECORD")
        long record;

        @java.lang.Override
        public Integer call() throws Exception {
            return run(checks -> checks.view(record).orElseThrow(() ->
                    new io.clientlens.app.web.NotFound("suitability check", String.valueOf(record))));
        }
    }

    @Command(name = "confirm", mixinStandardHelpOptions = true,
            description = "RM records face-to-face explanation and the customer's copied confirmation / 记录客户书面确认")
    static class Confirm extends Base implements Callable<Integer> {
        @Parameters(paramLabel = "RECORD")
        long record;
        @Option(names = "--text", required = true, description = "the sentence as the customer copied it")
        String text;
        @Option(names = "--face-to-face-explained", description = "the RM explained the risks face to face")
        boolean explained;
        @Mixin
        ActorOptions actor;

        @java.lang.Override
        public Integer call() throws Exception {
            return run(checks -> checks.confirm(record, text, explained, actor.actor()));
        }
    }

    @Command(name = "override", mixinStandardHelpOptions = true,
            description = "RM records the override document of a customer who insists / 记录客户坚持购买的特别文件")
    static class OverrideDocument extends Base implements Callable<Integer> {
        @Parameters(paramLabel = "RECORD")
        long record;
        @Option(names = "--bank-opinion", required = true)
        String bankOpinion;
        @Option(names = "--customer-wish", required = true)
        String customerWish;
        @Option(names = "--notes")
        String notes;
        @Option(names = "--customer-signed")
        boolean customerSigned;
        @Option(names = "--rm-signed")
        boolean rmSigned;
        @Mixin
        ActorOptions actor;

        @java.lang.Override
        public Integer call() throws Exception {
            return run(checks -> checks.override(record, bankOpinion, customerWish, notes, customerSigned, rmSigned, actor.actor()));
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = "Supervisor review (--role SUPERVISOR) or second approval (--role HEAD_OF_WEALTH) / 复核或二次审批")
    static class Approve extends Base implements Callable<Integer> {
        @Parameters(paramLabel = "RECORD")
        long record;
        @Option(names = "--refuse", description = "refuse instead of approving")
        boolean refuse;
        @Option(names = "--note")
        String note;
        @Mixin
        ActorOptions actor;

        @java.lang.Override
        public Integer call() throws Exception {
            return run(checks -> checks.approve(record, !refuse, note, actor.actor()));
        }
    }
}
