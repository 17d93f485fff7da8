package io.clientlens.app.cli;

import io.clientlens.app.classify.RunSummary;
import io.clientlens.app.importing.Imports;
import io.clientlens.app.importing.LoadCounts;
import io.clientlens.code.Dimension;
import io.clientlens.importing.ImportIssue;

import java.io.PrintWriter;
import java.util.Map;

/** How the CLI reports imports and runs. */
final class Summaries {
    private static final int ISSUES_SHOWN = 20;

    private Summaries() {
    }

    /** What each table an import writes holds, as the operator calls it; another table is shown by its name. */
    private static final Map<String, String> WHAT_ZH = Map.ofEntries(Map.entry("branch", "网点"), Map.entry("customer", "客户"),
            Map.entry("account", "账户"), Map.entry("account_link", "账户关系"), Map.entry("txn", "交易"),
            Map.entry("loan", "贷款"), Map.entry("card", "银行卡"), Map.entry("holding", "持有产品"),
            Map.entry("assessment", "问卷评估"), Map.entry("contribution", "利润贡献"), Map.entry("product", "产品"));
    private static final Map<String, String> WHAT_EN = Map.of("account_link", "account link", "txn", "transaction");

    static void printImport(PrintWriter out, Say say, Imports.Result result) {
        for (Map.Entry<String, LoadCounts> e : result.counts().entrySet()) {
            LoadCounts c = e.getValue();
            String what = say.t(WHAT_ZH.getOrDefault(e.getKey(), e.getKey()), WHAT_EN.getOrDefault(e.getKey(), e.getKey()));
            out.printf("%s %s %,d  %s %,d  %s %,d%n", padded(what, 14), say.t("新增", "inserted"), c.inserted(),
                    say.t("更新", "updated"), c.updated(), say.t("未变", "unchanged"), c.unchanged());
        }
        printIssues(out, say, result.issues());
        if (!result.stored()) {
            out.println(say.t("因 --strict 且存在问题行，本次未导入任何数据。", "Nothing was imported: --strict and some rows have problems."));
        } else if (noRowUsable(result)) {
            out.println(say.t("没有一行可以导入，本次未导入任何数据。", "Nothing was imported: no row could be used."));
        }
    }

    /**
     * An import's exit status: 0 when every row was imported; 2 when some rows were skipped, or with --strict nothing
     * was imported because of them; 1 when not one row could be used (a header the reader refuses, every row wrong),
     * which is a failed import, not a partial one.
     */
    static int importStatus(Imports.Result result) {
        return result.issues().isEmpty() ? 0 : result.stored() && noRowUsable(result) ? 1 : 2;
    }

    private static boolean noRowUsable(Imports.Result result) {
        return !result.issues().isEmpty() && result.counts().values().stream().mapToLong(LoadCounts::total).sum() == 0;
    }

    static void printIssues(PrintWriter out, Say say, java.util.List<ImportIssue> issues) {
        if (issues.isEmpty()) {
            return;
        }
        out.println(say.t("有问题的行（已跳过）：", "Rows with problems (skipped):") + " " + issues.size());
        issues.stream().limit(ISSUES_SHOWN).forEach(i -> out.println("  " + inLanguage(i, say)));
        if (issues.size() > ISSUES_SHOWN) {
            out.println("  … " + say.t("另有 ", "and ") + (issues.size() - ISSUES_SHOWN) + say.t(" 处", " more"));
        }
    }

    /** file:line [column]: the reason in the chosen language (readers give both), printable and masked as on the page. */
    static String inLanguage(ImportIssue issue, Say say) {
        io.clientlens.app.admin.JobIssue shown = io.clientlens.app.admin.JobIssue.of(issue);
        return issue.file() + ":" + issue.line() + (issue.column() == null ? "" : " [" + shown.field() + "]") + ": "
                + say.t(shown.zh(), shown.en());
    }

    static void printRun(PrintWriter out, Say say, RunSummary s) {
        out.printf("%s #%d  %s %s  %s %s  %s %s  %s %,d  (%.1f s)%n", say.t("分类运行", "Run"), s.runId(),
                say.t("评估日", "as-of"), s.asOf(), say.t("政策版本", "policy"), s.policyVersion(),
                say.t("金额单位", "amounts in"), s.currency(), say.t("客户数", "customers"), s.customers(),
                s.took().toMillis() / 1000.0);
        printCounts(out, say, s.counts());
    }

    /** Customers per class of each dimension (region, free text, left out): labels in Chinese, codes in English. */
    static void printCounts(PrintWriter out, Say say, Map<String, Map<String, Long>> counts) {
        for (Dimension d : Dimension.values()) {
            Map<String, Long> codes = counts.get(d.code());
            if (codes == null || d == Dimension.REGION) {
                continue;
            }
            out.println(padded(say.t(d.label().zh(), d.label().en()), 22) + classes(say, d, codes));
        }
    }

    /** One dimension's counts on one line, "  低风险 1,822  中风险 178" (codes in English). */
    static String classes(Say say, Dimension d, Map<String, Long> codes) {
        StringBuilder line = new StringBuilder();
        codes.forEach((code, n) -> line.append(String.format("  %s %,d", classShown(say, d, code), n)));
        return line.toString();
    }

    /** A class as the summaries show it: its name in Chinese, its code in English. */
    static String classShown(Say say, Dimension d, String code) {
        return say.t(d.labelOf(code).zh(), code);
    }

    /** {@code text} padded with spaces to {@code columns} as a terminal shows it: a Chinese character takes two columns. */
    static String padded(String text, int columns) {
        return text + " ".repeat(Math.max(1, columns - width(text)));
    }

    /** {@code text} right-aligned in {@code columns} as a terminal shows it. */
    static String rightAligned(String text, int columns) {
        return " ".repeat(Math.max(0, columns - width(text))) + text;
    }

    private static int width(String text) {
        return text.codePoints().map(c -> Character.isIdeographic(c) || (c >= 0xFF00 && c <= 0xFFEF)
                || (c >= 0x3000 && c <= 0x303F) ? 2 : 1).sum();
    }
}
