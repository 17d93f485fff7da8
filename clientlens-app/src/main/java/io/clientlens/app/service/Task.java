package io.clientlens.app.service;

import io.clientlens.code.Label;
import io.clientlens.service.TaskKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A task as staff see it: kind, customer (name masked), due date, state, and the explanation (rule, inputs,
 * reason in zh and en, policy version, the business date it was found on); who closed it and when.
 */
public record Task(long taskId, TaskKind kind, String customerId, String customerName, String branchId, String rmId, LocalDate dueOn,
                   TaskState state, LocalDate snoozedUntil, String rule, Map<String, String> inputs, Label reason, String policyVersion,
                   LocalDate asOf, String closedBy, String closedRole, Instant closedAt, Label closeNote, Instant createdAt) {
}
