package io.clientlens.questionnaire;

import io.clientlens.code.Label;

import java.util.List;

/** Small questionnaires for the scoring rules; the shipped ones are tested in batch. */
final class QuestionnaireFixture {
    private QuestionnaireFixture() {
    }

    static Option option(String id, int points) {
        return new Option(id, Label.of(id, id), points, null, null);
    }

    /** Two questions of 50 points each; answering "none" to loss caps at C1; age 70+ with a long horizon is flagged. */
    static Questionnaire risk() {
        return new Questionnaire("risk-test-v1", QuestionnaireKind.RISK_TOLERANCE, 1, Label.of("测试", "Test"), List.of(
                new Question("horizon", Label.of("期限", "Horizon"), false, List.of(option("short", 0), option("gt10", 50))),
                new Question("loss", Label.of("损失", "Loss"), false, List.of(
                        new Option("none", Label.of("不能接受任何损失", "cannot accept any loss"), 30, null, "C1"),
                        option("some", 40), option("much", 50))),
                new Question("age", Label.of("年龄", "Age"), false, List.of(option("young", 0), option("70+", 0)))),
                List.of(new ConsistencyCheck("elderlyWithLongHorizon", List.of("age=70+", "horizon=gt10"), Label.of("核实", "check"))));
    }

    static Questionnaire wealth() {
        return new Questionnaire("wealth-test-v1", QuestionnaireKind.WEALTH_ATTITUDE, 1, Label.of("财富观", "Wealth"), List.of(
                new Question("q1", Label.of("1", "1"), false, List.of(
                        new Option("save", Label.of("存", "save"), 2, "HOARDER", null),
                        new Option("spend", Label.of("花", "spend"), 2, "SPENDER", null))),
                new Question("q2", Label.of("2", "2"), false, List.of(
                        new Option("save", Label.of("存", "save"), 2, "HOARDER", null),
                        new Option("spend", Label.of("花", "spend"), 2, "SPENDER", null)))), List.of());
    }
}
