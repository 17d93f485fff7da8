package io.clientlens.app.service.api;

import io.clientlens.app.service.Page;
import io.clientlens.app.service.Task;
import io.clientlens.app.service.TaskChange;
import io.clientlens.app.service.TaskFilter;
import io.clientlens.app.service.TaskGeneration;
import io.clientlens.app.service.TaskState;
import io.clientlens.app.service.Tasks;
import io.clientlens.app.service.ServiceForbidden;
import io.clientlens.code.Label;
import io.clientlens.service.TaskKind;
import io.clientlens.staff.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The RM's tasks (docs/SERVICE.md): list, read, done, snooze, reopen; computing them for everyone (administrators). */
@RestController
@RequestMapping(path = "/api/v1/tasks", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "tasks", description = "客户经理待办与提醒 / RM tasks and reminders")
class TasksApi extends ServiceApiSupport {
    private final Tasks tasks;
    private final TaskGeneration generation;

    TasksApi(Tasks tasks, TaskGeneration generation) {
        this.tasks = tasks;
        this.generation = generation;
    }

    record TaskResponse(long taskId, String kind, Text kindLabel, String customerId, String customerName, String branchId, String rmId,
                        LocalDate dueOn, String state, Text stateLabel, LocalDate snoozedUntil, String rule, Map<String, String> inputs,
                        Text reason, String policyVersion, LocalDate asOf, String closedBy, String closedRole, Instant closedAt, Text closeNote) {
        static TaskResponse of(Task t) {
            return new TaskResponse(t.taskId(), t.kind().name(), Text.of(t.kind().label()), t.customerId(), t.customerName(), t.branchId(),
                    t.rmId(), t.dueOn(), t.state().name(), Text.of(t.state().label()), t.snoozedUntil(), t.rule(), t.inputs(), Text.of(t.reason()),
                    t.policyVersion(), t.asOf(), t.closedBy(), t.closedRole(), t.closedAt(), Text.of(t.closeNote()));
        }
    }

    record TaskPage(List<TaskResponse> items, int page, int size, long total) {
        static TaskPage of(Page<Task> p) {
            return new TaskPage(p.items().stream().map(TaskResponse::of).toList(), p.page(), p.size(), p.total());
        }
    }

    record DoneRequest(String note) {
    }

    record SnoozeRequest(LocalDate until, String note) {
    }

    record GenerationResponse(long generationId, LocalDate asOf, Long runId, boolean everyone, int customers, int found, int created,
                              int cleared, long millis) {
    }

    @GetMapping
    @Operation(summary = "Tasks in the caller's scope, by due date; open ones unless state is given (kind, state, dueBy, customerId, rm, branch; page from 0, size 1–200)")
    TaskPage list(@RequestParam(required = false) String kind, @RequestParam(required = false) String state,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBy,
                  @RequestParam(required = false) String customerId, @RequestParam(required = false) String rm,
                  @RequestParam(required = false) String branch, @RequestParam(defaultValue = "0") int page,
                  @RequestParam(defaultValue = "50") int size) {
        TaskFilter filter = new TaskFilter(parse(TaskKind.class, "kind", kind), parse(TaskState.class, "state", state), dueBy,
                blank(customerId), blank(rm), blank(branch));
        return TaskPage.of(tasks.list(user(), filter, page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One task with its explanation: rule, inputs, reason in zh and en, policy version")
    ResponseEntity<?> one(@PathVariable long id) {
        return tasks.find(user(), id).<ResponseEntity<?>>map(t -> ResponseEntity.ok(TaskResponse.of(t))).orElseGet(() -> notFound("task", id));
    }

    @PostMapping(path = "/{id}/done", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Mark a task done {note}; audited")
    ResponseEntity<?> done(@PathVariable long id, @RequestBody(required = false) DoneRequest body) {
        return answer(tasks.done(user(), id, body == null ? null : body.note()));
    }

    @PostMapping(path = "/{id}/snooze", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Snooze a task until a day after today {until: yyyy-MM-dd, note}; audited")
    ResponseEntity<?> snooze(@PathVariable long id, @RequestBody SnoozeRequest body) {
        return answer(tasks.snooze(user(), id, body.until(), body.note()));
    }

    @PostMapping("/{id}/reopen")
    @Operation(summary = "Reopen a task that was done, snoozed or cleared; audited")
    ResponseEntity<?> reopen(@PathVariable long id) {
        return answer(tasks.reopen(user(), id));
    }

    @PostMapping("/generate")
    @Operation(summary = "Compute every customer's tasks now at the latest run's as-of date (administrators)")
    GenerationResponse generate() {
        if (user().role() != Role.ADMIN) {
            throw new ServiceForbidden(Label.of("只有管理员可以立即重新计算全部待办", "only administrators may compute every task now"));
        }
        var g = generation.everyone();
        return new GenerationResponse(g.generationId(), g.asOf(), g.runId(), g.everyone(), g.customers(), g.found(), g.created(), g.cleared(),
                g.took().toMillis());
    }

    private static ResponseEntity<?> answer(TaskChange change) {
        if (change instanceof TaskChange.Changed c) {
            return ResponseEntity.ok(TaskResponse.of(c.task()));
        }
        if (change instanceof TaskChange.NotFound n) {
            return notFound("task", n.taskId());
        }
        TaskChange.Refused r = (TaskChange.Refused) change;
        return refused(r.code(), r.reason(), r.forbidden());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
