package io.clientlens.app.web;

import io.clientlens.app.refusal.Forbidden;
import io.clientlens.app.refusal.NotFound;
import io.clientlens.app.refusal.InvalidRequest;
import io.clientlens.customer.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Errors of the REST API as RFC 9457 problem details. A user's mistake is a 4xx naming the field;
 * nothing internal (stack traces, SQL) is ever sent.
 */
@RestControllerAdvice(basePackages = "io.clientlens.app")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemDetails {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetails.class);

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalid(InvalidRequest e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "请求内容有误 / Invalid request", e.getMessage(), e.problems());
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "不存在 / Not found", e.getMessage(), List.of());
    }

    @ExceptionHandler(Forbidden.class)
    ProblemDetail forbidden(Forbidden e) {
        ProblemDetail pd = problem(HttpStatus.FORBIDDEN, "forbidden", "无权操作 / Not allowed for this role", e.getMessage(), List.of());
        pd.setProperty("zh", e.reason().zh());
        pd.setProperty("en", e.reason().en());
        return pd;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        FieldProblem p = new FieldProblem(e.getName(), "格式不正确：“" + e.getValue() + "”",
                "has the wrong format: '" + e.getValue() + "'");
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "请求内容有误 / Invalid request", e.getName() + ": " + p.en(),
                List.of(p));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        FieldProblem p = new FieldProblem("body", "请求体缺失或不可读", "the request body is missing or unreadable");
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "请求内容有误 / Invalid request", p.en(), List.of(p));
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e) {
        LOG.error("Unexpected error while handling a request", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "服务器内部错误 / Internal error",
                "The server could not complete the request; the error was logged.", List.of());
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail,
                                         List<FieldProblem> problems) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setType(URI.create("urn:clientlens:problem:" + type));
        pd.setTitle(title);
        if (!problems.isEmpty()) {
            pd.setProperty("errors", problems.stream()
                    .map(p -> Map.of("field", p.field(), "zh", p.zh(), "en", p.en())).toList());
        }
        return pd;
    }
}
