package io.clientlens.app.cli;

import io.clientlens.app.classify.RunRetention;
import io.clientlens.app.classify.RunSelection;
import io.clientlens.app.classify.StoredRun;
import io.clientlens.app.config.Launcher;
import io.clientlens.app.customer.ChangedBy;
import io.clientlens.identity.Masking;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

@Command(name = "runs", mixinStandardHelpOptions = true,
        description = "Classification runs: list them, delete old ones to free space for later runs.",
        subcommands = {RunsCommand.ListRuns.class, RunsCommand.Delete.class})
class RunsCommand {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List every classification run, newest first, with its approximate size.")
    static class ListRuns extends RootAware implements Callable<Integer> {
        @Override
        public Integer call() {
            try (Launcher app = root().start(null)) {
                List<StoredRun> runs = app.bean(RunRetention.class).list();
                if (runs.isEmpty()) {
                    out().println(say().t("还没有分类运行。", "No classification runs yet."));
                    return 0;
                }
                out().println(header(say()));
                runs.forEach(r -> out().println(line(say(), r)));
                out().println(alwaysKept(say(), runs.stream().filter(StoredRun::done).limit(RunRetention.ALWAYS_KEPT).toList()));
            }
            return 0;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete old classification runs with their results. Give exactly one of --keep, --before or --run. "
                    + "Without --yes nothing is deleted: the command shows what would be. The two latest completed runs and a "
                    + "run in progress are never deleted. Each deleted run is recorded in the audit trail.")
    static class Delete extends RootAware implements Callable<Integer> {
        @Option(names = "--keep", paramLabel = "N",
                description = "Keep the N latest completed runs (at least 2), delete the older ones")
        String keep;

        @Option(names = "--before", paramLabel = "YYYY-MM-DD",
                description = "Delete the completed runs whose as-of date is before this date")
        String before;

        @Option(names = "--run", paramLabel = "N", split = ",",
                description = "Delete these runs, by number (see runs list)")
        List<String> runs;

        @Option(names = "--reason", paramLabel = "TEXT",
                description = "Why, recorded in the audit trail")
        String reason;

        @Option(names = "--yes", description = "Delete; without it, only show what would be deleted")
        boolean yes;

        @Override
        public Integer call() {
            RunSelection selection = selection();
            try (Launcher app = root().start(null)) {
                RunRetention retention = app.bean(RunRetention.class);
                RunRetention.Plan plan = retention.plan(selection);
                printPlan(plan);
                if (!yes || plan.deleted().isEmpty()) {
                    if (!plan.deleted().isEmpty()) {
                        out().println(say().t("试运行：未删除任何数据。确认后加 --yes 执行删除。",
                                "Dry run: nothing was deleted. Add --yes to delete."));
                    }
                    return 0;
                }
                List<RunRetention.Outcome> outcomes = retention.delete(plan, deletedBy(), this::printOutcome);
                if (outcomes.stream().anyMatch(o -> o instanceof RunRetention.Deleted)) {
                    printFreed(retention);
                }
                return outcomes.stream().allMatch(o -> o instanceof RunRetention.Deleted) ? 0 : 1;
            }
        }

        /** Exactly one of the three ways to choose, checked before the database is started. */
        private RunSelection selection() {
            long given = Stream.of(keep, before, runs).filter(o -> o != null).count();
            if (given != 1) {
                throw new IllegalArgumentException("runs delete：请给出 --keep N、--before YYYY-MM-DD、--run N 三者之一（给出了 "
                        + given + " 个） / runs delete: give exactly one of --keep N, --before YYYY-MM-DD or --run N ("
                        + given + " given)");
            }
            if (keep != null) {
                return RunSelection.Keep.parse(keep);
            }
            return before != null ? RunSelection.Before.parse(before) : RunSelection.Runs.parse(runs);
        }

        /** The operating-system user running the command, as every command-line change is recorded. */
        private RunRetention.DeletedBy deletedBy() {
            String user = System.getProperty("user.name");
            String why = reason == null || reason.isBlank() ? null : Masking.identityNumbersIn(reason.strip());
            return new RunRetention.DeletedBy(user == null || user.isBlank() ? "operator" : user, ChangedBy.OPERATOR, why);
        }

        private void printPlan(RunRetention.Plan plan) {
            if (plan.deleted().isEmpty()) {
                out().println(say().t("没有要删除的运行。", "No runs to delete."));
            } else {
                out().println(say().t("将删除的运行 " + plan.deleted().size() + " 次：", "Runs to delete: " + plan.deleted().size()));
                out().println(header(say()));
                plan.deleted().forEach(r -> out().println(line(say(), r)));
            }
            out().println(say().t("保留的已完成运行：", "Completed runs kept: ") + ids(plan.kept()));
        }

        private void printFreed(RunRetention retention) {
            out().println(say().t("正在清理（VACUUM）分类结果表，使释放的空间可供以后的运行复用…",
                    "Vacuuming the results table so that later runs can reuse the space freed…"));
            out().flush();
            retention.freeSpace().ifPresentOrElse(
                    took -> out().printf(say().t("清理完成，用时 %.1f 秒。", "Vacuumed in %.1f s.") + "%n", took.toMillis() / 1000.0),
                    () -> out().println(say().t("未能清理（没有数据库所有者账户）：PostgreSQL 的自动清理（autovacuum）稍后完成。",
                            "Not vacuumed (no database owner account configured): PostgreSQL's autovacuum will, later.")));
            out().println(say().t("数据文件不会因此变小：空间留给以后的运行复用；要还给操作系统须由数据库所有者执行 VACUUM FULL（见用户指南）。",
                    "The data files do not shrink: later runs reuse the space; only VACUUM FULL by the database owner gives it "
                            + "back to the operating system (see the user guide)."));
        }

        private void printOutcome(RunRetention.Outcome outcome) {
            long id = outcome.run().runId();
            if (outcome instanceof RunRetention.Deleted d) {
                out().printf(say().t("已删除运行 %d：分类结果 %,d 行，服务簿 %,d 行，用时 %.1f 秒%n",
                        "Deleted run %d: %,d classification rows, %,d service book rows, %.1f s%n"),
                        id, d.classificationRows(), d.serviceBookRows(), d.took().toMillis() / 1000.0);
            } else if (((RunRetention.Skipped) outcome).inUse()) {
                out().println(say().t("未删除运行 " + id + "：另一会话持有其锁（正在进行或正被删除）",
                        "Run " + id + " not deleted: another session holds its lock (in progress or being deleted)"));
            } else {
                out().println(say().t("未删除运行 " + id + "：已不存在或已成为最新的运行之一",
                        "Run " + id + " not deleted: it is gone or has become one of the latest runs"));
            }
            out().flush();
        }
    }

    static String header(Say say) {
        return row(say.t("运行", "run"), say.t("状态", "state"), say.t("评估日", "as-of"), say.t("政策", "policy"),
                say.t("客户", "customers"), say.t("开始", "started"), say.t("完成", "finished"), say.t("约占空间", "size (approx.)"));
    }

    static String line(Say say, StoredRun r) {
        return row(String.valueOf(r.runId()), state(say, r.status()), String.valueOf(r.asOf()), r.policyVersion(),
                r.customers() == null ? "-" : String.format("%,d", r.customers()), time(r.startedAt()), time(r.finishedAt()),
                r.estimatedBytes() == null ? "-" : size(r.estimatedBytes()));
    }

    /** One line of the list, its columns measured as a terminal shows them (a Chinese character takes two). */
    private static String row(String run, String state, String asOf, String policy, String customers, String started,
                              String finished, String size) {
        return Summaries.padded(run, 7) + Summaries.padded(state, 9) + Summaries.padded(asOf, 11) + Summaries.padded(policy, 9)
                + Summaries.rightAligned(customers, 12) + "  " + Summaries.padded(started, 21) + Summaries.padded(finished, 21)
                + size;
    }

    private static String alwaysKept(Say say, List<StoredRun> kept) {
        return say.t("最新两次已完成的运行总是保留：", "The two latest completed runs are always kept: ") + ids(kept);
    }

    private static String ids(List<StoredRun> runs) {
        return runs.isEmpty() ? "-" : runs.stream().map(r -> String.valueOf(r.runId())).collect(Collectors.joining(", "));
    }

    private static String state(Say say, String status) {
        return switch (status) {
            case "RUNNING" -> say.t("运行中", "running");
            case "DONE" -> say.t("已完成", "done");
            case "DELETING" -> say.t("删除中", "deleting");
            case "FAILED" -> say.t("失败", "failed");
            default -> status;
        };
    }

    private static String time(Instant t) {
        return t == null ? "-" : TIME.format(t.atZone(ZoneId.systemDefault()));
    }

    static String size(long bytes) {
        double mb = bytes / 1_048_576.0;
        return mb >= 1024 ? String.format(Locale.ROOT, "%.1f GB", mb / 1024) : String.format(Locale.ROOT, "%.1f MB", mb);
    }
}
