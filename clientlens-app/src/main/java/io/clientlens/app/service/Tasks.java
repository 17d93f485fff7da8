package io.clientlens.app.service;

import io.clientlens.app.security.Scope;
import io.clientlens.app.security.SignedInUser;
import io.clientlens.app.service.persistence.ServiceAuditLog;
import io.clientlens.app.service.persistence.TaskStore;
import io.clientlens.code.Label;
import io.clientlens.customer.FieldProblem;
import io.clientlens.policy.Policy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The RM's tasks (docs/SERVICE.md): listed within the user's scope, closed ("done"), snoozed until a day, or
 * reopened; each change is audited. Before a list is read, changes queued since the last computation (a contact
 * logged, an assessment recorded) are computed, so the list is never behind what staff just did.
 */
@Service
public class Tasks {
    public static final int MAX_PAGE_SIZE = 200;
    private static final int MAX_NOTE = 500;
    private static final Label READ = Label.of("查看客户经理待办", "read the RM's tasks");
    private static final Label ACT = Label.of("处理客户经理待办", "act on the RM's tasks");

    private final TaskStore store;
    private final ServiceAuditLog audit;
    private final ServiceClock clock;
    private final Policy policy;
    private final TaskGeneration generation;

    Tasks(TaskStore store, ServiceAuditLog audit, ServiceClock clock, Policy policy, TaskGeneration generation) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.policy = policy;
        this.generation = generation;
    }

    public Page<Task> list(SignedInUser viewer, TaskFilter filter, int page, int size) {
        ServiceRoles.require(viewer, ServiceRoles.TASK_READERS, READ);
        checkPaging(page, size);
        catchUp();
        return store.page(filter, Scope.filter(viewer), clock.today(), page, size);
    }

    public Optional<Task> find(SignedInUser viewer, long taskId) {
        ServiceRoles.require(viewer, ServiceRoles.TASK_READERS, READ);
        return store.find(taskId, Scope.filter(viewer));
    }

    /**
     * Computes what staff changed since the last computation (single customers only; a run's computation is the
     * server's), waiting at most two seconds for a computation already running.
     */
    public void catchUp() {
        if (generation.customersQueued()) {
            generation.pending(false, 2_000);
        }
    }

    @Transactional
    public TaskChange done(SignedInUser actor, long taskId, String note) {
        return change(actor, taskId, note, "TASK_DONE", "DONE", () -> store.close(taskId, actor.username(), actor.role().name(),
                clock.now(), blankToNull(note)), Label.of("已完成", "done"), Label.of("标记为完成", "marked done"));
    }

    @Transactional
    public TaskChange snooze(SignedInUser actor, long taskId, LocalDate until, String note) {
        if (until == null) {
            throw new ServiceInputInvalid("until", "请填写推迟到的日期（yyyy-MM-dd）", "give the day to snooze until (yyyy-MM-dd)");
        }
        if (!until.isAfter(clock.today())) {
            return new TaskChange.Refused("snoozeNotInFuture", Label.of("推迟日期须晚于今天（" + clock.today() + "）",
                    "the snooze date must be after today (" + clock.today() + ")"), false);
        }
        return change(actor, taskId, note, "TASK_SNOOZED", "SNOOZED", () -> store.snooze(taskId, until),
                Label.of("推迟到 " + until, "snoozed until " + until), Label.of("推迟", "snoozed"));
    }

    @Transactional
    public TaskChange reopen(SignedInUser actor, long taskId) {
        if (!ServiceRoles.TASK_ACTORS.contains(actor.role())) {
            return new TaskChange.Refused("roleMayNotAct", ServiceRoles.refusal(actor, ACT), true);
        }
        Optional<Task> task = store.find(taskId, Scope.filter(actor));
        if (task.isEmpty()) {
            return new TaskChange.NotFound(taskId);
        }
        TaskState state = store.lockState(taskId).orElseThrow();
        if (state == TaskState.OPEN) {
            return new TaskChange.Refused("alreadyOpen", Label.of("待办 " + taskId + " 本来就是待办状态", "task " + taskId + " is already open"), false);
        }
        store.reopen(taskId);
        auditChange(actor, task.get(), "TASK_REOPENED", "OPEN", null, Label.of("重新打开", "reopened"));
        return new TaskChange.Changed(store.find(taskId, Scope.filter(actor)).orElseThrow());
    }

    /**
     * Applies a change to an open task and audits it as {@code what} happened ("已完成"); a closed task is refused saying
     * it cannot be given the {@code action} ("标记为完成") any more.
     */
    private TaskChange change(SignedInUser actor, long taskId, String note, String auditKind, String outcome, Runnable apply, Label what,
                              Label action) {
        if (!ServiceRoles.TASK_ACTORS.contains(actor.role())) {
            return new TaskChange.Refused("roleMayNotAct", ServiceRoles.refusal(actor, ACT), true);
        }
        if (note != null && note.strip().length() > MAX_NOTE) {
            throw new ServiceInputInvalid("note", "备注最多 " + MAX_NOTE + " 个字符", "the note may have at most " + MAX_NOTE + " characters");
        }
        Optional<Task> task = store.find(taskId, Scope.filter(actor));
        if (task.isEmpty()) {
            return new TaskChange.NotFound(taskId);
        }
        TaskState state = store.lockState(taskId).orElseThrow();
        if (!state.isOpen()) {
            return new TaskChange.Refused("alreadyClosed", alreadyClosed(taskId, state, action), false);
        }
        apply.run();
        auditChange(actor, task.get(), auditKind, outcome, blankToNull(note), what);
        return new TaskChange.Changed(store.find(taskId, Scope.filter(actor)).orElseThrow());
    }

    /** 待办 12 已完成，不能再推迟 / task 12 is already done and cannot be snoozed (a closed state's label says what it is). */
    private static Label alreadyClosed(long taskId, TaskState state, Label action) {
        return Label.of("待办 " + taskId + " " + state.label().zh() + "，不能再" + action.zh(),
                "task " + taskId + " is already " + state.label().en().toLowerCase(java.util.Locale.ROOT) + " and cannot be " + action.en());
    }

    private void auditChange(SignedInUser actor, Task task, String kind, String outcome, String note, Label what) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("taskId", task.taskId());
        inputs.put("kind", task.kind().name());
        inputs.put("dueOn", task.dueOn().toString());
        inputs.put("previousState", task.state().name());
        if (note != null) {
            inputs.put("note", note);
        }
        audit.append(new ServiceAuditLog.Entry(kind, clock.localNow(), actor.username(), actor.role().name(), task.customerId(),
                "task:" + task.taskId(), outcome, task.policyVersion(), inputs, task.rule(),
                Label.of(task.kind().label().zh() + "（到期 " + task.dueOn() + "）：" + what.zh(),
                        task.kind().label().en() + " (due " + task.dueOn() + "): " + what.en())));
    }

    static void checkPaging(int page, int size) {
        List<FieldProblem> problems = new ArrayList<>();
        if (page < 0) {
            problems.add(new FieldProblem("page", "页码应为 0 或更大", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            problems.add(new FieldProblem("size", "每页条数应在 1 到 " + MAX_PAGE_SIZE + " 之间", "must be between 1 and " + MAX_PAGE_SIZE));
        }
        if (!problems.isEmpty()) {
            throw new ServiceInputInvalid(problems);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The date tasks are shown against: the latest run's as-of date, or today before any run. */
    public LocalDate businessDate() {
        return store.latestRunDate().orElse(clock.today());
    }

    /** The first day a task may be snoozed until: tomorrow, as the snooze is checked against today and not the business date. */
    public LocalDate firstSnoozeDay() {
        return clock.today().plusDays(1);
    }

    /** The policy version tasks are computed with now. */
    public String policyVersion() {
        return policy.version();
    }
}
