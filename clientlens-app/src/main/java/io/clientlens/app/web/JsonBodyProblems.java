package io.clientlens.app.web;

import io.clientlens.app.refusal.ExpectedValue;
import io.clientlens.batch.profile.JsonPaths;
import io.clientlens.code.ControlCharacters;
import io.clientlens.code.Label;
import io.clientlens.customer.FieldProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

import java.util.List;

/**
 * A JSON body the API could not read, said as the field at fault (its JSON path, {@code items[1].note}) and what it
 * expects, instead of Jackson's message with Java class names. Broken JSON and a missing body have no field: the body.
 */
final class JsonBodyProblems {
    private static final FieldProblem UNREADABLE = new FieldProblem("body", "请求体缺失或不可读", "the request body is missing or unreadable");

    private JsonBodyProblems() {
    }

    static FieldProblem of(Throwable cause) {
        if (cause instanceof RequestText.NulInText nul) {
            return problem(nul, ControlCharacters.REFUSED);
        }
        if (cause instanceof InvalidFormatException format && format.getTargetType() != null && format.getValue() != null) {
            return problem(format, ExpectedValue.mismatch(ExpectedValue.of(format.getTargetType()),
                    ExpectedValue.quoted(String.valueOf(format.getValue()))));
        }
        if (cause instanceof InputCoercionException range && range.getTargetType() != null) {
            return problem(range, ExpectedValue.outOfRange(range.getTargetType()));
        }
        if (cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Label found = found(mismatch.getCurrentToken());
            if (found != null) {
                return problem(mismatch, ExpectedValue.mismatch(ExpectedValue.of(mismatch.getTargetType()), found));
            }
        }
        return UNREADABLE;
    }

    private static FieldProblem problem(JacksonException e, Label why) {
        String path = JsonPaths.of(e.getPath());
        return new FieldProblem(path.isEmpty() ? "body" : path, why.zh(), why.en());
    }

    /** What was sent instead, by its kind (the value itself is not at hand once Jackson has refused it). */
    private static Label found(JsonToken token) {
        if (token == null) {
            return null;
        }
        return switch (token) {
            case START_ARRAY -> Label.of("列表", "a list");
            case START_OBJECT -> Label.of("对象", "an object");
            case VALUE_STRING -> Label.of("文本", "text");
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Label.of("数字", "a number");
            case VALUE_TRUE, VALUE_FALSE -> Label.of("布尔值", "true or false");
            default -> null;
        };
    }

}
