package io.clientlens.app.web;

import io.clientlens.code.ControlCharacters;
import io.clientlens.code.Label;
import io.clientlens.customer.FieldProblem;
import tools.jackson.core.JacksonException;

import java.util.List;

/**
 * A JSON body the API could not read, said as the field at fault (its JSON path, {@code items[1].note}) and what is
 * wrong with it. Broken JSON and a missing body have no field: the body.
 */
final class JsonBodyProblems {
    static final FieldProblem UNREADABLE = new FieldProblem("body", "请求体缺失或不可读", "the request body is missing or unreadable");

    private JsonBodyProblems() {
    }

    static FieldProblem of(Throwable cause) {
        if (cause instanceof RequestText.NulInText nul) {
            return problem(nul, ControlCharacters.REFUSED);
        }
        return UNREADABLE;
    }

    private static FieldProblem problem(JacksonException e, Label why) {
        String path = path(e.getPath());
        return new FieldProblem(path.isEmpty() ? "body" : path, why.zh(), why.en());
    }

    /** {@code family[1].birthDate}: dots between names, brackets for positions in a list. */
    static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
