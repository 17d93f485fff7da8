package io.clientlens.questionnaire;

import io.clientlens.code.Label;

import java.util.List;
import java.util.Optional;

/**
 * A versioned questionnaire. Its id names the version ({@code risk-tolerance-v1}); a bank replaces
 * a questionnaire by adding a new version, so that old assessments keep the questions they were
 * answered against.
 */
public record Questionnaire(String id, QuestionnaireKind kind, int version, Label title, List<Question> questions,
                            List<ConsistencyCheck> consistencyChecks) {
    public Questionnaire {
        questions = List.copyOf(questions);
        consistencyChecks = consistencyChecks == null ? List.of() : List.copyOf(consistencyChecks);
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    /** The highest score the answers can reach; 100 for risk tolerance. */
    public int maxScore() {
        return questions.stream().mapToInt(Question::maxPoints).sum();
    }
}
