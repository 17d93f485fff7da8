package io.clientlens.questionnaire;

import io.clientlens.code.Label;

/**
 * One answer to a question. {@code points} count towards the score (risk) or towards the type
 * named by {@code counts} (wealth attitude, social style). {@code capsAt} marks a knock-out
 * answer: the risk level can be no higher than that level, whatever the score.
 */
public record Option(String id, Label text, int points, String counts, String capsAt) {
}
