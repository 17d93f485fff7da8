package io.clientlens.service;

import java.util.List;

/** One reminder rule: from one customer's facts and the business date to the tasks of its kind that are due. */
public interface TaskRule {
    TaskKind kind();

    List<TaskDue> apply(ServiceFacts facts, TaskContext context);
}
