package io.clientlens.service;

import io.clientlens.code.Label;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Life events within the policy's days ahead of the business date (today included): a child turning one of
 * the policy's ages (6, 12, 18: school, middle school, adulthood), the customer turning one of the policy's
 * ages (60), and the customer reaching the retirement age of their gender unless recorded as retired. The
 * customer's own events on the same day make one task.
 */
final class LifeEventRule implements TaskRule {
    @Override
    public TaskKind kind() {
        return TaskKind.LIFE_EVENT;
    }

    @Override
    public List<TaskDue> apply(ServiceFacts facts, TaskContext c) {
        var r = c.reminders();
        List<TaskDue> due = new ArrayList<>();
        for (LocalDate child : facts.childrenBirthDates().stream().distinct().sorted().toList()) {
            for (int age : r.childAges()) {
                LocalDate day = child.plusYears(age);
                if (within(day, c)) {
                    Label hint = childHint(age);
                    Label when = Texts.when(day, c.asOf());
                    due.add(new TaskDue(kind(), facts.customerId(), day,
                            TaskDue.key(kind(), facts.customerId(), "CHILD-" + child + ":" + age), "childTurnsAge",
                            TaskDue.inputs("childBirthDate", child, "age", age, "on", day, "daysAhead", r.lifeEventDaysAhead()),
                            Label.of("客户的子女（" + child + " 出生）将于 " + day + "（" + when.zh() + "）年满 " + age + " 岁" + hint.zh()
                                    + "：教育金与家庭保障规划的时机",
                                    "The customer's child (born " + child + ") turns " + age + " on " + day + " (" + when.en() + ")"
                                            + hint.en() + ": time to talk about education funds and family cover")));
                }
            }
        }
        if (facts.birthDate() != null) {
            selfEvents(facts, c).forEach((day, events) -> due.add(self(facts, c, day, events)));
        }
        return due;
    }

    private static Map<LocalDate, List<Label>> selfEvents(ServiceFacts facts, TaskContext c) {
        var r = c.reminders();
        Map<LocalDate, List<Label>> byDay = new TreeMap<>();
        for (int age : r.customerAges()) {
            LocalDate day = facts.birthDate().plusYears(age);
            if (within(day, c)) {
                byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(Label.of("年满 " + age + " 岁", "turns " + age));
            }
        }
        Integer retirementAge = facts.gender() == null ? null : r.retirementAgeByGender().get(facts.gender());
        if (retirementAge != null && !Boolean.TRUE.equals(facts.retired())) {
            LocalDate day = facts.birthDate().plusYears(retirementAge);
            if (within(day, c)) {
                byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(Label.of("达到退休年龄（" + retirementAge + " 岁）",
                        "reaches the retirement age (" + retirementAge + ")"));
            }
        }
        return byDay;
    }

    private TaskDue self(ServiceFacts facts, TaskContext c, LocalDate day, List<Label> events) {
        Label when = Texts.when(day, c.asOf());
        String zh = String.join("，", events.stream().map(Label::zh).toList());
        String en = String.join(" and ", events.stream().map(Label::en).toList());
        boolean retirement = events.stream().anyMatch(e -> e.en().startsWith("reaches"));
        return new TaskDue(kind(), facts.customerId(), day, TaskDue.key(kind(), facts.customerId(), "SELF:" + day),
                retirement ? "customerRetires" : "customerTurnsAge",
                TaskDue.inputs("birthDate", facts.birthDate(), "gender", facts.gender(), "retired", facts.retired(), "on", day,
                        "daysAhead", c.reminders().lifeEventDaysAhead()),
                Label.of("客户将于 " + day + "（" + when.zh() + "）" + zh + "：送上祝福，并回顾养老与财富传承规划",
                        "The customer " + en + " on " + day + " (" + when.en() + "): send greetings and review retirement and estate plans"));
    }

    private static boolean within(LocalDate day, TaskContext c) {
        return !day.isBefore(c.asOf()) && !day.isAfter(c.asOf().plusDays(c.reminders().lifeEventDaysAhead()));
    }

    private static Label childHint(int age) {
        return switch (age) {
            case 6 -> Label.of("（入学）", " (starts school)");
            case 12 -> Label.of("（升入初中）", " (starts middle school)");
            case 18 -> Label.of("（成年、升学）", " (comes of age, university)");
            default -> Label.of("", "");
        };
    }
}
