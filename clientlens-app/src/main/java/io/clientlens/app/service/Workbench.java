package io.clientlens.app.service;

import io.clientlens.app.security.Scope;
import io.clientlens.app.security.Capability;
import io.clientlens.app.security.SignedInUser;
import io.clientlens.app.service.persistence.TaskStore;
import io.clientlens.app.service.persistence.WorkbenchStore;
import io.clientlens.code.Label;
import io.clientlens.service.TaskKind;
import io.clientlens.staff.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The home page of RMs, sales staff and supervisors (docs/SERVICE.md "Workbench"): the day's work in the user's
 * scope. RMs see their book; supervisors their branch and the overdue work of each RM; sales staff the referrals
 * they made and the service requests they opened. "Due now" is relative to the business date, the as-of date of
 * the latest classification run, which is when the reminders were computed.
 */
@Service
public class Workbench {
    static final Set<Role> VIEWERS = Capability.USE_WORKBENCH.roles();
    private static final int DUE_SHOWN = 15;
    private static final int COMING_SHOWN = 10;
    private static final int CHECKS_SHOWN = 10;

    private final Tasks tasks;
    private final TaskStore taskStore;
    private final WorkbenchStore store;
    private final TaskGeneration generation;
    private final ServiceClock clock;
    private final JdbcClient jdbc;
    private final List<WorkbenchSection> sections;

    Workbench(Tasks tasks, TaskStore taskStore, WorkbenchStore store, TaskGeneration generation, ServiceClock clock, JdbcClient jdbc,
              List<WorkbenchSection> sections) {
        this.tasks = tasks;
        this.taskStore = taskStore;
        this.store = store;
        this.generation = generation;
        this.clock = clock;
        this.jdbc = jdbc;
        this.sections = sections;
    }

    /** Whether this role opens on the workbench (the others keep the statistics home). */
    public static boolean isHomeOf(Role role) {
        return ServiceRoles.WORKBENCH.contains(role);
    }

    public WorkbenchView of(SignedInUser user) {
        ServiceRoles.require(user, VIEWERS, Label.of("使用客户经理工作台", "use the RM workbench"));
        Scope.Filter scope = Scope.filter(user);
        boolean seesTasks = ServiceRoles.TASK_READERS.contains(user.role());
        if (seesTasks) {
            tasks.catchUp();
        }
        var run = jdbc.sql("select run_id, as_of from classification_run where status = 'DONE' order by run_id desc limit 1")
                .query((rs, i) -> new Object[]{rs.getLong(1), rs.getObject(2, LocalDate.class)}).optional();
        LocalDate businessDate = run.map(r -> (LocalDate) r[1]).orElse(clock.today());
        Long runId = run.map(r -> (Long) r[0]).orElse(null);
        LocalDate today = clock.today();

        List<WorkbenchView.KindCount> kinds = new ArrayList<>();
        List<Task> dueNow = List.of();
        long dueTotal = 0;
        List<Task> coming = List.of();
        if (seesTasks) {
            Map<TaskKind, long[]> counts = taskStore.openCounts(scope, businessDate, today);
            for (TaskKind kind : TaskKind.values()) {
                long[] c = counts.get(kind);
                if (c != null) {
                    kinds.add(new WorkbenchView.KindCount(kind, c[0], c[1]));
                }
            }
            // every open task, the most overdue first: reminders with a lead time (a birthday in three days) are today's work too
            dueNow = taskStore.first(TaskFilter.OPEN, scope, today, DUE_SHOWN);
            dueTotal = kinds.stream().mapToLong(WorkbenchView.KindCount::open).sum();
            List<Task> next = new ArrayList<>();
            for (TaskKind kind : List.of(TaskKind.BIRTHDAY, TaskKind.MATURITY)) {
                next.addAll(taskStore.first(new TaskFilter(kind, null, null, businessDate, null, null, null), scope, today, COMING_SHOWN));
            }
            next.sort(Comparator.comparing(Task::dueOn).thenComparing(Task::taskId));
            coming = next.subList(0, Math.min(COMING_SHOWN, next.size()));
        }
        WorkbenchView.Book book = user.role() == Role.SALES
                ? new WorkbenchView.Book(null, null, 0, java.math.BigDecimal.ZERO, List.of(), 0, 0, List.of()) : store.book(scope);
        List<WorkbenchView.CheckLine> checks = switch (user.role()) {
            case RM -> store.checks(user.username(), scope, CHECKS_SHOWN);
            case SUPERVISOR, HEAD_OF_WEALTH -> store.checks(null, scope, CHECKS_SHOWN);
            default -> List.of();
        };
        List<WorkbenchView.RmWork> byRm = new ArrayList<>();
        if (user.role() == Role.SUPERVISOR || user.role() == Role.HEAD_OF_WEALTH) {
            taskStore.openByRm(scope, businessDate, today).forEach((rm, c) -> byRm.add(new WorkbenchView.RmWork(rm, c[0], c[1])));
        }
        List<WorkbenchView.RequestLine> requests = new ArrayList<>();
        List<WorkbenchView.ReferralLine> referrals = new ArrayList<>();
        for (WorkbenchSection section : sections) {
            requests.addAll(section.requests(user));
            referrals.addAll(section.referrals(user));
        }
        return new WorkbenchView(user.username(), user.role().name(), scopeLabel(user), businessDate, runId, generation.everyoneQueued(), kinds,
                dueNow, dueTotal, coming, book, requests, checks, byRm, referrals);
    }

    private static String scopeLabel(SignedInUser user) {
        return switch (user.role()) {
            case RM -> user.rmId();
            case SALES, SUPERVISOR -> user.branch();
            default -> "*";
        };
    }
}
