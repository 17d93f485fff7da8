package io.clientlens.app.cli;

import io.clientlens.app.config.Launcher;
import io.clientlens.app.suitability.SuitabilityChecks;
import io.clientlens.code.Language;
import io.clientlens.staff.Actor;
import io.clientlens.suitability.Action;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import io.clientlens.app.refusal.Refused;
import io.clientlens.app.suitability.CheckView;
import io.clientlens.app.suitability.QueuedCheck;
import io.clientlens.app.suitability.ReviewQueue;
import io.clientlens.app.suitability.Signatures;
import io.clientlens.app.refusal.InvalidRequest;
import io.clientlens.code.Label;
import io.clientlens.customer.FieldProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

@Command(name = "suitability", mixinStandardHelpOptions = true,
        description = "Suitability checks and the steps after them (docs/SUITABILITY.md).",
        subcommands = {SuitabilityCommand.Check.class, SuitabilityCommand.Show.class, SuitabilityCommand.Confirm.class,
                SuitabilityCommand.OverrideDocument.class, SuitabilityCommand.Approve.class, SuitabilityCommand.Queue.class})
class SuitabilityCommand {

    abstract static class Base extends RootAware {
        @Option(names = "--format", defaultValue = "text", description = "text or json")
        String format;

        Integer run(Function<SuitabilityChecks, CheckView> action) throws Exception {
            return SuitabilityOutput.guarded(this, () -> {
                try (Launcher app = root().start(null)) {
                    CheckView check = action.apply(app.bean(SuitabilityChecks.class));
                    if ("json".equals(format)) {
                        SuitabilityOutput.print(out(), check, format);
                    } else {
                        printText(check, app.bean(org.springframework.context.MessageSource.class));
                    }
                }
                return 0;
            });
        }

        void printText(CheckView c, org.springframework.context.MessageSource messages) {
            Language lang = root().language();
            Say say = say();
            out().println(say.t("结论 ", "decision ") + named(messages, "advice.decision.", c.decision())
                    + say.t("  记录号 ", "  recordId ") + c.recordId()
                    + say.t("  销售 ", "  sale ") + named(messages, "advice.sale.", c.sale())
                    + (c.missing() != null ? say.t("  尚缺步骤 ", "  missing ") + c.missing() : ""));
            out().println(say.t("理由", "reasons"));
            c.reasons().forEach(r -> out().println("  - [" + r.rule() + "] " + r.in(lang)));
            if (c.disclosure() != null) {
                out().println(c.disclosure().in(lang));
            }
            if (!c.steps().isEmpty()) {
                // every step the decision asks for, done or not: what is still to do is "missing" above
                out().println(say().t("所需步骤 ", "steps required ") + c.steps());
            }
            if ("AFTER_SALE".equals(c.review())) {
                out().println(say().t("事后复核 截止 ", "review after the sale, due ") + c.reviewDueOn());
            }
            for (CheckView.SignatureInfo s : c.signatures()) {
                out().println(say().t("签名 ", "signature ") + s.signer() + "  sha256 " + s.sha256());
            }
        }

        /** A code as the pages label it, with the code: "允许（ALLOWED）"; the code alone in English. */
        private String named(org.springframework.context.MessageSource messages, String prefix, String code) {
            if (code == null || root().language() == Language.EN) {
                return String.valueOf(code);
            }
            return messages.getMessage(prefix + code, null, code, java.util.Locale.SIMPLIFIED_CHINESE) + "（" + code + "）";
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true, description = "Check a product for a customer.")
    static class Check extends Base implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "CUSTOMER", description = "Customer id")
        String customerId;
        @Parameters(index = "1", paramLabel = "PRODUCT", description = "Product code")
        String productCode;
        @Option(names = "--amount", required = true, paramLabel = "AMOUNT",
                description = "e.g. 1000000, 1,000,000, 1000000.00 or 100万")
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

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show a check and whether the sale may go ahead.")
    static class Show extends Base implements Callable<Integer> {
        @Parameters(paramLabel = "RECORD", description = "Number of the suitability record (printed by suitability check)")
        long record;

        @java.lang.Override
        public Integer call() throws Exception {
            return run(checks -> checks.view(record).orElseThrow(() ->
                    new io.clientlens.app.refusal.NotFound("suitability check", String.valueOf(record))));
        }
    }

    @Command(name = "confirm", mixinStandardHelpOptions = true,
            description = "RM records face-to-face explanation and the customer's copied confirmation.")
    static class Confirm extends Base implements Callable<Integer> {
        @Parameters(paramLabel = "RECORD", description = "Number of the suitability record (printed by suitability check)")
        long record;
        @Option(names = "--text", required = true, description = "the sentence as the customer copied it")
        String text;
        @Option(names = "--face-to-face-explained",
                description = "the RM explained the risks face to face (required on the customer's own initiative for a high market-risk product)")
        boolean explained;
        @Option(names = "--customer-signature", required = true, paramLabel = "PNG",
                description = "the customer's signature: a PNG file (e.g. from a signature pad)")
        Path customerSignature;
        @Option(names = "--rm-signature", required = true, paramLabel = "PNG",
                description = "the RM's signature: a PNG file")
        Path rmSignature;
        @Mixin
        ActorOptions actor;

        @java.lang.Override
        public Integer call() throws Exception {
            return run(checks -> {
                List<FieldProblem> problems = new ArrayList<>();
                String customer = base64(customerSignature, "--customer-signature", problems);
                String rm = base64(rmSignature, "--rm-signature", problems);
                if (!problems.isEmpty()) {
                    throw new InvalidRequest(problems);
                }
                return checks.confirm(record, text, explained, customer, rm, actor.actor());
            });
        }

        /** The file's bytes as base64, or a problem naming the option when it cannot be read. */
        private static String base64(Path file, String option, List<FieldProblem> problems) {
            if (!Files.isRegularFile(file)) {
                problems.add(new FieldProblem(option, "文件不存在：" + file, "no such file: " + file));
                return null;
            }
            try {
                if (Files.size(file) > Signatures.MAX_BYTES) {
                    problems.add(new FieldProblem(option, "图片过大：最多 " + Signatures.MAX_BYTES / 1024 + " KB",
                            "too large: at most " + Signatures.MAX_BYTES / 1024 + " KB"));
                    return null;
                }
                return Base64.getEncoder().encodeToString(Files.readAllBytes(file));
            } catch (IOException e) {
                problems.add(new FieldProblem(option, "文件无法读取：" + file, "cannot read the file: " + file));
                return null;
            }
        }
    }

    @Command(name = "override", mixinStandardHelpOptions = true,
            description = "RM records the override document of a customer who insists.")
    static class OverrideDocument extends Base implements Callable<Integer> {
        @Parameters(paramLabel = "RECORD", description = "Number of the suitability record (printed by suitability check)")
        long record;
        @Option(names = "--bank-opinion", required = true, description = "The bank's opinion: why the product does not suit the customer")
        String bankOpinion;
        @Option(names = "--customer-wish", required = true, description = "The customer's wish to buy nevertheless, in the customer's words")
        String customerWish;
        @Option(names = "--notes", description = "Further notes")
        String notes;
        @Option(names = "--customer-signed", description = "The customer signed the document")
        boolean customerSigned;
        @Option(names = "--rm-signed", description = "The RM signed the document")
        boolean rmSigned;
        @Mixin
        ActorOptions actor;

        @java.lang.Override
        public Integer call() throws Exception {
            return run(checks -> checks.override(record, bankOpinion, customerWish, notes, customerSigned, rmSigned, actor.actor()));
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = "Supervisor review (--role SUPERVISOR) or second approval (--role HEAD_OF_WEALTH), with a written opinion.")
    static class Approve extends Base implements Callable<Integer> {
        @Parameters(paramLabel = "RECORD", description = "Number of the suitability record (printed by suitability check)")
        long record;
        @Option(names = "--refuse", description = "refuse instead of approving")
        boolean refuse;
        @Option(names = "--opinion", paramLabel = "TEXT",
                description = "the written opinion, required to approve and to refuse")
        String opinion;
        @Mixin
        ActorOptions actor;

        @java.lang.Override
        public Integer call() throws Exception {
            return run(checks -> checks.approve(record, !refuse, opinion, actor.actor()));
        }
    }

    @Command(name = "queue", mixinStandardHelpOptions = true,
            description = "What the approver has to act on: a supervisor's reviews (before the sale, then after it by due date), "
                    + "or the second approvals of the head of wealth management.")
    static class Queue extends RootAware implements Callable<Integer> {
        @Option(names = "--format", defaultValue = "text", description = "text or json")
        String format;
        @Mixin
        ActorOptions actor;

        @java.lang.Override
        public Integer call() throws Exception {
            return SuitabilityOutput.guarded(this, () -> {
                Actor who = actor.actor();
                if (!Action.approves(who.role())) {
                    throw Refused.forbidden("roleMayNotReview", Label.of(who.role().label().zh() + "（" + who.role().name()
                            + "）不能复核或审批", who.role().label().en() + " (" + who.role().name() + ") may not review or approve"));
                }
                try (Launcher app = root().start(null)) {
                    List<QueuedCheck> queue = app.bean(ReviewQueue.class).of(who.role());
                    if ("json".equals(format)) {
                        queue.forEach(c -> SuitabilityOutput.print(out(), c, format));
                        return 0;
                    }
                    Say say = say();
                    if (queue.isEmpty()) {
                        out().println(say.t("没有待处理的检查", "nothing to act on"));
                    }
                    for (QueuedCheck entry : queue) {
                        QueuedCheck.Queue q = entry.queue();
                        CheckView c = entry.check();
                        String when = switch (q.kind()) {
                            case AFTER_SALE -> say.t("事后复核 截止 ", "after the sale, due ") + q.dueOn()
                                    + (Boolean.TRUE.equals(q.overdue()) ? say.t("（已逾期）", " (overdue)") : "");
                            case SECOND_APPROVAL -> say.t("二次审批", "second approval");
                            case BEFORE_SALE -> say.t("销售前复核（销售等待）", "before the sale (the sale waits)");
                        };
                        out().println("#" + c.recordId() + "  " + c.customerId() + " " + c.customerName() + "  "
                                + c.productCode() + "  " + io.clientlens.classify.Amounts.plain(c.amount())
                                + "  " + c.decision() + "  " + when);
                    }
                }
                return 0;
            });
        }
    }
}
