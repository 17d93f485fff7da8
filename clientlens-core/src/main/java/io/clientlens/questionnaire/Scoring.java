package io.clientlens.questionnaire;

import io.clientlens.classify.Reason;
import io.clientlens.customer.FieldProblem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scores an answer sheet against its questionnaire (docs/SUITABILITY.md). Pure; never throws for a bad sheet. */
public final class Scoring {
    private Scoring() {
    }

    public static Assessed assess(Questionnaire questionnaire, Answers answers) {
        List<FieldProblem> problems = problems(questionnaire, answers);
        if (!problems.isEmpty()) {
            return new AnswersRejected(problems);
        }
        return switch (questionnaire.kind()) {
            case RISK_TOLERANCE -> riskTolerance(questionnaire, answers);
            case WEALTH_ATTITUDE -> persona(questionnaire, answers, WealthAttitude.values());
            case SOCIAL_STYLE -> persona(questionnaire, answers, SocialStyle.values());
        };
    }

    /** Unknown questions and options, missing answers, several options for a single-choice question. */
    static List<FieldProblem> problems(Questionnaire q, Answers answers) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> questionIds = q.questions().stream().map(Question::id).toList();
        answers.chosen().forEach((questionId, options) -> {
            String field = "answers." + questionId;
            var question = q.question(questionId);
            if (question.isEmpty()) {
                problems.add(new FieldProblem(field, "问卷 " + q.id() + " 中没有这个问题，可选：" + questionIds,
                        "no such question in " + q.id() + "; expected one of " + questionIds));
                return;
            }
            List<String> optionIds = question.get().options().stream().map(Option::id).toList();
            for (String option : options) {
                if (question.get().option(option).isEmpty()) {
                    problems.add(new FieldProblem(field, "没有选项“" + option + "”，可选：" + optionIds,
                            "no option '" + option + "'; expected one of " + optionIds));
                }
            }
            if (!question.get().multiple() && options.size() > 1) {
                problems.add(new FieldProblem(field, "单选题只能选一个选项，收到 " + options.size() + " 个",
                        "a single-choice question takes one option, found " + options.size()));
            }
            if (options.stream().distinct().count() < options.size()) {
                problems.add(new FieldProblem(field, "同一选项重复", "an option is given twice"));
            }
        });
        for (Question question : q.questions()) {
            if (answers.chosen().getOrDefault(question.id(), List.of()).isEmpty()) {
                problems.add(new FieldProblem("answers." + question.id(), "缺少回答：" + question.text().zh(),
                        "missing answer: " + question.text().en()));
            }
        }
        return problems;
    }

    private static List<Option> chosen(Questionnaire q, Answers answers) {
        return q.questions().stream().flatMap(question -> answers.chosen().get(question.id()).stream()
                .map(id -> question.option(id).orElseThrow())).toList();
    }

    private static RiskToleranceAssessed riskTolerance(Questionnaire q, Answers answers) {
        List<Option> chosen = chosen(q, answers);
        int score = chosen.stream().mapToInt(Option::points).sum();
        RiskLevel byScore = RiskLevel.ofScore(score);
        List<Reason> reasons = new ArrayList<>();
        reasons.add(new Reason("scoreBands", "总分 " + score + "（满分 " + q.maxScore() + "；C1 ≤ 20，C2 21–40，C3 41–60，C4 61–80，C5 > 80）→ "
                + byScore.name() + " " + byScore.label().zh(), "Score " + score + " of " + q.maxScore()
                + " (C1 ≤ 20, C2 21–40, C3 41–60, C4 61–80, C5 > 80) → " + byScore.name() + " " + byScore.label().en()));
        RiskLevel level = byScore;
        for (Option option : chosen) {
            if (option.capsAt() != null) {
                RiskLevel cap = RiskLevel.valueOf(option.capsAt());
                level = level.atMost(cap);
                reasons.add(new Reason("knockOutAnswer", "选择了“" + option.text().zh() + "”：风险等级最高为 " + cap.name(),
                        "Answered '" + option.text().en() + "': the risk level is at most " + cap.name()));
            }
        }
        List<Reason> flags = q.consistencyChecks().stream()
                .filter(check -> check.whenAll().stream().allMatch(pair -> gave(answers, pair)))
                .map(check -> new Reason(check.id(), check.message().zh(), check.message().en()))
                .toList();
        return new RiskToleranceAssessed(score, byScore, level, reasons, flags);
    }

    private static boolean gave(Answers answers, String questionEqualsOption) {
        String[] parts = questionEqualsOption.split("=", 2);
        return parts.length == 2 && answers.gave(parts[0], parts[1]);
    }

    private static PersonaAssessed persona(Questionnaire q, Answers answers, Persona[] types) {
        Map<String, Integer> points = new LinkedHashMap<>();
        Arrays.stream(types).forEach(t -> points.put(t.name(), 0));
        chosen(q, answers).stream().filter(o -> o.counts() != null)
                .forEach(o -> points.merge(o.counts(), o.points(), Integer::sum));
        int best = points.values().stream().max(Comparator.naturalOrder()).orElse(0);
        List<Persona> winners = Arrays.stream(types).filter(t -> points.get(t.name()) == best).toList();
        String tally = String.join("，", points.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
        Reason reason = winners.size() == 1
                ? new Reason("mostPoints", "得分：" + tally + " → 得分最高：" + winners.get(0).label().zh(),
                "Points: " + tally.replace("，", ", ") + " → most points: " + winners.get(0).label().en())
                : new Reason("tie", "得分：" + tally + " → 并列最高（" + String.join("、", winners.stream().map(w -> w.label().zh()).toList())
                + "），请理财经理在面谈中判断", "Points: " + tally.replace("，", ", ") + " → a tie ("
                + String.join(", ", winners.stream().map(w -> w.label().en()).toList()) + "); the RM decides in conversation");
        return new PersonaAssessed(q.kind(), winners, points, List.of(reason));
    }
}
