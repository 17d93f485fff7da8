package io.clientlens.app.service;

import io.clientlens.customer.FieldProblem;

import java.util.List;

/**
 * Input to a service of this feature is wrong: each problem names its field and says what was expected. The REST
 * edge answers 400 with the problems, the pages show them beside the fields, the CLI prints them.
 */
public class ServiceInputInvalid extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldProblem> problems;

    public ServiceInputInvalid(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.en()).reduce((a, b) -> a + "; " + b).orElse("invalid input"));
        this.problems = List.copyOf(problems);
    }

    public ServiceInputInvalid(String field, String zh, String en) {
        this(List.of(new FieldProblem(field, zh, en)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
