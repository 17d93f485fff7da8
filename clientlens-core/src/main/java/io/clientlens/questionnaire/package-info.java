/**
 * Questionnaires (docs/SUITABILITY.md): risk tolerance, wealth attitude and social style. A questionnaire
 * is data (versioned, replaceable by the bank); scoring is a pure function of a questionnaire and
 * the answers, and a wrong answer sheet is an outcome ({@link io.clientlens.questionnaire.AnswersRejected}),
 * not an exception.
 */
package io.clientlens.questionnaire;
