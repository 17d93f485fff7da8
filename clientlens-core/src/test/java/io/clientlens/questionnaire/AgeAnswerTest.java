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
    void aBandThatDoesNotHoldTheAgeIsRefusedNamingTheQuestionAnswerAndAgeInBothLanguages() {
        FieldProblem p = AgeAnswer.check(Q, Answers.of("age", "31-40"), LocalDate.of(1995, 12, 7), ON).orElseThrow(); // 30 until tomorrow
        assertThat(p.field()).isEqualTo("answers.age");
        p = AgeAnswer.check(Q, Answers.of("age", "31-40"), LocalDate.of(1949, 12, 31), ON).orElseThrow();
        assertThat(p.zh()).contains("您的年龄是？", "31–40岁", "1949-12-31", "76 岁");
        assertThat(p.en()).contains("What is your age?", "“31–40”", "1949-12-31", "76 years old");
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
