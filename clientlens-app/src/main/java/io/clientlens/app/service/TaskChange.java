package io.clientlens.app.service;

import io.clientlens.code.Label;

/** What came of closing, snoozing or reopening a task. */
public sealed interface TaskChange {
    record Changed(Task task) implements TaskChange {
    }

    /** No such task, or not one the user may see (the same answer, so that existence does not leak). */
    record NotFound(long taskId) implements TaskChange {
    }

    /** Not allowed now: {@code code} e.g. alreadyClosed, roleMayNotAct, snoozeInThePast; the reason in zh and en. */
    record Refused(String code, Label reason, boolean forbidden) implements TaskChange {
    }
}
