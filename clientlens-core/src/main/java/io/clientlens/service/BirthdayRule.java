package io.clientlens.service;

import io.clientlens.code.Label;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The customer's birthday falls within the policy's days ahead of the business date (today included). Someone
 * born on 29 February has the birthday on 28 February in other years.
 */
final class BirthdayRule implements TaskRule {
    @Override
    public TaskKind kind() {
        return TaskKind.BIRTHDAY;
    }

    @Override
    public List<TaskDue> apply(ServiceFacts facts, TaskContext c) {
        if (facts.birthDate() == null || facts.birthDate().isAfter(c.asOf())) {
            return List.of();
        }
        LocalDate next = nextBirthday(facts.birthDate(), c.asOf());
        int ahead = c.reminders().birthdayDaysAhead();
        if (ChronoUnit.DAYS.between(c.asOf(), next) > ahead) {
            return List.of();
        }
        int age = next.getYear() - facts.birthDate().getYear();
        var inputs = TaskDue.inputs("birthDate", facts.birthDate(), "birthday", next, "age", age, "daysAhead", ahead);
        Label when = Texts.when(next, c.asOf());
        return List.of(new TaskDue(kind(), facts.customerId(), next,
                TaskDue.key(kind(), facts.customerId(), String.valueOf(next.getYear())), "birthdayWithinDays", inputs,
                Label.of("客户 " + next + "（" + when.zh() + "）过 " + age + " 岁生日（提前 " + ahead + " 天提醒）：送上生日祝福",
                        "The customer turns " + age + " on " + next + " (" + when.en() + "; reminded " + ahead
                                + " days ahead): send birthday greetings")));
    }

    /** The first birthday on or after {@code day}. */
    static LocalDate nextBirthday(LocalDate birthDate, LocalDate day) {
        LocalDate thisYear = birthDate.plusYears(day.getYear() - birthDate.getYear());
        return thisYear.isBefore(day) ? birthDate.plusYears(day.getYear() - birthDate.getYear() + 1L) : thisYear;
    }
}
