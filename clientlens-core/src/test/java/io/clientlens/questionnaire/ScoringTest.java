package io.clientlens.questionnaire;

import io.clientlens.classify.Reason;
import io.clientlens.customer.FieldProblem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.clientlens.questionnaire.QuestionnaireFixture.risk;
import static io.clientlens.questionnaire.QuestionnaireFixture.wealth;
import static org.assertj.core.api.Assertions.assertThat;

class ScoringTest {

    @Test
    void mapsScoresToLevelsAtTheBandEdges() {
        assertThat(RiskLevel.ofScore(0)).isEqualTo(RiskLevel.C1);
        assertThat(RiskLevel.ofScore(20)).isEqualTo(RiskLevel.C1);
        assertThat(RiskLevel.ofScore(21)).isEqualTo(RiskLevel.C2);
        assertThat(RiskLevel.ofScore(40)).isEqualTo(RiskLevel.C2);
        assertThat(RiskLevel.ofScore(41)).isEqualTo(RiskLevel.C3);
        assertThat(RiskLevel.ofScore(60)).isEqualTo(RiskLevel.C3);
        assertThat(RiskLevel.ofScore(61)).isEqualTo(RiskLevel.C4);
        assertThat(RiskLevel.ofScore(80)).isEqualTo(RiskLevel.C4);
        assertThat(RiskLevel.ofScore(81)).isEqualTo(RiskLevel.C5);
        assertThat(RiskLevel.C2.attitude()).isEqualTo(RiskAttitude.AVERSE);
        assertThat(RiskLevel.C3.attitude()).isEqualTo(RiskAttitude.NEUTRAL);
        assertThat(RiskLevel.C4.attitude()).isEqualTo(RiskAttitude.SEEKING);
    }

    @Test
    void scoresTheAnswersAndFlagsAnElderlyCustomerWithALongHorizon() {
        var r = (RiskToleranceAssessed) Scoring.assess(risk(), Answers.of("horizon", "gt10", "loss", "much", "age", "70+"));
        assertThat(r.score()).isEqualTo(100);
        assertThat(r.level()).isEqualTo(RiskLevel.C5);
        assertThat(r.flags()).extracting(Reason::rule).containsExactly("elderlyWithLongHorizon");
    }

    @Test
    void capsAKnockOutAnswerAtC1WhateverTheScore() {
        var r = (RiskToleranceAssessed) Scoring.assess(risk(), Answers.of("horizon", "gt10", "loss", "none", "age", "young"));
        assertThat(r.scoreLevel()).isEqualTo(RiskLevel.C4); // 50 + 30 = 80
        assertThat(r.level()).isEqualTo(RiskLevel.C1);
        assertThat(r.attitude()).isEqualTo(RiskAttitude.AVERSE);
        assertThat(r.reasons()).extracting(Reason::rule).contains("knockOutAnswer");
        assertThat(r.flags()).isEmpty();
    }

    @Test
    void rejectsUnknownQuestionsUnknownOptionsAndMissingAnswersNamingEach() {
        var rejected = (AnswersRejected) Scoring.assess(risk(), Answers.of("horizon", "forever", "colour", "red"));
        assertThat(rejected.problems()).extracting(FieldProblem::field)
                .containsExactly("answers.horizon", "answers.colour", "answers.loss", "answers.age");
        assertThat(rejected.problems().get(0).en()).contains("no option 'forever'").contains("gt10");
    }

    @Test
    void refusesTwoOptionsForASingleChoiceQuestion() {
        var rejected = (AnswersRejected) Scoring.assess(risk(), new Answers(Map.of("horizon", List.of("short", "gt10"),
                "loss", List.of("some"), "age", List.of("young"))));
        assertThat(rejected.problems()).singleElement().extracting(FieldProblem::en).asString().contains("one option");
    }

    @Test
    void reportsATieAsATieAndAWinnerAsTheWinner() {
        var tie = (PersonaAssessed) Scoring.assess(wealth(), Answers.of("q1", "save", "q2", "spend"));
        assertThat(tie.tie()).isTrue();
        assertThat(tie.code()).isEqualTo("TIE");
        assertThat(tie.winners()).containsExactly(WealthAttitude.HOARDER, WealthAttitude.SPENDER);
        var hoarder = (PersonaAssessed) Scoring.assess(wealth(), Answers.of("q1", "save", "q2", "save"));
        assertThat(hoarder.code()).isEqualTo("HOARDER");
        assertThat(hoarder.winners().get(0).approach().zh()).isNotBlank();
    }

    @Test
    void refusesARiskQuestionnaireWhosePointsDoNotReach100() {
        var broken = new Questionnaire("r", QuestionnaireKind.RISK_TOLERANCE, 1, risk().title(),
                risk().questions().subList(0, 1), List.of());
        assertThat(QuestionnaireRules.problems(broken)).extracting(FieldProblem::en).anyMatch(e -> e.contains("add up to 100"));
        assertThat(QuestionnaireRules.problems(risk())).isEmpty();
    }
}
