package io.clientlens.questionnaire;

import io.clientlens.customer.FieldProblem;

import java.util.List;

/** The answers do not fit the questionnaire; each problem names {@code answers.<question>}. Nothing is scored. */
public record AnswersRejected(List<FieldProblem> problems) implements Assessed {
    public AnswersRejected {
        problems = List.copyOf(problems);
    }
}
