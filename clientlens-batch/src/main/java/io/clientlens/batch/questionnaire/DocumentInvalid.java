package io.clientlens.batch.questionnaire;

import io.clientlens.customer.FieldProblem;

import java.util.List;

/** A questionnaire, answer sheet or product file that cannot be used; every problem names its field or line. */
public class DocumentInvalid extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldProblem> problems;

    public DocumentInvalid(String source, List<FieldProblem> problems) {
        super(source + ": " + String.join("; ", problems.stream().map(p -> p.field() + ": " + p.en()).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
