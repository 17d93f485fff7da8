package io.clientlens.app.cli;

import io.clientlens.app.config.Launcher;
import io.clientlens.app.service.Page;
import io.clientlens.app.service.Task;
import io.clientlens.app.service.TaskChange;
import io.clientlens.app.service.TaskFilter;
import io.clientlens.app.service.TaskGeneration;
import io.clientlens.app.service.TaskState;
import io.clientlens.app.service.Tasks;
import io.clientlens.code.Language;
import io.clientlens.service.TaskKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

@Command(name = "tasks", mixinStandardHelpOptions = true,
        description = "The RM's tasks and reminders (docs/SERVICE.md): list, done, compute.",
        subcommands = {TasksCommand.ListTasks.class, TasksCommand.Done.class, TasksCommand.Generate.class})
class TasksCommand {

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List tasks by due date (open ones unless --state); what is queued is computed first.")
    static class ListTasks extends RootAware implements Callable<Integer> {
        @Mixin
        ServiceOperator operator;

        @Option(names = "--kind", paramLabel = "KIND", description = "One of: ${COMPLETION-CANDIDATES}")
        TaskKind kind;

        @Option(names = "--state", paramLabel = "STATE", description = "OPEN, SNOOZED, DONE or CLEARED (default: open ones)")
        TaskState state;

        @Option(names = "--of-rm", paramLabel = "ID", description = "Only this RM's customers")
        String ofRm;

        @Option(names = "--of-branch", paramLabel = "ID", description = "Only this branch's customers")
        String ofBranch;

        @Option(names = "--customer", paramLabel = "ID", description = "Only this customer's tasks")
        String customer;

        @Option(names = "--page", defaultValue = "0", description = "Page number, from 0 (default 0)")
        int page;

        @Option(names = "--size", defaultValue = "50", description = "1–200 (default 50)")
        int size;

        @Override
        public Integer call() {
            Language lang = root().language();
            try (Launcher app = root().start(null)) {
                app.bean(TaskGeneration.class).pending(true, true);
                Page<Task> tasks;
                try {
                    tasks = app.bean(Tasks.class).list(operator.of(app), new TaskFilter(kind, state, null, customer, ofRm, ofBranch), page, size);
                } catch (RuntimeException e) {
                    throw ServiceOperator.explain(e, lang);
                }
                for (Task t : tasks.items()) {
                    out().println(String.format("%-7d ", t.taskId()) + Summaries.padded(t.kind().label().in(lang), 19)
                            + String.format("%-9s %-10s ", t.customerId(), t.dueOn())
                            + Summaries.padded(t.state().label().in(lang), 9) + t.reason().in(lang));
                }
                out().println(say().t("共 " + tasks.total() + " 项，第 " + (page + 1) + " 页",
                        tasks.total() + " tasks, page " + (page + 1) + " of " + Math.max(1, tasks.pages())));
            }
            return 0;
        }
    }

    @Command(name = "done", mixinStandardHelpOptions = true, description = "Mark a task done (audited).")
    static class Done extends RootAware implements Callable<Integer> {
        @Mixin
        ServiceOperator operator;

        @Parameters(paramLabel = "TASK", description = "Task id")
        long taskId;

        @Option(names = "--note", paramLabel = "TEXT", description = "A note recorded with the task")
        String note;

        @Override
        public Integer call() {
            Language lang = root().language();
            try (Launcher app = root().start(null)) {
                TaskChange change;
                try {
                    change = app.bean(Tasks.class).done(operator.of(app), taskId, note);
                } catch (RuntimeException e) {
                    throw ServiceOperator.explain(e, lang);
                }
                if (change instanceof TaskChange.Changed c) {
                    out().println(say().t("已完成：", "Done: ") + c.task().taskId() + " " + c.task().kind().label().in(lang) + " "
                            + c.task().customerId());
                    return 0;
                }
                if (change instanceof TaskChange.Refused r) {
                    throw new IllegalArgumentException(r.reason().in(lang));
                }
                throw new IllegalArgumentException(say().t("没有待办 ", "No task ") + taskId + say().t("（或不在您的范围内）", " (or not in your scope)"));
            }
        }
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Compute every customer's tasks now at the latest run's as-of date.")
    static class Generate extends RootAware implements Callable<Integer> {
        @Override
        public Integer call() {
            try (Launcher app = root().start(null)) {
                var g = app.bean(TaskGeneration.class).everyone();
                out().printf("%s %s: %d %s, %d %s, %d %s, %d %s (%d ms)%n", say().t("业务日期", "business date"), g.asOf(), g.customers(),
                        say().t("位客户", "customers"), g.found(), say().t("项待办", "tasks found"), g.created(), say().t("项新增", "new"),
                        g.cleared(), say().t("项自动解除", "cleared"), g.took().toMillis());
            }
            return 0;
        }
    }

}
