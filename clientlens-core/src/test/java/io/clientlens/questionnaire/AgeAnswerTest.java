package io.clientlens.questionnaire;

import io.clientlens.code.Label;
import io.clientlens.customer.FieldProblem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AgeAnswerTest {
    static final Questionnaire Q = new Questionnaire("q", QuestionnaireKind.RISK_TOLERANCE, 1, Label.of("问卷", "Questionnaire"),
            List.of(new Question("age", Label.of("您的年龄是？", "What is your age?"), false, List.of(
                    new Option("18-30", Label.of("18–30岁", "18–30"), 10, null, null),
                    new Option("31-40", Label.of("31–40岁", "31–40"), 8, null, null),
                    new Option("70+", Label.of("70岁及以上", "70 or older"), 0, null, null)))), List.of());
    static final LocalDate ON = LocalDate.of(2026, 12, 6);

    @Test
    void aBandThatHoldsTheAgeOnTheDayPassesAtItsEdges() {
        assertThat(AgeAnswer.check(Q, Answers.of("age", "31-40"), LocalDate.of(1986, 12, 6), ON)).isEmpty(); // 40 today
        assertThat(AgeAnswer.check(Q, Answers.of("age", "31-40"), LocalDate.of(1995, 12, 6), ON)).isEmpty(); // 31 today
        assertThat(AgeAnswer.check(Q, Answers.of("age", "70+"), LocalDate.of(1940, 1, 1), ON)).isEmpty();
    }

    @Test
    void aBandThatDoesNotHoldTheAgeIsRefusedNamingTheQuestionAnswerAndAgeButNotTheBirthDateInBothLanguages() {
        FieldProblem p = AgeAnswer.check(Q, Answers.of("age", "31-40"), LocalDate.of(1995, 12, 7), ON).orElseThrow(); // 30 until tomorrow
        assertThat(p.field()).isEqualTo("answers.age");
        p = AgeAnswer.check(Q, Answers.of("age", "31-40"), LocalDate.of(1949, 12, 31), ON).orElseThrow();
        assertThat(p.zh()).isEqualTo("问题“您的年龄是？”的回答“31–40岁”与客户资料中的年龄（评估日 76 岁）不符：请与客户核实，"
                + "选择相符的年龄段或先更正客户资料");
        assertThat(p.en()).isEqualTo("Question “What is your age?”: the answer “31–40” does not match the age on file (76 years old "
                + "on the day of the assessment); check it with the customer and choose the matching band, or correct the profile first");
        // the birth date is masked everywhere else: the message names the age, never the date
        assertThat(p.zh() + p.en()).doesNotContain("1949").doesNotContain("12-31");
        assertThat(AgeAnswer.check(Q, Answers.of("age", "70+"), LocalDate.of(1957, 1, 1), ON)).isPresent();
    }

    @Test
    void nothingToCompareWithoutABirthDateAnAgeQuestionOrABand() {
        assertThat(AgeAnswer.check(Q, Answers.of("age", "18-30"), null, ON)).isEmpty();
        assertThat(AgeAnswer.check(Q, Answers.of("income", "x"), LocalDate.of(1949, 1, 1), ON)).isEmpty();
        Questionnaire other = new Questionnaire("q", QuestionnaireKind.RISK_TOLERANCE, 1, Label.of("问卷", "Q"),
                List.of(new Question("age", Label.of("年龄", "Age"), false, List.of(new Option("young", Label.of("年轻", "Young"), 0, null, null)))),
                List.of());
        assertThat(AgeAnswer.check(other, Answers.of("age", "young"), LocalDate.of(1949, 1, 1), ON)).isEmpty();
    }
}
