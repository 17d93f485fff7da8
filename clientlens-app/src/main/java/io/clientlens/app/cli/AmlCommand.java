package io.clientlens.app.cli;

import io.clientlens.aml.monitor.Alert;
import io.clientlens.aml.monitor.AlertRule;
import io.clientlens.app.aml.AlertQueries;
import io.clientlens.app.aml.AmlCases;
import io.clientlens.app.aml.AlertQuery;
import io.clientlens.app.aml.MonitoringOutcome;
import io.clientlens.app.aml.StoredAlert;
import io.clientlens.app.aml.TransactionMonitoring;
import io.clientlens.app.config.Launcher;
import io.clientlens.batch.aml.AlertJson;
import io.clientlens.batch.aml.FileMonitor;
import io.clientlens.batch.policy.PolicyYaml;
import io.clientlens.classify.Amounts;
import io.clientlens.code.Dimension;
import io.clientlens.code.Language;
import io.clientlens.identity.Masking;
import io.clientlens.policy.Policy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "aml", mixinStandardHelpOptions = true,
        subcommands = {AmlCommand.Monitor.class, AmlCommand.Alerts.class, AmlCommand.Cases.class, AmlCommand.Case.class,
                AmlCommand.Reviews.class, AmlCommand.Review.class,
                AmlCommand.Bench.class},
        description = "Anti-money laundering (docs/AML.md): transaction monitoring, its alerts and cases, for compliance.")
class AmlCommand {

    @Command(name = "monitor", mixinStandardHelpOptions = true,
            description = {"Run the six monitoring rules and keep the alerts not raised before.",
                    "Over the database's transactions in the policy's window ending at as-of; or, with --input and --out,",
                    "over files (alerts.jsonl)."})
    static class Monitor extends RootAware implements Callable<Integer> {
        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
                description = "As-of date (default: the latest transaction date in the data)")
        LocalDate asOf;

        @Option(names = "--input", paramLabel = "DIR",
                description = "Monitor files instead of the database: a generic layout or Berka directory (as segment)")
        Path input;

        @Option(names = "--out", paramLabel = "DIR", description = "With --input: where alerts.jsonl goes")
        Path out;

        @Override
        public Integer call() {
            if ((input == null) != (out == null)) {
                throw new IllegalArgumentException(say().t("--input 与 --out 须同时给出", "--input and --out go together"));
            }
            if (input != null) {
                Policy policy = root().policy == null ? PolicyYaml.defaults() : PolicyYaml.load(root().policy);
                FileMonitor.Result result = FileMonitor.run(input, out, asOf, policy);
                out().println(say().t("评估日 ", "As of ") + result.asOf() + say().t("：预警 ", ": alerts ") + result.total());
                printCounts(result.alerts(), Map.of());
                out().println(say().t("已写入 ", "Written to ") + result.file());
                return 0;
            }
            try (Launcher app = root().start(null)) {
                MonitoringOutcome outcome = app.bean(TransactionMonitoring.class).monitor(asOf);
                if (outcome instanceof MonitoringOutcome.NothingToMonitor) {
                    throw new IllegalArgumentException(say().t("数据中没有交易，无法确定评估日；请用 --as-of 指定",
                            "There are no transactions to take the as-of date from; give one with --as-of"));
                }
                MonitoringOutcome.Monitored m = (MonitoringOutcome.Monitored) outcome;
                out().printf("%s %d  %s %s  %s %s  %.1f s%n", say().t("监测运行", "Monitoring run"), m.runId(),
                        say().t("评估日", "as of"), m.asOf(), say().t("政策版本", "policy"), m.policyVersion(),
                        m.took().toMillis() / 1000.0);
                out().println(say().t("新预警 ", "New alerts ") + m.raisedTotal() + say().t("（已提出过、不再重复：",
                        " (already raised, not raised again: ") + m.alreadyRaisedTotal() + say().t("）", ")"));
                printCounts(m.raised(), m.alreadyRaised());
            }
            return 0;
        }

        private void printCounts(Map<AlertRule, Integer> raised, Map<AlertRule, Integer> known) {
            Language lang = root().language();
            for (AlertRule rule : AlertRule.values()) {
                int again = known.getOrDefault(rule, 0);
                out().printf("  %-22s %s%6d%s%n", rule.name(), Summaries.padded(rule.label().in(lang), 30),
                        raised.getOrDefault(rule, 0), again == 0 ? "" : "  (" + say().t("重复 ", "again ") + again + ")");
            }
        }
    }

    @Command(name = "alerts", mixinStandardHelpOptions = true,
            description = "List the alerts monitoring has raised, in the order customer, rule, period.")
    static class Alerts extends RootAware implements Callable<Integer> {
        @Option(names = "--customer", paramLabel = "ID", description = "Only this customer's alerts")
        String customer;

        @Option(names = "--rule", paramLabel = "RULE", description = "Only this rule's alerts (LARGE_CASH, STRUCTURING, …)")
        String rule;

        @Option(names = "--format", defaultValue = "text", paramLabel = "text|jsonl",
                description = "text (default) or jsonl: one JSON object a line (customerId, rule, from, to, amount, score, "
                        + "accounts, transactions, reason)")
        String format;

        @Override
        public Integer call() {
            boolean jsonl = switch (format.toLowerCase(Locale.ROOT)) {
                case "text" -> false;
                case "jsonl" -> true;
                default -> throw new IllegalArgumentException("--format: " + say().t("应为 text 或 jsonl，实为 ",
                        "expected text or jsonl, was ") + format);
            };
            AlertRule only = null;
            if (rule != null) {
                only = java.util.Arrays.stream(AlertRule.values()).filter(r -> r.name().equalsIgnoreCase(rule.strip()))
                        .findFirst().orElseThrow(() -> new IllegalArgumentException("--rule: " + say().t("应为以下之一 ",
                                "expected one of ") + java.util.Arrays.toString(AlertRule.values()) + say().t("，实为 ",
                                ", was ") + rule));
            }
            Language lang = root().language();
            int[] count = {0};
            try (Launcher app = root().start(null)) {
                String currency = app.bean(Policy.class).currency();
                app.bean(AlertQueries.class).forEach(new AlertQuery(customer, only), stored -> {
                    count[0]++;
                    if (jsonl) {
                        out().println(AlertJson.line(stored.alert()));
                    } else {
                        print(stored, lang, currency);
                    }
                });
            }
            if (!jsonl && count[0] == 0) {
                out().println(say().t("没有预警", "No alerts"));
            }
            return 0;
        }

        private void print(StoredAlert stored, Language lang, String currency) {
            print(out(), say(), stored, lang, currency);
        }

        static void print(java.io.PrintWriter out, Say say, StoredAlert stored, Language lang, String currency) {
            Alert a = stored.alert();
            String amount = lang == Language.EN ? Amounts.en(a.amount(), currency) : Amounts.zh(a.amount(), currency);
            out.printf("#%d  %s  %s  %s %s %s  %s  %s %d%n", stored.alertId(), a.customerId(), a.rule().label().in(lang),
                    a.from(), say.t("至", "to"), a.to(), amount, say.t("分数", "score"), a.score());
            out.println("    " + (lang == Language.EN ? a.en() : a.zh()));
            // account numbers masked on screen, as on every page (docs/SECURITY.md); jsonl is the data itself
            out.println("    " + say.t("账户 ", "accounts ") + String.join(", ", a.accounts().stream()
                    .map(Masking::bankCard).toList()) + "  "
                    + say.t("交易 ", "transactions ") + String.join(", ", a.transactions()));
        }
    }

    @Command(name = "cases", mixinStandardHelpOptions = true,
            description = "List compliance cases by due date: the open ones, or with --all every case.")
    static class Cases extends RootAware implements Callable<Integer> {
        @Option(names = "--all", description = "Decided cases too")
        boolean all;

        @Option(names = "--status", paramLabel = "STATUS", description = "OPEN, UNDER_REVIEW, AWAITING_APPROVAL or DECIDED")
        String status;

        @Option(names = "--customer", paramLabel = "ID", description = "Only this customer's cases")
        String customer;

        @Option(names = "--rule", paramLabel = "RULE", description = "Only cases holding an alert of this rule")
        String rule;

        @Override
        public Integer call() {
            io.clientlens.aml.cases.CaseStatus s = status == null ? null : parse(io.clientlens.aml.cases.CaseStatus.class,
                    "--status", status, say());
            AlertRule r = rule == null ? null : parse(AlertRule.class, "--rule", rule, say());
            Language lang = root().language();
            try (Launcher app = root().start(null)) {
                AmlCases cases = app.bean(AmlCases.class);
                var list = cases.list(new AmlCases.CaseFilter(!all && s == null, s, customer, r, null), AmlCases.MAX_LIST);
                for (AmlCases.CaseSummary c : list) {
                    printSummary(out(), c, lang, say());
                }
                if (list.isEmpty()) {
                    out().println(say().t("没有案件", "No cases"));
                }
            }
            return 0;
        }
    }

    @Command(name = "case", mixinStandardHelpOptions = true,
            description = {"Show one compliance case, or take a step in it.",
                    "Shown: the customer's AML rating with reasons, the alerts, the history. A step:",
                    "--step START_REVIEW|PROPOSE|APPROVE|REJECT|FILE_STR --user OFFICER [--decision D] --opinion TEXT.",
                    "Exit and STR need a second compliance officer."})
    static class Case extends RootAware implements Callable<Integer> {
        @picocli.CommandLine.Parameters(index = "0", paramLabel = "ID", description = "The case number")
        long caseId;

        @Option(names = "--step", paramLabel = "ACTION", description = "START_REVIEW, PROPOSE, APPROVE, REJECT or FILE_STR")
        String step;

        @Option(names = "--decision", paramLabel = "DECISION",
                description = "With PROPOSE: NO_ACTION, ENHANCED_MONITORING, EXIT_RELATIONSHIP or REPORT_STR")
        String decision;

        @Option(names = "--opinion", paramLabel = "TEXT", description = "The officer's opinion (required but to start the review)")
        String opinion;

        @Option(names = "--user", paramLabel = "NAME", description = "The compliance officer taking the step (a server user)")
        String user;

        @Override
        public Integer call() {
            Language lang = root().language();
            try (Launcher app = root().start(null)) {
                AmlCases cases = app.bean(AmlCases.class);
                if (step != null) {
                    requireComplianceUser(app, user, say());
                    io.clientlens.aml.cases.CaseAction action = action(step, decision, opinion, say());
                    AmlCases.StepOutcome outcome = cases.act(caseId, action, user.strip());
                    if (outcome instanceof AmlCases.StepOutcome.NoSuchCase) {
                        throw new IllegalArgumentException(say().t("没有案件 ", "No case ") + caseId);
                    }
                    if (outcome instanceof AmlCases.StepOutcome.Refused refused) {
                        throw new IllegalArgumentException(refused.why().in(lang));
                    }
                }
                AmlCases.CaseDetail d = cases.get(caseId).orElseThrow(() ->
                        new IllegalArgumentException(say().t("没有案件 ", "No case ") + caseId));
                printSummary(out(), d.summary(), lang, say());
                d.rating().ifPresentOrElse(r -> {
                    out().println("  " + say().t("洗钱风险等级 ", "AML risk ") + r.label().in(lang) + " (" + r.code() + ")  "
                            + say().t("分类日 ", "as of ") + r.asOf());
                    r.reasons().forEach(reason -> out().println("    - " + reason.in(lang)));
                }, () -> out().println("  " + say().t("尚未评级（运行 classify）", "not rated yet (run classify)")));
                String currency = app.bean(Policy.class).currency();
                out().println("  " + say().t("预警", "Alerts") + " (" + d.alerts().size() + ")");
                for (StoredAlert a : d.alerts()) {
                    Alerts.print(out(), say(), a, lang, currency);
                }
                if (!d.matches().isEmpty()) {
                    out().println("  " + say().t("名单可能命中", "Possible watch-list matches") + " (" + d.matches().size() + ")");
                    for (var m : d.matches()) {
                        out().println("    #" + m.matchId() + "  " + m.listName() + " " + m.entityId() + "  " + m.listedName()
                                + "  " + m.score() + "  " + m.reason().in(lang));
                    }
                }
                out().println("  " + say().t("记录", "History"));
                for (var e : d.events()) {
                    out().println("    " + java.time.LocalDateTime.ofInstant(e.at(), java.time.ZoneId.systemDefault())
                            .withNano(0) + "  " + e.actor() + "  " + e.action() + "  " + (e.fromStatus() == null ? ""
                            : e.fromStatus() + " → ") + e.toStatus() + (e.decision() == null ? "" : "  " + e.decision())
                            + (e.opinion() == null ? "" : "  " + e.opinion())
                            + (e.alerts().isEmpty() ? "" : "  " + say().t("预警 ", "alerts ") + e.alerts())
                            + (e.matches().isEmpty() ? "" : "  " + say().t("名单命中 ", "matches ") + e.matches()));
                }
            }
            return 0;
        }

        static io.clientlens.aml.cases.CaseAction action(String step, String decision, String opinion, Say say) {
            return switch (step.strip().toUpperCase(Locale.ROOT)) {
                case "START_REVIEW" -> new io.clientlens.aml.cases.CaseAction.StartReview(opinion);
                case "PROPOSE" -> new io.clientlens.aml.cases.CaseAction.Propose(decision == null ? null
                        : parse(io.clientlens.aml.cases.CaseDecision.class, "--decision", decision, say), opinion);
                case "APPROVE" -> new io.clientlens.aml.cases.CaseAction.Approve(opinion);
                case "REJECT" -> new io.clientlens.aml.cases.CaseAction.Reject(opinion);
                case "FILE_STR" -> new io.clientlens.aml.cases.CaseAction.FileStr(opinion);
                default -> throw new IllegalArgumentException("--step: " + say.t("应为 START_REVIEW、PROPOSE、APPROVE、REJECT 或 "
                        + "FILE_STR，实为 ", "expected START_REVIEW, PROPOSE, APPROVE, REJECT or FILE_STR, was ") + step);
            };
        }
    }

    @Command(name = "reviews", mixinStandardHelpOptions = true,
            description = "List the rated customers whose periodic due-diligence review is due (the query RM tasks come from).")
    static class Reviews extends RootAware implements Callable<Integer> {
        @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Due on or before this day (default today)")
        LocalDate until;

        @Override
        public Integer call() {
            Language lang = root().language();
            try (Launcher app = root().start(null)) {
                var due = app.bean(io.clientlens.app.aml.AmlDueDiligence.class)
                        .reviewsDue(until == null ? LocalDate.now() : until, 100_000);
                for (var r : due) {
                    out().println(r.customerId() + "  " + Dimension.AML_RISK.labelOf(r.rating()).in(lang)
                            + "  " + say().t("到期 ", "due ") + r.dueOn() + "  " + say().t("上次审查 ", "last review ")
                            + (r.lastReviewOn() == null ? "-" : r.lastReviewOn())
                            + (r.eddPending() ? say().t("  强化尽职调查未完成", "  enhanced due diligence pending") : ""));
                }
                out().println(say().t("共 ", "") + due.size() + say().t(" 位客户", " customer(s)"));
            }
            return 0;
        }
    }

    @Command(name = "review", mixinStandardHelpOptions = true,
            description = {"Show a customer's due diligence, or record a completed review.",
                    "To record: --record and --user, a compliance officer."})
    static class Review extends RootAware implements Callable<Integer> {
        @picocli.CommandLine.Parameters(index = "0", paramLabel = "CUSTOMER", description = "The customer id")
        String customerId;

        @Option(names = "--record", description = "Record a completed review now")
        boolean record;

        @Option(names = "--user", paramLabel = "NAME", description = "The compliance officer (a server user)")
        String user;

        @Option(names = "--note", paramLabel = "TEXT", description = "What the review found")
        String note;

        @Override
        public Integer call() {
            Language lang = root().language();
            try (Launcher app = root().start(null)) {
                var dd = app.bean(io.clientlens.app.aml.AmlDueDiligence.class);
                java.util.Optional<io.clientlens.aml.DueDiligence.Status> status;
                if (record) {
                    requireComplianceUser(app, user, say());
                    status = dd.recordReview(customerId, user.strip(), note, LocalDate.now());
                } else {
                    status = dd.status(customerId, LocalDate.now());
                }
                var s = status.orElseThrow(() -> new IllegalArgumentException(say().t("没有客户 ", "No customer ") + customerId));
                out().println(customerId + "  " + (s.rating() == null ? say().t("尚未评级", "not rated")
                        : Dimension.AML_RISK.labelOf(s.rating()).in(lang))
                        + (s.level() == null ? "" : "  " + s.level().label().in(lang)));
                out().println("  " + say().t("上次审查 ", "last review ") + (s.lastReviewOn() == null ? "-" : s.lastReviewOn())
                        + "  " + say().t("下次审查 ", "next review ") + (s.nextReviewOn() == null ? "-" : s.nextReviewOn()));
                if (!s.missingFacts().isEmpty()) {
                    out().println("  " + say().t("待补充：", "missing: ") + String.join(say().t("、", ", "),
                            s.missingFacts().stream().map(l -> l.in(lang)).toList()));
                }
                if (s.eddPending()) {
                    out().println("  " + say().t("强化尽职调查未完成：新的销售须等待", "enhanced due diligence pending: new sales wait"));
                }
            }
            return 0;
        }
    }

    static void requireComplianceUser(Launcher app, String user, Say say) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("--user: " + say.t("须指明合规人员", "the compliance officer is required"));
        }
        var found = app.bean(io.clientlens.app.security.Users.class).find(user.strip());
        if (found.isEmpty() || !io.clientlens.app.security.Capability.READ_AML.allows(found.get().role()) || !found.get().enabled()) {
            throw new IllegalArgumentException("--user: " + say.t("应为已启用的合规用户，实为 ",
                    "expected an enabled compliance user of the server, was ") + user);
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String option, String value, Say say) {
        return java.util.Arrays.stream(type.getEnumConstants()).filter(v -> v.name().equalsIgnoreCase(value.strip()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(option + ": " + say.t("应为以下之一 ",
                        "expected one of ") + java.util.Arrays.toString(type.getEnumConstants()) + say.t("，实为 ", ", was ")
                        + value));
    }

    /** The AML risk level by its name in Chinese, by its code in English (as the summaries show classes); "-" unrated. */
    static String rating(String code, Say say) {
        if (code == null || !Dimension.AML_RISK.accepts(code)) {
            return code == null ? "-" : code;
        }
        return Summaries.classShown(say, Dimension.AML_RISK, code);
    }

    static void printSummary(java.io.PrintWriter out, AmlCases.CaseSummary c, Language lang, Say say) {
        StringBuilder line = new StringBuilder();
        line.append('#').append(c.caseId()).append("  ").append(c.customerId()).append("  ").append(c.status().label().in(lang))
                .append("  ").append(say.t("到期 ", "due ")).append(c.dueOn()).append(c.overdue() ? say.t("（已逾期）", " (overdue)") : "")
                .append("  ").append(say.t("预警 ", "alerts ")).append(c.alerts()).append("  ")
                .append(String.join(say.t("、", ", "), c.rules().stream().map(r -> r.label().in(lang)).toList()))
                .append("  ").append(say.t("等级 ", "rating ")).append(rating(c.rating(), say));
        if (c.proposed() != null) {
            line.append("  ").append(say.t("待复核：", "awaiting approval: ")).append(c.proposed().label().in(lang))
                    .append(" (").append(c.proposedBy()).append(')');
        }
        if (c.decision() != null) {
            line.append("  ").append(say.t("决定：", "decision: ")).append(c.decision().label().in(lang));
        }
        if (c.strDueOn() != null) {
            line.append("  ").append(say.t("可疑交易报告到期 ", "STR due ")).append(c.strDueOn())
                    .append(c.strFiledOn() == null ? "" : say.t("，已于 ", ", filed ") + c.strFiledOn() + say.t(" 报送", ""));
        }
        out.println(line);
    }

    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = {"Benchmark the AML rating and monitoring against plain DuckDB SQL.",
                    "The SQL is what an analyst would write for the same rating points and six rules, timed in the same run",
                    "over the same files; also recall and false positives on the typologies the generator planted",
                    "(docs/BENCHMARKS.md)."})
    static class Bench extends RootAware implements Callable<Integer> {
        private static final LocalDate END = LocalDate.of(2026, 9, 30);

        @Option(names = "--customers", defaultValue = "100000", description = "Customers (default 100000)")
        int customers;

        @Option(names = "--transactions", defaultValue = "2000000", description = "About this many transactions (default 2000000)")
        long transactions;

        @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|parquet", description = "Transactions file format")
        String format;

        @Option(names = "--seed", defaultValue = "20260930", description = "Generator seed")
        long seed;

        @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default <home>/bench/aml-N-M-FORMAT-SEED; generated when missing)")
        Path data;

        @Option(names = "--rounds", defaultValue = "2", description = "Rounds, each timing all four (default 2: the first "
                + "includes the JVM's warm-up)")
        int rounds;

        @Option(names = "--profiles", defaultValue = "prepared", paramLabel = "prepared|jsonl",
                description = "prepared (default): 'segment prepare' once, untimed like generating, then monitoring and the "
                        + "rating read the profile columns; jsonl: they read customers.jsonl themselves")
        String profiles;

        @Override
        public Integer call() throws Exception {
            boolean parquet = switch (format.toLowerCase(Locale.ROOT)) {
                case "csv" -> false;
                case "parquet" -> true;
                default -> throw OptionRejected.oneOf("--format", format, "csv", "parquet");
            };
            boolean prepared = switch (profiles.toLowerCase(Locale.ROOT)) {
                case "prepared" -> true;
                case "jsonl" -> false;
                default -> throw OptionRejected.oneOf("--profiles", profiles, "prepared", "jsonl");
            };
            Path home = root().settings().home();
            Path dir = data != null ? data : home.resolve("bench").resolve("aml-" + customers + "-" + transactions + "-"
                    + format + "-" + seed);
            if (!java.nio.file.Files.exists(dir.resolve(".complete"))) {
                out().println(say().t("正在生成数据 ", "Generating data in ") + dir + " …");
                var settings = GenerateCommand.settings(customers, seed, END, transactions, 6);
                out().println(GenerateCommand.describe(settings, say()));
                out().flush();
                long start = System.nanoTime();
                GenerateCommand.writeLayout(dir, settings, parquet);
                java.nio.file.Files.writeString(dir.resolve(".complete"), "");
                out().printf("%s %.1f s%n", say().t("生成耗时", "generated in"), (System.nanoTime() - start) / 1e9);
            } else {
                out().println(say().t("复用数据 ", "Reusing data in ") + dir);
            }
            Path preparedFile = dir.resolve(io.clientlens.batch.segment.PreparedProfiles.FILE);
            if (prepared && !io.clientlens.batch.segment.PreparedProfiles.current(dir)) {
                long start = System.nanoTime();
                long n = io.clientlens.batch.segment.PreparedProfiles.prepare(dir, Runtime.getRuntime().availableProcessors());
                out().printf("%s %d, %.1f s%n", say().t("已准备客户资料（segment prepare，不计时）",
                        "prepared profiles (segment prepare, untimed)"), n, (System.nanoTime() - start) / 1e9);
                out().flush();
            } else if (!prepared) {
                java.nio.file.Files.deleteIfExists(preparedFile);
            }
            Policy policy = root().policy == null ? PolicyYaml.defaults() : PolicyYaml.load(root().policy);
            Path work = home.resolve("bench").resolve("aml-work");
            for (int round = 1; round <= rounds; round++) {
                io.clientlens.batch.bench.AmlBench.Result r = io.clientlens.batch.bench.AmlBench.run(dir, work, END, policy);
                out().printf(say().t("第 %d 轮：客户 %d，交易格式 %s，客户资料 %s，处理器 %d，最大堆 %d MiB，评估日 %s%n",
                                "round %d: customers %d, format %s, profiles %s, processors %d, max heap %d MiB, as-of %s%n"), round,
                        r.customers(), format, prepared ? "prepared" : "jsonl", Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().maxMemory() >> 20, END);
                for (var t : new io.clientlens.batch.bench.SegmentBench.Timing[] {r.baselineRules(), r.baselineRating(),
                        r.monitoring(), r.rating()}) {
                    out().println(BenchCommand.timing(say(), "  ", t));
                }
                out().printf(say().t("  monitoring / baseline-rules = %.2f（CPU %.2f）；rating / baseline-rating = %.2f（CPU %.2f）%n",
                                "  monitoring / baseline-rules = %.2f (cpu %.2f); rating / baseline-rating = %.2f (cpu %.2f)%n"),
                        r.monitoring().seconds() / r.baselineRules().seconds(),
                        r.monitoring().cpuSeconds() / r.baselineRules().cpuSeconds(),
                        r.rating().seconds() / r.baselineRating().seconds(),
                        r.rating().cpuSeconds() / r.baselineRating().cpuSeconds());
                out().printf(say().t("  评级 + 监测 %.2f s（CPU %.2f s），基准 %.2f s（CPU %.2f s）：比值 %.2f（CPU %.2f）%n",
                                "  rating + monitoring %.2f s (cpu %.2f s), baseline %.2f s (cpu %.2f s): ratio %.2f (cpu %.2f)%n"),
                        r.seconds(), r.cpuSeconds(), r.baselineSeconds(), r.baselineCpuSeconds(), r.ratio(),
                        r.cpuSeconds() / r.baselineCpuSeconds());
                out().println("  " + say().t("洗钱风险等级：", "AML risk levels: ")
                        + Summaries.classes(say(), Dimension.AML_RISK, r.byLevel()).strip()
                        + say().t("；预警 ", "; alerts ") + r.alerts());
                if (r.truth() != null) {
                    out().printf(say().t("  %s %.1f%%（%d / %d）；%s %d；%s %d %s%n", "  %s %.1f%% (%d / %d); %s %d; %s %d %s%n"),
                            say().t("已知案例召回率", "recall on the planted typologies"), r.truth().recall() * 100,
                            r.truth().found().size(), r.truth().found().size() + r.truth().missed().size(),
                            say().t("已知案例客户的其他预警", "other alerts on customers with a planted case"),
                            r.truth().otherOnPlanted().size(),
                            say().t("误报（无已知案例的客户）", "false positives (customers with nothing planted)"),
                            r.truth().falsePositives().size(), byRule(r.truth().falsePositivesByRule()));
                }
                out().flush();
            }
            return 0;
        }

        private String byRule(Map<io.clientlens.aml.monitor.AlertRule, Integer> counts) {
            return counts.entrySet().stream()
                    .map(e -> say().t(e.getKey().label().zh(), e.getKey().name()) + " " + e.getValue())
                    .collect(java.util.stream.Collectors.joining(say().t("，", ", "), say().t("（", "("), say().t("）", ")")));
        }
    }
}
