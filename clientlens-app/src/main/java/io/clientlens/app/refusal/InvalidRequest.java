package io.clientlens.app.refusal;

import io.clientlens.customer.FieldProblem;

import java.util.List;

/** A request whose content is wrong; each problem names its field. Answered with 400 and the problems. */
public class InvalidRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public InvalidRequest(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.en()).reduce((a, b) -> a + "; " + b).orElse("invalid request"));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
