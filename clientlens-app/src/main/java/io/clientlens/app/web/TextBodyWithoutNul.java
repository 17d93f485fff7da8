package io.clientlens.app.web;

import io.clientlens.app.refusal.InvalidRequest;
import io.clientlens.code.ControlCharacters;
import io.clientlens.customer.FieldProblem;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import java.lang.reflect.Type;
import java.util.List;

/**
 * A body read as text by its own parser (a CSV import, a document) that holds a NUL is refused naming its line, as
 * the import problems name lines: the database cannot store it, and refused there it read as a conflict.
 */
@ControllerAdvice(basePackages = "io.clientlens.app")
class TextBodyWithoutNul extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return targetType == String.class;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        if (body instanceof String text && ControlCharacters.holdsNul(text)) {
            throw new InvalidRequest(List.of(new FieldProblem("line " + lineOf(text, text.indexOf('\u0000')),
                    ControlCharacters.REFUSED.zh(), ControlCharacters.REFUSED.en())));
        }
        return body;
    }

    private static long lineOf(String text, int position) {
        return text.substring(0, position).chars().filter(c -> c == '\n').count() + 1;
    }
}
