package io.clientlens.questionnaire;

/** What scoring an answer sheet gives: a result, or the reasons the sheet cannot be scored. */
public sealed interface Assessed permits AnswersRejected, RiskToleranceAssessed, PersonaAssessed {
}
