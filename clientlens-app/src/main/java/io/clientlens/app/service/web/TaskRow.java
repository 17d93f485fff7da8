package io.clientlens.app.service.web;

import io.clientlens.app.service.Task;
import io.clientlens.code.Label;
import io.clientlens.code.Language;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A task as a page row, in the page's language; {@code when} is the due date seen from the business date. */
record TaskRow(long taskId, String kind, String kindLabel, String customerId, String customerName, LocalDate dueOn, String when,
               boolean overdue, String reason, String state, String stateLabel, LocalDate snoozedUntil, String closedBy, String closeNote,
               String rule, String inputs, String policyVersion, LocalDate asOf) {

    static TaskRow of(Task t, LocalDate businessDate, Language lang) {
        long days = ChronoUnit.DAYS.between(businessDate, t.dueOn());
        Label when = days < 0 ? Label.of("逾期 " + -days + " 天", -days + (days == -1 ? " day" : " days") + " overdue")
                : days == 0 ? Label.of("今天", "today") : Label.of(days + " 天后", "in " + days + (days == 1 ? " day" : " days"));
        String inputs = String.join("; ", t.inputs().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        return new TaskRow(t.taskId(), t.kind().name(), t.kind().label().in(lang), t.customerId(), t.customerName(), t.dueOn(),
                when.in(lang), days < 0, t.reason().in(lang), t.state().name(), t.state().label().in(lang), t.snoozedUntil(), t.closedBy(),
                t.closeNote() == null ? null : t.closeNote().in(lang), t.rule(), inputs, t.policyVersion(), t.asOf());
    }
}
