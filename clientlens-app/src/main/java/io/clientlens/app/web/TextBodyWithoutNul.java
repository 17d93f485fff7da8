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
        return targetType == String.class || targetType == byte[].class; // a file sent as bytes is decoded by its import
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        if (body instanceof String text && ControlCharacters.holdsNul(text)) {
            throw refused(lineOf(text, text.indexOf('\u0000')));
        }
        var type = inputMessage.getHeaders().getContentType();
        if (body instanceof byte[] bytes && type != null && type.getType().equals("text")) {
            // in UTF-8 a zero byte is never part of another character: it is a NUL
            long line = 1;
            for (byte b : bytes) {
                if (b == 0) {
                    throw refused(line);
                }
                if (b == '\n') {
                    line++;
                }
            }
        }
        return body;
    }

    private static InvalidRequest refused(long line) {
        return new InvalidRequest(List.of(new FieldProblem("line " + line, ControlCharacters.REFUSED.zh(), ControlCharacters.REFUSED.en())));
    }

    private static long lineOf(String text, int position) {
        return text.substring(0, position).chars().filter(c -> c == '\n').count() + 1;
    }
}
