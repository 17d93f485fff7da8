package io.clientlens.app.security;

import io.clientlens.code.InputRejected;
import io.clientlens.code.Label;
import io.clientlens.customer.FieldProblem;

import java.util.List;

/**
 * The branch or RM id given for a user does not fit their role; each problem names its field ({@code branch},
 * {@code rmId}) and says what is expected. Nothing was changed.
 */
public class UserFieldsInvalid extends InputRejected {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldProblem> problems;

    UserFieldsInvalid(List<FieldProblem> problems) {
        super(joined(problems));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    private static Label joined(List<FieldProblem> problems) {
        return Label.of(String.join("；", problems.stream().map(FieldProblem::zh).toList()),
                String.join("; ", problems.stream().map(FieldProblem::en).toList()));
    }
}
