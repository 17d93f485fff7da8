package io.clientlens.questionnaire;

import io.clientlens.customer.FieldProblem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What makes a questionnaire usable, checked before one is stored: unique ids, options that count
 * towards a type of their kind, valid knock-out levels, consistency checks naming real answers,
 * and for risk tolerance a maximum score of exactly 100 (the level bands are on 0–100).
 */
public final class QuestionnaireRules {
    public static final int RISK_MAX_SCORE = 100;

    private QuestionnaireRules() {
    }

    public static List<FieldProblem> problems(Questionnaire q) {
        List<FieldProblem> problems = new ArrayList<>();
        if (q.questions().isEmpty()) {
            problems.add(problem("questions", "至少需要一个问题", "at least one question is required"));
        }
        Set<String> questionIds = new HashSet<>();
        for (int i = 0; i < q.questions().size(); i++) {
            Question question = q.questions().get(i);
            String path = "questions[" + i + "]";
            if (!questionIds.add(question.id())) {
                problems.add(problem(path + ".id", "问题编号“" + question.id() + "”重复", "question id '" + question.id() + "' is used twice"));
            }
            if (question.options().isEmpty()) {
                problems.add(problem(path + ".options", "至少需要一个选项", "at least one option is required"));
            }
            Set<String> optionIds = new HashSet<>();
            for (int j = 0; j < question.options().size(); j++) {
                optionProblems(q.kind(), question.options().get(j), path + ".options[" + j + "]", optionIds, problems);
            }
        }
        if (q.kind() == QuestionnaireKind.RISK_TOLERANCE && !q.questions().isEmpty() && q.maxScore() != RISK_MAX_SCORE) {
            problems.add(problem("questions", "最高分之和应为 100，实际为 " + q.maxScore(),
                    "the highest points of the questions must add up to 100, found " + q.maxScore()));
        }
        for (int i = 0; i < q.consistencyChecks().size(); i++) {
            for (String pair : q.consistencyChecks().get(i).whenAll()) {
                String[] parts = pair.split("=", 2);
                boolean known = parts.length == 2 && q.question(parts[0]).flatMap(x -> x.option(parts[1])).isPresent();
                if (!known) {
                    problems.add(problem("consistencyChecks[" + i + "].whenAll", "“" + pair + "”不是“问题=选项”形式的已有回答",
                            "'" + pair + "' is not an existing answer written question=option"));
                }
            }
        }
        return problems;
    }

    private static void optionProblems(QuestionnaireKind kind, Option option, String path, Set<String> ids,
                                       List<FieldProblem> problems) {
        if (!ids.add(option.id())) {
            problems.add(problem(path + ".id", "选项编号“" + option.id() + "”重复", "option id '" + option.id() + "' is used twice"));
        }
        if (option.points() < 0) {
            problems.add(problem(path + ".points", "分值不能为负数", "points must not be negative"));
        }
        List<String> types = switch (kind) {
            case RISK_TOLERANCE -> List.of();
            case WEALTH_ATTITUDE -> Arrays.stream(WealthAttitude.values()).map(Enum::name).toList();
            case SOCIAL_STYLE -> Arrays.stream(SocialStyle.values()).map(Enum::name).toList();
        };
        if (kind != QuestionnaireKind.RISK_TOLERANCE && !types.contains(option.counts())) {
            problems.add(problem(path + ".counts", "应为以下类型之一：" + types, "expected one of " + types));
        }
        if (option.capsAt() != null && (kind != QuestionnaireKind.RISK_TOLERANCE
                || Arrays.stream(RiskLevel.values()).noneMatch(l -> l.name().equals(option.capsAt())))) {
            problems.add(problem(path + ".capsAt", "仅风险承受能力问卷可设封顶等级，取值 C1–C5",
                    "only risk tolerance answers may cap the level, at C1 to C5"));
        }
    }

    private static FieldProblem problem(String field, String zh, String en) {
        return new FieldProblem(field, zh, en);
    }
}
