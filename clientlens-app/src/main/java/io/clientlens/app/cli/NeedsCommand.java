package io.clientlens.app.cli;

import io.clientlens.batch.json.Json;
import io.clientlens.app.config.Launcher;
import io.clientlens.app.needs.NeedInput;
import io.clientlens.app.needs.NeedsDocument;
import io.clientlens.app.needs.NeedsRegister;
import io.clientlens.app.needs.NeedsReport;
import io.clientlens.app.needs.NeedsService;
import io.clientlens.classify.Amounts;
import io.clientlens.code.InputRejected;
import io.clientlens.code.Label;
import io.clientlens.code.Language;
import io.clientlens.needs.Figure;
import io.clientlens.needs.Need;
import io.clientlens.needs.NeedsAnalysis;
import io.clientlens.needs.NeedsNotApplicable;
import io.clientlens.needs.NeedsOutcome;
import io.clientlens.needs.Transition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "needs", mixinStandardHelpOptions = true,
        description = "Needs diagnosis of one customer (docs/NEEDS.md): ratios, life cycle, insurance A/B/C, gaps, four accounts.",
        subcommands = {NeedsCommand.Report.class, NeedsCommand.ListNeeds.class, NeedsCommand.Add.class, NeedsCommand.Move.class,
                NeedProductsCommand.class})
class NeedsCommand extends RootAware implements Callable<Integer> {

    // Optional for picocli so that the subcommands (report, list, add, move) can be given instead.
    @Parameters(paramLabel = "CUSTOMER", arity = "0..1", description = "Customer id")
    String customerId;

    @Option(names = "--as-of", paramLabel = "DATE", description = "As-of date YYYY-MM-DD (default: latest transaction date, or today)")
    LocalDate asOf;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json")
    String format;

    @Override
    public Integer call() {
        if (customerId == null) {
            throw new IllegalArgumentException(say().t("需要客户号：needs CUSTOMER，或子命令 report、list、add、move",
                    "a customer id is required: needs CUSTOMER, or one of the subcommands report, list, add, move"));
        }
        if (!"json".equalsIgnoreCase(format) && !"text".equalsIgnoreCase(format)) {
            throw OptionRejected.oneOf("--format", format, "text", "json");
        }
        try (Launcher app = root().start(null)) {
            NeedsOutcome outcome = app.bean(NeedsService.class).diagnose(customerId, asOf).outcome();
            if ("json".equalsIgnoreCase(format)) {
                out().println(Json.write(NeedsDocument.of(outcome)));
            } else if (outcome instanceof NeedsNotApplicable na) {
                printHeading(na);
                out().println(root().language() == Language.EN ? na.reason().en() : na.reason().zh());
            } else {
                printText((NeedsAnalysis) outcome, root().language());
            }
        }
        return 0;
    }

    private void printHeading(NeedsOutcome o) {
        Say say = say();
        out().printf("%s %s  %s %s  %s %s%n", say.t("客户", "Customer"), o.customerId(), say.t("评估日", "as of"), o.asOf(),
                say.t("政策版本", "policy"), o.policyVersion());
    }

    private void printText(NeedsAnalysis a, Language lang) {
        Say say = say();
        printHeading(a);
        out().println(say.t("== 家庭财务指标 ==", "== Family financial health =="));
        a.ratios().forEach(r -> {
            out().println(Summaries.padded(r.name().in(lang), 23)
                    + String.format("%8s  ", r.value() == null ? "—" : r.value().toPlainString())
                    + Summaries.padded(r.verdict().label().in(lang), 9) + r.workings().in(lang));
            out().println("    " + r.advice().in(lang));
        });
        out().println(say.t("== 生命周期 ==", "== Life cycle =="));
        out().println(a.lifeStage().label().in(lang) + "  " + (a.lifeStage().reasons().isEmpty() ? ""
                : lang == Language.EN ? a.lifeStage().reasons().get(0).en() : a.lifeStage().reasons().get(0).zh()));
        a.lifeCycle().ifPresent(p -> {
            out().println(say.t("规划重点：", "Priorities: ") + String.join(" > ", p.priorities().stream().map(x -> x.label().in(lang)).toList()));
            out().println(say.t("产品偏好：", "Preference: ") + String.join(" > ", p.preferences().stream().map(x -> x.label().in(lang)).toList()));
        });
        a.goals().forEach(g -> out().println("  " + g.why().in(lang)));
        out().println(say.t("== 保险需求诊断 ==", "== Insurance needs diagnosis =="));
        print(a.insurance().supportYears(), lang);
        a.insurance().needTerms().forEach(f -> print(f, lang));
        print(a.insurance().need(), lang);
        a.insurance().resourceTerms().forEach(f -> print(f, lang));
        print(a.insurance().resources(), lang);
        print(a.insurance().gap(), lang);
        print(a.insurance().health().gap(), lang);
        print(a.insurance().retirement().gap(), lang);
        out().println(say.t("== 四大账户 ==", "== Four accounts =="));
        var b = a.fourAccounts();
        List.of(b.incomeProtectionPremium(), b.incomeProtectionCoverMin(), b.incomeProtectionCoverMax(), b.healthPremiumMin(),
                b.healthPremiumMax(), b.annuityPremium(), b.wealth()).forEach(f -> print(f, lang));
        out().println(say.t("== 价值等式 ==", "== Value equation =="));
        a.valueEquation().forEach(v -> out().println(v.risk().in(lang) + "：" + v.statement().in(lang)));
    }

    private void print(Figure f, Language lang) {
        out().println(Summaries.padded(f.name().in(lang), 29) + String.format("%14s  %s", f.isKnown() ? Amounts.plain(f.amount()) : "—",
                f.workings().in(lang)));
    }


    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "Write the printable needs report: PDF, or HTML when FILE ends in .html.")
    static class Report extends RootAware implements Callable<Integer> {
        @Parameters(paramLabel = "CUSTOMER", description = "Customer id")
        String customerId;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file, .pdf or .html")
        Path out;

        @Option(names = "--as-of", paramLabel = "DATE", description = "As-of date YYYY-MM-DD")
        LocalDate asOf;

        @Override
        public Integer call() {
            String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".pdf") && !name.endsWith(".html") && !name.endsWith(".htm")) {
                throw new InputRejected("--out：应为以 .pdf 或 .html 结尾的文件，实为 " + out,
                        "--out: expected a file ending in .pdf or .html, was " + out);
            }
            try (Launcher app = root().start(null)) {
                NeedsReport report = app.bean(NeedsReport.class);
                Language lang = root().language();
                byte[] bytes = name.endsWith(".pdf") ? report.pdf(customerId, asOf, lang)
                        : report.html(customerId, asOf, lang).getBytes(StandardCharsets.UTF_8);
                writeWhole(out, bytes);
                out().println(say().t("已写入 ", "Wrote ") + out + " (" + bytes.length + " bytes)");
            }
            return 0;
        }
    }

    /** Written beside the target, then moved over it: a failed run leaves no half-written report. */
    static void writeWhole(Path target, byte[] bytes) {
        try {
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".needs-report", ".part");
            Files.write(tmp, bytes);
            Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The customer's registered needs by priority.")
    static class ListNeeds extends RootAware implements Callable<Integer> {
        @Parameters(paramLabel = "CUSTOMER", description = "Customer id")
        String customerId;

        @Override
        public Integer call() {
            try (Launcher app = root().start(null)) {
                List<Need> ranked = app.bean(NeedsRegister.class).ranked(customerId);
                Language lang = root().language();
                for (int i = 0; i < ranked.size(); i++) {
                    Need n = ranked.get(i);
                    out().printf("%3s  #%-5d %-10s u%d i%d %12s  %s%n", n.status().isOpen() ? String.valueOf(i + 1) : "—", n.id(),
                            n.status().label().in(lang), n.urgency(), n.importance(), n.cost() == null ? "—" : Amounts.plain(n.cost()), n.title());
                }
                if (ranked.isEmpty()) {
                    out().println(say().t("尚未登记需求", "No needs recorded"));
                }
            }
            return 0;
        }
    }

    /** Acting user and role, named by the machine's operator who runs the CLI; the server uses the signed-in user. */
    abstract static class Acting extends RootAware {
        @Option(names = "--user", required = true, description = "Who is acting, recorded with the need")
        String user;

        @Option(names = "--role", required = true, description = "Acting role: RM, SUPERVISOR, COMPLIANCE, ANALYST or ADMIN")
        String role;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Record a need (status IDENTIFIED).")
    static class Add extends Acting implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "CUSTOMER", description = "Customer id")
        String customerId;

        @Option(names = "--title", required = true, description = "A short title of the need") String title;
        @Option(names = "--area", description = "CASH_AND_DEBT, FAMILY_PROTECTION, EDUCATION_AND_RETIREMENT, INVESTMENT, TAX, ESTATE") String area;
        @Option(names = "--expectation", required = true, description = "BASIC, EXPECTED, LATENT") String expectation;
        @Option(names = "--voice", required = true, description = "STATED, UNSTATED") String voice;
        @Option(names = "--nature", required = true, description = "EXPLICIT, IMPLICIT, STATUTORY, ADDED") String nature;
        @Option(names = "--source", required = true, description = "DIAGNOSIS, INTERVIEW, QUESTIONNAIRE, PHONE, DATA_MINING, CUSTOMER_REQUEST") String source;
        @Option(names = "--source-ref", description = "Where the need was found: the id of the interview, questionnaire or other source") String sourceRef;
        @Option(names = "--importance", required = true, description = "1–5") String importance;
        @Option(names = "--urgency", required = true, description = "1–5") String urgency;
        @Option(names = "--cost", description = "annual cost, CNY") String cost;
        @Option(names = "--proposal", description = "the need leads to a product proposal (supervisor review)") boolean proposal;

        @Override
        public Integer call() {
            var actor = NeedInput.actor(user, role, "--user", "--role");
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("title", title);
            body.put("area", area);
            body.put("expectation", expectation);
            body.put("voice", voice);
            body.put("nature", nature);
            body.put("source", source);
            body.put("sourceRef", sourceRef);
            body.put("importance", importance);
            body.put("urgency", urgency);
            body.put("cost", cost);
            body.put("leadsToProposal", proposal);
            var need = NeedInput.newNeed(body);
            try (Launcher app = root().start(null)) {
                if (!app.bean(io.clientlens.app.customer.Customers.class).exists(customerId)) {
                    throw new IllegalArgumentException(say().t("没有客户 ", "No customer ") + customerId);
                }
                Need n = app.bean(NeedsRegister.class).add(customerId, need, actor);
                out().println(say().t("已登记需求 #", "Recorded need #") + n.id() + "  " + n.status().label().in(root().language()));
            }
            return 0;
        }
    }

    @Command(name = "move", mixinStandardHelpOptions = true,
            description = "Move a need to another status (REVIEWED, ACCEPTED, DECLINED, MET).")
    static class Move extends Acting implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "CUSTOMER", description = "Customer id") String customerId;
        @Parameters(index = "1", paramLabel = "NEED_ID", description = "The need's number (see needs list)") long needId;
        @Parameters(index = "2", paramLabel = "STATUS", description = "The new status: REVIEWED, ACCEPTED, DECLINED or MET") String status;
        @Option(names = "--note", description = "Why, recorded with the change") String note;

        @Override
        public Integer call() {
            var actor = NeedInput.actor(user, role, "--user", "--role");
            var to = NeedInput.status(status, "STATUS");
            try (Launcher app = root().start(null)) {
                Transition t = app.bean(NeedsRegister.class).move(customerId, needId, to, actor, note);
                Language lang = root().language();
                if (t instanceof Transition.Refused refused) {
                    err().println(say().t("拒绝：", "Refused: ") + refused.reason().in(lang));
                    return 2;
                }
                out().println("#" + needId + " → " + ((Transition.Moved) t).need().status().label().in(lang));
            }
            return 0;
        }
    }
}
