package io.clientlens.app.service;

import io.clientlens.service.TaskKind;

import java.time.LocalDate;

/**
 * Which tasks to list; null fields do not filter. {@code state} null means the open ones (open, and snoozed ones
 * whose date has come); {@code dueBy} lists tasks due on or before a day (overdue and today's work), {@code dueAfter}
 * those due after a day (what is coming).
 */
public record TaskFilter(TaskKind kind, TaskState state, LocalDate dueBy, LocalDate dueAfter, String customerId, String rmId, String branch) {
    public static final TaskFilter OPEN = new TaskFilter(null, null, null, null, null, null, null);

    public TaskFilter(TaskKind kind, TaskState state, LocalDate dueBy, String customerId, String rmId, String branch) {
        this(kind, state, dueBy, null, customerId, rmId, branch);
    }
}
